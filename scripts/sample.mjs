#!/usr/bin/env node
// `npm run sample`: builds and packages Docent, prints the CLI report of the bundled sample design
// doc, then opens that doc in a real VS Code with Docent installed: desktop `code` when it is on
// PATH, otherwise a code-server sandbox on 127.0.0.1 whose URL is printed (Ctrl+C stops it).
// When no one is at a terminal (CI, a pipe), the sandbox is started, checked and stopped again.
// Options: --no-open (build and report only).
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
  console.log('\nNo desktop `code` on PATH: starting a local VS Code (code-server) sandbox with Docent installed.');
  let server;
  try {
    server = await startCodeServer({
      vsix: [join(ROOT, 'docent.vsix')], workspace, browser: false,
      settings: { 'workbench.startupEditor': 'none' },
    });
  } catch (e) {
    console.error(`\nThe sandbox could not start: ${String(e.message ?? e).split('\n')[0]}`);
    console.error('The report above is complete; `npm run sample -- --no-open` stops after it.');
    process.exit(1);
  }
  const file = join(workspace, 'checkout-orders-redesign.md');
  const url = `${server.url}&payload=${encodeURIComponent(JSON.stringify([['openFile', `vscode-remote://127.0.0.1:${server.port}${file}`]]))}`;
  const installed = execFileSync(server.cli, [...server.cliArgs, '--list-extensions', '--show-versions'], { encoding: 'utf8' }).split('\n').find((l) => l.startsWith('docent-dev.docent@'));
  if (!installed) {
    console.error('\nThe sandbox started but Docent is not installed in it.');
    await server.stop();
    process.exit(1);
  }
  if (!process.stdout.isTTY || !process.stdin.isTTY) {
    console.log(`Sandbox checked: VS Code answered at ${server.url.split('?')[0]} with ${installed} installed. No terminal to keep it open for, so it is stopped again; run \`npm run sample\` in a terminal to use it.`);
    await server.stop();
    process.exit(0);
  }
  console.log(`\nDocent runs in a local VS Code (code-server) sandbox:\n\n  ${url}\n`);
  console.log(`Open that URL in a browser on this machine; the sample is ${file}.`);
  console.log('Hover an underlined term, or open the Docent view in the activity bar. Ctrl+C stops the sandbox.');
  const stop = async () => { await server.stop(); process.exit(0); };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  await new Promise(() => {});
}
