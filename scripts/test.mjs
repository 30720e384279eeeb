#!/usr/bin/env node
// `npm test`: every layer, one summary. Static checks (typecheck, lint), unit tests on the pure
// core (mocha, plain Node), integration tests inside a real VS Code extension host
// (test/host/integration.mjs) and end-to-end tests in the real UI (test/e2e, Chromium).
// Ends with one line "N passed, N failed"; exits 1 if anything failed.
// Options: --only=static,unit,integration,e2e   (comma-separated layers)
import { spawnSync } from 'node:child_process';
import { readFileSync, readdirSync, existsSync, rmSync, writeFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import Mocha from 'mocha';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
/** The code-server release that bundles the oldest VS Code engines.vscode claims (1.133): the oldest that installs from the npm registry here. */
const OLDEST_CODE_SERVER = '4.133.0';
const only = process.argv.find((a) => a.startsWith('--only='))?.slice(7).split(',');
const want = (layer) => !only || only.includes(layer);
const totals = { passed: 0, failed: 0 };
const timings = [];

/** Runs one command. `quiet`: its standard output is kept back and only its last line shown. */
function step(name, cmd, args, { quiet = false, env = process.env } = {}) {
  const t = Date.now();
  console.log(`\n> ${name}`);
  const r = spawnSync(cmd, args, { cwd: ROOT, stdio: ['ignore', quiet ? 'pipe' : 'inherit', 'inherit'], encoding: 'utf8', env });
  if (quiet && r.stdout) console.log(r.stdout.trim().split('\n').pop());
  timings.push([name, Date.now() - t]);
  return r.status === 0;
}

async function runMocha(layer, files, options) {
  const t = Date.now();
  const mocha = new Mocha({ reporter: 'spec', color: !process.env.CI, ...options });
  for (const f of files) mocha.addFile(f);
  await mocha.loadFilesAsync();
  const counts = { passed: 0, failed: 0 };
  await new Promise((resolve) => {
    const runner = mocha.run(resolve);
    runner.on('pass', () => counts.passed++);
    runner.on('fail', () => counts.failed++);
  });
  mocha.dispose();
  timings.push([layer, Date.now() - t]);
  totals.passed += counts.passed;
  totals.failed += counts.failed;
  if (counts.passed + counts.failed === 0) {
    console.log(`${layer}: no tests ran, which counts as a failure`);
    totals.failed++;
  }
}

async function main() {
  const started = Date.now();
  rmSync(join(ROOT, 'test-results'), { recursive: true, force: true });
  if (!step('build (extension, CLI, test bundles)', process.execPath, ['esbuild.js', '--tests'])) {
    totals.failed++;
    return finish(started);
  }
  if (want('static')) {
    const checks = [
      ['typecheck: the core alone (no Node or mocha types)', 'tsc', ['--noEmit', '-p', 'src/core']],
      ['typecheck: the extension and CLI', 'tsc', ['--noEmit', '-p', '.']],
      ['typecheck: tests, scripts, bench', 'tsc', ['--noEmit', '-p', 'test']],
      ['lint', 'eslint', ['.']],
    ];
    for (const [name, bin, args] of checks) {
      if (step(name, process.execPath, [join(ROOT, 'node_modules', '.bin', bin), ...args])) totals.passed++;
      else totals.failed++;
    }
  }
  if (want('unit')) {
    console.log('\n> unit tests (src/core in plain Node)');
    const dir = join(ROOT, 'out', 'test', 'unit');
    await runMocha('unit', readdirSync(dir, { recursive: true }).filter((f) => f.endsWith('.test.js')).sort().map((f) => join(dir, f)), { timeout: 20000 });
  }
  if (want('unit')) {
    // The core compiled by tsc alone (ES modules in out/core), tested without the bundler.
    console.log('\n> the core without the bundler (tsc output, plain Node)');
    if (step('compile src/core with tsc', process.execPath, [join(ROOT, 'node_modules', '.bin', 'tsc'), '-p', 'src/core', '--noEmit', 'false'])) {
      writeFileSync(join(ROOT, 'out', 'core', 'package.json'), '{ "type": "module" }\n');
      const dir = join(ROOT, 'test', 'core');
      await runMocha('core without bundler', readdirSync(dir).filter((f) => f.endsWith('.test.mjs')).sort().map((f) => join(dir, f)), { timeout: 20000 });
    } else totals.failed++;
  }
  const hostLayers = ['integration', 'e2e'].filter(want);
  if (hostLayers.length) {
    if (!step('package the VSIX', 'npm', ['run', '--silent', 'package'], { quiet: true })) {
      totals.failed++;
      return finish(started);
    }
    // The real VS Code (code-server) and Chromium, installed once here: if that fails, the layers
    // that need them fail at once, each counted once, instead of every suite retrying the install.
    if (!step('real VS Code host and Chromium (installed on first use into .vscode-test/)', 'bash', [join(ROOT, 'scripts', 'install-host.sh'), '--with-browser'])) {
      console.log(`\n${hostLayers.join(' and ')} not run: the host could not be installed (the reason is above).`);
      totals.failed += hostLayers.length;
      return finish(started);
    }
  }
  if (want('integration')) {
    // The suites run on the current VS Code and on the oldest that package.json's engines.vscode claims.
    const hosts = [{ label: 'current VS Code', env: {} }, { label: `oldest supported VS Code (code-server ${OLDEST_CODE_SERVER})`, env: { DOCENT_CODE_SERVER_VERSION: OLDEST_CODE_SERVER }, summary: 'integration-oldest-summary.json' }];
    for (const h of hosts) {
      const env = { ...process.env, ...h.env };
      if (h.env.DOCENT_CODE_SERVER_VERSION && !step(`${h.label}: install`, 'bash', [join(ROOT, 'scripts', 'install-host.sh')], { env })) {
        console.log(`\nintegration on the ${h.label} not run: it could not be installed (the reason is above).`);
        totals.failed++;
        continue;
      }
      const summary = h.summary ?? 'integration-summary.json';
      step(`integration tests, ${h.label} (real extension host)`, process.execPath, [join(ROOT, 'test', 'host', 'integration.mjs'), '--no-build', `--summary=${summary}`], { env });
      const summaryFile = join(ROOT, 'test-results', summary);
      const s = existsSync(summaryFile) ? JSON.parse(readFileSync(summaryFile, 'utf8')) : { passed: 0, failed: 1 };
      totals.passed += s.passed;
      totals.failed += s.failed + (s.passed + s.failed === 0 ? 1 : 0);
    }
  }
  if (want('e2e')) {
    console.log('\n> end-to-end tests (real VS Code UI in Chromium)');
    const dir = join(ROOT, 'test', 'e2e');
    await runMocha('e2e', readdirSync(dir).filter((f) => f.endsWith('.e2e.mjs')).sort().map((f) => join(dir, f)), { timeout: 120000 });
  }
  finish(started);
}

function finish(started) {
  console.log(`\nTimes: ${timings.map(([n, ms]) => `${n.split(' (')[0]} ${(ms / 1000).toFixed(1)} s`).join(', ')}; total ${((Date.now() - started) / 1000).toFixed(1)} s`);
  console.log(`${totals.passed} passed, ${totals.failed} failed`);
  process.exitCode = totals.failed ? 1 : 0;
}

main().catch((e) => {
  console.error(e);
  console.log(`${totals.passed} passed, ${totals.failed + 1} failed`);
  process.exitCode = 1;
});
