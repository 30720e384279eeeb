import { emptyReviewState, type ReviewState } from './reviewState.js';

/** Where review states live between sessions (VS Code's workspace storage, a file, memory in tests). */
export interface ReviewStorage {
  save(key: string, state: ReviewState): Promise<void>;
}

interface Session {
  /** The state as it stands, once loaded; changes apply to this. */
  state?: ReviewState;
  readonly loaded: Promise<ReviewState>;
  /** The queue of this document's changes: each runs after the load and after the change before it. */
  chain: Promise<unknown>;
}

/**
 * The PM's review state per document, bound to its document by construction: a change names the
 * document it is for, waits until that document's stored state has been read, applies to that
 * state and saves it under that document's key, in order. Switching documents, slow storage or
 * two quick clicks can therefore never write one doc's state over another's, or lose a change.
 */
export class ReviewSessions {
  readonly #sessions = new Map<string, Session>();

  constructor(private readonly storage: ReviewStorage) {}

  /** Start reading `key`'s stored state with `load` (once; later calls reuse the first). */
  open(key: string, load: () => Promise<ReviewState>): Promise<ReviewState> {
    const existing = this.#sessions.get(key);
    if (existing) return existing.state ? Promise.resolve(existing.state) : existing.loaded;
    const loaded = load().catch(() => emptyReviewState());
    const session: Session = { loaded, chain: loaded };
    this.#sessions.set(key, session);
    void loaded.then((s) => { session.state ??= s; });
    return loaded.then(() => session.state ?? emptyReviewState());
  }

  /** `key`'s state once loaded, or undefined while it is still being read (or was never opened). */
  state(key: string): ReviewState | undefined {
    return this.#sessions.get(key)?.state;
  }

  /** Resolves when `key`'s stored state has been read and every change queued so far is saved. */
  async settled(key: string): Promise<void> {
    const s = this.#sessions.get(key);
    if (s) await s.chain.catch(() => undefined);
  }

  /**
   * Change `key`'s state with `change`, after its stored state has loaded and earlier changes have
   * applied, and save it. Throws if `key` was never opened (nothing to apply the change to).
   */
  update(key: string, change: (state: ReviewState) => ReviewState, onApplied?: (state: ReviewState) => void): Promise<ReviewState> {
    const session = this.#sessions.get(key);
    if (!session) return Promise.reject(new Error(`No review open for ${key}`));
    const run = session.chain.catch(() => undefined).then(async () => {
      const base = session.state ?? (await session.loaded);
      const next = change(base);
      session.state = next;
      onApplied?.(next);
      await this.storage.save(key, next);
      return next;
    });
    session.chain = run;
    return run;
  }

  /** The document was renamed: its session (and any queued changes) now belong to `to`. */
  rename(from: string, to: string): void {
    const s = this.#sessions.get(from);
    if (!s || from === to) return;
    this.#sessions.delete(from);
    this.#sessions.set(to, s);
  }

  /** Drop `key`'s session once its queued changes are saved (the document was closed). */
  async forget(key: string): Promise<void> {
    const s = this.#sessions.get(key);
    if (!s) return;
    await s.chain.catch(() => undefined);
    if (this.#sessions.get(key) === s) this.#sessions.delete(key);
  }
}
