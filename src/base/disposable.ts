import type * as vscode from 'vscode';

/**
 * The base of every part of Docent's glue that holds listeners, emitters or UI objects: what a
 * subclass `register`s is disposed with it, newest first, once, and a disposal that throws does
 * not stop the others. Registering on a disposed object disposes the newcomer at once.
 */
export abstract class Disposable implements vscode.Disposable {
  readonly #owned: vscode.Disposable[] = [];
  #disposed = false;

  protected get isDisposed(): boolean {
    return this.#disposed;
  }

  /** Own `d` (and `more`): dispose them with this object. Returns `d`, for `readonly x = this.register(...)`. */
  protected register<T extends vscode.Disposable>(d: T, ...more: vscode.Disposable[]): T {
    for (const x of [d, ...more]) {
      if (this.#disposed) x.dispose();
      else this.#owned.push(x);
    }
    return d;
  }

  dispose(): void {
    if (this.#disposed) return;
    this.#disposed = true;
    const errors: unknown[] = [];
    for (const d of this.#owned.splice(0).reverse()) {
      try {
        d.dispose();
      } catch (e) {
        errors.push(e);
      }
    }
    if (errors.length === 1) throw errors[0];
    if (errors.length > 1) throw new AggregateError(errors, 'Several parts of Docent failed to dispose');
  }
}

