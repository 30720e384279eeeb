// The core as `tsc` emits it (out/core, ESM), run by mocha in plain Node: no esbuild, no virtual
// modules. Its one build-time input, the bundled glossary, is read here from glossary/*.yaml with
// the core's own reader, as an entry point would pass it in.
import { strict as assert } from 'node:assert';
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const core = await import(join(ROOT, 'out', 'core', 'index.js'));

describe('The core, compiled by tsc alone', () => {
  const layers = readdirSync(join(ROOT, 'glossary')).filter((f) => f.endsWith('.yaml')).sort()
    .map((f) => core.parseGlossaryFile(readFileSync(join(ROOT, 'glossary', f), 'utf8'), `glossary/${f}`));
  const glossary = core.mergeGlossaries(layers);

  it('reads the bundled glossary files with no problem', () => {
    assert.deepEqual(glossary.problems, []);
    assert.ok(glossary.entries.size > 1500, `${glossary.entries.size} entries`);
  });

  it('reads a real design doc: terms, questions and an export', () => {
    const file = join(ROOT, 'test', 'fixtures', 'corpus', 'docs', 'grpc-a6-client-retries.md');
    const text = readFileSync(file, 'utf8');
    const report = core.readDoc(text, new core.DocumentAnalyzer(new core.TermMatcher(glossary)), glossary.entries, { path: file });
    assert.ok(report.analysis.terms.length > 100, `${report.analysis.terms.length} terms`);
    assert.ok(report.questions.length > 3, `${report.questions.length} questions`);
    const md = core.exportReview({ title: report.title ?? 'x', file: 'a6.md', text, headings: report.analysis.headings, questions: report.questions, state: core.emptyReviewState() }, 'md');
    assert.match(md, /^# /);
  });

  it('reports a schema problem at its line with the precompiled validator', () => {
    const layer = core.parseGlossaryFile('area: data\nentries:\n  - id: x\n    term: x\n    colour: red\n    definition: d\n', 'team.yaml');
    assert.deepEqual(layer.problems.map((p) => [p.line, /Unknown field "colour"/.test(p.message)]), [[3, true]]);
  });
});
