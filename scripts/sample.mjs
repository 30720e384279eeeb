#!/usr/bin/env node
// `npm run sample`: builds and packages Docent, prints the CLI report of the bundled sample design
// doc, then opens that doc in a real VS Code with Docent installed: desktop `code` when it is on
// PATH, otherwise a code-server sandbox on 127.0.0.1 whose URL is printed (Ctrl+C stops it).
// Options: --no-open (build and report only), --port=N (fixed port for the sandbox).
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, cpSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const SAMPLE = join(ROOT, 'samples', 'checkout-orders-redesign.md');

console.log('Building and packaging Docent...');
execFileSync('npm', ['run', '--silent', 'package'], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
console.log(`Packaged ${join(ROOT, 'docent.vsix')}\n`);
execFileSync(process.execPath, [join(ROOT, 'dist', 'cli.js'), 'analyze', SAMPLE], { stdio: 'inherit' });
if (process.argv.includes('--no-open')) process.exit(0);

const hasCode = spawnSync('code', ['--version'], { stdio: 'ignore' }).status === 0;
if (hasCode) {
  execFileSync('code', ['--install-extension', join(ROOT, 'docent.vsix'), '--force'], { stdio: 'inherit' });
  execFileSync('code', [join(ROOT, 'samples'), SAMPLE], { stdio: 'inherit' });
  console.log('\nOpened the sample in VS Code. Hover an underlined term, or open the Docent view in the activity bar.');
} else {
  const { startCodeServer } = await import('../test/host/codeServer.mjs');
  const workspace = mkdtempSync(join(tmpdir(), 'docent-sample-'));
  cpSync(join(ROOT, 'samples'), workspace, { recursive: true });
  const server = await startCodeServer({
    vsix: [join(ROOT, 'docent.vsix')], workspace, browser: false,
    settings: { 'workbench.startupEditor': 'none' },
  });
  const file = join(workspace, 'checkout-orders-redesign.md');
  const url = `${server.url}&payload=${encodeURIComponent(JSON.stringify([['openFile', `vscode-remote://127.0.0.1:${server.port}${file}`]]))}`;
  console.log(`\nNo desktop 'code' on PATH, so Docent runs in a local VS Code (code-server) sandbox:\n\n  ${url}\n`);
  console.log(`Open that URL in a browser on this machine; the sample is ${file}.`);
  console.log('Hover an underlined term, or open the Docent view in the activity bar. Ctrl+C stops the sandbox.');
  const stop = async () => { await server.stop(); process.exit(0); };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  await new Promise(() => {});
}
