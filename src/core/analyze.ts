import { splitChunks, type Chunk } from './chunks.js';
import { readChunk, plainChunk, type ChunkInfo } from './markdown.js';
import type { TermMatch, TermMatcher } from './matcher.js';
import type { TextRange } from './ranges.js';
import { widenCompounds } from './compounds.js';
import { resolveSenses, scoreNearby } from './senses.js';
import { classifySection, type Heading } from './structure.js';

export interface CodeBlock {
  readonly lang: string;
  readonly value: string;
  readonly offset: number;
}

/** Everything Docent reads from one document. All offsets are UTF-16 offsets into the document. */
export interface Analysis {
  readonly terms: readonly TermMatch[];
  readonly headings: readonly Heading[];
  readonly code: readonly CodeBlock[];
  /** Prose ranges, in document order. */
  readonly prose: readonly TextRange[];
  /** Why parts of the document were read as plain text; empty when all was parsed as Markdown. */
  readonly degraded: readonly string[];
  /** True when only part of the document (the requested range) was analysed. */
  readonly partial: boolean;
  readonly stats: { readonly chunks: number; readonly reused: number; readonly parsed: number };
}

export interface AnalyzeOptions {
  /** Analyse only the chunks overlapping this range (for example the visible lines). */
  readonly range?: TextRange;
  /** Total time the Markdown parser may take in this call before the rest is read as plain text. */
  readonly parseBudgetMs?: number;
}

interface ChunkResult extends ChunkInfo {
  readonly terms: readonly TermMatch[];
  /** Read as plain text because the pass's parse budget was spent: read properly on a later pass. */
  readonly overBudget?: boolean;
  readonly headings: readonly Heading[];
  /** The last absolute-offset copies handed out, reused while the chunk stays at the same place. */
  placed?: { base: number; terms: TermMatch[]; headings: Heading[]; code: CodeBlock[]; prose: TextRange[] };
}

const BOM = 0xfeff;
const DEFAULT_BUDGET_MS = 1500;

/**
 * Analyses one document and remembers its chunks by content, so that after an edit only the
 * changed chunks are parsed and matched again. Create one per open document.
 */
export class DocumentAnalyzer {
  /** Results by chunk text, for chunks that moved or came back. */
  #cache = new Map<string, ChunkResult>();
  /** The previous full pass, to recognise unchanged chunks by position without hashing them. */
  #prev: { chunks: Chunk[]; results: ChunkResult[] } = { chunks: [], results: [] };

  constructor(readonly matcher: TermMatcher) {}

  analyze(text: string, options: AnalyzeOptions = {}): Analysis {
    const bom = text.charCodeAt(0) === BOM ? 1 : 0;
    const body = bom ? text.slice(1) : text;
    const chunks = splitChunks(body);
    const budget = options.parseBudgetMs ?? DEFAULT_BUDGET_MS;
    const started = Date.now();
    const range = options.range ? { start: options.range.start - bom, end: options.range.end - bom } : undefined;
    // An edit usually leaves a run of chunks at the start and at the end untouched: compare those
    // with the previous pass by position (a quick string comparison), and look up only the middle.
    const prev = this.#prev;
    const same = (a: Chunk | undefined, b: Chunk | undefined) => !!a && !!b && a.frontMatter === b.frontMatter && a.text === b.text;
    let head = 0;
    while (head < chunks.length && same(chunks[head], prev.chunks[head])) head++;
    let tail = 0;
    while (tail < chunks.length - head && tail < prev.chunks.length - head && same(chunks[chunks.length - 1 - tail], prev.chunks[prev.chunks.length - 1 - tail])) tail++;
    const results: ChunkResult[] = new Array(chunks.length);
    const terms: TermMatch[] = [];
    const headings: Heading[] = [];
    const code: CodeBlock[] = [];
    const prose: TextRange[] = [];
    const degraded = new Set<string>();
    let reused = 0;
    let parsed = 0;
    for (let i = 0; i < chunks.length; i++) {
      const chunk = chunks[i];
      if (range && (chunk.start + chunk.text.length < range.start || chunk.start > range.end)) continue;
      let result = i < head ? prev.results[i] : i >= chunks.length - tail ? prev.results[prev.chunks.length - (chunks.length - i)] : undefined;
      const key = (chunk.frontMatter ? '\u0000fm' : '') + chunk.text;
      result ??= this.#cache.get(key);
      // A chunk read as plain text only because an earlier pass ran out of time is read again while this pass has time.
      if (result?.overBudget && Date.now() - started <= budget) result = undefined;
      if (result) reused++;
      else {
        result = this.#read(chunk, Date.now() - started > budget);
        parsed++;
        // A detached key: a slice would keep this whole version of the document alive while the chunk stays cached.
        this.#cache.set(detach(key), result);
      }
      results[i] = result;
      if (result.degraded) degraded.add(result.degraded);
      const placed = place(result, chunk.start + bom);
      for (const t of placed.terms) terms.push(t);
      for (const h of placed.headings) headings.push(h);
      for (const c of placed.code) code.push(c);
      for (const p of placed.prose) prose.push(p);
    }
    if (!range) {
      this.#prev = { chunks, results };
      // Forget the chunks this edit replaced (the previous pass's middle, between the unchanged
      // head and tail), so editing one chunk 200 times keeps one copy of it, not 200.
      const keyOf = (c: Chunk) => (c.frontMatter ? '\u0000fm' : '') + c.text;
      const kept = new Set<string>();
      for (let i = head; i < chunks.length - tail; i++) kept.add(keyOf(chunks[i]));
      for (let i = head; i < prev.chunks.length - tail; i++) {
        const key = keyOf(prev.chunks[i]);
        if (!kept.has(key)) this.#cache.delete(key);
      }
    }
    return {
      terms: widenCompounds(text, resolveSenses(terms, headings, this.matcher), prose), headings, code, prose,
      degraded: [...degraded],
      partial: range !== undefined,
      stats: { chunks: chunks.length, reused, parsed },
    };
  }

  #read(original: Chunk, overBudget: boolean): ChunkResult {
    // Parse a copy: what the result keeps (heading texts, code) must not pin this version of the
    // whole document in memory for as long as the chunk stays cached.
    const chunk = { ...original, text: detach(original.text) };
    const late = overBudget && !chunk.frontMatter;
    const info = late
      ? plainChunk(chunk.text, 'the document took too long to parse, so the rest was read as plain text')
      : readChunk(chunk.text, chunk.frontMatter);
    return { ...info, headings: info.headings.map((h) => ({ ...h, kind: classifySection(h.text) })), terms: scoreNearby(chunk.text, this.matcher.match(chunk.text, info.prose), this.matcher.entries), ...(late ? { overBudget: true } : {}) };
  }
}

/** The chunk's results at absolute offsets; the same objects are reused while the chunk does not move. */
function place(r: ChunkResult, base: number): NonNullable<ChunkResult['placed']> {
  if (r.placed?.base === base) return r.placed;
  r.placed = {
    base,
    terms: r.terms.map((t) => ({ ...t, offset: t.offset + base })),
    headings: r.headings.map((h) => ({ ...h, offset: h.offset + base })),
    code: r.code.map((c) => ({ ...c, offset: c.offset + base })),
    prose: r.prose.map((p) => ({ start: p.start + base, end: p.end + base })),
  };
  return r.placed;
}

/** A copy of `s` that does not share the memory of the (larger) string it was sliced from. */
function detach(s: string): string {
  return (' ' + s).slice(1);
}
