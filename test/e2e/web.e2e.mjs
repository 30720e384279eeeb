// End-to-end: Docent's browser build in the real web worker extension host. code-server runs an
// extension whose manifest says `"extensionKind": ["ui"]` (and that has a `browser` entry) inside the browser, the way
// vscode.dev does, so this proves the web entry point, the web worker and the bundled glossary
// work without Node.
import { strict as assert } from 'node:assert';
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, writeFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT, startCodeServer, copyWorkspace, openWorkbench } from '../host/codeServer.mjs';

const require = createRequire(import.meta.url);

/** The packaged extension with its manifest forcing the web extension host. */
function webOnlyVsix() {
  const dir = mkdtempSync(join(tmpdir(), 'docent-web-'));
  for (const f of ['dist', 'media', 'l10n', 'samples', 'package.nls.json', 'README.md', 'CHANGELOG.md', 'LICENSE', '.vscodeignore']) cpSync(join(ROOT, f), join(dir, f), { recursive: true });
  cpSync(join(ROOT, 'glossary', 'schema.json'), join(dir, 'glossary', 'schema.json'));
  const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
  pkg.extensionKind = ['ui'];
  delete pkg.scripts;
  writeFileSync(join(dir, 'package.json'), JSON.stringify(pkg, null, 2));
  const out = join(ROOT, 'out', 'docent-web-only.vsix');
  execFileSync(process.execPath, [require.resolve('@vscode/vsce/vsce'), 'package', '--no-dependencies', '--no-rewrite-relative-links', '-o', out], { cwd: dir, stdio: ['ignore', 'pipe', 'pipe'] });
  rmSync(dir, { recursive: true, force: true });
  return out;
}

describe('Docent in the web worker extension host (browser build)', function () {
  this.timeout(120000);
  let server;
  let browser;
  let page;

  before(async () => {
    const workspace = copyWorkspace(join(ROOT, 'test', 'fixtures', 'workspace'), [join(ROOT, 'samples', 'checkout-orders-redesign.md')]);
    server = await startCodeServer({ vsix: [webOnlyVsix()], workspace });
    ({ browser, page } = await openWorkbench(server.url));
  });

  after(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('highlights terms and fills the review sidebar without a Node extension host', async () => {
    await page.keyboard.press('Control+P');
    await page.waitForSelector('.quick-input-widget:not([style*="display: none"]) input', { state: 'visible' });
    await page.keyboard.type('checkout-orders-redesign.md');
    await page.waitForSelector('.quick-input-list .monaco-list-row[aria-label*="checkout-orders-redesign.md"]');
    await page.keyboard.press('Enter');
    await page.waitForSelector('.tab.active[aria-label*="checkout-orders-redesign.md"]');
    await page.waitForFunction(() => document.querySelectorAll('.monaco-editor .view-line span[class*="ced-"]').length > 10, null, { timeout: 30000 });
    await page.click('.activitybar [aria-label^="Docent"]');
    await page.locator('.sidebar .pane-body .monaco-list-row', { hasText: 'Not settled yet' }).first().waitFor({ timeout: 30000 });
    // It ran in the browser: the server-side (Node) extension host never activated Docent.
    assert.doesNotMatch(server.exthostLog(), /_doActivateExtension docent-dev\.docent/);
  });
});
