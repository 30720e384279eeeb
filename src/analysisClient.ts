import * as vscode from 'vscode';
import { Disposable } from './base/disposable';
import { AnalysisEngine, type EngineRequest, type EngineResponse } from './core/engine';
import type { DocReport, Genre, Glossary, GlossaryProblem } from './core';

/** A channel to an AnalysisEngine: a worker (thread or web worker) or, as a fallback, this thread. */
export interface EngineChannel {
  post(msg: EngineRequest): void;
  onMessage(listener: (msg: EngineResponse) => void): void;
  /** The worker died (an uncaught error, out of memory, exit): `reason` says how. */
  onFailure(listener: (reason: string) => void): void;
  terminate(): void;
}

/**
 * Runs the engine in the extension host itself (used when no worker can be started). No
 * watchdog can interrupt it there; the analysis's own budgets (parse time, phrases per kind,
 * quote windows) bound each request instead.
 */
export function inProcessChannel(): EngineChannel {
  let listener: (m: EngineResponse) => void = () => {};
  const engine = new AnalysisEngine((r) => listener(r));
  return { post: (m) => engine.receive(m), onMessage: (l) => { listener = l; }, onFailure: () => {}, terminate: () => {} };
}

/** A request that failed only because the worker was restarted for another request: worth one retry. */
export class AnalysisRestarted extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'AnalysisRestarted';
  }
}

/** More worker deaths than this within FAILURE_WINDOW_MS, and the analysis moves into the extension host. */
const MAX_FAILURES = 3;
const FAILURE_WINDOW_MS = 60_000;

export interface AnalysisResult {
  readonly version: number;
  readonly report: DocReport;
  readonly ms: number;
}

/**
 * Sends documents to the analysis engine off the extension host's main thread and resolves each
 * request with its result. A request that runs longer than the watchdog time (counted from when
 * the engine starts it, not from when it was queued) restarts the worker, so one pathological
 * document can never stall Docent for the others. A restart re-sends the glossary but asks for no
 * analysis itself: the stopped request fails, the others fail as AnalysisRestarted, and callers
 * decide what to retry, so nothing loops.
 */
export class AnalysisClient extends Disposable {
  #channel: EngineChannel;
  #nextId = 1;
  readonly #waiting = new Map<number, { resolve: (r: AnalysisResult | undefined) => void; reject: (e: Error) => void; timer?: ReturnType<typeof setTimeout> }>();
  readonly #failures: number[] = [];
  readonly #glossaryEmitter = this.register(new vscode.EventEmitter<{ problems: readonly GlossaryProblem[]; entries: number }>());
  readonly onDidLoadGlossary = this.#glossaryEmitter.event;
  /** Whether the current channel has the glossary in force (sent before its first analysis, and again after a change). */
  #glossarySent = false;
  #restarts = 0;
  #mode: 'worker' | 'in-process' = 'worker';

  /**
   * @param glossary the merged glossary in force, owned by the GlossaryService; read when the
   *   engine first needs it (not during activation) and sent to it as plain entries.
   */
  constructor(private readonly createChannel: () => EngineChannel, private readonly glossary: () => Glossary, private readonly watchdogMs = 20000) {
    super();
    this.#channel = this.#start();
  }

  get restarts(): number {
    return this.#restarts;
  }

  /** Where the analysis runs: a worker, or this thread when no worker could be started. */
  get mode(): 'worker' | 'in-process' {
    return this.#mode;
  }

  #start(): EngineChannel {
    let channel: EngineChannel | undefined;
    if (this.#mode === 'worker') {
      try {
        channel = this.createChannel();
      } catch (e) {
        this.#mode = 'in-process';
        console.warn(`Docent: analysis worker unavailable (${e instanceof Error ? e.message : String(e)}); analysing in the extension host.`);
      }
    }
    channel ??= inProcessChannel();
    const self = channel;
    channel.onMessage((m) => { if (this.#channel === self || !this.#channel) this.#receive(m); });
    channel.onFailure((reason) => { if (this.#channel === self) this.#failed(reason); });
    channel.post({ type: 'translations', contents: vscode.l10n.bundle });
    this.#glossarySent = false;
    return channel;
  }

  /** The worker died on its own: fail what it held, and restart it (or, after repeated deaths, stop using workers). */
  #failed(reason: string): void {
    const now = Date.now();
    this.#failures.push(now);
    while (this.#failures.length && now - this.#failures[0] > FAILURE_WINDOW_MS) this.#failures.shift();
    if (this.#failures.length > MAX_FAILURES && this.#mode === 'worker') {
      this.#mode = 'in-process';
      console.warn(`Docent: the analysis worker stopped ${this.#failures.length} times in a minute (${reason}); analysing in the extension host from now on.`);
    }
    this.#restart((id) => new AnalysisRestarted(id === undefined ? reason : `analysis worker stopped: ${reason}`));
  }

  #restart(errorFor: (id: number) => Error): void {
    this.#restarts++;
    const old = this.#channel;
    this.#channel = undefined as unknown as EngineChannel;
    old.terminate();
    for (const [id, w] of this.#waiting) {
      clearTimeout(w.timer);
      w.reject(errorFor(id));
    }
    this.#waiting.clear();
    this.#channel = this.#start();
  }

  #receive(m: EngineResponse): void {
    switch (m.type) {
      case 'glossary':
        this.#glossaryEmitter.fire({ problems: m.problems, entries: m.entries });
        return;
      case 'started': {
        const w = this.#waiting.get(m.id);
        if (w && !w.timer) w.timer = setTimeout(() => this.#stalled(m.id), this.watchdogMs);
        return;
      }
      case 'result':
      case 'superseded':
      case 'error': {
        if (m.id === undefined) {
          console.error(`Docent analysis: ${m.type === 'error' ? m.message : ''}`);
          return;
        }
        const w = this.#waiting.get(m.id);
        if (!w) return;
        this.#waiting.delete(m.id);
        clearTimeout(w.timer);
        if (m.type === 'result') w.resolve({ version: m.version, report: m.report, ms: m.ms });
        else if (m.type === 'superseded') w.resolve(undefined);
        else w.reject(new Error(m.message));
      }
    }
  }

  /** Analyse `text`; resolves undefined when a newer request for the same document replaced this one. */
  analyze(uri: string, version: number, text: string, range?: { start: number; end: number }, genre?: Genre): Promise<AnalysisResult | undefined> {
    const id = this.#nextId++;
    return new Promise((resolve, reject) => {
      this.#waiting.set(id, { resolve, reject });
      if (!this.#glossarySent) {
        this.#glossarySent = true;
        this.#channel.post({ type: 'glossary', entries: [...this.glossary().entries.values()] });
      }
      this.#channel.post({ type: 'analyze', id, uri, version, text, ...(range ? { range } : {}), ...(genre ? { genre } : {}) });
    });
  }

  /** The glossary changed: the engine gets the new one before its next analysis. */
  glossaryChanged(): void {
    this.#glossarySent = false;
  }

  close(uri: string): void {
    this.#channel.post({ type: 'close', uri });
  }

  #stalled(id: number): void {
    if (!this.#waiting.has(id)) return;
    // The worker is stuck on this request: fail it, let the others retry, start a fresh worker.
    this.#restart((other) => (other === id
      ? new Error(`analysis took longer than ${this.watchdogMs / 1000} s and was stopped`)
      : new AnalysisRestarted('analysis worker restarted')));
  }

  override dispose(): void {
    for (const w of this.#waiting.values()) clearTimeout(w.timer);
    this.#waiting.clear();
    this.#channel.terminate();
    super.dispose();
  }
}
