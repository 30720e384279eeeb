import { DocumentAnalyzer } from './analyze.js';
import { readDoc, type DocReport } from './report.js';
import type { GlossaryEntry, GlossaryProblem } from './glossary/types.js';
import { useTranslations, type Translations } from './l10n.js';
import { TermMatcher } from './matcher.js';
import type { Genre } from './questions/index.js';

/** Messages to the analysis engine. */
export type EngineRequest =
  /**
   * The glossary to use, merged by the host's one owner of it (bundled, team and setting files):
   * the engine only compiles its matcher, and bundles no glossary, reader or validator itself.
   */
  | { readonly type: 'glossary'; readonly entries: readonly GlossaryEntry[] }
  /** The UI's translations, so the words the engine writes are in the PM's language too. */
  | { readonly type: 'translations'; readonly contents: Translations | undefined }
  | { readonly type: 'analyze'; readonly id: number; readonly uri: string; readonly version: number; readonly text: string; readonly range?: { start: number; end: number }; readonly genre?: Genre }
  | { readonly type: 'close'; readonly uri: string };

/** Messages from the analysis engine. */
export type EngineResponse =
  | { readonly type: 'result'; readonly id: number; readonly uri: string; readonly version: number; readonly report: DocReport; readonly ms: number }
  | { readonly type: 'superseded'; readonly id: number }
  /** The engine began working on this request (the client's watchdog counts from here, not from the queue). */
  | { readonly type: 'started'; readonly id: number }
  /** The matcher is built: how many entries it holds, and the entries it could not compile (with their source lines). */
  | { readonly type: 'glossary'; readonly problems: readonly GlossaryProblem[]; readonly entries: number }
  | { readonly type: 'error'; readonly id?: number; readonly message: string };

/**
 * Docent's analysis behind a message interface, so it can run in a worker thread (desktop), a
 * web worker (browser) or in-process, with the same code. Keeps one incremental analyzer per
 * document; when several requests for one document are waiting, only the newest is analysed.
 */
export class AnalysisEngine {
  #matcher = new TermMatcher({ entries: new Map(), problems: [] });
  readonly #analyzers = new Map<string, DocumentAnalyzer>();
  readonly #pending = new Map<string, Extract<EngineRequest, { type: 'analyze' }>>();
  #scheduled = false;

  constructor(private readonly send: (r: EngineResponse) => void, private readonly defer: (fn: () => void) => void = (fn) => setTimeout(fn, 0)) {}

  receive(msg: EngineRequest): void {
    try {
      switch (msg.type) {
        case 'glossary': {
          this.#matcher = new TermMatcher({ entries: new Map(msg.entries.map((e) => [e.id, e])), problems: [] });
          this.#analyzers.clear();
          this.send({ type: 'glossary', problems: this.#matcher.problems, entries: this.#matcher.entries.size });
          return;
        }
        case 'translations':
          useTranslations(msg.contents);
          return;
        case 'close':
          this.#analyzers.delete(msg.uri);
          this.#pending.delete(msg.uri);
          return;
        case 'analyze': {
          const older = this.#pending.get(msg.uri + (msg.range ? '#range' : ''));
          if (older) this.send({ type: 'superseded', id: older.id });
          this.#pending.set(msg.uri + (msg.range ? '#range' : ''), msg);
          if (!this.#scheduled) {
            this.#scheduled = true;
            this.defer(() => this.#drain());
          }
          return;
        }
      }
    } catch (e) {
      this.send({ type: 'error', message: e instanceof Error ? e.message : String(e) });
    }
  }

  #drain(): void {
    this.#scheduled = false;
    // Visible-range requests first: they are what the PM is looking at.
    const jobs = [...this.#pending.values()].sort((a, b) => Number(!a.range) - Number(!b.range));
    this.#pending.clear();
    for (const job of jobs) {
      const started = Date.now();
      this.send({ type: 'started', id: job.id });
      try {
        let analyzer = this.#analyzers.get(job.uri);
        if (!analyzer) this.#analyzers.set(job.uri, (analyzer = new DocumentAnalyzer(this.#matcher)));
        const report = job.range ? partialReview(job.text, analyzer, job.range) : readDoc(job.text, analyzer, this.#matcher.entries, { path: job.uri, ...(job.genre ? { genre: job.genre } : {}) });
        this.send({ type: 'result', id: job.id, uri: job.uri, version: job.version, report, ms: Date.now() - started });
      } catch (e) {
        this.send({ type: 'error', id: job.id, message: e instanceof Error ? e.message : String(e) });
      }
    }
  }
}

/** Terms of the visible range only (`analysis.partial`): enough to decorate the screen while the whole doc is analysed. */
function partialReview(text: string, analyzer: DocumentAnalyzer, range: { start: number; end: number }): DocReport {
  return { analysis: analyzer.analyze(text, { range }), definitions: [], unknown: [], quantities: [], diagrams: { components: [], dependencies: [] }, questions: [], genre: { genre: 'service', chosen: false, because: 'not analysed yet' } };
}
