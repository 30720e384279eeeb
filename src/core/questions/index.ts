import * as l10n from '@vscode/l10n';
import { translated } from '../l10n.js';
/**
 * The question engine: the questions a senior TPM would bring to this doc's review.
 *
 * - context.ts builds a DocContext once: sentences with their section's role, the genre, weights.
 * - sources/ holds one file per kind of evidence (a deferral, a silent fallback, a limit, a
 *   dependency…); sources/index.ts lists them. A new source is one file and one line.
 * - rank.ts weighs, caps, merges and picks the Ask first group.
 * - wording.ts holds every word the engine says.
 */
import { buildContext } from './context.js';
import { rank } from './rank.js';
import { SOURCES } from './sources/index.js';
import type { Question, QuestionInput } from './types.js';
import type { GenreGuess } from './genre.js';

export * from './types.js';
export { capPerCategory, ASK_FIRST, MAX_QUESTIONS } from './rank.js';
export { GENRES, GENRE_LABELS, detectGenre, isGenre, type Genre, type GenreGuess } from './genre.js';

export const QUESTION_CATEGORY_LABELS: Readonly<Record<import('./types.js').QuestionCategory, string>> = translated({
  clarifying: () => l10n.t('Clarifying'),
  tradeoff: () => l10n.t('Tradeoffs'),
  risk: () => l10n.t('Risks'),
  dependency: () => l10n.t('Dependencies'),
  scale: () => l10n.t('Scale & performance'),
  reliability: () => l10n.t('Reliability'),
  data: () => l10n.t('Data'),
  security: () => l10n.t('Security & privacy'),
  cost: () => l10n.t('Cost'),
  operations: () => l10n.t('Operations & rollout'),
  testing: () => l10n.t('Testing'),
  timeline: () => l10n.t('Timeline & resourcing'),
});

/** The doc's questions and the genre they were asked for. */
export function askQuestions(input: QuestionInput): { questions: Question[]; genre: GenreGuess } {
  const ctx = buildContext(input);
  const found = SOURCES
    .filter((s) => !s.genres || s.genres.includes(ctx.genre.genre))
    .map((source) => ({ source, candidates: source.find(ctx) }));
  return { questions: rank(ctx, found), genre: ctx.genre };
}

/** Suggests review questions about this particular doc, ranked, merged, with stable ids. */
export function generateQuestions(input: QuestionInput): Question[] {
  return askQuestions(input).questions;
}
