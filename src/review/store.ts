import * as vscode from 'vscode';
import { emptyReviewState, parseReviewState, type ReviewState } from '../core/review';

const PREFIX = 'docent.review:';

interface Stored {
  /** The doc's first heading when the state was saved: finds the state again after a rename outside VS Code. */
  readonly title?: string;
  readonly state: unknown;
}

/**
 * The PM's review state per document, kept in VS Code's workspace storage (which survives
 * reloads and is written atomically). Follows renames made in VS Code, and finds the state of a
 * doc renamed elsewhere by its title when the old file is gone.
 */
export class ReviewStore implements vscode.Disposable {
  readonly #emitter = new vscode.EventEmitter<vscode.Uri>();
  readonly onDidChange = this.#emitter.event;
  readonly #disposables: vscode.Disposable[] = [this.#emitter];
  #writes: Promise<unknown> = Promise.resolve();

  constructor(private readonly memento: vscode.Memento) {
    this.#disposables.push(vscode.workspace.onDidRenameFiles((e) => {
      for (const { oldUri, newUri } of e.files) void this.#move(oldUri, newUri);
    }));
  }

  /** The stored state of `uri`, or of a renamed doc with the same title, or an empty state. */
  async get(uri: vscode.Uri, title?: string): Promise<ReviewState> {
    const stored = this.memento.get<Stored>(PREFIX + uri.toString());
    if (stored) return this.#parse(stored, uri);
    if (title) {
      for (const key of this.memento.keys()) {
        if (!key.startsWith(PREFIX)) continue;
        const other = this.memento.get<Stored>(key);
        if (other?.title !== title) continue;
        const oldUri = vscode.Uri.parse(key.slice(PREFIX.length));
        if (await exists(oldUri)) continue;
        await this.#move(oldUri, uri);
        return this.#parse(other, uri);
      }
    }
    return emptyReviewState();
  }

  /** Saves `state` for `uri`. Writes are queued so that two quick changes never interleave. */
  set(uri: vscode.Uri, state: ReviewState, title?: string): Promise<void> {
    const write = this.#writes.then(() => this.memento.update(PREFIX + uri.toString(), { title, state } satisfies Stored));
    this.#writes = write.catch(() => undefined);
    return write.then(() => this.#emitter.fire(uri));
  }

  async #move(oldUri: vscode.Uri, newUri: vscode.Uri): Promise<void> {
    const stored = this.memento.get<Stored>(PREFIX + oldUri.toString());
    if (!stored) return;
    await this.memento.update(PREFIX + newUri.toString(), stored);
    await this.memento.update(PREFIX + oldUri.toString(), undefined);
    this.#emitter.fire(newUri);
  }

  #parse(stored: Stored, uri: vscode.Uri): ReviewState {
    const { state, problems } = parseReviewState(stored.state);
    if (problems.length) console.warn(`Docent: review state of ${uri.toString()}: ${problems.join('; ')}`);
    return state;
  }

  dispose(): void {
    for (const d of this.#disposables) d.dispose();
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
