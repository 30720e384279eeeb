import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './helpers';

/** The commands of a shell snippet: no comments, no blank lines. */
const commands = (text: string) => text.split('\n').map((l) => l.replace(/\s+#.*$/, '').trim()).filter((l) => l && !l.startsWith('#'));

describe('.ci/run', () => {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  const section = readme.slice(readme.indexOf('## Try it from source'));
  const block = /```sh\n([\s\S]*?)```/.exec(section);

  it("runs exactly the README's set-up and test commands, in order", () => {
    assert.ok(block, 'the README has a sh block under "Try it from source"');
    const readmeCommands = commands(block[1]);
    assert.deepEqual(readmeCommands, ['npm ci && npm run sample', 'npm test'], 'the README gives two commands');
    const ci = commands(readFileSync(join(ROOT, '.ci', 'run'), 'utf8'))
      .filter((l) => !/^(set -euo pipefail|cd "\$\(dirname "\$0"\)\/\.\."|export CI=true)$/.test(l));
    assert.deepEqual(ci, readmeCommands, '.ci/run runs nothing but the README commands');
  });
});
