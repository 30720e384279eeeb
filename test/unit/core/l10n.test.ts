import { strict as assert } from 'node:assert';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  CATEGORY_LABELS, ENTRY_LABELS, EXPORT_PROFILES, GENRE_LABELS, QUESTION_CATEGORY_LABELS, QUESTION_STATUS_LABELS, SECTION_KINDS,
  DocumentAnalyzer, TermMatcher, entryView, readDoc, useTranslations, type Translations,
} from '../../../src/core';
import { loadGlossary } from '../../../src/bundledGlossary';
import { CORPUS, ROOT } from '../helpers';

const read = (file: string) => JSON.parse(readFileSync(join(ROOT, file), 'utf8')) as Translations;
/** Pseudo-localized text: every letter is an accented look-alike, so any plain English word stands out. */
const PSEUDO = /^[^A-Za-z]*$|[\u0100-\u024f\u1e00-\u1eff]/;

function sources(dir: string): { file: string; text: string }[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) => (d.isDirectory() ? sources(join(dir, d.name)) : d.name.endsWith('.ts') ? [{ file: join(dir, d.name), text: readFileSync(join(dir, d.name), 'utf8') }] : []));
}

describe('Localization', () => {
  afterEach(() => useTranslations(undefined));

  it('ships a bundle of every l10n.t message in src/, and a pseudo-locale of it and of the manifest', () => {
    const out = mkdtempSync(join(tmpdir(), 'docent-l10n-'));
    try {
      execFileSync(join(ROOT, 'node_modules', '.bin', 'vscode-l10n-dev'), ['export', '--outDir', out, join(ROOT, 'src')], { stdio: 'pipe' });
      const exported = JSON.parse(readFileSync(join(out, 'bundle.l10n.json'), 'utf8')) as Translations;
      assert.deepEqual(Object.keys(read('l10n/bundle.l10n.json')).sort(), Object.keys(exported).sort(), 'run `npm run l10n` after changing a message');
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
    const english = Object.keys(read('l10n/bundle.l10n.json'));
    assert.ok(english.length > 150, `${english.length} messages`);
    assert.deepEqual(Object.keys(read('l10n/bundle.l10n.qps-ploc.json')).sort(), [...english].sort());
    assert.deepEqual(Object.keys(read('package.nls.qps-ploc.json')).sort(), Object.keys(read('package.nls.json')).sort());
  });

  it('shows every label the core writes in the pseudo-locale when it is loaded', () => {
    useTranslations(read('l10n/bundle.l10n.qps-ploc.json'));
    const entry = loadGlossary().entries.get('sharding')!;
    const labels = [
      ...Object.values(CATEGORY_LABELS), ...Object.values(QUESTION_CATEGORY_LABELS), ...Object.values(GENRE_LABELS),
      ...Object.values(QUESTION_STATUS_LABELS), ...Object.values(ENTRY_LABELS),
      ...Object.values(SECTION_KINDS).map((k) => k.label), ...Object.values(EXPORT_PROFILES).flatMap((p) => [p.label, p.detail]),
      entryView(entry, new Map()).category,
    ];
    assert.ok(labels.length > 70, `${labels.length} labels`);
    for (const label of labels) assert.match(label, PSEUDO, `"${label}" is not translated`);
    useTranslations(undefined);
    assert.equal(CATEGORY_LABELS.caching, 'Caching & latency', 'back to English');
  });

  it('asks a real doc\'s questions, and works out its numbers, in the pseudo-locale when it is loaded', () => {
    useTranslations(read('l10n/bundle.l10n.qps-ploc.json'));
    const glossary = loadGlossary();
    const text = readFileSync(join(CORPUS, 'kep-1040-priority-and-fairness.md'), 'utf8');
    const report = readDoc(text, new DocumentAnalyzer(new TermMatcher(glossary)), glossary.entries, { path: 'kep-1040.md' });
    assert.ok(report.questions.length > 5 && report.quantities.length > 5);
    for (const q of report.questions) for (const said of [q.text, q.headline, q.why]) assert.match(said, PSEUDO, `"${said}" is not translated`);
    // A note is numbers and units (= 250 ms, ≈ 3.81 MiB) and translated words: no English word is left.
    const notes = report.quantities.flatMap((q) => q.notes);
    assert.ok(notes.length > 5, `${notes.length} notes`);
    for (const n of notes) assert.doesNotMatch(n, /(?<![\p{L}])[A-Za-z]{4,}(?![\p{L}])/u, `"${n}" is not translated`);
  });

  it('has no hard-coded English where the UI shows text: every message goes through l10n.t', () => {
    const shown = /(?:show(?:Information|Warning|Error)Message|setStatusBarMessage|showInputBox|createQuickPick|new vscode\.TreeItem)\(\s*['"`][A-Za-z]|\b(?:title|placeHolder|prompt|tooltip|label|description|message|saveLabel|detail|badge|name)\s*[:=]\s*['"`][A-Z][a-z]/;
    const found = sources(join(ROOT, 'src')).filter((f) => !f.file.includes(`${join('src', 'core')}`))
      .flatMap((f) => f.text.split('\n').map((line, i) => ({ where: `${f.file.slice(ROOT.length + 1)}:${i + 1}`, line })))
      .filter(({ line }) => shown.test(line) && !/^\s*(\/\/|\*)/.test(line) && !/this\.name = /.test(line));
    assert.deepEqual(found.map((f) => `${f.where}: ${f.line.trim()}`), []);
    // A message must be a literal in the call, or the bundle export cannot see it.
    const indirect = sources(join(ROOT, 'src')).flatMap((f) => [...f.text.matchAll(/\bl10n\.t\(\s*(?!['"`])/g)].map(() => f.file));
    assert.deepEqual(indirect, []);
  });
});
