import { splitChunks, type Chunk } from './blocks';
import { readChunk, plainChunk, type ChunkInfo } from './markdown';
import type { TermMatch, TermMatcher, TextRange } from './matcher';
import { classifySection, type SectionKind } from './structure';

export interface Heading {
  readonly depth: number;
  readonly text: string;
  readonly offset: number;
  readonly kind?: SectionKind;
}

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
}

const BOM = 0xfeff;
const DEFAULT_BUDGET_MS = 1500;

/**
 * Analyses one document and remembers its chunks by content, so that after an edit only the
 * changed chunks are parsed and matched again. Create one per open document.
 */
export class DocumentAnalyzer {
  #cache = new Map<string, ChunkResult>();

  constructor(readonly matcher: TermMatcher) {}

  analyze(text: string, options: AnalyzeOptions = {}): Analysis {
    const bom = text.charCodeAt(0) === BOM ? 1 : 0;
    const body = bom ? text.slice(1) : text;
    const chunks = splitChunks(body);
    const budget = options.parseBudgetMs ?? DEFAULT_BUDGET_MS;
    const started = Date.now();
    const next = new Map<string, ChunkResult>();
    const terms: TermMatch[] = [];
    const headings: Heading[] = [];
    const code: CodeBlock[] = [];
    const prose: TextRange[] = [];
    const degraded = new Set<string>();
    let reused = 0;
    let parsed = 0;
    const range = options.range ? { start: options.range.start - bom, end: options.range.end - bom } : undefined;
    for (const chunk of chunks) {
      if (range && (chunk.start + chunk.text.length < range.start || chunk.start > range.end)) continue;
      const key = (chunk.frontMatter ? '\u0000fm' : '') + chunk.text;
      let result = next.get(key) ?? this.#cache.get(key);
      if (result) reused++;
      else {
        result = this.#read(chunk, Date.now() - started > budget);
        parsed++;
      }
      next.set(key, result);
      const base = chunk.start + bom;
      if (result.degraded) degraded.add(result.degraded);
      for (const t of result.terms) terms.push({ id: t.id, offset: t.offset + base, length: t.length });
      for (const h of result.headings) headings.push({ ...h, offset: h.offset + base, kind: classifySection(h.text) });
      for (const c of result.code) code.push({ ...c, offset: c.offset + base });
      for (const p of result.prose) prose.push({ start: p.start + base, end: p.end + base });
    }
    // Keep the chunks of this version only (plus, for a partial pass, the ones seen before).
    this.#cache = range ? new Map([...this.#cache, ...next]) : next;
    return {
      terms, headings, code, prose,
      degraded: [...degraded],
      partial: range !== undefined,
      stats: { chunks: chunks.length, reused, parsed },
    };
  }

  #read(chunk: Chunk, overBudget: boolean): ChunkResult {
    const info = overBudget && !chunk.frontMatter
      ? plainChunk(chunk.text, 'the document took too long to parse, so the rest was read as plain text')
      : readChunk(chunk.text, chunk.frontMatter);
    return { ...info, terms: this.matcher.match(chunk.text, info.prose) };
  }
}
