import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT, CORPUS, FIXTURES } from './helpers';

const cli = (...args: string[]) => spawnSync(process.execPath, [join(ROOT, 'dist', 'cli.js'), ...args], { encoding: 'utf8' });

describe('CLI', () => {
  it('analyze --json prints terms whose text is the exact slice of the file', () => {
    const file = join(CORPUS, 'grpc-a6-client-retries.md');
    const r = cli('analyze', file, '--json', '--glossary', join(FIXTURES, 'glossary', 'core.yaml'));
    assert.equal(r.status, 0, r.stderr);
    const out = JSON.parse(r.stdout);
    assert.equal(out.file, file);
    assert.ok(out.terms.length > 0);
    const text = require('node:fs').readFileSync(file, 'utf8') as string;
    const lines = text.split('\n');
    for (const t of out.terms) {
      assert.equal(text.slice(t.offset, t.offset + t.length), t.text);
      assert.equal(lines[t.line].slice(t.character, t.character + t.length), t.text.split('\n')[0].slice(0, t.length));
    }
    assert.ok(Array.isArray(out.sections) && Array.isArray(out.missing) && out.degraded === false);
  });

  it('fails with one clear message on a missing file, a binary file and a bad glossary', () => {
    const dir = mkdtempSync(join(tmpdir(), 'docent-cli-'));
    const bin = join(dir, 'x.md');
    writeFileSync(bin, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 1]));
    const missing = cli('analyze', join(dir, 'nope.md'));
    assert.equal(missing.status, 2);
    assert.match(missing.stderr, /no such file/);
    const binary = cli('analyze', bin);
    assert.equal(binary.status, 2);
    assert.match(binary.stderr, /binary/);
    const bad = cli('terms', '--glossary', join(FIXTURES, 'glossary', 'team-bad.yaml'));
    assert.equal(bad.status, 2);
    assert.match(bad.stderr, /team-bad\.yaml:\d+:\d+: Unknown field "colour"/);
  });

  it('lookup resolves a surface form to its entry', () => {
    const r = cli('lookup', 'shards', '--glossary', join(FIXTURES, 'glossary', 'core.yaml'));
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stdout, /^sharding \(sharding, /);
  });
});
