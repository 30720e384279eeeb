import { strict as assert } from 'node:assert';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { lintGlossary, claimedForms } from '../../../src/core/glossaryLint';
import { ROOT } from '../helpers';

const files = readdirSync(join(ROOT, 'glossary')).filter((f) => f.endsWith('.yaml')).sort()
  .map((f) => ({ file: `glossary/${f}`, text: readFileSync(join(ROOT, 'glossary', f), 'utf8') }));

describe('Bundled glossary quality', () => {
  it('passes every data check (schema, ids, surface forms, related ids, lengths, placeholders)', () => {
    const { errors, entries } = lintGlossary(files);
    assert.deepEqual(errors, []);
    assert.ok(entries > 1500, `${entries} entries`);
  });

  it('finds what a careless entry gets wrong, at its line', () => {
    const bad = 'area: data\nentries:\n  - id: shard-again\n    term: shard\n    definition: TODO, a shard is a shard.\n    askAbout: [One?]\n    related: [no-such-entry]\n';
    const { errors } = lintGlossary([...files, { file: 'glossary/zz.yaml', text: bad }]);
    const mine = errors.filter((e) => e.startsWith('zz.yaml:3: shard-again'));
    for (const want of ['missing whyItMatters', 'placeholder or empty text in definition', 'askAbout needs 2 to 4', 'uses its own term "shard"', 'surface form "shard" is also claimed by data.yaml', 'related id "no-such-entry"']) {
      assert.ok(mine.some((e) => e.includes(want)), `${want} in:\n${mine.join('\n')}`);
    }
  });

  it('claims forms by the matcher\'s case rule: acronyms exact, other words lower-cased', () => {
    assert.deepEqual(claimedForms({ id: 'x', term: 'Service Level Objective', aliases: ['SLO'], abbreviations: [{ abbr: 'L7', expansion: 'Layer 7' }] }), ['service level objective', 'SLO', 'L7', 'layer 7']);
  });

});
