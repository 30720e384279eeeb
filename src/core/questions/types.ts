import type { GlossaryEntry } from '../glossary/types.js';
import type { Heading } from '../structure.js';
import type { TermMatch } from '../matcher.js';
import type { TextRange } from '../ranges.js';
import type { Quantity } from '../numbers.js';
import type { Genre } from './genre.js';

/** Display order: what a PM settles first (scope, choices, risks, money, dates), then the technical areas. */
export const QUESTION_CATEGORIES = [
  'clarifying', 'tradeoff', 'risk', 'cost', 'timeline', 'dependency', 'scale', 'reliability', 'data', 'security', 'operations', 'testing',
] as const;
export type QuestionCategory = (typeof QUESTION_CATEGORIES)[number];

/**
 * Where a question came from: one id per source file in `sources/` (see sources/index.ts), plus
 * 'user' (the PM's own) and 'changed' (a question the PM marked whose passage the doc no longer
 * has, kept with its state until dismissed).
 */
export type QuestionSource =
  | 'number' | 'missing-section' | 'diagram' | 'decision'
  | 'tbd' | 'assumption' | 'manual' | 'stopgap' | 'best-effort'
  | 'open-question' | 'deferred' | 'gap' | 'claim' | 'limit' | 'silent' | 'implementation-defined'
  | 'dependency' | 'compatibility' | 'left-out' | 'owner' | 'gate' | 'optional' | 'cost' | 'failure'
  | 'benchmark' | 'customer' | 'status' | 'schedule' | 'vague'
  | 'user' | 'changed';

export interface QuestionLocation {
  readonly offset: number;
  readonly length: number;
}

export interface Question {
  /** Stable across edits that do not touch the evidence, so the PM's state survives editing. */
  readonly id: string;
  readonly category: QuestionCategory;
  readonly text: string;
  /** The question without its quote, for one-line lists (the sidebar); equals `text` when there is no quote. */
  readonly headline: string;
  /** The doc's words the question is about, when it quotes them. */
  readonly quote?: string;
  /** Why Docent suggests it: one short line shown under the question. */
  readonly why: string;
  /** 0–100; higher first. */
  readonly priority: number;
  readonly source: QuestionSource;
  /** Where the doc raised it (document offsets); empty for questions about what is missing. */
  readonly locations: readonly QuestionLocation[];
  /** True when the text cites something specific from the doc (a term, number, component, section or quote). */
  readonly specific: boolean;
  /** One of the few questions to raise first in the meeting (at most ASK_FIRST per doc). */
  readonly askFirst?: boolean;
  /** Follow-up questions folded into this one (the missing-sections item lists one per section). */
  readonly details?: readonly string[];
}

/** What the question engine reads; every field comes from the core analysis. */
export interface QuestionInput {
  readonly text: string;
  readonly terms: readonly TermMatch[];
  readonly headings: readonly Heading[];
  readonly prose: readonly TextRange[];
  readonly entries: ReadonlyMap<string, GlossaryEntry>;
  readonly quantities?: readonly Quantity[];
  /** Diagram edges; `fromStore`/`toStore` mark databases and queues (cylinders). */
  readonly dependencies?: readonly { from: string; to: string; label?: string; offset: number; fromStore?: boolean; toStore?: boolean }[];
  /** The doc's file path or URI, a genre signal ("proposals/", "keps/"). */
  readonly path?: string;
  /** The genre the PM chose for this doc; when absent the engine detects one. */
  readonly genre?: Genre;
}

/** A question as a source proposes it, before ranking gives it a priority. */
export interface Candidate {
  readonly id: string;
  readonly source: QuestionSource;
  readonly category: QuestionCategory;
  readonly text: string;
  readonly headline: string;
  readonly quote?: string;
  readonly why: string;
  readonly locations: readonly QuestionLocation[];
  /** How much a senior TPM would want this raised, before the section's weight: 0–100. */
  readonly severity: number;
  /** About this doc's own content (a quote, number, component): eligible for Ask first. */
  readonly specific: boolean;
  /** The sentence it rests on (its start offset), so one sentence raises one question. */
  readonly sentence?: number;
  /** Sub-kind for per-kind caps ("tbd", "manual"); defaults to the source. */
  readonly kind?: string;
  readonly details?: readonly string[];
}
