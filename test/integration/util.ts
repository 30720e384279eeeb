import * as vscode from 'vscode';

export const EXTENSION_ID = 'docent-dev.docent';

/** Polls `check` until it returns a truthy value; fails with `what` after `timeoutMs`. */
export async function waitFor<T>(what: string, check: () => T | Promise<T>, timeoutMs = 15000): Promise<NonNullable<T>> {
  const deadline = Date.now() + timeoutMs;
  let last: unknown;
  for (;;) {
    try {
      const v = await check();
      if (v) return v as NonNullable<T>;
    } catch (e) {
      last = e;
    }
    if (Date.now() > deadline) throw new Error(`Timed out after ${timeoutMs} ms waiting for ${what}${last ? `: ${String(last)}` : ''}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** The workspace's sample design doc (the runners open a copy of test/fixtures/workspace). */
export function workspaceFile(name: string): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder) throw new Error('The integration tests need a workspace folder (test/fixtures/workspace).');
  return vscode.Uri.joinPath(folder.uri, name);
}

export async function openDoc(name: string): Promise<vscode.TextDocument> {
  const doc = await vscode.workspace.openTextDocument(workspaceFile(name));
  await vscode.window.showTextDocument(doc);
  return doc;
}

/** Hover texts at the first occurrence of `needle` (after `after`, if given), through the real hover API. */
export async function hoverAt(doc: vscode.TextDocument, needle: string, after = ''): Promise<string[]> {
  const text = doc.getText();
  const from = after ? text.indexOf(after) : 0;
  const at = text.indexOf(needle, from);
  if (at < 0) throw new Error(`"${needle}" not in ${doc.uri.path}`);
  const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, doc.positionAt(at + 1));
  return hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value)));
}

/** Records a measurement; the runner prints it after the results (console output stays in the host's log). */
export function report(line: string): void {
  const sink = (globalThis as { __docentReport?: string[] }).__docentReport;
  if (sink) sink.push(line);
  else console.log(`    ${line}`);
}
