import type { TermMatch } from './matcher.js';

/** all: every use; firstPerSection: the first use of each term per section; calm: that for terms used more than CALM_THRESHOLD times in the doc, and every use of the rarer ones. */
export type Occurrences = 'all' | 'firstPerSection' | 'calm';
export const OCCURRENCES: readonly Occurrences[] = ['calm', 'firstPerSection', 'all'];
const CALM_THRESHOLD = 3;

/** Which uses of each term to mark (see Occurrences); `headings` are section start offsets in order. */
export function markedTerms(terms: readonly TermMatch[], headings: readonly number[], mode: Occurrences): TermMatch[] {
  if (mode === 'all') return [...terms];
  const uses = new Map<string, number>();
  for (const t of terms) uses.set(t.id, (uses.get(t.id) ?? 0) + 1);
  const seen = new Set<string>();
  let section = -1;
  let h = 0;
  const out: TermMatch[] = [];
  for (const t of terms) {
    while (h < headings.length && headings[h] <= t.offset) { section = h; h++; }
    if (mode === 'calm' && (uses.get(t.id) ?? 0) <= CALM_THRESHOLD) { out.push(t); continue; }
    const key = `${section}:${t.id}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(t);
  }
  return out;
}
