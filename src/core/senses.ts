import type { Heading } from './structure.js';
import type { GlossaryEntry } from './glossary/types.js';
import type { TermMatch, TermMatcher } from './matcher.js';
import { sectionLookup } from './structure.js';

/** How far either side of a term its context words are looked for. */
const WINDOW = 320;
/** A sense is chosen when its evidence scores at least this: two of its signals nearby, or one nearby and one in the heading or used across the doc. */
const CONFIDENT = 3;
/** The share of a word's uses that must be decided with confidence before the rest take the same sense. */
const SPREAD_SHARE = 0.25;

/**
 * For each term with several senses, how many of each sense's signals occur near it (within
 * WINDOW characters, inside `text`): run per chunk when it is read, so the result is cached with the
 * chunk and an edit elsewhere costs nothing.
 */
export function scoreNearby(text: string, terms: readonly TermMatch[], entries: ReadonlyMap<string, GlossaryEntry>): TermMatch[] {
  if (!terms.some((t) => t.senses)) return terms as TermMatch[];
  return terms.map((t) => {
    if (!t.senses) return t;
    const window = text.slice(Math.max(0, t.offset - WINDOW), t.offset + t.length + WINDOW).toLowerCase();
    return { ...t, near: t.senses.map((id) => (entries.get(id)?.signals ?? []).filter((sig) => containsWord(window, sig.toLowerCase())).length) };
  });
}

/**
 * Chooses the sense of every term whose surface form several entries claim (cluster, metadata,
 * channel…), from the doc's context: the sense's signal words near the term (weight 2, counted by
 * scoreNearby), in the heading of its section or the doc's title (2), and among the terms the doc
 * uses twice or more (1). The best sense wins when it is confident; otherwise the general entry is
 * kept and marked `uncertain` (hovers show it, questions leave it alone), unless another use of the
 * same word in the doc was decided with confidence (one sense per doc); a form with no
 * general entry (an everyday word such as "span" that is technical only in one field) is not
 * marked at all. Runs on the whole document after matching.
 */
export function resolveSenses(terms: readonly TermMatch[], headings: readonly Heading[], matcher: TermMatcher): TermMatch[] {
  if (!terms.some((t) => t.senses)) return terms as TermMatch[];
  const entries = matcher.entries;
  // How often the doc uses each entry (any of its senses), to weigh signals that are terms themselves.
  const uses = new Map<string, number>();
  for (const t of terms) for (const id of t.senses ?? [t.id]) uses.set(id, (uses.get(id) ?? 0) + 1);
  const section = sectionLookup(headings);
  const title = (headings.find((h) => h.depth === 1) ?? headings[0])?.text.toLowerCase() ?? '';
  const headingScores = new Map<string, Map<number, number>>();
  // First each occurrence on its own evidence; then one sense per doc: where an occurrence of a
  // word is decided with confidence and no other sense of it is, its undecided occurrences take
  // that sense too (a doc that talks about secrets as credentials in one paragraph means them so
  // in the next).
  const choices: ({ id: string; confident: boolean } | undefined)[] = [];
  const decided = new Map<string, Set<string>>();
  const confidentUses = new Map<string, number>();
  const allUses = new Map<string, number>();
  for (const t of terms) {
    if (!t.senses) { choices.push(undefined); continue; }
    const h = section(t.offset);
    let best: { id: string; score: number } | undefined;
    t.senses.forEach((id, k) => {
      const signals = entries.get(id)?.signals;
      if (!signals) return;
      let byHeading = headingScores.get(id);
      if (!byHeading) headingScores.set(id, (byHeading = new Map()));
      const hk = h?.offset ?? -1;
      let fromHeading = byHeading.get(hk);
      if (fromHeading === undefined) {
        const heading = `${h?.text.toLowerCase() ?? ''} ${title}`;
        const signalTerms = matcher.signalTerms(id);
        fromHeading = 0;
        signals.forEach((sig, j) => {
          if (containsWord(heading, sig.toLowerCase())) fromHeading! += 2;
          if (signalTerms[j].some((other) => other !== id && (uses.get(other) ?? 0) >= 2)) fromHeading! += 1;
        });
        byHeading.set(hk, fromHeading);
      }
      const score = 2 * (t.near?.[k] ?? 0) + fromHeading;
      if (!best || score > best.score) best = { id, score };
    });
    const confident = !!best && best.score >= CONFIDENT;
    choices.push(best && { id: best.id, confident });
    const key = senseKey(t.senses);
    allUses.set(key, (allUses.get(key) ?? 0) + 1);
    if (confident) {
      confidentUses.set(key, (confidentUses.get(key) ?? 0) + 1);
      const set = decided.get(key) ?? new Set<string>();
      set.add(best!.id);
      decided.set(key, set);
    }
  }
  const out: TermMatch[] = [];
  terms.forEach((t, i) => {
    if (!t.senses) { out.push(t); return; }
    const choice = choices[i];
    const general = t.senses.find((id) => !entries.get(id)?.signals);
    const key = senseKey(t.senses);
    const inDoc = decided.get(key);
    // Only a sense the doc shows often enough spreads: one confident use among a hundred is chance.
    const spreads = inDoc?.size === 1 && (confidentUses.get(key) ?? 0) >= Math.max(2, SPREAD_SHARE * (allUses.get(key) ?? 0));
    const chosen = choice?.confident ? choice.id : spreads ? [...inDoc][0] : general;
    if (!chosen) return;
    const uncertain = chosen === general && t.senses.length > 1;
    // The same placed term with the same outcome gets the same object: an edit elsewhere allocates nothing here.
    const memo = resolved.get(t);
    if (memo && memo.id === chosen && !!memo.uncertain === uncertain) { out.push(memo); return; }
    const { senses: _senses, near: _near, ...plain } = t;
    const r: TermMatch = { ...plain, id: chosen, ...(uncertain ? { uncertain: true } : {}) };
    resolved.set(t, r);
    out.push(r);
  });
  return out;
}

const resolved = new WeakMap<TermMatch, TermMatch>();

/** One key per set of senses a surface form carries. */
function senseKey(senses: readonly string[]): string {
  return senses.length === 1 ? senses[0] : senses.join(' ');
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
