import * as vscode from 'vscode';
import type { DocumentModel, DocumentState } from '../documents';
import { toRange } from '../documents';
import { markedTerms, type Occurrences, type TermMatch } from '../core';

type Style = 'underline' | 'background' | 'both';

/**
 * Marks terms in the visible Markdown editors, in contributed theme colours: glossary and doc
 * terms in one style, words nothing explains (`unknown:`) in a quieter one. Only visible editors
 * are decorated; the style and which uses to mark come from settings.
 */
export class Highlighter implements vscode.Disposable {
  #type: vscode.TextEditorDecorationType | undefined;
  #style: Style | undefined;
  readonly #unknownType = vscode.window.createTextEditorDecorationType({
    textDecoration: 'none; border-bottom: 1px dashed var(--vscode-docent-unknownTermUnderline)',
    rangeBehavior: vscode.DecorationRangeBehavior.ClosedClosed,
  });
  readonly #disposables: vscode.Disposable[] = [this.#unknownType];

  constructor(private readonly model: DocumentModel) {
    this.#disposables.push(
      vscode.window.onDidChangeVisibleTextEditors(() => this.update()),
      model.onDidChange((s) => this.update(s.uri)),
      vscode.workspace.onDidChangeConfiguration((e) => e.affectsConfiguration('docent.highlight') && this.update()),
    );
  }

  #decoration(style: Style): vscode.TextEditorDecorationType {
    if (this.#type && this.#style === style) return this.#type;
    this.#type?.dispose();
    this.#style = style;
    // The underline is a bottom border in the contributed colour (a CSS variable of the colour id),
    // so the text keeps the editor's own colour and syntax highlighting stays readable.
    this.#type = vscode.window.createTextEditorDecorationType({
      textDecoration: style === 'background' ? undefined : 'none; border-bottom: 1px dotted var(--vscode-docent-termUnderline)',
      backgroundColor: style === 'underline' ? undefined : new vscode.ThemeColor('docent.termBackground'),
      rangeBehavior: vscode.DecorationRangeBehavior.ClosedClosed,
    });
    return this.#type;
  }

  /** Re-decorate visible editors (only those showing `uri`, when given). */
  update(uri?: vscode.Uri): void {
    const config = vscode.workspace.getConfiguration('docent');
    const enabled = config.get<boolean>('highlight.enabled', true);
    const type = this.#decoration(config.get<Style>('highlight.style', 'underline'));
    const mode = config.get<Occurrences>('highlight.occurrences', 'calm');
    const unknown = config.get<boolean>('highlight.unknownWords', true);
    const known = new Set(config.get<string[]>('highlight.knownTerms', []));
    for (const editor of vscode.window.visibleTextEditors) {
      if (uri && editor.document.uri.toString() !== uri.toString()) continue;
      if (!enabled) {
        editor.setDecorations(type, []);
        editor.setDecorations(this.#unknownType, []);
        continue;
      }
      // Only decorate with an analysis of the text on screen (a first partial pass is fine);
      // until it arrives the previous decorations stay, which VS Code moves along with edits.
      const state = this.model.latest(editor.document);
      if (state && state.version === editor.document.version) {
        const all = this.ranges(state, mode, known);
        const isUnknown = (t: TermMatch) => t.id.startsWith('unknown:');
        editor.setDecorations(type, all.filter((t) => !isUnknown(t)).map((t) => toRange(state, t.offset, t.length)));
        editor.setDecorations(this.#unknownType, unknown ? all.filter(isUnknown).map((t) => toRange(state, t.offset, t.length)) : []);
      } else void this.model.request(editor.document);
    }
  }

  /** The terms to mark, by the occurrences setting; never the terms the PM already knows. */
  ranges(state: DocumentState, mode: Occurrences, known: ReadonlySet<string> = new Set()): TermMatch[] {
    const terms: readonly TermMatch[] = known.size ? state.analysis.terms.filter((t) => !known.has(t.id)) : state.analysis.terms;
    return markedTerms(terms, state.analysis.headings.map((h) => h.offset), mode);
  }

  dispose(): void {
    this.#type?.dispose();
    for (const d of this.#disposables) d.dispose();
  }
}
