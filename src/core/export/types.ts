import type { Question } from '../questions/index.js';
import type { QuestionStatus, ReviewState } from '../reviewState.js';
import type { LineIndex } from '../lines.js';
import type { Heading } from '../structure.js';

// The shapes the exports read: what the profiles (./profiles) and the reviewer (./index) share.

/** One question as the PM sees and exports it: generated or their own, with their state. */
export interface ReviewItem extends Omit<Question, 'locations' | 'specific'> {
  readonly status: QuestionStatus;
  readonly note?: string;
  /** Where the words that raised it start, where they end (0-based), and their section. */
  readonly locations: readonly { readonly line: number; readonly character: number; readonly end?: { readonly line: number; readonly character: number }; readonly section?: string }[];
  /** The stored id this item's state was carried over from, when the doc's words changed under it. */
  readonly carriedFrom?: string;
  /** How many more places raise it than `locations` lists (exports stay bounded on huge docs). */
  readonly moreLocations?: number;
}

export interface ReviewDocument {
  /** Shown in exports, e.g. the doc's first heading. */
  readonly title: string;
  /** Path or name of the doc, used for line links in Markdown exports. */
  readonly file: string;
  readonly text: string;
  readonly headings: readonly Heading[];
  readonly questions: readonly Question[];
  readonly state: ReviewState;
  /** The line index of `text`, when the caller already has one. */
  readonly lines?: LineIndex;
}
