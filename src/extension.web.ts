// Web entry point (vscode.dev, github.dev): the analysis runs in a web worker.
import * as vscode from 'vscode';
import { activateShared } from './activate';
import type { EngineChannel } from './analysisClient';
import type { EngineResponse } from './core/engine';

export function activate(context: vscode.ExtensionContext) {
  return activateShared(context, () => {
    const worker = new Worker(vscode.Uri.joinPath(context.extensionUri, 'dist', 'web', 'worker.js').toString(true));
    return {
      post: (m) => worker.postMessage(m),
      onMessage: (l) => { worker.onmessage = (e: MessageEvent<EngineResponse>) => l(e.data); },
      onFailure: (l) => { worker.onerror = (e) => l(e.message || 'the web worker failed'); },
      terminate: () => worker.terminate(),
    } satisfies EngineChannel;
  });
}

export function deactivate(): void {}
