/**
 * A small extension that runs Docent's integration suites inside a real VS Code extension host
 * (code-server), where neither extensionDevelopmentPath nor extensionTestsPath is available.
 * The runner (test/host/integration.mjs) installs it next to the packaged Docent VSIX and passes
 * a run config through DOCENT_TEST_CONFIG; results go to the file the config names.
 */
import * as vscode from 'vscode';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

interface RunConfig {
  /** Folder with the compiled suites (*.test.js). */
  suitesDir: string;
  /** Absolute path of the mocha package to use. */
  mochaPath: string;
  resultsFile: string;
  grep?: string;
}

interface Result { title: string; state: 'passed' | 'failed'; durationMs: number; error?: string }

export async function activate(): Promise<void> {
  const configFile = process.env.DOCENT_TEST_CONFIG;
  if (!configFile) return;
  const config = JSON.parse(readFileSync(configFile, 'utf8')) as RunConfig;
  const results: Result[] = [];
  // Measurements the suites report (test/integration/util.ts `report`) go to the results file too.
  const logs: string[] = [];
  (globalThis as { __docentReport?: string[] }).__docentReport = logs;
  const write = (extra: Record<string, unknown>) =>
    writeFileSync(config.resultsFile, JSON.stringify({ vscodeVersion: vscode.version, results, logs, ...extra }, null, 2));
  try {
    const Mocha = require(config.mochaPath) as typeof import('mocha');
    const mocha = new Mocha({ ui: 'bdd', timeout: 30000, color: false, reporter: 'spec' });
    if (config.grep) mocha.grep(config.grep);
    for (const f of readdirSync(config.suitesDir).filter((f) => f.endsWith('.test.js')).sort()) mocha.addFile(join(config.suitesDir, f));
    const failures = await new Promise<number>((resolve) => {
      const runner = mocha.run(resolve);
      runner.on('pass', (t) => results.push({ title: t.fullTitle(), state: 'passed', durationMs: t.duration ?? 0 }));
      runner.on('fail', (t, err: Error) => results.push({ title: t.fullTitle(), state: 'failed', durationMs: t.duration ?? 0, error: err.stack ?? String(err) }));
    });
    write({ done: true, failures });
  } catch (e) {
    results.push({ title: 'integration harness', state: 'failed', durationMs: 0, error: e instanceof Error ? e.stack ?? e.message : String(e) });
    write({ done: true, failures: 1 });
  }
}

export function deactivate(): void {}
