/**
 * `npm run eval:vocabulary [-- --gold=DIR --corpus=DIR --doc=NAME --misses]`: Docent's highlights
 * against hand-labelled gold terms (default ../shared/eval-dev/gold, whose README defines the
 * measures). Per doc and overall: the share of gold terms Docent explains (a glossary, team or doc
 * entry covers an occurrence in prose), the share it at least marks (any source, unknown words
 * included), and the share of gold not_terms it highlights (wrong sense). `--misses` lists the
 * gold terms not explained.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { DocumentAnalyzer, TermMatcher, readDoc } from '../src/core';
import { loadGlossary } from '../src/bundledGlossary';
import { ROOT, corpusDir } from './corpus';

interface Gold { doc: string; terms: string[]; not_terms: string[] }

const arg = (k: string) => process.argv.find((a) => a.startsWith(`--${k}=`))?.slice(k.length + 3);
const goldDir = resolve(arg('gold') ?? join(ROOT, '..', 'shared', 'eval-dev', 'gold'));
if (!existsSync(goldDir)) {
  console.error(`No gold labels at ${goldDir}: pass --gold=DIR (a folder of <doc>.json files as described in ../shared/eval-dev/README.md).`);
  process.exit(2);
}
const docsDir = corpusDir();
const only = arg('doc');
const glossary = loadGlossary();
const matcher = new TermMatcher(glossary);
const norm = (s: string) => s.toLowerCase().replace(/[-\s]+/g, ' ').trim();
const pct = (a: number, b: number) => `${b ? Math.round((100 * a) / b) : 0}%`;

let want = 0, explained = 0, marked = 0, nots = 0, wrong = 0, docs = 0, perDocSum = 0;
console.log(`${'doc'.padEnd(40)} ${'gold'.padStart(5)} ${'explained'.padStart(10)} ${'marked'.padStart(7)} ${'wrong-sense'.padStart(12)}`);
for (const f of readdirSync(goldDir).filter((x) => x.endsWith('.json')).sort()) {
  const gold = JSON.parse(readFileSync(join(goldDir, f), 'utf8')) as Gold;
  if (only && !gold.doc.includes(only)) continue;
  const path = join(docsDir, gold.doc);
  if (!existsSync(path)) { console.log(`${gold.doc}: not in ${docsDir}, skipped`); continue; }
  const text = readFileSync(path, 'utf8');
  const { analysis } = readDoc(text, new DocumentAnalyzer(matcher), glossary.entries);
  // Each highlight's text; for a compound ("corporate proxy"), also the entry's own words in it ("proxy").
  const all = new Map<string, string[] | undefined>();
  const known = new Map<string, string[] | undefined>();
  for (const t of analysis.terms) {
    const surface = text.slice(t.offset, t.offset + t.length);
    const n = norm(surface);
    // A phrase of two known terms ("L7 proxies") is explained by both entries: either one's words count.
    const core = t.compound ? [norm(surface.slice(t.compound.from, t.compound.from + t.compound.length)), ...(t.modifier ? [norm(surface.slice(t.modifier.from, t.modifier.from + t.modifier.length))] : [])] : undefined;
    all.set(n, core);
    if (glossary.entries.has(t.id) || t.id.startsWith('doc:')) known.set(n, core);
  }
  // A gold term counts when a highlight is the term or a longer span containing it (the README's
  // rule); a compound's highlight covers only gold terms that hold the word its entry explains
  // ("upstream kernel", explained as kernel, does not cover "upstream").
  const words = (n: string) => new RegExp(`(^| )${n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}( |$)`);
  const covered = (set: Map<string, string[] | undefined>, term: string) => {
    const n = norm(term);
    if (set.has(n)) return true;
    for (const [h, core] of set) if (h.includes(n) && words(n).test(h) && (!core || core.some((c) => n.includes(c) || (c.includes(n) && words(n).test(c))))) return true;
    return false;
  };
  const e = gold.terms.filter((t) => covered(known, t));
  const m = gold.terms.filter((t) => covered(all, t));
  const w = gold.not_terms.filter((t) => all.has(norm(t)));
  const wIn = gold.not_terms.filter((t) => !all.has(norm(t)) && covered(all, t));
  if (wIn.length) console.log(`    not_terms inside a longer highlight: ${wIn.join(', ')}`);
  docs++; want += gold.terms.length; explained += e.length; marked += m.length; nots += gold.not_terms.length; wrong += w.length;
  perDocSum += e.length / gold.terms.length;
  console.log(`${gold.doc.padEnd(40)} ${String(gold.terms.length).padStart(5)} ${pct(e.length, gold.terms.length).padStart(10)} ${pct(m.length, gold.terms.length).padStart(7)} ${`${w.length}/${gold.not_terms.length}`.padStart(12)}${w.length ? `  (${w.join(', ')})` : ''}`);
  if (process.argv.includes('--misses')) console.log(`    not explained: ${gold.terms.filter((t) => !covered(known, t)).join(', ')}`);
}
console.log(`\n${docs} docs, ${want} gold terms: explained ${pct(explained, want)} (${explained}; per-doc mean ${pct(perDocSum, docs)}), marked ${pct(marked, want)} (${marked}), wrong-sense ${pct(wrong, nots)} (${wrong}) of ${nots} not_terms.`);
