import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  addCustomQuestion, emptyReviewState, exportReview, githubIssues, relativePath, reviewItems, setNote, setStatus, webFileUrl, agenda,
  type ReviewDocument,
} from '../../../../src/core';
import { CORPUS, reviewDocumentOf as docOf } from '../../helpers';

const NOW = new Date('2026-12-01T10:00:00Z');

/** RFC 4180, as Jira and spreadsheets read it. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') { cell += '"'; i++; } else if (c === '"') quoted = false; else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') { row.push(cell); cell = ''; } else if (c === '\r' && text[i + 1] === '\n') { row.push(cell); rows.push(row); row = []; cell = ''; i++; } else cell += c;
  }
  if (cell || row.length) { row.push(cell); rows.push(row); }
  return rows;
}

// A real corpus doc, with hostile notes and a hostile question of the PM's own.
const retries = readFileSync(join(CORPUS, 'grpc-a6-client-retries.md'), 'utf8');
function hostileDoc(): ReviewDocument {
  const base = docOf(retries, emptyReviewState(), 'docs/grpc (a6).md');
  let state = emptyReviewState();
  state = setNote(state, base.questions[0].id, 'Ana\'s take: "ask $(whoami)", `rm -rf /`, a, b\nsecond line; =HYPERLINK("x")');
  state = setStatus(state, base.questions[1].id, 'asked');
  state = setStatus(state, base.questions[2].id, 'dismissed');
  state = addCustomQuestion(state, '=cmd|\' /C calc\'!A0 and $(touch /tmp/pwned) `id`', 'risk').state;
  return { ...base, state };
}

describe('Export profiles', () => {
  it('Jira CSV: a Summary header Jira requires, one row per open question, every cell read back exactly and no cell a formula', () => {
    const doc = hostileDoc();
    const rows = parseCsv(exportReview(doc, 'jira', { now: NOW }));
    assert.deepEqual(rows[0], ['Summary', 'Description', 'Issue Type', 'Priority', 'Labels', 'Labels']);
    const open = agenda(reviewItems(doc)).flatMap((g) => g.items);
    assert.equal(rows.length - 1, open.length, 'dismissed questions are not filed');
    for (const r of rows.slice(1)) {
      assert.equal(r.length, 6);
      assert.ok(r[0].length > 0 && r[0].length <= 250, 'a Summary Jira accepts');
      assert.ok(['High', 'Medium', 'Low'].includes(r[3]));
      assert.equal(r[4], 'design-review');
      assert.match(r[5], /^review-[a-z]+$/);
      for (const cell of r) assert.doesNotMatch(cell, /^[=+\-@]/, `no formula: ${cell.slice(0, 40)}`);
    }
    const noted = rows.find((r) => r[1].includes('Note: Ana'));
    assert.ok(noted, 'the note travels in the description');
    assert.match(noted![1], /"ask \$\(whoami\)", `rm -rf \/`, a, b second line; =HYPERLINK\("x"\)/, 'quotes, commas and newlines survive, on one line');
    assert.ok(rows.some((r) => r[0].startsWith("'=cmd|")), 'the PM’s formula-looking question is defused');
    assert.equal(rows[1][3], 'High', 'Ask first files first, as High');
  });

  it('GitHub JSON: title, Markdown body and labels per open question, with doc text escaped', () => {
    const doc = hostileDoc();
    const issues = JSON.parse(exportReview(doc, 'github', { now: NOW }));
    assert.deepEqual(issues, githubIssues(doc, reviewItems(doc), { style: 'relative' }));
    assert.equal(issues.length, agenda(reviewItems(doc)).flatMap((g) => g.items).length);
    for (const i of issues) {
      assert.ok(i.title && !i.title.includes('\n'));
      assert.deepEqual(i.labels.slice(0, 1), ['design-review']);
      assert.match(i.body, /_From a design review prepared with Docent\._$/);
    }
    assert.ok(issues.some((i: { body: string }) => i.body.includes('\\`rm -rf /\\`')), 'backticks in a note are escaped');
  });

  it('gh script: run by bash against a stand-in gh, every value arrives as one argument, exactly, and nothing else runs', () => {
    const doc = hostileDoc();
    const script = exportReview(doc, 'gh', { now: NOW });
    const dir = mkdtempSync(join(tmpdir(), 'docent-gh-'));
    const log = join(dir, 'calls');
    writeFileSync(join(dir, 'gh'), '#!/usr/bin/env bash\nfor a in "$@"; do printf \'%s\\0\' "$a" >> "$GH_LOG"; done\nprintf \'\\n\\0\' >> "$GH_LOG"\n');
    chmodSync(join(dir, 'gh'), 0o755);
    writeFileSync(join(dir, 'issues.sh'), script);
    const run = spawnSync('bash', [join(dir, 'issues.sh')], { cwd: dir, encoding: 'utf8', env: { PATH: `${dir}:/usr/bin:/bin`, GH_LOG: log } });
    assert.equal(run.status, 0, run.stderr);
    const calls = readFileSync(log, 'utf8').split('\n\0').filter(Boolean).map((c) => c.split('\0').filter((a, i, all) => i < all.length - 1 || a !== ''));
    const issues = githubIssues(doc, reviewItems(doc), { style: 'relative' });
    const created = calls.filter((c) => c[0] === 'issue');
    assert.equal(created.length, issues.length);
    created.forEach((c, k) => {
      assert.deepEqual(c, ['issue', 'create', '--title', issues[k].title, '--body', issues[k].body, ...issues[k].labels.flatMap((l) => ['--label', l])]);
    });
    assert.ok(calls.filter((c) => c[0] === 'label').every((c) => c[1] === 'create'));
    assert.throws(() => readFileSync('/tmp/pwned'), 'the doc’s $(…) never ran');
    // Outside its quoted words, every command line is the fixed syntax only.
    for (const line of script.split('\n')) {
      if (!line || line.startsWith('#') || line === 'set -euo pipefail') continue;
      const bare = line.replace(/\$'(?:[^'\\]|\\.)*'/g, 'W');
      assert.match(bare, /^gh (?:issue create --title W --body W(?: --label W)+|label create W --force --description W)$/, line.slice(0, 80));
    }
    for (const c of script.split('\n').filter((l) => l.startsWith('#'))) assert.doesNotMatch(c, /grpc|Retry|Ana/i, 'no doc text in a comment');
  });

  it('Markdown agenda: Ask first, then categories; one link per passage; link styles none, relative, absolute and web', () => {
    const doc = docOf(retries, emptyReviewState(), 'docs/a6.md');
    const rel = exportReview(doc, 'md', { now: NOW });
    const headings = rel.split('\n').filter((l) => l.startsWith('## '));
    assert.equal(headings[0], '## Ask first');
    assert.match(rel, /\]\(docs\/a6\.md#L\d+\)/);
    for (const row of rel.split('\n').filter((l) => l.startsWith('- ['))) {
      const lines = [...row.matchAll(/#L(\d+)\)/g)].map((m) => m[1]);
      assert.equal(new Set(lines).size, lines.length, `a passage linked once: ${row.slice(0, 80)}`);
    }
    const none = exportReview(doc, 'md', { now: NOW, links: { style: 'none' } });
    assert.doesNotMatch(none, /\]\(/);
    assert.match(none, /line \d+/);
    const abs = exportReview(doc, 'md', { now: NOW, links: { style: 'absolute', absolutePath: '/home/pm/repo/docs/a6.md' } });
    assert.match(abs, /\]\(file:\/\/\/home\/pm\/repo\/docs\/a6\.md#L\d+\)/);
    const web = webFileUrl('git@github.com:grpc/proposal.git', 'a'.repeat(40), 'A6-client-retries.md')!;
    const onWeb = exportReview(doc, 'md', { now: NOW, links: { style: 'web', webUrl: web } });
    assert.match(onWeb, new RegExp(`\\]\\(https://github\\.com/grpc/proposal/blob/${'a'.repeat(40)}/A6-client-retries\\.md#L\\d+\\)`));
  });

  it('plain text: numbered questions in agenda order, no Markdown, the PM’s state and notes kept', () => {
    const doc = hostileDoc();
    const text = exportReview(doc, 'text', { now: NOW, links: { style: 'none' } });
    const lines = text.split('\n');
    assert.equal(lines[0], `Review questions: ${doc.title}`);
    assert.equal(lines[3], 'ASK FIRST');
    const numbered = lines.filter((l) => /^\d+\. /.test(l)).map((l) => Number(l.split('.')[0]));
    assert.deepEqual(numbered, numbered.map((_, i) => i + 1));
    assert.equal(numbered.length, agenda(reviewItems(doc)).flatMap((g) => g.items).length);
    assert.ok(lines.some((l) => l.endsWith('(asked)')));
    assert.ok(lines.some((l) => l.startsWith('   Note: Ana')));
    assert.doesNotMatch(text, /\]\(|^#|\*\*/m);
  });

  it('builds web links from GitHub and GitLab remotes, drops credentials, and refuses what is not a repository address', () => {
    const sha = '0123456789abcdef0123456789abcdef01234567';
    assert.equal(webFileUrl('https://github.com/kubernetes/enhancements.git', sha, 'keps/sig-network/3866/README.md'), `https://github.com/kubernetes/enhancements/blob/${sha}/keps/sig-network/3866/README.md`);
    assert.equal(webFileUrl('ssh://git@github.com/golang/proposal', sha, 'design/25530-sumdb.md'), `https://github.com/golang/proposal/blob/${sha}/design/25530-sumdb.md`);
    assert.equal(webFileUrl('https://oauth2:glpat-secret@gitlab.com/gitlab-org/gitlab.git', sha, 'doc/a b.md'), `https://gitlab.com/gitlab-org/gitlab/-/blob/${sha}/doc/a%20b.md`);
    assert.equal(webFileUrl('/srv/git/repo.git', sha, 'x.md'), undefined);
    assert.equal(webFileUrl('https://github.com/o/r', 'HEAD', 'x.md'), undefined);
    assert.equal(webFileUrl('javascript:alert(1)//github.com/o/r', sha, 'x.md'), undefined);
    assert.equal(relativePath('/repo/docs', '/repo/docs/a6.md'), 'a6.md');
    assert.equal(relativePath('/repo/exports', '/repo/docs/a6.md'), '../docs/a6.md');
  });
});
