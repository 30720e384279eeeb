import type { Heading } from './analyze';
import type { GlossaryEntry } from './glossary/types';
import type { TermMatch } from './matcher';
import { sectionLookup } from './structure';

/** How far either side of a term its context words are looked for. */
const WINDOW = 320;
/** A sense is chosen when its evidence scores at least this: two of its signals nearby, or one nearby and one in the heading or used across the doc. */
const CONFIDENT = 3;

/**
 * Chooses the sense of every term whose surface form several entries claim (cluster, metadata,
 * channel…), from the doc's context: the sense's signal words near the term (weight 2), in the
 * heading of its section or the doc's title (2), and among the terms the doc uses twice or more (1).
 * The best sense wins when it is confident; otherwise the general entry is kept and marked
 * `uncertain` (hovers show it, questions leave it alone), and a form with no general entry (an
 * everyday word such as "span" that is technical only in one field) is not marked at all.
 * Runs on the whole document after matching, so cached chunks stay context-free.
 */
export function resolveSenses(text: string, terms: readonly TermMatch[], headings: readonly Heading[], entries: ReadonlyMap<string, GlossaryEntry>): TermMatch[] {
  if (!terms.some((t) => t.senses)) return terms as TermMatch[];
  const docTerms = new Map<string, number>();
  for (const t of terms) {
    const k = text.slice(t.offset, t.offset + t.length).toLowerCase();
    docTerms.set(k, (docTerms.get(k) ?? 0) + 1);
  }
  const section = sectionLookup(headings);
  const title = (headings.find((h) => h.depth === 1) ?? headings[0])?.text.toLowerCase() ?? '';
  const out: TermMatch[] = [];
  for (const t of terms) {
    if (!t.senses) { out.push(t); continue; }
    const window = text.slice(Math.max(0, t.offset - WINDOW), t.offset + t.length + WINDOW).toLowerCase();
    const heading = `${section(t.offset)?.text.toLowerCase() ?? ''} ${title}`;
    let best: { id: string; score: number } | undefined;
    for (const id of t.senses) {
      const signals = entries.get(id)?.signals;
      if (!signals) continue;
      let score = 0;
      for (const sig of signals) {
        const s = sig.toLowerCase();
        if (containsWord(window, s)) score += 2;
        if (containsWord(heading, s)) score += 2;
        if ((docTerms.get(s) ?? 0) >= 2) score += 1;
      }
      if (!best || score > best.score) best = { id, score };
    }
    const general = t.senses.find((id) => !entries.get(id)?.signals);
    const { senses: _senses, ...plain } = t;
    if (best && best.score >= CONFIDENT) out.push({ ...plain, id: best.id });
    else if (general) out.push({ ...plain, id: general, ...(t.senses.length > 1 ? { uncertain: true } : {}) });
  }
  return out;
}

/** `needle` in `hay` as a whole word or phrase (case already folded). */
function containsWord(hay: string, needle: string): boolean {
  for (let i = hay.indexOf(needle); i >= 0; i = hay.indexOf(needle, i + 1)) {
    const before = hay[i - 1];
    const after = hay[i + needle.length];
    if ((before === undefined || !/[\p{L}\p{N}]/u.test(before)) && (after === undefined || !/[\p{L}\p{N}]/u.test(after))) return true;
  }
  return false;
}
