// End-to-end: the real VS Code workbench (code-server) in Debian's Chromium, driven by
// playwright-core, with Docent installed from the freshly packaged VSIX. Screenshots go to
// test-results/screenshots/.
import { strict as assert } from 'node:assert';
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, startCodeServer, copyWorkspace, openWorkbench } from '../host/codeServer.mjs';

const CORPUS_DOC = 'kep-1040-priority-and-fairness.md';
const CORPUS = join(ROOT, '..', 'shared', 'corpus', 'docs');
const SHOTS = join(ROOT, 'test-results', 'screenshots');

/** First occurrence of glossary entry `id` in `file`, as analysed by the CLI (same core as the extension). */
function firstTerm(file, id) {
  const out = JSON.parse(execFileSync(process.execPath, [join(ROOT, 'dist', 'cli.js'), 'analyze', file, '--json'], { encoding: 'utf8', maxBuffer: 64 << 20 }));
  const t = out.terms.find((x) => x.id === id);
  assert.ok(t, `${id} occurs in ${file}`);
  return t;
}

function glossaryDefinition(id) {
  const entry = JSON.parse(execFileSync(process.execPath, [join(ROOT, 'dist', 'cli.js'), 'terms', '--json'], { encoding: 'utf8', maxBuffer: 64 << 20 })).find((e) => e.id === id);
  assert.ok(entry, `glossary has ${id}`);
  return entry.definition;
}

describe('Docent in the real VS Code UI (code-server + Chromium)', function () {
  this.timeout(120000);
  let server;
  let browser;
  let page;
  let workspace;

  before(async () => {
    mkdirSync(SHOTS, { recursive: true });
    workspace = copyWorkspace(join(ROOT, 'test', 'fixtures', 'workspace'), [join(CORPUS, CORPUS_DOC), join(ROOT, 'samples', 'checkout-orders-redesign.md')]);
    server = await startCodeServer({ vsix: [join(ROOT, 'docent.vsix')], workspace, settings: { 'workbench.colorTheme': 'Default Dark Modern', 'editor.minimap.enabled': false } });
    ({ browser, page } = await openWorkbench(server.url));
  });

  after(async () => {
    await browser?.close();
    await server?.stop();
  });

  async function openFile(name) {
    await page.keyboard.press('Control+P');
    await page.waitForSelector('.quick-input-widget:not([style*="display: none"]) input');
    await page.keyboard.type(name);
    await page.waitForSelector(`.quick-input-list .monaco-list-row[aria-label*="${name}"]`);
    await page.keyboard.press('Enter');
    await page.waitForSelector(`.tab.active[aria-label*="${name}"]`);
    await page.waitForSelector('.monaco-editor .view-lines');
  }

  async function goTo(line, character) {
    await page.keyboard.press('Control+G');
    await page.waitForSelector('.quick-input-widget:not([style*="display: none"]) input');
    await page.keyboard.type(`${line + 1}:${character + 1}`);
    await page.keyboard.press('Enter');
  }

  async function showHover() {
    await page.keyboard.press('Control+K');
    await page.keyboard.press('Control+I');
    const hover = await page.waitForSelector('.monaco-hover-content', { state: 'visible', timeout: 15000 });
    return hover.innerText();
  }

  it('shows the glossary explanation when hovering a term in a real design doc', async () => {
    await openFile(CORPUS_DOC);
    const term = firstTerm(join(CORPUS, CORPUS_DOC), 'rate-limiting');
    await goTo(term.line, term.character + 1);
    let text = '';
    // The extension activates on the first Markdown file: retry the hover until it answers.
    for (let i = 0; i < 20 && !text.includes('Why it matters'); i++) {
      text = await showHover().catch(() => '');
      if (!text.includes('Why it matters')) {
        await page.keyboard.press('Escape');
        await page.waitForTimeout(250);
      }
    }
    assert.ok(text.includes(glossaryDefinition('rate-limiting').slice(0, 50)), `hover text: ${text.slice(0, 400)}`);
    assert.match(text, /Ask in the review/);
    await page.screenshot({ path: join(SHOTS, 'hover-corpus.png') });
  });

  it('opens the Docent sidebar with the terms of the active doc', async () => {
    await page.keyboard.press('Escape');
    await page.click('.activitybar [aria-label^="Docent"]');
    // With one view in the container VS Code hides the pane header, so wait for it to exist, not to show.
    await page.waitForSelector('.sidebar .pane-header[aria-label*="Terms in this Doc"]', { state: 'attached', timeout: 15000 });
    const row = await page.waitForSelector('.sidebar .pane-body .monaco-list-row:has-text("rate limit")', { timeout: 15000 });
    assert.ok(row);
    const rows = await page.$$eval('.sidebar .pane-body .monaco-list-row', (els) => els.map((e) => e.textContent));
    assert.ok(rows.length >= 10, `the Terms view lists the doc's terms (${rows.length} rows)`);
    await page.screenshot({ path: join(SHOTS, 'sidebar-terms.png') });
  });

  it('highlights terms in the sample doc', async () => {
    await openFile('checkout-orders-redesign.md');
    const text = readFileSync(join(ROOT, 'samples', 'checkout-orders-redesign.md'), 'utf8');
    assert.ok(text.includes('shard the orders table'));
    await page.waitForFunction(() => document.querySelectorAll('.monaco-editor .view-overlays [class*="ced-"], .monaco-editor .view-line span[class*="ced-"]').length > 0, null, { timeout: 15000 });
    await page.screenshot({ path: join(SHOTS, 'highlights-sample.png') });
  });
});
