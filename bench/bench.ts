/**
 * `npm run bench`: Docent's analysis against a baseline measured in the same run (these machines
 * are noisy, so ratios matter more than milliseconds). Baseline: one remark-parse (+ gfm, front
 * matter) of the whole document, which is what a naive implementation would do on every edit.
 * `npm run bench -- --json` prints one JSON object; `--corpus=DIR` sweeps another folder of design docs
 * (default ../shared/corpus, else the repository's test/fixtures/corpus).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import remarkFrontmatter from 'remark-frontmatter';
import { DocumentAnalyzer, TermMatcher, readDoc } from '../src/core';
import { loadGlossary } from '../src/bundledGlossary';
import { FIXTURE_CORPUS, ROOT, corpusDir, readCorpus } from '../scripts/corpus';
import { ADVERSARIAL } from '../test/fixtures/adversarial';

const json = process.argv.includes('--json');
const CORPUS = corpusDir(process.argv, FIXTURE_CORPUS);
const log = (s: string) => { if (!json) console.log(s); };

function time<T>(fn: () => T): { ms: number; result: T } {
  const t = performance.now();
  const result = fn();
  return { ms: performance.now() - t, result };
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

function corpus(): { name: string; text: string }[] {
  return readCorpus(CORPUS);
}

/** A 1 MB design doc made of real design-doc text (the corpus, or the sample if it is absent). */
function generatedDoc(docs: { text: string }[]): string {
  const parts: string[] = [];
  const sources = docs.length ? docs.map((d) => d.text) : [readFileSync(join(ROOT, 'samples', 'checkout-orders-redesign.md'), 'utf8')];
  let size = 0;
  for (let i = 0; size < 1_000_000; i++) {
    const t = `\n\n# Part ${i + 1}\n\n` + sources[i % sources.length].replace(/^---[\s\S]*?\n---\n/, '');
    parts.push(t);
    size += t.length;
  }
  return parts.join('').slice(0, 1_000_000);
}

const processor = unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter, ['yaml', 'toml']);
const glossary = loadGlossary();
const matcher = time(() => new TermMatcher(glossary));
const docs = corpus();
const big = generatedDoc(docs);

log(`Glossary: ${glossary.entries.size} entries, ${matcher.result.formCount} surface forms, compiled in ${matcher.ms.toFixed(1)} ms`);
log(`Generated doc: ${(big.length / 1e6).toFixed(2)} MB\n`);

// Warm up the JIT on a real doc.
for (let i = 0; i < 3; i++) new DocumentAnalyzer(matcher.result).analyze(docs[0]?.text ?? big.slice(0, 50_000));

const fullParse = time(() => processor.parse(big)).ms;
const analyzer = new DocumentAnalyzer(matcher.result);
const full = time(() => analyzer.analyze(big));
const edits: number[] = [];
let current = big;
for (let i = 0; i < 15; i++) {
  const at = Math.floor(big.length * (0.2 + 0.04 * i));
  const pos = current.indexOf(' ', at);
  current = current.slice(0, pos) + (i % 2 ? ' ' : 'x') + current.slice(pos + 1);
  edits.push(time(() => analyzer.analyze(current)).ms);
}
const lines = big.split('\n');
const mid = Math.floor(lines.length / 2);
const viewStart = lines.slice(0, mid).join('\n').length;
const viewEnd = viewStart + lines.slice(mid, mid + 60).join('\n').length;
const viewport = median([0, 1, 2, 3, 4].map(() => time(() => new DocumentAnalyzer(matcher.result).analyze(big, { range: { start: viewStart, end: viewEnd } })).ms));

// The full review (analysis, numbers, diagrams, questions), as the worker computes it, of every
// pathological input the unit tests also check (test/fixtures/adversarial.ts).
const adv: Record<string, number> = {};
for (const [name, make] of Object.entries(ADVERSARIAL)) {
  const text = make();
  adv[name] = time(() => readDoc(text, new DocumentAnalyzer(matcher.result), glossary.entries)).ms;
}
const advMax = Math.max(...Object.values(adv));

const perDoc = docs.map((d) => {
  const parse = median([0, 1, 2].map(() => time(() => processor.parse(d.text)).ms));
  const analysis = median([0, 1, 2].map(() => time(() => new DocumentAnalyzer(matcher.result).analyze(d.text)).ms));
  return { name: d.name, bytes: d.text.length, parse, analysis };
});
const near50 = [...perDoc].sort((a, b) => Math.abs(a.bytes - 50_000) - Math.abs(b.bytes - 50_000))[0];
// The whole review (analysis + numbers + diagrams + questions), fresh, as the worker computes it on open.
const fullReview = time(() => readDoc(big, new DocumentAnalyzer(matcher.result), glossary.entries)).ms;
const review50 = near50Doc() ? median([0, 1, 2].map(() => time(() => readDoc(near50Doc()!.text, new DocumentAnalyzer(matcher.result), glossary.entries)).ms)) : 0;
function near50Doc() {
  return [...docs].sort((a, b) => Math.abs(a.text.length - 50_000) - Math.abs(b.text.length - 50_000))[0];
}
// Memory over 200 one-character edits of the 1 MB doc, each fully reviewed (heap after a GC when --expose-gc is on).
const gc = (globalThis as { gc?: () => void }).gc;
const heap = () => { gc?.(); return process.memoryUsage().heapUsed / 1e6; };
const editor = new DocumentAnalyzer(matcher.result);
let edited = big;
readDoc(edited, editor, glossary.entries);
const heapBefore = heap();
let heapPeak = heapBefore;
for (let i = 0; i < 200; i++) {
  const at = edited.indexOf(' ', Math.floor(edited.length * ((i * 7919) % 1000) / 1000));
  edited = edited.slice(0, at) + (i % 2 ? ' ' : 'y') + edited.slice(at + 1);
  readDoc(edited, editor, glossary.entries);
  if (i % 20 === 19) heapPeak = Math.max(heapPeak, heap());
}
const heapAfter = heap();
const matchOnly = median([0, 1, 2].map(() => time(() => matcher.result.match(big)).ms));

const result = {
  doc_bytes: big.length,
  glossary_entries: glossary.entries.size,
  surface_forms: matcher.result.formCount,
  compile_ms: round(matcher.ms),
  full_parse_ms: round(fullParse),
  full_analysis_ms: round(full.ms),
  full_review_ms: round(fullReview),
  edit_update_ms: round(median(edits)),
  viewport_first_ms: round(viewport),
  adversarial_max_ms: round(advMax),
  heap_200_edits_mb: { before: round(heapBefore), after: round(heapAfter), peak: round(heapPeak), growth: round(heapAfter - heapBefore), gc: Boolean(gc) },
  match_only_ms: round(matchOnly),
  throughput_mb_s: round(big.length / 1e6 / (full.ms / 1000)),
  doc_50kb: near50 ? { name: near50.name, bytes: near50.bytes, analysis_ms: round(near50.analysis), review_ms: round(review50), parse_ms: round(near50.parse) } : null,
  ratios: {
    edit_vs_full_parse: round(fullParse / median(edits)),
    analysis_vs_full_parse: round(full.ms / fullParse),
    match_vs_full_parse: round(matchOnly / fullParse),
  },
  adversarial: Object.fromEntries(Object.entries(adv).map(([k, v]) => [k, round(v)])),
  corpus: perDoc.map((d) => ({ ...d, parse: round(d.parse), analysis: round(d.analysis) })),
  degraded_chunks_in_generated_doc: full.result.degraded.length,
};

if (json) {
  console.log(JSON.stringify(result, null, 2));
} else {
  const row = (k: string, v: string, note = '') => console.log(`${k.padEnd(34)} ${v.padStart(12)}  ${note}`);
  row('whole-doc remark parse (baseline)', `${result.full_parse_ms} ms`);
  row('Docent full analysis', `${result.full_analysis_ms} ms`, `${result.ratios.analysis_vs_full_parse}x the baseline`);
  row('full review (+ numbers, questions)', `${result.full_review_ms} ms`, `${round(result.full_review_ms / result.full_parse_ms)}x the baseline`);
  row('update after a 1-char edit', `${result.edit_update_ms} ms`, `baseline / ${result.ratios.edit_vs_full_parse} (target: at least 150)`);
  row('first screenful (60 lines)', `${result.viewport_first_ms} ms`, '(target: at most 50 ms)');
  row('term matching alone, 1 MB', `${result.match_only_ms} ms`, `${result.ratios.match_vs_full_parse}x the baseline`);
  row('throughput', `${result.throughput_mb_s} MB/s`);
  if (near50) row(`~50 KB real doc (${(near50.bytes / 1024).toFixed(0)} KB, ${near50.name})`, `${result.doc_50kb!.analysis_ms} ms`, `(target: at most 100 ms); full review ${result.doc_50kb!.review_ms} ms`);
  row('heap over 200 edits of 1 MB', `${result.heap_200_edits_mb.growth} MB`, `growth (${result.heap_200_edits_mb.before} -> ${result.heap_200_edits_mb.after} MB, peak ${result.heap_200_edits_mb.peak}; target: flat within 50 MB)${gc ? '' : ' without --expose-gc'}`);
  console.log(`\nAdversarial inputs, full review (target: each at most 2,000 ms; worst ${round(advMax)} ms):`);
  for (const [k, v] of Object.entries(result.adversarial)) row(`  ${k}`, `${v} ms`);
  console.log('\nCorpus (median of 3):');
  for (const d of result.corpus) row(`  ${d.name.slice(0, 32)}`, `${d.analysis} ms`, `${(d.bytes / 1024).toFixed(0)} KB, parse ${d.parse} ms`);
}

function round(n: number): number {
  return Math.round(n * 100) / 100;
}
