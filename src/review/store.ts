import * as vscode from 'vscode';
import { Disposable } from '../base/disposable';
import { emptyReviewState, parseReviewState, serializeReviewState, type ReviewState } from '../core';

const PREFIX = 'docent.review:';

interface Stored {
  /** The doc's first heading when the state was saved: finds the state again after a rename outside VS Code. */
  readonly title?: string;
  readonly state: unknown;
}

/**
 * The PM's review state per document, kept in VS Code's workspace storage (which survives
 * reloads and is written atomically). Follows renames of files and folders made in VS Code, and
 * finds the state of a doc renamed elsewhere by its title and its questions when the old file is
 * gone. Untitled docs are kept in memory only: their names are reused by the next untitled doc.
 */
export class ReviewStore extends Disposable {
  readonly #emitter = new vscode.EventEmitter<vscode.Uri>();
  readonly onDidChange = this.#emitter.event;
  readonly #moveEmitter = new vscode.EventEmitter<{ from: vscode.Uri; to: vscode.Uri }>();
  /** A stored state moved to another document (a rename): its review now belongs to `to`. */
  readonly onDidMove = this.#moveEmitter.event;
  readonly #untitled = new Map<string, ReviewState>();
  #writes: Promise<unknown> = Promise.resolve();

  constructor(private readonly memento: vscode.Memento) {
    super();
    this.register(this.#emitter, this.#moveEmitter);
    this.register(vscode.workspace.onDidRenameFiles((e) => {
      for (const { oldUri, newUri } of e.files) void this.#move(oldUri, newUri);
    }));
  }

  /**
   * The stored state of `uri`; else, when a doc with the same title whose file is gone has a
   * stored state that shares most of its question ids with `ids` (this doc's questions), a copy of
   * that state (the old entry stays, in case its file comes back, say after a branch switch).
   */
  async get(uri: vscode.Uri, title?: string, ids: readonly string[] = []): Promise<ReviewState> {
    if (uri.scheme === 'untitled') return this.#untitled.get(uri.toString()) ?? emptyReviewState();
    const stored = this.memento.get<Stored>(PREFIX + uri.toString());
    if (stored) return this.#parse(stored, uri);
    if (!title) return emptyReviewState();
    const mine = new Set(ids);
    for (const key of this.memento.keys()) {
      if (!key.startsWith(PREFIX)) continue;
      const other = this.memento.get<Stored>(key);
      if (other?.title !== title) continue;
      const state = this.#parse(other, uri);
      const theirs = Object.keys(state.questions).filter((id) => !id.startsWith('user:'));
      const shared = theirs.filter((id) => mine.has(id)).length;
      // A template's title or a sibling doc is not the same doc: most marked questions must still be there.
      if (theirs.length > 0 && shared * 2 < theirs.length) continue;
      if (theirs.length === 0 && state.custom.length === 0) continue;
      if (await exists(vscode.Uri.parse(key.slice(PREFIX.length)))) continue;
      await this.set(uri, state, title);
      return state;
    }
    return emptyReviewState();
  }

  /** Saves `state` for `uri`. Writes are queued so that two quick changes never interleave. */
  set(uri: vscode.Uri, state: ReviewState, title?: string): Promise<void> {
    if (uri.scheme === 'untitled') {
      this.#untitled.set(uri.toString(), state);
      this.#emitter.fire(uri);
      return Promise.resolve();
    }
    const write = this.#writes.then(() => this.memento.update(PREFIX + uri.toString(), { title, state: serializeReviewState(state) } satisfies Stored));
    this.#writes = write.catch(() => undefined);
    return write.then(() => this.#emitter.fire(uri));
  }

  /** A file or a folder was renamed: every state under the old name moves to the new one. */
  async #move(oldUri: vscode.Uri, newUri: vscode.Uri): Promise<void> {
    const from = oldUri.toString();
    const to = newUri.toString();
    for (const key of this.memento.keys()) {
      if (!key.startsWith(PREFIX)) continue;
      const doc = key.slice(PREFIX.length);
      if (doc !== from && !doc.startsWith(`${from}/`)) continue;
      const target = to + doc.slice(from.length);
      const stored = this.memento.get<Stored>(key);
      await this.memento.update(PREFIX + target, stored);
      await this.memento.update(key, undefined);
      this.#moveEmitter.fire({ from: vscode.Uri.parse(doc), to: vscode.Uri.parse(target) });
      this.#emitter.fire(vscode.Uri.parse(target));
    }
  }

  #parse(stored: Stored, uri: vscode.Uri): ReviewState {
    const { state, problems } = parseReviewState(stored.state);
    if (problems.length) console.warn(`Docent: review state of ${uri.toString()}: ${problems.join('; ')}`);
    return state;
  }

}

async function exists(uri: vscode.Uri): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(uri);
    return true;
  } catch {
    return false;
  }
}
