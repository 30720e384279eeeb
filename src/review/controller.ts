import * as vscode from 'vscode';
import {
  addCustomQuestion, removeCustomQuestion, setNote, setStatus, emptyReviewState, reviewItems,
  type QuestionCategory, type QuestionStatus, type ReviewDocument, type ReviewItem, type ReviewState,
} from '../core';
import type { DocumentModel, DocumentState } from '../documents';
import type { ReviewStore } from './store';

/**
 * The review of the Markdown document the PM is looking at: its analysis and the PM's state.
 * Follows the active editor (keeping the last Markdown doc when focus moves to a view or panel).
 */
export class ReviewController implements vscode.Disposable {
  readonly #emitter = new vscode.EventEmitter<void>();
  readonly onDidChange = this.#emitter.event;
  readonly #disposables: vscode.Disposable[] = [this.#emitter];
  #doc: vscode.TextDocument | undefined;
  #state: ReviewState = emptyReviewState();
  #loading: Promise<void> = Promise.resolve();
  #items: { analysis: DocumentState | undefined; state: ReviewState; items: ReviewItem[] } | undefined;

  constructor(private readonly model: DocumentModel, private readonly store: ReviewStore) {
    this.#disposables.push(
      vscode.window.onDidChangeActiveTextEditor((e) => { if (e?.document.languageId === 'markdown') void this.follow(e.document); }),
      model.onDidChange((s) => { if (s.uri.toString() === this.#doc?.uri.toString()) this.#emitter.fire(); }),
      vscode.workspace.onDidCloseTextDocument((d) => {
        if (d.uri.toString() === this.#doc?.uri.toString()) {
          this.#doc = undefined;
          this.#emitter.fire();
        }
      }),
      store.onDidChange((uri) => { if (uri.toString() === this.#doc?.uri.toString()) this.#emitter.fire(); }),
    );
    const active = vscode.window.activeTextEditor?.document;
    if (active?.languageId === 'markdown') void this.follow(active);
  }

  /** Make `doc` the document under review and load its stored state. */
  follow(doc: vscode.TextDocument): Promise<void> {
    this.#doc = doc;
    this.#loading = this.model.request(doc).then((analysis) => this.store.get(doc.uri, analysis?.review.title)).then((state) => {
      if (this.#doc === doc) {
        this.#state = state;
        this.#emitter.fire();
      }
    });
    this.#emitter.fire();
    return this.#loading;
  }

  /** Resolves when the current document's stored state has been read. */
  get ready(): Promise<void> {
    return this.#loading;
  }

  get document(): vscode.TextDocument | undefined {
    return this.#doc;
  }

  /** The newest analysis of the document under review (it may trail the text by one edit). */
  get analysis(): DocumentState | undefined {
    return this.#doc ? this.model.latest(this.#doc) : undefined;
  }

  get state(): ReviewState {
    return this.#state;
  }

  /** The questions of the current document with the PM's state, for views and exports. */
  items(): ReviewItem[] {
    // Views, the badge and the status bar all ask after each change: compute once per analysis and state.
    const a = this.analysis;
    if (this.#items && this.#items.analysis === a && this.#items.state === this.#state) return this.#items.items;
    const doc = this.reviewDocument();
    const items = doc ? reviewItems(doc) : [];
    this.#items = { analysis: a, state: this.#state, items };
    return items;
  }

  reviewDocument(): ReviewDocument | undefined {
    const a = this.analysis;
    if (!a || !this.#doc) return undefined;
    return {
      title: a.review.title ?? this.#doc.uri.path.split('/').pop() ?? 'Design doc',
      file: vscode.workspace.asRelativePath(this.#doc.uri, false),
      text: a.text,
      headings: a.analysis.headings,
      questions: a.review.questions,
      state: this.#state,
      lines: a.lines,
    };
  }

  setStatus(id: string, status: QuestionStatus): Promise<void> {
    return this.#save(setStatus(this.#state, id, status));
  }

  setNote(id: string, note: string): Promise<void> {
    return this.#save(setNote(this.#state, id, note));
  }

  async addQuestion(text: string, category: QuestionCategory, anchor?: { quote: string; line: number }): Promise<string> {
    const { state, id } = addCustomQuestion(this.#state, text, category, anchor);
    await this.#save(state);
    return id;
  }

  removeQuestion(id: string): Promise<void> {
    return this.#save(removeCustomQuestion(this.#state, id));
  }

  async #save(state: ReviewState): Promise<void> {
    const doc = this.#doc;
    if (!doc) throw new Error(vscode.l10n.t('Open a Markdown design doc first.'));
    this.#state = state;
    this.#emitter.fire();
    await this.store.set(doc.uri, state, this.analysis?.review.title);
  }

  dispose(): void {
    for (const d of this.#disposables) d.dispose();
  }
}
