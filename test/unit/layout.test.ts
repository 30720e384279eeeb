import { strict as assert } from 'node:assert';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './helpers';

describe('Test layout', () => {
  it('mirrors src/: each unit test under core/ and base/ is named for the source file it tests', () => {
    const tests = readdirSync(join(ROOT, 'test', 'unit'), { recursive: true, encoding: 'utf8' }).filter((f) => /^(core|base)\/.*\.test\.ts$/.test(f.replace(/\\/g, '/')));
    assert.ok(tests.length > 15, `${tests.length} tests`);
    for (const t of tests) {
      const src = join(ROOT, 'src', t.replace(/\.test\.ts$/, ''));
      assert.ok(existsSync(`${src}.ts`) || existsSync(join(src, 'index.ts')), `${t} has a source file src/${t.replace(/\.test\.ts$/, '.ts')}`);
    }
  });
});
