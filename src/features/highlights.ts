import * as vscode from 'vscode';
import type { DocumentModel, DocumentState } from '../documents';
import { toRange } from '../documents';
import type { TermMatch } from '../core';

type Style = 'underline' | 'background' | 'both';

/**
 * Marks glossary terms in the visible Markdown editors, in contributed theme colours. Only visible
 * editors are decorated; the style and "first occurrence per section" mode come from settings.
 */
export class Highlighter implements vscode.Disposable {
  #type: vscode.TextEditorDecorationType | undefined;
  #style: Style | undefined;
  readonly #disposables: vscode.Disposable[] = [];

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
    const firstOnly = config.get<string>('highlight.occurrences', 'all') === 'firstPerSection';
    const known = new Set(config.get<string[]>('highlight.knownTerms', []));
    for (const editor of vscode.window.visibleTextEditors) {
      if (uri && editor.document.uri.toString() !== uri.toString()) continue;
      if (!enabled) {
        editor.setDecorations(type, []);
        continue;
      }
      // Only decorate with an analysis of the text on screen (a first partial pass is fine);
      // until it arrives the previous decorations stay, which VS Code moves along with edits.
      const state = this.model.latest(editor.document);
      if (state && state.version === editor.document.version) editor.setDecorations(type, this.ranges(state, firstOnly, known));
      else void this.model.request(editor.document);
    }
  }

  /** The ranges to decorate: all terms, or the first of each term per section; never the terms the PM already knows. */
  ranges(state: DocumentState, firstPerSection: boolean, known: ReadonlySet<string> = new Set()): vscode.Range[] {
    const terms: readonly TermMatch[] = known.size ? state.analysis.terms.filter((t) => !known.has(t.id)) : state.analysis.terms;
    if (!firstPerSection) return terms.map((t) => toRange(state, t.offset, t.length));
    const headings = state.analysis.headings.map((h) => h.offset);
    const seen = new Set<string>();
    let section = -1;
    let h = 0;
    const out: vscode.Range[] = [];
    for (const t of terms) {
      while (h < headings.length && headings[h] <= t.offset) { section = h; h++; }
      const key = `${section}:${t.id}`;
      if (seen.has(key)) continue;
      seen.add(key);
      out.push(toRange(state, t.offset, t.length));
    }
    return out;
  }

  dispose(): void {
    this.#type?.dispose();
    for (const d of this.#disposables) d.dispose();
  }
}
