/**
 * English inflections for the last word of a glossary surface form, so that an entry written
 * as "shard" also finds "shards", "sharded" and "sharding". Deliberately simple and
 * over-generating: a variant that no document contains costs nothing.
 */
const VOWEL = /[aeiou]/;

export function inflections(word: string): string[] {
  const w = word.toLowerCase();
  if (w.length < 3 || !/^[a-z]+$/.test(w)) return [];
  const out = new Set<string>();
  // Plurals and third person.
  if (/(s|x|z|ch|sh)$/.test(w)) out.add(w + 'es');
  else if (/[^aeiou]y$/.test(w)) out.add(w.slice(0, -1) + 'ies');
  else out.add(w + 's');
  // Past tense / participle and gerund.
  if (w.endsWith('ing') || w.endsWith('ed')) {
    // "sharding" -> "shard" is handled by listing the base form; leave -ing/-ed words alone.
    return [...out];
  }
  if (w.endsWith('e')) {
    out.add(w + 'd');
    if (!w.endsWith('ee')) out.add(w.slice(0, -1) + 'ing');
  } else if (/[^aeiou]y$/.test(w)) {
    out.add(w.slice(0, -1) + 'ied');
    out.add(w + 'ing');
  } else {
    out.add(w + 'ed');
    out.add(w + 'ing');
    // Consonant doubling for short CVC words: "ship" -> "shipped", "plan" -> "planning".
    if (/[^aeiou][aeiou][bdgklmnprt]$/.test(w) && w.length <= 5 && VOWEL.test(w)) {
      const last = w[w.length - 1];
      out.add(w + last + 'ed');
      out.add(w + last + 'ing');
    }
  }
  return [...out];
}
