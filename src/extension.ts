// Desktop entry point: the analysis runs in a Node worker thread.
import * as vscode from 'vscode';
import { Worker } from 'node:worker_threads';
import { activateShared } from './activate';
import type { EngineChannel } from './analysisClient';
import type { EngineResponse } from './core/engine';

export function activate(context: vscode.ExtensionContext) {
  return activateShared(context, () => {
    const worker = new Worker(vscode.Uri.joinPath(context.extensionUri, 'dist', 'worker.js').fsPath);
    worker.unref();
    return {
      post: (m) => worker.postMessage(m),
      onMessage: (l) => worker.on('message', (m: EngineResponse) => l(m)),
      onFailure: (l) => {
        worker.on('error', (e) => l(e.message));
        worker.on('exit', (code) => l(`exit code ${code}`));
      },
      terminate: () => { worker.removeAllListeners('exit'); void worker.terminate(); },
    } satisfies EngineChannel;
  });
}

export function deactivate(): void {}
