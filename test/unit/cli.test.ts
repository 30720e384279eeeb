import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
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
    const text = readFileSync(file, 'utf8');
    const lines = text.split('\n');
    for (const t of out.terms) {
      assert.equal(text.slice(t.offset, t.offset + t.length), t.text);
      assert.equal(lines[t.line].slice(t.character, t.character + t.length), t.text.split('\n')[0].slice(0, t.length));
    }
    assert.ok(Array.isArray(out.sections) && Array.isArray(out.missing) && out.degraded === false);
  });

  it('refuses to export over the design doc itself, even through a symlink, and leaves it intact', () => {
    const dir = mkdtempSync(join(tmpdir(), 'docent-cli-'));
    const doc = join(dir, 'design.md');
    writeFileSync(doc, '# Design\n\nWe shard the table. TBD.\n');
    symlinkSync(doc, join(dir, 'link.md'));
    for (const target of [doc, join(dir, 'link.md')]) {
      const r = cli('export', doc, '--format', 'md', '-o', target);
      assert.equal(r.status, 2, r.stderr);
      assert.match(r.stderr, /refusing to write the export over the design doc itself/);
    }
    assert.equal(readFileSync(doc, 'utf8'), '# Design\n\nWe shard the table. TBD.\n');
    assert.deepEqual(readdirSync(dir).sort(), ['design.md', 'link.md'], 'no temp file left behind');
  });

  it('reads no negative number as a quantity and reports a doc-defined term and an unknown word with their sources', () => {
    const dir = mkdtempSync(join(tmpdir(), 'docent-cli-'));
    const doc = join(dir, 'd.md');
    writeFileSync(doc, '# Clock\n\nThe Clock Offset Budget (COB) allows -5 ms of drift. The COB is checked by the QXZ, and the QXZ alerts; the QXZ logs.\n');
    const out = JSON.parse(cli('analyze', doc, '--json').stdout);
    assert.ok(!out.quantities.some((q: { text: string }) => q.text.includes('5 ms')), JSON.stringify(out.quantities));
    assert.ok(out.terms.some((t: { source: string; text: string }) => t.source === 'doc' && t.text === 'COB'));
    assert.ok(out.terms.some((t: { source: string; text: string }) => t.source === 'unknown' && t.text === 'QXZ'));
    assert.deepEqual(out.definitions.map((d: { term: string }) => d.term), ['COB']);
  });

  it('analyze --json says which word of a compound its entry explains', () => {
    const dir = mkdtempSync(join(tmpdir(), 'docent-cli-'));
    const doc = join(dir, 'd.md');
    writeFileSync(doc, '# Egress\n\nRequests leave through a corporate proxy.\n');
    const out = JSON.parse(cli('analyze', doc, '--json').stdout);
    const hit = out.terms.find((t: { text: string }) => t.text === 'corporate proxy');
    assert.ok(hit, JSON.stringify(out.terms));
    assert.equal(hit.id, 'proxy');
    assert.equal(hit.explains, 'proxy');
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

  it('analyze --json carries quantities, components, dependencies and questions with 0-based positions', () => {
    const file = join(ROOT, 'samples', 'checkout-orders-redesign.md');
    const r = cli('analyze', file, '--json');
    assert.equal(r.status, 0, r.stderr);
    const out = JSON.parse(r.stdout);
    const text = readFileSync(file, 'utf8');
    const rate = out.quantities.find((q: { text: string }) => q.text === '15k TPS');
    assert.deepEqual([rate.kind, rate.value, rate.unit], ['rate', 15000, 'per second']);
    for (const q of out.quantities) assert.equal(text.slice(q.offset, q.offset + q.length), q.text);
    assert.deepEqual(out.components.slice(0, 3), ['Web checkout', 'Checkout API', 'Shard router']);
    assert.deepEqual(out.dependencies[0], { from: 'Web checkout', to: 'Checkout API' });
    assert.ok(out.missing.includes('cost'));
    const q = out.questions.find((x: { id: string }) => x.id === 'missing:sections');
    assert.deepEqual(Object.keys(q).sort(), ['category', 'details', 'headline', 'id', 'locations', 'priority', 'source', 'text', 'why']);
    assert.deepEqual(out.genre, { genre: 'service', chosen: false, because: out.genre.because });
    assert.ok(out.questions[0].askFirst, 'Ask first leads');
    const asLibrary = JSON.parse(cli('analyze', file, '--json', '--genre', 'library').stdout);
    assert.deepEqual([asLibrary.genre.genre, asLibrary.genre.chosen], ['library', true]);
    assert.ok(!asLibrary.questions.some((x: { source: string }) => x.source === 'diagram'), 'no service-only questions for a library');
    assert.equal(cli('analyze', file, '--genre', 'novel').status, 2);
    for (const x of out.questions) for (const l of x.locations) assert.ok(Number.isInteger(l.line) && Number.isInteger(l.character));
  });

  it('export writes md, csv and json with the review state, and refuses an unwritable target', () => {
    const dir = mkdtempSync(join(tmpdir(), 'docent-export-'));
    const file = join(ROOT, 'samples', 'checkout-orders-redesign.md');
    const state = join(dir, 'state.json');
    writeFileSync(state, JSON.stringify({ version: 1, questions: { 'missing:sections': { status: 'answered', note: 'Ana: costs are in the finance sheet', updated: '2026-11-25T00:00:00Z' } }, custom: [] }));
    const md = cli('export', file, '--format', 'md', '--state', state, '-o', join(dir, 'q.md'));
    assert.equal(md.status, 0, md.stderr);
    assert.match(readFileSync(join(dir, 'q.md'), 'utf8'), /- \[x\] The doc has no .* sections: .*\n {2}- _Why:_ .*\n(?: {2}- .*\n)+ {2}- _Note:_ Ana: costs are in the finance sheet/);
    const csv = cli('export', file, '--format', 'csv');
    assert.match(csv.stdout, /^id,category,priority,status,question,why,section,line,note,ask_first\r\n/);
    const json = JSON.parse(cli('export', file, '--format', 'json').stdout);
    assert.ok(json.questions.length >= 5);
    const bad = cli('export', file, '--format', 'md', '-o', join(dir, 'missing-folder', 'q.md'));
    assert.equal(bad.status, 2);
    assert.match(bad.stderr, /does not exist; nothing was written/);
    assert.equal(cli('export', file, '--format', 'xml').status, 2);
  });

  it('export writes every profile, with the link style asked for, and says clearly when a web link cannot be built', () => {
    const dir = mkdtempSync(join(tmpdir(), 'docent-profiles-'));
    const file = join(dir, 'design.md');
    writeFileSync(file, readFileSync(join(ROOT, 'samples', 'checkout-orders-redesign.md'), 'utf8'));
    const marker: Record<string, RegExp> = {
      md: /^# Review questions: .*\n\nSource: /, text: /^Review questions: .*\n.*\n\nASK FIRST\n\n1\. /, csv: /^id,category,priority,status,question,/,
      jira: /^Summary,Description,Issue Type,Priority,Labels,Labels\r\n/, github: /^\[\n {2}\{\n {4}"title": /, gh: /^#!\/usr\/bin\/env bash\n[^]*\ngh issue create --title \$'/, json: /^\{\n {2}"document": /,
    };
    const help = cli('--help').stdout;
    for (const [format, re] of Object.entries(marker)) {
      const r = cli('export', file, '--format', format, '-o', join(dir, `q.${format}`));
      assert.equal(r.status, 0, `${format}: ${r.stderr}`);
      assert.match(readFileSync(join(dir, `q.${format}`), 'utf8'), re, format);
      assert.match(help, new RegExp(`\\n {2}${format} `), `--help lists ${format}`);
    }
    assert.match(readFileSync(join(dir, 'q.md'), 'utf8'), /\]\(design\.md#L\d+\)/, 'relative links by default, from the export’s folder');
    assert.doesNotMatch(cli('export', file, '--format', 'md', '--links', 'none').stdout, /\]\(/);
    assert.match(cli('export', file, '--format', 'md', '--links', 'absolute').stdout, new RegExp(`\\]\\(file://${dir.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}/design\\.md#L\\d+\\)`));
    // Not a Git repository: one clear message, nothing written.
    const web = cli('export', file, '--format', 'md', '--links', 'web', '-o', join(dir, 'web.md'));
    assert.equal(web.status, 2);
    assert.match(web.stderr, /--links web needs .* in a Git repository with an "origin" remote on GitHub or GitLab/);
    // In one, the link goes to the file at HEAD on the remote's web page.
    const git = (...args: string[]) => spawnSync('git', ['-C', dir, ...args], { encoding: 'utf8' });
    git('init', '-q');
    git('-c', 'user.email=pm@example.com', '-c', 'user.name=PM', 'commit', '-q', '--allow-empty', '-m', 'init');
    git('remote', 'add', 'origin', 'git@github.com:acme/designs.git');
    const head = git('rev-parse', 'HEAD').stdout.trim();
    const linked = cli('export', file, '--format', 'md', '--links', 'web');
    assert.equal(linked.status, 0, linked.stderr);
    assert.match(linked.stdout, new RegExp(`\\]\\(https://github\\.com/acme/designs/blob/${head}/design\\.md#L\\d+\\)`));
    assert.equal(cli('export', file, '--format', 'md', '--links', 'sideways').status, 2);
  });

  it('lookup resolves a surface form to its entry', () => {
    const r = cli('lookup', 'shards', '--glossary', join(FIXTURES, 'glossary', 'core.yaml'));
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stdout, /^sharding · Scalability & performance\n/, "the fixture glossary files sharding under its area");
  });

  it('lookup --locale shows the labels in that locale, and names the locales it has when asked for another', () => {
    const r = cli('lookup', 'shards', '--locale', 'qps-ploc');
    assert.equal(r.status, 0, r.stderr);
    assert.ok(!r.stdout.includes('Why it matters') && /Ẇħẏ/.test(r.stdout), r.stdout.slice(0, 300));
    const bad = cli('lookup', 'shards', '--locale', 'xx');
    assert.equal(bad.status, 2);
    assert.match(bad.stderr, /no translations for locale "xx" \(available: en, qps-ploc\)/);
  });
});
