import * as vscode from 'vscode';
import { Disposable } from './base/disposable';
import type { DocReport, Genre, GlossaryEntry } from './core';
import { Snapshot } from './snapshot';
import { AnalysisRestarted, type AnalysisClient } from './analysisClient';

/** Above this size the visible lines are analysed first, then the whole document. */
const VISIBLE_FIRST_CHARS = 150_000;

/**
 * The latest analysis of every open Markdown document, computed off the main thread by the
 * analysis worker. Features read `current`/`latest` and listen to `onDidChange`; nothing else
 * parses documents.
 */
export class DocumentAnalyses extends Disposable {
  readonly #states = new Map<string, Snapshot>();
  readonly #inflight = new Map<string, { version: number; genre: Genre | undefined; promise: Promise<Snapshot | undefined> }>();
  readonly #emitter = new vscode.EventEmitter<Snapshot>();
  readonly #failEmitter = new vscode.EventEmitter<{ uri: vscode.Uri; message: string }>();
  readonly #timers = new Map<string, ReturnType<typeof setTimeout>>();
  /** The genre the PM chose per document; the engine detects it for the others. */
  readonly #genres = new Map<string, Genre>();
  /** Document versions already re-sent once after a worker restart. */
  readonly #retried = new Set<string>();
  readonly onDidChange = this.#emitter.event;
  readonly onDidFail = this.#failEmitter.event;

  constructor(private readonly client: AnalysisClient, private readonly glossary: () => ReadonlyMap<string, GlossaryEntry>) {
    super();
    this.register(
      this.#emitter,
      this.#failEmitter,
      vscode.workspace.onDidOpenTextDocument((d) => this.#schedule(d, 0)),
      vscode.workspace.onDidChangeTextDocument((e) => this.#schedule(e.document, 150)),
      vscode.workspace.onDidCloseTextDocument((d) => {
        const key = d.uri.toString();
        this.#states.delete(key);
        this.#inflight.delete(key);
        this.#genres.delete(key);
        for (const r of this.#retried) if (r.startsWith(`${key}@`)) this.#retried.delete(r);
        this.client.close(key);
      }),
    );
    for (const d of vscode.workspace.textDocuments) this.#schedule(d, 0);
  }

  get entries(): ReadonlyMap<string, GlossaryEntry> {
    return this.glossary();
  }

  /** The newest finished analysis of `doc`, possibly of an older version. */
  latest(doc: vscode.TextDocument): Snapshot | undefined {
    return this.#states.get(doc.uri.toString());
  }

  /** The finished analysis of `doc`'s current version, for the genre it is to be read as, if there is one. */
  current(doc: vscode.TextDocument): Snapshot | undefined {
    const s = this.latest(doc);
    const wanted = this.#genres.get(doc.uri.toString());
    const genreOk = s && (wanted ? s.report.genre.chosen && s.report.genre.genre === wanted : !s.report.genre.chosen);
    return s && s.version === doc.version && !s.partial && genreOk ? s : undefined;
  }

  /** Read `doc` as this genre from now on (undefined: detect it); analyses it again when that changes anything. */
  setGenre(doc: vscode.TextDocument, genre: Genre | undefined): Promise<Snapshot | undefined> {
    const key = doc.uri.toString();
    if (genre) this.#genres.set(key, genre);
    else this.#genres.delete(key);
    return this.request(doc);
  }

  /** The analysis of `doc` at its current version, computed now if needed. */
  request(doc: vscode.TextDocument): Promise<Snapshot | undefined> {
    if (doc.languageId !== 'markdown') return Promise.resolve(undefined);
    const key = doc.uri.toString();
    const done = this.current(doc);
    if (done) return Promise.resolve(done);
    const inflight = this.#inflight.get(key);
    if (inflight && inflight.version === doc.version && inflight.genre === this.#genres.get(key)) return inflight.promise;
    const promise = this.#run(doc);
    this.#inflight.set(key, { version: doc.version, genre: this.#genres.get(key), promise });
    return promise;
  }

  /** Analyse every open Markdown document again (after the glossary changed). */
  refreshAll(): void {
    this.#states.clear();
    this.#inflight.clear();
    for (const d of vscode.workspace.textDocuments) this.#schedule(d, 0);
  }

  async #run(doc: vscode.TextDocument): Promise<Snapshot | undefined> {
    const key = doc.uri.toString();
    const version = doc.version;
    const text = doc.getText();
    const editor = vscode.window.visibleTextEditors.find((e) => e.document === doc);
    if (editor && text.length > VISIBLE_FIRST_CHARS && !this.#states.has(key)) {
      const visible = editor.visibleRanges[0];
      if (visible) {
        const range = { start: doc.offsetAt(visible.start), end: doc.offsetAt(visible.end) };
        void this.client.analyze(key, version, text, range).then((r) => {
          if (r && !this.#states.has(key)) this.#store(doc.uri, version, text, r.report);
        }, () => undefined);
      }
    }
    try {
      const result = await this.client.analyze(key, version, text, undefined, this.#genres.get(key));
      if (!result) return this.#inflight.get(key)?.promise;
      if (this.#inflight.get(key)?.version === version) this.#inflight.delete(key);
      return this.#store(doc.uri, version, text, result.report);
    } catch (e) {
      if (this.#inflight.get(key)?.version === version) this.#inflight.delete(key);
      // Stopped because the worker restarted for another document: try this version once more.
      if (e instanceof AnalysisRestarted && !this.#retried.has(`${key}@${version}`)) {
        this.#retried.add(`${key}@${version}`);
        return this.request(doc);
      }
      // Failed on its own (too slow, or the worker died twice): say so once; the next edit tries again.
      this.#failEmitter.fire({ uri: doc.uri, message: e instanceof Error ? e.message : String(e) });
      return undefined;
    }
  }

  #store(uri: vscode.Uri, version: number, text: string, report: DocReport): Snapshot {
    const state = new Snapshot(uri, version, text, report);
    const prev = this.#states.get(uri.toString());
    if (!prev || prev.version <= version) {
      this.#states.set(uri.toString(), state);
      this.#emitter.fire(state);
    }
    return state;
  }

  #schedule(doc: vscode.TextDocument, delay: number): void {
    if (doc.languageId !== 'markdown') return;
    const key = doc.uri.toString();
    clearTimeout(this.#timers.get(key));
    this.#timers.set(key, setTimeout(() => {
      this.#timers.delete(key);
      void this.request(doc);
    }, delay));
  }

  override dispose(): void {
    for (const t of this.#timers.values()) clearTimeout(t);
    super.dispose();
  }
}
