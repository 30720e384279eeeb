/**
 * `npm run questions:eval [-- --corpus=DIR]`: measures the question engine over a corpus of design docs
 * (default ../shared/corpus; see scripts/corpus.ts). Per doc: how many
 * questions, how many name something specific from the doc ("quote": a term, number, component,
 * sentence, or the doc's title in a missing-section question; "content": the same without the
 * title), near-duplicates (same words after normalising), and questions that are not one
 * answerable sentence. `--top=N --doc=NAME` prints a doc's top N questions for reading.
 */
import { DocumentAnalyzer, TermMatcher, readDoc, QUESTION_CATEGORY_LABELS } from '../src/core';
import { loadGlossary } from '../src/bundledGlossary';
import { withCorpus } from './corpus';

withCorpus((docs) => {
const glossary = loadGlossary();
const matcher = new TermMatcher(glossary);
const top = Number(process.argv.find((a) => a.startsWith('--top='))?.slice(6) ?? 0);
const only = process.argv.find((a) => a.startsWith('--doc='))?.slice(6);
const norm = (s: string) => s.toLowerCase().replace(/“[^”]*”/g, '').replace(/[^a-z0-9]+/g, ' ').trim();
const oneSentence = (s: string) => (s.match(/\?/g) ?? []).length === 1 && s.trim().endsWith('?') && !/[.!]\s+[A-Z]/.test(s.replace(/“[^”]*”/g, ''));

let total = 0;
let specific = 0;
let content = 0;
let dupes = 0;
let notOne = 0;
const rows: string[] = [];
for (const { name, text } of docs) {
  if (only && !name.includes(only)) continue;
  const r = readDoc(text, new DocumentAnalyzer(matcher), glossary.entries, { path: name });
  const qs = r.questions;
  const seen = new Map<string, number>();
  for (const q of qs) seen.set(norm(q.text), (seen.get(norm(q.text)) ?? 0) + 1);
  // Questions whose words match another's once quotes are removed: same template, different evidence.
  const sameTemplate = [...seen.values()].filter((n) => n > 1).reduce((a, n) => a + n - 1, 0);
  const exact = qs.length - new Set(qs.map((q) => q.text)).size;
  const spec = qs.filter((q) => q.specific).length;
  // Stricter: cites the doc's content (a term, number, component or quoted sentence), not only its title.
  const cites = qs.filter((q) => q.specific && q.source !== 'missing-section').length;
  content += cites;
  const bad = qs.filter((q) => !oneSentence(q.text));
  total += qs.length;
  specific += spec;
  dupes += exact;
  notOne += bad.length;
  rows.push(`${name.padEnd(44)} ${String(qs.length).padStart(4)} ${`${Math.round((100 * spec) / Math.max(1, qs.length))}%`.padStart(6)} ${`${Math.round((100 * cites) / Math.max(1, qs.length))}%`.padStart(8)} ${String(exact).padStart(6)} ${String(sameTemplate).padStart(9)} ${String(bad.length).padStart(8)}`);
  if (top) {
    console.log(`\n## ${name}: top ${Math.min(top, qs.length)} of ${qs.length} (genre: ${r.genre.genre}, from ${r.genre.because})`);
    qs.slice(0, top).forEach((q, i) => console.log(`${String(i + 1).padStart(2)}. [${q.askFirst ? 'Ask first, ' : ''}${QUESTION_CATEGORY_LABELS[q.category]}, ${q.priority}] ${q.text}${q.details ? `\n      ${q.details.join('\n      ')}` : ''}`));
  }
}
if (!top) {
  console.log(`${'doc'.padEnd(44)} ${'qs'.padStart(4)} ${'quote'.padStart(6)} ${'content'.padStart(8)} ${'dupes'.padStart(6)} ${'template'.padStart(9)} ${'not-1-q'.padStart(8)}`);
  for (const r of rows) console.log(r);
}
console.log(`\n${total} questions; ${Math.round((100 * specific) / Math.max(1, total))}% name something specific from their doc (title included); ${Math.round((100 * content) / Math.max(1, total))}% cite its content (a term, number, component or sentence); ${dupes} exact duplicates; ${notOne} not a single question sentence.`);
process.exitCode = dupes > 0 ? 1 : 0;
});
