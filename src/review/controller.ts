import * as vscode from 'vscode';
import { Disposable } from '../base/disposable';
import {
  addCustomQuestion, removeCustomQuestion, setGenre, setNote, setStatus, emptyReviewState, reviewItems, ReviewSessions,
  type Genre, type QuestionCategory, type QuestionStatus, type ReviewDocument, type ReviewItem, type ReviewState, type StateTarget,
} from '../core';
import type { DocumentAnalyses } from '../analyses';
import type { Snapshot } from '../snapshot';
import type { ReviewStore } from './store';

/**
 * The review of the Markdown document the PM is looking at: its analysis and the PM's state.
 * Follows the active editor (keeping the last Markdown doc when focus moves to a view or panel).
 * Every change names its document and applies to that document's own stored state, once it has
 * loaded (see ReviewSessions), so no click made while documents switch can land on another doc.
 */
export class ReviewController extends Disposable {
  readonly #emitter = new vscode.EventEmitter<void>();
  readonly onDidChange = this.#emitter.event;
  readonly #sessions: ReviewSessions;
  readonly #titles = new Map<string, string | undefined>();
  #doc: vscode.TextDocument | undefined;
  #loading: Promise<unknown> = Promise.resolve();
  #items: { analysis: Snapshot | undefined; state: ReviewState; items: ReviewItem[] } | undefined;

  constructor(private readonly analyses: DocumentAnalyses, private readonly store: ReviewStore) {
    super();
    this.register(this.#emitter);
    this.#sessions = new ReviewSessions({ save: (key, state) => store.set(vscode.Uri.parse(key), state, this.#titles.get(key)) });
    this.register(
      vscode.window.onDidChangeActiveTextEditor((e) => { if (e?.document.languageId === 'markdown') void this.follow(e.document); }),
      analyses.onDidChange((s) => { if (s.uri.toString() === this.#doc?.uri.toString()) this.#emitter.fire(); }),
      vscode.workspace.onDidCloseTextDocument((d) => {
        void this.#sessions.forget(d.uri.toString());
        if (d.uri.toString() === this.#doc?.uri.toString()) {
          this.#doc = undefined;
          this.#emitter.fire();
        }
      }),
      store.onDidMove(({ from, to }) => {
        this.#sessions.rename(from.toString(), to.toString());
        this.#titles.set(to.toString(), this.#titles.get(from.toString()));
      }),
      store.onDidChange((uri) => { if (uri.toString() === this.#doc?.uri.toString()) this.#emitter.fire(); }),
    );
    const active = vscode.window.activeTextEditor?.document;
    if (active?.languageId === 'markdown') void this.follow(active);
  }

  /** Make `doc` the document under review and load its stored state. */
  follow(doc: vscode.TextDocument): Promise<void> {
    this.#doc = doc;
    const loading = this.#open(doc).then(() => { if (this.#doc === doc) this.#emitter.fire(); });
    this.#loading = loading;
    this.#emitter.fire();
    return loading;
  }

  #open(doc: vscode.TextDocument): Promise<ReviewState> {
    const key = doc.uri.toString();
    return this.#sessions.open(key, async () => {
      const analysis = await this.analyses.request(doc);
      const title = analysis?.report.title;
      this.#titles.set(key, title);
      const state = await this.store.get(doc.uri, title, analysis?.report.questions.map((q) => q.id));
      // The PM corrected this doc's genre before: ask its questions for that genre.
      if (state.genre) void this.analyses.setGenre(doc, state.genre);
      return state;
    });
  }

  /** Resolves when the current document's stored state has been read. */
  get ready(): Promise<void> {
    return this.#loading.then(() => undefined);
  }

  get document(): vscode.TextDocument | undefined {
    return this.#doc;
  }

  /** The newest analysis of the document under review (it may trail the text by one edit). */
  get snapshot(): Snapshot | undefined {
    return this.#doc ? this.analyses.latest(this.#doc) : undefined;
  }

  /** The PM's state for the current document (empty while it is still being read). */
  get state(): ReviewState {
    return (this.#doc && this.#sessions.state(this.#doc.uri.toString())) || emptyReviewState();
  }

  /** The questions of the current document with the PM's state, for views and exports. */
  items(): ReviewItem[] {
    // Views, the badge and the status bar all ask after each change: compute once per analysis and state.
    const a = this.snapshot;
    const state = this.state;
    if (this.#items && this.#items.analysis === a && this.#items.state === state) return this.#items.items;
    const doc = this.reviewDocument();
    const items = doc ? reviewItems(doc) : [];
    this.#items = { analysis: a, state, items };
    return items;
  }

  reviewDocument(): ReviewDocument | undefined {
    const a = this.snapshot;
    if (!a || !this.#doc) return undefined;
    return {
      title: a.report.title ?? this.#doc.uri.path.split('/').pop() ?? vscode.l10n.t('Design doc'),
      file: vscode.workspace.asRelativePath(this.#doc.uri, false),
      text: a.text,
      headings: a.report.analysis.headings,
      questions: a.report.questions,
      state: this.state,
      lines: a.lines,
    };
  }

  /** `uri`: the document the question belongs to (a view row knows it); the current one by default. */
  setStatus(id: string, status: QuestionStatus, uri?: vscode.Uri): Promise<void> {
    return this.#change(uri, (s, t) => setStatus(s, t(id), status));
  }

  setNote(id: string, note: string, uri?: vscode.Uri): Promise<void> {
    return this.#change(uri, (s, t) => setNote(s, t(id), note));
  }

  async addQuestion(text: string, category: QuestionCategory, anchor?: { quote: string; line: number }, uri?: vscode.Uri): Promise<string> {
    let id = '';
    await this.#change(uri, (s) => {
      const added = addCustomQuestion(s, text, category, anchor);
      id = added.id;
      return added.state;
    });
    return id;
  }

  /** Read the current doc as `genre` (undefined: detect it again); the questions are asked anew for it. */
  async setGenre(genre: Genre | undefined, uri?: vscode.Uri): Promise<void> {
    await this.#change(uri, (s) => setGenre(s, genre));
    const doc = uri ? vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString()) : this.#doc;
    if (doc) await this.analyses.setGenre(doc, genre);
  }

  removeQuestion(id: string, uri?: vscode.Uri): Promise<void> {
    return this.#change(uri, (s) => removeCustomQuestion(s, id));
  }

  async #change(uri: vscode.Uri | undefined, change: (state: ReviewState, target: (id: string) => StateTarget) => ReviewState): Promise<void> {
    const doc = uri ? vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString()) ?? this.#doc : this.#doc;
    const key = uri?.toString() ?? doc?.uri.toString();
    if (!key) throw new Error(vscode.l10n.t('Open a Markdown design doc first.'));
    if (doc && doc.uri.toString() === key) void this.#open(doc);
    else void this.#sessions.open(key, () => this.store.get(vscode.Uri.parse(key)));
    // What the PM saw of the question, so its state can follow it when the doc's words change.
    const shown = doc === this.#doc ? this.items() : [];
    const target = (id: string): StateTarget => {
      const item = shown.find((i) => i.id === id);
      return item ? { id, ...(item.carriedFrom ? { from: item.carriedFrom } : {}), seen: { text: item.text, category: item.category, ...(item.quote ? { quote: item.quote } : {}) } } : { id };
    };
    await this.#sessions.update(key, (s) => change(s, target), () => this.#emitter.fire());
  }

}
