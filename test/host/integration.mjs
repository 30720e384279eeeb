#!/usr/bin/env node
// Runs test/integration/*.test.ts inside a real VS Code extension host: code-server from the npm
// registry, Docent installed from its freshly packaged VSIX, and a small test-runner extension
// that runs mocha in that host and writes the results to a file. Prints mocha-like output and a
// JSON summary; exits non-zero on any failure.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT, startCodeServer, copyWorkspace, openWorkbench } from './codeServer.mjs';

const require = createRequire(import.meta.url);
const TIMEOUT_MS = Number(process.env.DOCENT_INTEGRATION_TIMEOUT_MS ?? 300000);
const grep = process.argv.find((a) => a.startsWith('--grep='))?.slice(7);
const skipBuild = process.argv.includes('--no-build');
/** Which VS Code runs the suites (a code-server version from the npm registry; default: the current one). */
const VSCODE_LABEL = process.env.DOCENT_CODE_SERVER_VERSION ? `code-server ${process.env.DOCENT_CODE_SERVER_VERSION}` : 'current';
const SUMMARY = process.argv.find((a) => a.startsWith('--summary='))?.slice(10) ?? 'integration-summary.json';

export function packageTestExtension() {
  const dir = mkdtempSync(join(tmpdir(), 'docent-test-ext-'));
  cpSync(join(ROOT, 'test', 'host', 'test-extension', 'package.json'), join(dir, 'package.json'));
  cpSync(join(ROOT, 'out', 'test-extension', 'extension.js'), join(dir, 'extension.js'));
  writeFileSync(join(dir, 'README.md'), '# Docent integration test runner\n\nTest-only extension.\n');
  writeFileSync(join(dir, 'LICENSE'), 'MIT\n');
  writeFileSync(join(dir, '.vscodeignore'), '');
  const out = join(ROOT, 'out', 'docent-integration-tests.vsix');
  execFileSync(process.execPath, [require.resolve('@vscode/vsce/vsce'), 'package', '--no-dependencies', '--allow-missing-repository', '-o', out], { cwd: dir, stdio: ['ignore', 'pipe', 'pipe'] });
  rmSync(dir, { recursive: true, force: true });
  return out;
}

export function buildAll() {
  execFileSync(process.execPath, ['esbuild.js', '--tests'], { cwd: ROOT, stdio: 'inherit' });
  execFileSync('npm', ['run', '--silent', 'package'], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
}

async function main() {
  const started = Date.now();
  if (!skipBuild) buildAll();
  const testVsix = packageTestExtension();
  const workspace = copyWorkspace(join(ROOT, 'test', 'fixtures', 'workspace'), [join(ROOT, 'samples', 'checkout-orders-redesign.md')]);
  const resultsDir = join(ROOT, 'test-results');
  mkdirSync(resultsDir, { recursive: true });
  const resultsFile = join(resultsDir, SUMMARY.replace(/-summary\.json$/, '.json'));
  rmSync(resultsFile, { force: true });
  const configFile = join(mkdtempSync(join(tmpdir(), 'docent-run-')), 'config.json');
  writeFileSync(configFile, JSON.stringify({ suitesDir: join(ROOT, 'out', 'test', 'integration'), mochaPath: require.resolve('mocha'), resultsFile, grep }));
  const server = await startCodeServer({ vsix: [join(ROOT, 'docent.vsix'), testVsix], workspace, env: { DOCENT_TEST_CONFIG: configFile }, log: (s) => console.log(`  [host] ${s}`) });
  let browser;
  let results;
  try {
    console.log(`  [host] code-server ready at ${server.url.split('?')[0]} after ${((Date.now() - started) / 1000).toFixed(1)} s`);
    ({ browser } = await openWorkbench(server.url));
    const deadline = Date.now() + TIMEOUT_MS;
    while (!results) {
      if (existsSync(resultsFile)) {
        try { results = JSON.parse(readFileSync(resultsFile, 'utf8')); } catch { /* being written */ }
        if (results && !results.done) results = undefined;
      }
      if (!results && Date.now() > deadline) throw new Error(`No integration results after ${TIMEOUT_MS / 1000} s. Extension host log:\n${server.exthostLog().slice(-4000)}`);
      if (!results) await new Promise((r) => setTimeout(r, 200));
    }
  } finally {
    await browser?.close();
    await server.stop();
    rmSync(workspace, { recursive: true, force: true });
  }
  const passed = results.results.filter((r) => r.state === 'passed');
  const failed = results.results.filter((r) => r.state === 'failed');
  console.log(`\n  Integration (VS Code ${results.vscodeVersion}, real extension host)`);
  for (const r of results.results) console.log(`    ${r.state === 'passed' ? '✔' : '✘'} ${r.title} (${r.durationMs} ms)`);
  const notes = results.logs ?? [];
  if (notes.length) console.log(`\n  Measured in the host:\n${notes.map((l) => `    ${l}`).join('\n')}`);
  for (const f of failed) console.log(`\n  ✘ ${f.title}\n${f.error.split('\n').map((l) => '      ' + l).join('\n')}`);
  console.log(`\n  integration: ${passed.length} passing, ${failed.length} failing (${((Date.now() - started) / 1000).toFixed(1)} s)`);
  writeFileSync(join(resultsDir, SUMMARY), JSON.stringify({ passed: passed.length, failed: failed.length, vscode: results.vscodeVersion }));
  process.exitCode = failed.length || results.results.length === 0 ? 1 : 0;
}

main().catch((e) => {
  console.error(`integration: ${e.stack ?? e}`);
  mkdirSync(join(ROOT, 'test-results'), { recursive: true });
  writeFileSync(join(ROOT, 'test-results', SUMMARY), JSON.stringify({ passed: 0, failed: 1, error: String(e), host: VSCODE_LABEL }));
  process.exitCode = 1;
});
