#!/usr/bin/env node
/* global document */
// `npm run screenshots`: regenerates the README's pictures in media/ from the real VS Code UI
// (code-server + Chromium, Docent installed from a fresh VSIX). Run `npm run package` first.
// Options: --light (light theme, files named *-light.png), --out=DIR. Debian's pngquant, when
// installed, shrinks the pictures to a quarter of their size for the VSIX.
import { mkdirSync, readFileSync, readdirSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { ROOT, startCodeServer, copyWorkspace, openWorkbench } from '../test/host/codeServer.mjs';

const OUT = process.argv.find((a) => a.startsWith('--out='))?.slice(6) ?? join(ROOT, 'media');
const theme = process.argv.includes('--light') ? 'Default Light Modern' : 'Default Dark Modern';
mkdirSync(OUT, { recursive: true });
const FIXTURES = join(ROOT, 'test', 'fixtures', 'corpus', 'docs');
const workspace = copyWorkspace(join(ROOT, 'samples'), ['kep-1040-priority-and-fairness.md', 'kep-753-sidecar-containers.md', 'grpc-a50-outlier-detection.md', 'go-25530-sumdb.md'].map((f) => join(FIXTURES, f)));
const server = await startCodeServer({
  vsix: [join(ROOT, 'docent.vsix')], workspace,
  settings: { 'workbench.colorTheme': theme, 'editor.minimap.enabled': false, 'workbench.startupEditor': 'none', 'breadcrumbs.enabled': false, 'editor.fontSize': 14 },
});
const { browser, page } = await openWorkbench(server.url, { width: 1500, height: 900 });
const shot = async (name, clip) => {
  const file = join(OUT, `${name}${process.argv.includes('--light') ? '-light' : ''}.png`);
  await page.screenshot({ path: file, ...(clip ? { clip } : {}) });
  console.log(`wrote ${file}`);
};
const input = () => page.waitForSelector('.quick-input-widget:not([style*="display: none"]) input', { state: 'visible' });
async function open(name, attempt = 1) {
  await page.keyboard.press('Escape');
  await page.keyboard.press('Control+P');
  const box = await input();
  await box.fill(name);
  await page.waitForSelector(`.quick-input-list .monaco-list-row[aria-label*="${name}"]`);
  await page.keyboard.press('Enter');
  try {
    await page.waitForSelector(`.tab.active[aria-label*="${name}"]`, { timeout: 10000 });
  } catch (e) {
    if (attempt > 2) throw e;
    await open(name, attempt + 1);
  }
}
/** Moves the cursor onto `needle` in `file` (Go to Line) and shows the hover there. */
async function hoverAt(file, needle, offset = 1) {
  const text = readFileSync(file, 'utf8');
  const at = text.indexOf(needle) + offset;
  const before = text.slice(0, at).split('\n');
  await page.keyboard.press('Control+G');
  await input();
  await page.keyboard.type(`${before.length}:${before[before.length - 1].length + 1}`);
  await page.keyboard.press('Enter');
  await page.waitForTimeout(300);
  await page.keyboard.press('Control+K');
  await page.keyboard.press('Control+I');
  await page.locator('.monaco-hover-content').filter({ hasText: /\S/ }).first().waitFor({ state: 'visible' });
  await page.waitForTimeout(400);
}
async function widenSidebar(to) {
  const sidebar = await page.locator('.part.sidebar').boundingBox();
  const x = sidebar.x + sidebar.width + 1;
  await page.mouse.move(x, sidebar.y + 200);
  await page.mouse.down();
  await page.mouse.move(to, sidebar.y + 200, { steps: 8 });
  await page.mouse.up();
}

try {
  await open('checkout-orders-redesign.md');
  await page.waitForFunction(() => document.querySelectorAll('.monaco-editor .view-line span[class*="ced-"]').length > 10);
  await page.keyboard.press('Control+B'); // hide the sidebar for the editor shots
  await page.waitForTimeout(500);
  const sample = join(ROOT, 'samples', 'checkout-orders-redesign.md');
  await hoverAt(sample, 'shard the orders', 2);
  await shot('hover');
  await page.keyboard.press('Escape');
  await hoverAt(sample, '99.95%', 2);
  await shot('hover-number');
  await page.keyboard.press('Escape');
  await page.keyboard.press('Control+B');
  await page.click('.activitybar [aria-label^="Docent"]');
  await page.locator('.sidebar .pane-body .monaco-list-row', { hasText: 'Open in the doc' }).first().waitFor();
  await page.waitForTimeout(500);
  // The view as a PM first sees it: the default sidebar width, then a 300 px one.
  await shot('sidebar-questions');
  const left = (await page.locator('.part.sidebar').boundingBox()).x;
  await widenSidebar(left + 300);
  await page.waitForTimeout(500);
  await shot('sidebar-questions-300');
  // The Review Brief beside the doc, then its meeting mode.
  await page.keyboard.press('Control+Shift+P');
  await (await input()).fill('>Docent: Open Review Brief');
  await page.waitForSelector('.quick-input-list .monaco-list-row[aria-label*="Docent: Open Review Brief"]');
  await page.keyboard.press('Enter');
  const frame = async (kind) => {
    for (let i = 0; i < 150; i++) {
      for (const f of page.frames()) { try { if (await f.$(`body.${kind}`)) return f; } catch { /* gone */ } }
      await page.waitForTimeout(200);
    }
    throw new Error(`no ${kind} page`);
  };
  await (await frame('brief')).waitForSelector('text=What it proposes');
  await page.waitForTimeout(600);
  await shot('brief');
  await (await frame('brief')).click('button.mode');
  await (await frame('meeting')).waitForSelector('li.question');
  await page.waitForTimeout(600);
  await shot('brief-meeting');
  await page.keyboard.press('Control+W');
  await widenSidebar(700);
  await page.waitForTimeout(500);
  // Doc Health: collapse the other two views so it gets the room.
  await page.click('.sidebar .pane-header[aria-label*="Review Questions"]');
  await page.click('.sidebar .pane-header[aria-label*="Terms in this Doc"]');
  await page.click('.sidebar .pane-header[aria-label*="Doc Health"]');
  await page.locator('.sidebar .pane-body .monaco-list-row', { hasText: 'Standard sections' }).first().waitFor();
  for (const group of ['Technical areas', 'Numbers', 'Components in diagrams']) {
    await page.locator('.sidebar .pane-body .monaco-list-row', { hasText: group }).first().click();
    await page.keyboard.press('ArrowRight');
  }
  await page.waitForTimeout(600);
  await shot('sidebar-health');
  await page.click('.sidebar .pane-header[aria-label*="Doc Health"]');
  await page.click('.sidebar .pane-header[aria-label*="Terms in this Doc"]');
  await open('kep-1040-priority-and-fairness.md');
  await page.waitForFunction(() => document.querySelectorAll('.monaco-editor .view-line span[class*="ced-"]').length > 2, null, { timeout: 20000 });
  await page.keyboard.press('Control+G');
  await input();
  await page.keyboard.type('266');
  await page.keyboard.press('Enter');
  await page.locator('.sidebar .pane-body .monaco-list-row', { hasText: 'API Priority and Fairness' }).first().click();
  await page.keyboard.press('ArrowRight');
  await page.waitForTimeout(800);
  await shot('sidebar-terms');
  // The three new kinds of hover, on real docs: a sense chosen by context, the doc's own
  // definition beside the glossary entry, and a word nothing explains.
  await page.keyboard.press('Control+B');
  await open('grpc-a50-outlier-detection.md');
  await page.waitForFunction(() => document.querySelectorAll('.monaco-editor .view-line span[class*="ced-"]').length > 2, null, { timeout: 20000 });
  await hoverAt(join(FIXTURES, 'grpc-a50-outlier-detection.md'), 'hosts in a cluster. We chose', 12);
  await shot('hover-sense');
  await page.keyboard.press('Escape');
  await open('kep-753-sidecar-containers.md'); // its first screen is an HTML comment: no underline to wait for
  await hoverAt(join(FIXTURES, 'kep-753-sidecar-containers.md'), 'SLOs are not being met', 1);
  await shot('hover-doc-definition');
  await page.keyboard.press('Escape');
  await hoverAt(join(FIXTURES, 'kep-753-sidecar-containers.md'), 'TGPS expires', 1);
  await shot('hover-unknown');
  await page.keyboard.press('Escape');
  // A compound explained by its key word.
  await open('go-25530-sumdb.md');
  await hoverAt(join(FIXTURES, 'go-25530-sumdb.md'), 'corporate proxy may want', 2);
  await shot('hover-compound');
  await page.keyboard.press('Escape');
  // Two known terms that make one phrase, explained by both entries.
  await open('kep-753-sidecar-containers.md');
  await hoverAt(join(FIXTURES, 'kep-753-sidecar-containers.md'), 'OpenAPI schema of pods', 2);
  await shot('hover-two-terms');
  await page.keyboard.press('Escape');
  // A phrase the doc introduces in emphasis and keeps using.
  await open('kep-1040-priority-and-fairness.md');
  await hoverAt(join(FIXTURES, 'kep-1040-priority-and-fairness.md'), 'priority level dispatches', 2);
  await shot('hover-introduced');
  await page.keyboard.press('Escape');
  await page.keyboard.press('Control+B');
  await open('checkout-orders-redesign.md');
  await page.keyboard.press('Control+Home');
  await page.keyboard.press('Control+B');
  await page.waitForTimeout(500);
  await shot('highlights');
  // The same hover in the built-in Markdown preview.
  await page.keyboard.press('Control+B');
  await page.keyboard.press('Control+Shift+P');
  await (await input()).fill('>Markdown: Open Preview to the Side');
  await page.waitForSelector('.quick-input-list .monaco-list-row[aria-label*="Open Preview to the Side"]');
  await page.keyboard.press('Enter');
  let preview;
  for (let i = 0; i < 150 && !preview; i++) {
    for (const f of page.frames()) { try { if (await f.$('.docent-term')) preview = f; } catch { /* gone */ } }
    if (!preview) await page.waitForTimeout(200);
  }
  if (!preview) throw new Error('no preview with Docent terms');
  await preview.hover('.docent-term[data-docent-id="sharding"]');
  await preview.waitForSelector('.docent-tip');
  await page.waitForTimeout(400);
  await shot('preview-hover');
} finally {
  await browser.close();
  await server.stop();
}
if (spawnSync('pngquant', ['--version']).status === 0) {
  for (const f of readdirSync(OUT).filter((f) => f.endsWith('.png') && f !== 'icon.png')) spawnSync('pngquant', ['--force', '--quality=70-95', '--output', join(OUT, f), join(OUT, f)]);
}
