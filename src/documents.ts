import * as vscode from 'vscode';
import { DocumentAnalyzer, reviewText, type Analysis, type DocReview, type GlossaryEntry, type LineIndex, type TermMatcher } from './core';

/** The latest analysis of one document, with what the features need to turn offsets into ranges. */
export interface DocumentState {
  readonly uri: vscode.Uri;
  readonly version: number;
  readonly review: DocReview;
  readonly analysis: Analysis;
  readonly lines: LineIndex;
}

/**
 * Keeps one analyzer per open Markdown document and the latest analysis of each. Features read
 * from here and listen to `onDidChange`; nothing else parses documents.
 */
export class DocumentModel implements vscode.Disposable {
  readonly #analyzers = new Map<string, DocumentAnalyzer>();
  readonly #states = new Map<string, DocumentState>();
  readonly #emitter = new vscode.EventEmitter<DocumentState>();
  readonly #disposables: vscode.Disposable[] = [];
  readonly #timers = new Map<string, ReturnType<typeof setTimeout>>();
  readonly onDidChange = this.#emitter.event;

  constructor(private matcher: TermMatcher) {
    this.#disposables.push(
      this.#emitter,
      vscode.workspace.onDidChangeTextDocument((e) => this.#schedule(e.document)),
      vscode.workspace.onDidCloseTextDocument((d) => {
        this.#analyzers.delete(d.uri.toString());
        this.#states.delete(d.uri.toString());
      }),
    );
  }

  get entries(): ReadonlyMap<string, GlossaryEntry> {
    return this.matcher.entries;
  }

  /** Swap the glossary (for example after a team glossary changed) and re-analyse open docs. */
  setMatcher(matcher: TermMatcher): void {
    this.matcher = matcher;
    this.#analyzers.clear();
    for (const [key, state] of this.#states) {
      const doc = vscode.workspace.textDocuments.find((d) => d.uri.toString() === key);
      if (doc) this.get(doc, true);
      else this.#states.delete(key);
      void state;
    }
  }

  /** The analysis of `doc` at its current version, computed now if needed. */
  get(doc: vscode.TextDocument, force = false): DocumentState | undefined {
    if (doc.languageId !== 'markdown') return undefined;
    const key = doc.uri.toString();
    const cached = this.#states.get(key);
    if (cached && cached.version === doc.version && !force) return cached;
    let analyzer = this.#analyzers.get(key);
    if (!analyzer) this.#analyzers.set(key, (analyzer = new DocumentAnalyzer(this.matcher)));
    const review = reviewText(doc.getText(), analyzer, this.matcher.entries);
    const state: DocumentState = { uri: doc.uri, version: doc.version, review, analysis: review.analysis, lines: review.lines };
    this.#states.set(key, state);
    this.#emitter.fire(state);
    return state;
  }

  #schedule(doc: vscode.TextDocument): void {
    if (doc.languageId !== 'markdown') return;
    const key = doc.uri.toString();
    clearTimeout(this.#timers.get(key));
    this.#timers.set(key, setTimeout(() => {
      this.#timers.delete(key);
      this.get(doc);
    }, 150));
  }

  dispose(): void {
    for (const t of this.#timers.values()) clearTimeout(t);
    for (const d of this.#disposables) d.dispose();
  }
}

export function toRange(state: DocumentState, offset: number, length: number): vscode.Range {
  const a = state.lines.position(offset);
  const b = state.lines.position(offset + length);
  return new vscode.Range(a.line, a.character, b.line, b.character);
}
