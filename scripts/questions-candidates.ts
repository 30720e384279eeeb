/**
 * `node esbuild.js --script=scripts/questions-candidates.ts && node out/scripts/questions-candidates.js --doc=NAME [--corpus=DIR]`:
 * every candidate question the sources raise for a doc, with its priority (severity plus the
 * section's weight), kind, section role and quote; `*` marks the ones ranking kept. For tuning a
 * source: shows what it found, and what ranking dropped as a twin or over a cap.
 */
import { DocumentAnalyzer, TermMatcher, readDoc, findQuantities } from '../src/core';
import { loadGlossary } from '../src/bundledGlossary';
import { buildContext } from '../src/core/questions/context';
import { SOURCES } from '../src/core/questions/sources';
import { withCorpus } from './corpus';

withCorpus((docs) => {
  const glossary = loadGlossary();
  const matcher = new TermMatcher(glossary);
  const only = process.argv.find((a) => a.startsWith('--doc='))?.slice(6);
  for (const { name, text } of docs) {
    if (only && !name.includes(only)) continue;
    const review = readDoc(text, new DocumentAnalyzer(matcher), glossary.entries, { path: name });
    const kept = new Set(review.questions.map((q) => q.id));
    const a = review.analysis;
    const ctx = buildContext({ text, terms: a.terms, headings: a.headings, prose: a.prose, entries: glossary.entries, quantities: findQuantities(text, a.prose), path: name });
    const rows: { priority: number; line: string }[] = [];
    for (const source of SOURCES) {
      if (source.genres && !source.genres.includes(ctx.genre.genre)) continue;
      for (const c of source.find(ctx)) {
        const at = c.sentence ?? c.locations[0]?.offset;
        const sentence = at === undefined ? undefined : ctx.sentenceAt(at);
        const priority = c.severity + (sentence ? ctx.weight(sentence.role) : 0);
        rows.push({ priority, line: `${kept.has(c.id) ? '*' : ' '} ${String(priority).padStart(3)} ${(c.kind ?? c.source).padEnd(28)} ${(sentence?.role ?? '-').padEnd(11)} ${(c.quote ?? c.text).slice(0, 150)}` });
      }
    }
    console.log(`\n## ${name} (genre: ${ctx.genre.genre}${ctx.shipped ? ', shipped' : ''})`);
    console.log(rows.sort((x, y) => y.priority - x.priority).map((r) => r.line).join('\n'));
  }
});
