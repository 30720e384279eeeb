/**
 * `npm run fuzz [-- --runs=N --seed=S]`: the unit suite's fuzz property (test/fixtures/adversarial.ts)
 * over 10,000 generated documents by default: the full review and the Markdown export of each
 * must not throw, and every term and question location must lie inside the text.
 */
import fc from 'fast-check';
import { DocumentAnalyzer, TermMatcher, emptyReviewState, exportReview, readDoc } from '../src/core';
import { loadGlossary } from '../src/bundledGlossary';
import { randomDoc } from '../test/fixtures/adversarial';

const runs = Number(process.argv.find((a) => a.startsWith('--runs='))?.slice(7) ?? 10_000);
const seed = Number(process.argv.find((a) => a.startsWith('--seed='))?.slice(7) ?? Date.now() % 2 ** 31);
const glossary = loadGlossary();
const matcher = new TermMatcher(glossary);
const started = Date.now();
fc.assert(fc.property(randomDoc, (text) => {
  const r = readDoc(text, new DocumentAnalyzer(matcher), glossary.entries);
  for (const t of r.analysis.terms) if (t.offset < 0 || t.length <= 0 || t.offset + t.length > text.length) throw new Error(`term outside the text at ${t.offset}`);
  for (const q of r.questions) for (const l of q.locations) if (l.offset < 0 || l.offset + l.length > text.length) throw new Error(`question location outside the text: ${q.id}`);
  exportReview({ title: r.title ?? 'x', file: 'x.md', text, headings: r.analysis.headings, questions: r.questions, state: emptyReviewState() }, 'md');
}), { numRuns: runs, seed });
console.log(`${runs} generated docs reviewed and exported without a fault in ${((Date.now() - started) / 1000).toFixed(1)} s (seed ${seed}).`);
