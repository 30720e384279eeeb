import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import {
  mergeGlossaries, parseGlossaryFile, TermMatcher, DocumentAnalyzer, readDoc, emptyReviewState, type Glossary,
  type ReviewDocument, type ReviewState,
} from '../../src/core';
import { loadGlossary } from '../../src/bundledGlossary';

/** The repository root: the bundled test runs from out/test/unit/<dir>, so it is found, not counted. */
export const ROOT = (() => {
  let dir = __dirname;
  while (!existsSync(join(dir, 'package.json')) || !existsSync(join(dir, 'glossary'))) {
    const up = dirname(dir);
    if (up === dir) throw new Error(`no repository root above ${__dirname}`);
    dir = up;
  }
  return dir;
})();
export const FIXTURES = join(ROOT, 'test', 'fixtures');
/** Real design docs shipped with the tests (see test/fixtures/corpus/README.md for sources and licences). */
export const CORPUS = join(FIXTURES, 'corpus', 'docs');

export function fixtureGlossary(...files: string[]): Glossary {
  const names = files.length ? files : ['core.yaml'];
  return mergeGlossaries(names.map((f) => parseGlossaryFile(readFileSync(join(FIXTURES, 'glossary', f), 'utf8'), f)));
}

export function corpusDocs(): { name: string; text: string }[] {
  return readdirSync(CORPUS).filter((f) => f.endsWith('.md')).sort().map((name) => ({ name, text: readFileSync(join(CORPUS, name), 'utf8') }));
}

/** The terms found in `text`, as [id, matched text] pairs. */
export function termsIn(text: string, glossary = fixtureGlossary()): [string, string][] {
  return new DocumentAnalyzer(new TermMatcher(glossary)).analyze(text).terms.map((t) => [t.id, text.slice(t.offset, t.offset + t.length)]);
}

let bundled: { glossary: Glossary; matcher: TermMatcher } | undefined;

/** A doc reviewed with the bundled glossary, as the exports and the brief receive it. */
export function reviewDocumentOf(text: string, state: ReviewState = emptyReviewState(), file = 'docs/design.md'): ReviewDocument {
  bundled ??= (() => { const glossary = loadGlossary(); return { glossary, matcher: new TermMatcher(glossary) }; })();
  const r = readDoc(text, new DocumentAnalyzer(bundled.matcher), bundled.glossary.entries);
  return { title: r.title ?? 'Doc', file, text, headings: r.analysis.headings, questions: r.questions, state };
}
