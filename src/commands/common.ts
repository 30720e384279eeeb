import * as vscode from 'vscode';
import type { ReviewDocument } from '../core';
import type { ReviewController } from '../review/controller';
import type { CommandId } from '../commandIds';

/** Registers one of Docent's commands (their ids are named once, in ../commandIds). */
export function command(id: CommandId, run: (...args: never[]) => unknown): vscode.Disposable {
  return vscode.commands.registerCommand(id, run as (...args: unknown[]) => unknown);
}

/** Says what to do when no Markdown doc is under review; false then. */
export function needDoc(review: ReviewController): boolean {
  if (!review.document) {
    void vscode.window.showInformationMessage(vscode.l10n.t('Open a Markdown design doc first; Docent reviews the active Markdown editor.'));
    return false;
  }
  return true;
}

/** The doc under review with its analysis and stored state, waiting for them (with progress) if need be. */
export async function analysedDoc(review: ReviewController): Promise<ReviewDocument | undefined> {
  const current = review.document;
  if (!current || !needDoc(review)) return undefined;
  await vscode.window.withProgress({ location: vscode.ProgressLocation.Window, title: vscode.l10n.t('Docent: reading the doc…') }, () => review.follow(current));
  const doc = review.document === current ? review.reviewDocument() : undefined;
  if (!doc) void vscode.window.showWarningMessage(vscode.l10n.t('Docent has not finished reading this doc yet; try again in a moment.'));
  return doc;
}
