import { strict as assert } from 'node:assert';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ROOT } from './helpers';

describe('Bundled glossary quality', () => {
  it('passes every data check (schema, ids, surface forms, related ids, lengths, placeholders)', async () => {
    const { lintGlossary } = await import(pathToFileURL(join(ROOT, 'scripts', 'glossary-lint.mjs')).href);
    const { errors, entries } = lintGlossary(join(ROOT, 'glossary'));
    assert.deepEqual(errors, []);
    assert.ok(entries > 0);
  });
});
