import { QUESTION_CATEGORIES, type QuestionCategory } from './questions';

/**
 * The PM's own state for one document's review: which questions were asked, answered or
 * dismissed, their notes, and their own questions. Plain JSON, versioned, and read tolerantly:
 * a damaged record loses only the damaged parts.
 */
export const QUESTION_STATUSES = ['open', 'asked', 'answered', 'dismissed'] as const;
export type QuestionStatus = (typeof QUESTION_STATUSES)[number];

export interface QuestionState {
  readonly status: QuestionStatus;
  readonly note?: string;
  /** ISO time of the last change. */
  readonly updated: string;
}

export interface CustomQuestion {
  readonly id: string;
  readonly text: string;
  readonly category: QuestionCategory;
  /** The doc text the question was raised from, to find it again after edits. */
  readonly anchor?: { readonly quote: string; readonly line: number };
  readonly created: string;
}

export interface ReviewState {
  readonly version: 1;
  readonly questions: Readonly<Record<string, QuestionState>>;
  readonly custom: readonly CustomQuestion[];
}

export function emptyReviewState(): ReviewState {
  return { version: 1, questions: {}, custom: [] };
}

/** Read stored state; never throws. Unknown or damaged parts are dropped and listed. */
export function parseReviewState(data: unknown): { state: ReviewState; problems: string[] } {
  const problems: string[] = [];
  if (data === undefined || data === null) return { state: emptyReviewState(), problems };
  if (typeof data !== 'object' || Array.isArray(data)) return { state: emptyReviewState(), problems: ['review state is not an object'] };
  const raw = data as { version?: unknown; questions?: unknown; custom?: unknown };
  if (raw.version !== 1) problems.push(`unknown review state version ${String(raw.version)}; reading what matches version 1`);
  const questions: Record<string, QuestionState> = {};
  if (raw.questions && typeof raw.questions === 'object') {
    for (const [id, v] of Object.entries(raw.questions as Record<string, unknown>)) {
      const s = v as Partial<QuestionState> | null;
      if (!s || !QUESTION_STATUSES.includes(s.status as QuestionStatus)) { problems.push(`dropped damaged state of ${id}`); continue; }
      questions[id] = { status: s.status as QuestionStatus, updated: typeof s.updated === 'string' ? s.updated : new Date(0).toISOString(), ...(typeof s.note === 'string' && s.note ? { note: s.note } : {}) };
    }
  }
  const custom: CustomQuestion[] = [];
  if (Array.isArray(raw.custom)) {
    for (const c of raw.custom as Partial<CustomQuestion>[]) {
      if (!c || typeof c.id !== 'string' || typeof c.text !== 'string' || !c.text.trim()) { problems.push('dropped a damaged custom question'); continue; }
      custom.push({
        id: c.id, text: c.text,
        category: QUESTION_CATEGORIES.includes(c.category as QuestionCategory) ? (c.category as QuestionCategory) : 'clarifying',
        created: typeof c.created === 'string' ? c.created : new Date(0).toISOString(),
        ...(c.anchor && typeof c.anchor.quote === 'string' && typeof c.anchor.line === 'number' ? { anchor: { quote: c.anchor.quote, line: c.anchor.line } } : {}),
      });
    }
  }
  return { state: { version: 1, questions, custom }, problems };
}

export function statusOf(state: ReviewState, id: string): QuestionStatus {
  return state.questions[id]?.status ?? 'open';
}

export function setStatus(state: ReviewState, id: string, status: QuestionStatus, now = new Date()): ReviewState {
  const prev = state.questions[id];
  return { ...state, questions: { ...state.questions, [id]: { ...prev, status, updated: now.toISOString() } } };
}

export function setNote(state: ReviewState, id: string, note: string, now = new Date()): ReviewState {
  const prev = state.questions[id] ?? { status: 'open' as const, updated: now.toISOString() };
  const trimmed = note.trim();
  const next: QuestionState = { status: prev.status, updated: now.toISOString(), ...(trimmed ? { note: trimmed } : {}) };
  return { ...state, questions: { ...state.questions, [id]: next } };
}

export function addCustomQuestion(state: ReviewState, text: string, category: QuestionCategory = 'clarifying', anchor?: CustomQuestion['anchor'], now = new Date()): { state: ReviewState; id: string } {
  const id = `user:${now.getTime().toString(36)}${Math.floor(Math.random() * 1296).toString(36)}`;
  return { id, state: { ...state, custom: [...state.custom, { id, text: text.trim(), category, created: now.toISOString(), ...(anchor ? { anchor } : {}) }] } };
}

export function removeCustomQuestion(state: ReviewState, id: string): ReviewState {
  const { [id]: _removed, ...questions } = state.questions;
  return { ...state, custom: state.custom.filter((c) => c.id !== id), questions };
}
