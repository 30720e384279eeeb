import * as vscode from 'vscode';
import type { DocumentModel } from '../documents';
import { toRange } from '../documents';

/** Underlines glossary terms in visible Markdown editors, in a theme colour the user can change. */
export class Highlighter implements vscode.Disposable {
  readonly #type = vscode.window.createTextEditorDecorationType({
    // A dotted underline in a contributed, theme-aware colour (CSS variable of the colour id);
    // the text keeps the editor's own colour so syntax highlighting stays readable.
    textDecoration: 'none; border-bottom: 1px dotted var(--vscode-docent-termUnderline)',
    backgroundColor: new vscode.ThemeColor('docent.termBackground'),
    rangeBehavior: vscode.DecorationRangeBehavior.ClosedClosed,
  });
  readonly #disposables: vscode.Disposable[] = [this.#type];

  constructor(private readonly model: DocumentModel) {
    this.#disposables.push(
      vscode.window.onDidChangeVisibleTextEditors(() => this.update()),
      model.onDidChange(() => this.update()),
      vscode.workspace.onDidChangeConfiguration((e) => e.affectsConfiguration('docent.highlight') && this.update()),
    );
  }

  update(): void {
    const enabled = vscode.workspace.getConfiguration('docent').get<boolean>('highlight.enabled', true);
    for (const editor of vscode.window.visibleTextEditors) {
      const state = enabled ? this.model.get(editor.document) : undefined;
      editor.setDecorations(this.#type, state ? state.analysis.terms.map((t) => toRange(state, t.offset, t.length)) : []);
    }
  }

  dispose(): void {
    for (const d of this.#disposables) d.dispose();
  }
}
