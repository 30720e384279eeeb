import * as vscode from 'vscode';
import { AnalysisEngine, type EngineRequest, type EngineResponse, type ReviewData } from './core/engine';
import type { GlossaryLayer, GlossaryProblem } from './core';

/** A channel to an AnalysisEngine: a worker (thread or web worker) or, as a fallback, this thread. */
export interface EngineChannel {
  post(msg: EngineRequest): void;
  onMessage(listener: (msg: EngineResponse) => void): void;
  terminate(): void;
}

/** Runs the engine in the extension host itself (used when no worker can be started). */
export function inProcessChannel(): EngineChannel {
  let listener: (m: EngineResponse) => void = () => {};
  const engine = new AnalysisEngine((r) => listener(r));
  return { post: (m) => engine.receive(m), onMessage: (l) => { listener = l; }, terminate: () => {} };
}

export interface AnalysisResult {
  readonly version: number;
  readonly review: ReviewData;
  readonly partial: boolean;
  readonly ms: number;
}

/**
 * Sends documents to the analysis engine off the extension host's main thread and resolves each
 * request with its result. A request that does not answer within the watchdog time restarts the
 * worker, so one pathological document can never stall Docent for the others.
 */
export class AnalysisClient implements vscode.Disposable {
  #channel: EngineChannel;
  #nextId = 1;
  readonly #waiting = new Map<number, { resolve: (r: AnalysisResult | undefined) => void; reject: (e: Error) => void; timer: ReturnType<typeof setTimeout> }>();
  readonly #glossaryEmitter = new vscode.EventEmitter<{ problems: readonly GlossaryProblem[]; entries: number }>();
  readonly onDidLoadGlossary = this.#glossaryEmitter.event;
  #glossaryFiles: readonly { file: string; text: string }[] = [];
  #restarts = 0;
  #mode: 'worker' | 'in-process' = 'worker';

  /**
   * @param bundled the bundled glossary, parsed; the engine gets it (and any team files) in a
   *   message, so the worker bundle does not carry a second copy of the glossary.
   */
  constructor(private readonly createChannel: () => EngineChannel, private readonly bundled: readonly GlossaryLayer[], private readonly watchdogMs = 20000) {
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
    let channel: EngineChannel;
    try {
      channel = this.createChannel();
      this.#mode = 'worker';
    } catch (e) {
      this.#mode = 'in-process';
      console.warn(`Docent: analysis worker unavailable (${e instanceof Error ? e.message : String(e)}); analysing in the extension host.`);
      channel = inProcessChannel();
    }
    channel.onMessage((m) => this.#receive(m));
    channel.post({ type: 'glossary', bundled: this.bundled, files: this.#glossaryFiles });
    return channel;
  }

  #receive(m: EngineResponse): void {
    switch (m.type) {
      case 'glossary':
        this.#glossaryEmitter.fire({ problems: m.problems, entries: m.entries });
        return;
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
        if (m.type === 'result') w.resolve({ version: m.version, review: m.review, partial: m.partial, ms: m.ms });
        else if (m.type === 'superseded') w.resolve(undefined);
        else w.reject(new Error(m.message));
      }
    }
  }

  /** Analyse `text`; resolves undefined when a newer request for the same document replaced this one. */
  analyze(uri: string, version: number, text: string, range?: { start: number; end: number }): Promise<AnalysisResult | undefined> {
    const id = this.#nextId++;
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => this.#stalled(id), this.watchdogMs);
      this.#waiting.set(id, { resolve, reject, timer });
      this.#channel.post({ type: 'analyze', id, uri, version, text, ...(range ? { range } : {}) });
    });
  }

  /** Team glossary files, merged over the bundled ones. */
  setGlossaryFiles(files: readonly { file: string; text: string }[]): void {
    this.#glossaryFiles = files;
    this.#channel.post({ type: 'glossary', bundled: this.bundled, files });
  }

  close(uri: string): void {
    this.#channel.post({ type: 'close', uri });
  }

  #stalled(id: number): void {
    const w = this.#waiting.get(id);
    if (!w) return;
    // The worker is stuck: fail everything in flight and start a fresh one.
    this.#restarts++;
    this.#channel.terminate();
    for (const [other, x] of this.#waiting) {
      clearTimeout(x.timer);
      x.reject(new Error(other === id ? `analysis took longer than ${this.watchdogMs / 1000} s and was stopped` : 'analysis worker restarted'));
    }
    this.#waiting.clear();
    this.#channel = this.#start();
  }

  dispose(): void {
    for (const w of this.#waiting.values()) clearTimeout(w.timer);
    this.#waiting.clear();
    this.#channel.terminate();
    this.#glossaryEmitter.dispose();
  }
}
