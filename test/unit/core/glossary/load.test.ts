import { strict as assert } from 'node:assert';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseGlossaryFile, mergeGlossaries } from '../../../../src/core';
import { loadGlossary, bundledLayers } from '../../../../src/bundledGlossary';
import { FIXTURES, ROOT, fixtureGlossary } from '../../helpers';

const read = (f: string) => readFileSync(join(FIXTURES, 'glossary', f), 'utf8');
const lineOf = (text: string, needle: string) => text.split('\n').findIndex((l) => l.includes(needle)) + 1;

describe('Glossary loading', () => {
  it('reports every bad entry with its file and line and keeps the good ones', () => {
    const text = read('team-bad.yaml');
    const team = parseGlossaryFile(text, 'team-bad.yaml');
    const merged = mergeGlossaries([parseGlossaryFile(read('core.yaml'), 'core.yaml'), team]);
    const problems = merged.problems.filter((p) => p.severity === 'error').map((p) => `${p.file}:${p.line}: ${p.message}`);
    assert.deepEqual(problems, [
      `team-bad.yaml:${lineOf(text, 'orders-db')}: Unknown field "colour". Allowed fields are listed in glossary/schema.json.`,
      `team-bad.yaml:${lineOf(text, 'Bad_Id')}: "id" must be a kebab-case id such as "read-replica".`,
      `team-bad.yaml:${lineOf(text, 'id: ledger\n') || lineOf(text, '- id: ledger')}: Entry "ledger" is new here, so it needs term (or set "area" for the file).`,
    ]);
    assert.ok(merged.entries.has('ledger-service'), 'a good new entry is kept');
    assert.ok(!merged.entries.has('orders-db'), 'an entry with an unknown field is left out, and reported');
    assert.equal(merged.entries.get('sharding')?.definition, 'Our override of the bundled definition.');
    assert.deepEqual(merged.entries.get('sharding')?.aliases, ['shard', 'horizontal partitioning'], 'an override keeps the fields it does not set');
    assert.ok(!merged.entries.has('cache'), 'disable removes an entry');
  });

  it('reports YAML syntax errors with a line and never throws', () => {
    const layer = parseGlossaryFile('entries:\n  - id: a\n    term: [unclosed\n', 'broken.yaml');
    assert.equal(layer.entries.length, 0);
    assert.equal(layer.problems.length > 0, true);
    assert.match(layer.problems[0].message, /^YAML syntax/);
    assert.ok(layer.problems[0].line >= 3);
    for (const junk of ['', '42', '- a\n- b', 'entries: 7', '\u0000\u0001', ': : :']) {
      assert.doesNotThrow(() => mergeGlossaries([parseGlossaryFile(junk, 'junk.yaml')]));
    }
  });

  it('accepts JSON glossary files too', () => {
    const layer = parseGlossaryFile(JSON.stringify({ entries: [{ id: 'x-y', term: 'x y', category: 'data', definition: 'A thing.' }] }), 't.json');
    assert.deepEqual(layer.problems, []);
    assert.equal(mergeGlossaries([layer]).entries.get('x-y')?.term, 'x y');
  });

  it('records each entry source for "open the glossary entry"', () => {
    const g = fixtureGlossary();
    assert.deepEqual(g.entries.get('fan-out')?.source, { file: 'core.yaml', line: lineOf(read('core.yaml'), 'id: fan-out') });
  });

  it('precompiles the bundled glossary exactly as the runtime loader reads it', () => {
    const files = readdirSync(join(ROOT, 'glossary')).filter((f) => f.endsWith('.yaml')).sort();
    const runtime = files.map((f) => parseGlossaryFile(readFileSync(join(ROOT, 'glossary', f), 'utf8'), `glossary/${f}`));
    assert.deepEqual(JSON.parse(JSON.stringify(bundledLayers())), JSON.parse(JSON.stringify(runtime)));
  });

  it('loads the bundled glossary without errors', () => {
    const g = loadGlossary();
    assert.deepEqual(g.problems.filter((p) => p.severity === 'error'), []);
    assert.ok(g.entries.size > 0);
  });

  it('validates with a precompiled validator that matches glossary/schema.json (npm run glossary:schema)', async () => {
    const { generate, TARGET } = await import(pathToFileURL(join(ROOT, 'scripts', 'glossary-schema.mjs')).href);
    assert.equal(readFileSync(TARGET, 'utf8'), generate(), 'run `npm run glossary:schema` after changing the schema');
  });
});
