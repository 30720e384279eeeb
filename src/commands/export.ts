import * as vscode from 'vscode';
import { exportReview, EXPORT_FORMATS, EXPORT_PROFILES, type ExportFormat } from '../core';
import type { Config } from '../config';
import type { ReviewController } from '../review/controller';
import { exportLinks } from '../features/exportLinks';
import { analysedDoc, command } from './common';
import { Command } from '../commandIds';

/** The question list out of VS Code: a file in one of the export profiles, or the clipboard. */
export function registerExportCommands(review: ReviewController, config: Config): vscode.Disposable {
  return vscode.Disposable.from(
    command(Command.export, async (format?: ExportFormat, target?: vscode.Uri) => {
      const doc = await analysedDoc(review);
      if (!doc) return;
      const chosen = format ?? (await vscode.window.showQuickPick(
        EXPORT_FORMATS.map((f) => ({ label: EXPORT_PROFILES[f].label, detail: EXPORT_PROFILES[f].detail, format: f })),
        { title: vscode.l10n.t('Export review questions as…') },
      ))?.format;
      if (!chosen) return;
      const profile = EXPORT_PROFILES[chosen];
      const base = review.document!.uri;
      const name = base.path.split('/').pop()!.replace(/\.(md|markdown)$/i, '');
      const ext = profile.ext.split('.').pop()!;
      const uri = target ?? await vscode.window.showSaveDialog({
        title: vscode.l10n.t('Export review questions'),
        defaultUri: vscode.Uri.joinPath(base, '..', `${name}.review-questions.${profile.ext}`),
        filters: { [profile.filter]: [ext] },
        saveLabel: vscode.l10n.t('Export'),
      });
      if (!uri) return;
      const { links, file, fellBack } = await exportLinks(base, uri, config);
      if (fellBack) void vscode.window.showWarningMessage(fellBack);
      const text = exportReview({ ...doc, file }, chosen, { links });
      try {
        await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
      } catch (e) {
        // Nothing is lost: offer the clipboard when the target cannot be written.
        // The notification is not awaited: the command finishes while the message waits for the PM.
        const copy = vscode.l10n.t('Copy to Clipboard');
        void vscode.window.showErrorMessage(
          vscode.l10n.t('Docent could not write {0}: {1}', uri.fsPath || uri.toString(), e instanceof Error ? e.message : String(e)), copy,
        ).then(async (pick) => { if (pick === copy) await vscode.env.clipboard.writeText(text); });
        return;
      }
      const open = vscode.l10n.t('Open');
      const preview = vscode.l10n.t('Open Preview');
      void vscode.window.showInformationMessage(
        vscode.l10n.t('Exported {0} questions to {1}.', doc.questions.length + doc.state.custom.length, vscode.workspace.asRelativePath(uri)),
        ...(chosen === 'md' ? [preview, open] : [open]),
      ).then(async (pick) => {
        if (pick === open) await vscode.window.showTextDocument(uri);
        if (pick === preview) await vscode.commands.executeCommand('markdown.showPreview', uri);
      });
    }),
    command(Command.exportMarkdown, () => vscode.commands.executeCommand(Command.export, 'md')),
    command(Command.exportCsv, () => vscode.commands.executeCommand(Command.export, 'csv')),
    command(Command.exportJson, () => vscode.commands.executeCommand(Command.export, 'json')),
    command(Command.copyQuestions, async () => {
      const doc = await analysedDoc(review);
      if (!doc) return;
      // Pasted anywhere: a web link when the setting asks for one, never a link relative to nowhere.
      const { links, fellBack } = await exportLinks(review.document!.uri, undefined, config);
      await vscode.env.clipboard.writeText(exportReview(doc, 'md', { links: links.style === 'relative' ? { style: 'none' } : links }));
      if (fellBack) void vscode.window.showWarningMessage(fellBack);
      void vscode.window.showInformationMessage(vscode.l10n.t('Copied {0} review questions as a Markdown checklist.', doc.questions.length + doc.state.custom.length));
    }),
  );
}
