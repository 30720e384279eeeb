import * as vscode from 'vscode';
import { loadGlossary, TermMatcher } from './core';
import { DocumentModel } from './documents';
import { TermHoverProvider, renderEntry } from './features/hover';
import { TermsViewProvider } from './features/termsView';
import { Highlighter } from './features/highlights';

const MARKDOWN: vscode.DocumentSelector = { language: 'markdown' };

/** Composition root: builds Docent's parts and registers them. Runs on desktop and on the web. */
export function activate(context: vscode.ExtensionContext): { readonly model: DocumentModel } {
  const started = Date.now();
  const glossary = loadGlossary();
  const model = new DocumentModel(new TermMatcher(glossary));
  const terms = new TermsViewProvider(model);
  const highlighter = new Highlighter(model);
  context.subscriptions.push(
    model,
    terms,
    highlighter,
    vscode.languages.registerHoverProvider(MARKDOWN, new TermHoverProvider(model)),
    vscode.window.createTreeView('docent.terms', { treeDataProvider: terms, showCollapseAll: true }),
    vscode.commands.registerCommand('docent.revealRange', async (uri: vscode.Uri, range: vscode.Range) => {
      const editor = await vscode.window.showTextDocument(uri, { preserveFocus: false });
      editor.selection = new vscode.Selection(range.start, range.end);
      editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
    }),
    vscode.commands.registerCommand('docent.lookUpTerm', async () => {
      const items = [...model.entries.values()]
        .sort((a, b) => a.term.localeCompare(b.term))
        .map((e) => ({ label: e.term, description: [...e.abbreviations.map((a) => a.abbr)].join(', '), detail: e.definition, entry: e }));
      const pick = await vscode.window.showQuickPick(items, { placeHolder: vscode.l10n.t('Type a technical term'), matchOnDescription: true, matchOnDetail: true });
      if (pick) {
        const md = renderEntry(pick.entry, model.entries);
        await vscode.window.showInformationMessage(`${pick.entry.term}: ${pick.entry.definition}`, { modal: false, detail: md.value });
      }
    }),
  );
  terms.refresh();
  highlighter.update();
  const problems = glossary.problems.filter((p) => p.severity === 'error');
  if (problems.length) {
    void vscode.window.showWarningMessage(vscode.l10n.t('Docent: {0} glossary problems; the first is {1}:{2}: {3}', problems.length, problems[0].file, problems[0].line, problems[0].message));
  }
  const activationMs = Date.now() - started;
  return { model, activationMs } as { readonly model: DocumentModel; readonly activationMs: number };
}

export function deactivate(): void {}
