import * as vscode from 'vscode';
import { Disposable } from '../base/disposable';
import type { DocumentAnalyses } from '../analyses';
import type { Snapshot } from '../snapshot';
import { markedTerms, type Occurrences, type TermMatch } from '../core';
import type { Config, HighlightStyle as Style } from '../config';

/**
 * Marks terms in the visible Markdown editors, in contributed theme colours: glossary and doc
 * terms in one style, words nothing explains (`unknown:`) in a quieter one. Only visible editors
 * are decorated; the style and which uses to mark come from settings.
 */
export class Highlighter extends Disposable {
  #type: vscode.TextEditorDecorationType | undefined;
  #style: Style | undefined;
  readonly #unknownType = vscode.window.createTextEditorDecorationType({
    textDecoration: 'none; border-bottom: 1px dashed var(--vscode-docent-unknownTermUnderline)',
    rangeBehavior: vscode.DecorationRangeBehavior.ClosedClosed,
  });

  constructor(private readonly analyses: DocumentAnalyses, private readonly config: Config) {
    super();
    this.register(this.#unknownType);
    this.register(
      vscode.window.onDidChangeVisibleTextEditors(() => this.update()),
      analyses.onDidChange((s) => this.update(s.uri)),
      config.onDidChange((e) => e.affects('highlight') && this.update()),
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
    const { enabled, style, occurrences: mode, unknownWords: unknown, knownTerms } = this.config.current.highlight;
    const type = this.#decoration(style);
    const known = new Set(knownTerms);
    for (const editor of vscode.window.visibleTextEditors) {
      if (uri && editor.document.uri.toString() !== uri.toString()) continue;
      if (!enabled) {
        editor.setDecorations(type, []);
        editor.setDecorations(this.#unknownType, []);
        continue;
      }
      // Only decorate with an analysis of the text on screen (a first partial pass is fine);
      // until it arrives the previous decorations stay, which VS Code moves along with edits.
      const state = this.analyses.latest(editor.document);
      if (state && state.version === editor.document.version) {
        const all = this.ranges(state, mode, known);
        const isUnknown = (t: TermMatch) => t.id.startsWith('unknown:');
        editor.setDecorations(type, all.filter((t) => !isUnknown(t)).map((t) => state.toRange(t.offset, t.length)));
        editor.setDecorations(this.#unknownType, unknown ? all.filter(isUnknown).map((t) => state.toRange(t.offset, t.length)) : []);
      } else void this.analyses.request(editor.document);
    }
  }

  /** The terms to mark, by the occurrences setting; never the terms the PM already knows. */
  ranges(state: Snapshot, mode: Occurrences, known: ReadonlySet<string> = new Set()): TermMatch[] {
    const terms: readonly TermMatch[] = known.size ? state.report.analysis.terms.filter((t) => !known.has(t.id)) : state.report.analysis.terms;
    return markedTerms(terms, state.report.analysis.headings.map((h) => h.offset), mode);
  }

  override dispose(): void {
    this.#type?.dispose();
    super.dispose();
  }
}
