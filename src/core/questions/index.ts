/**
 * The question engine: the questions a senior TPM would bring to this doc's review.
 *
 * - context.ts builds a DocContext once: sentences with their section's role, the genre, weights.
 * - sources/ holds one file per kind of evidence (a deferral, a silent fallback, a limit, a
 *   dependency…); sources/index.ts lists them. A new source is one file and one line.
 * - rank.ts weighs, caps, merges and picks the Ask first group.
 * - wording.ts holds every word the engine says.
 */
import { buildContext } from './context';
import { rank } from './rank';
import { SOURCES } from './sources';
import type { Question, QuestionInput } from './types';
import type { GenreGuess } from './genre';

export * from './types';
export { capPerCategory, ASK_FIRST, MAX_QUESTIONS } from './rank';
export { GENRES, GENRE_LABELS, detectGenre, isGenre, type Genre, type GenreGuess } from './genre';

export const QUESTION_CATEGORY_LABELS: Record<import('./types').QuestionCategory, string> = {
  clarifying: 'Clarifying',
  tradeoff: 'Tradeoffs',
  risk: 'Risks',
  dependency: 'Dependencies',
  scale: 'Scale & performance',
  reliability: 'Reliability',
  data: 'Data',
  security: 'Security & privacy',
  cost: 'Cost',
  operations: 'Operations & rollout',
  testing: 'Testing',
  timeline: 'Timeline & resourcing',
};

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
