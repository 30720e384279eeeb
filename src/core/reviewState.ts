import * as l10n from '@vscode/l10n';
import { translated } from './l10n.js';
import { QUESTION_CATEGORIES, isGenre, type Genre, type QuestionCategory } from './questions/index.js';

/**
 * The PM's own state for one document's review: which questions were asked, answered or
 * dismissed, their notes, and their own questions. Plain JSON, versioned, and read tolerantly:
 * a damaged record loses only the damaged parts.
 */
export const QUESTION_STATUSES = ['open', 'asked', 'answered', 'dismissed'] as const;
export type QuestionStatus = (typeof QUESTION_STATUSES)[number];

/** A question's state as the PM reads it beside the question. */
export const QUESTION_STATUS_LABELS: Readonly<Record<QuestionStatus, string>> = translated({
  open: () => l10n.t('open'),
  asked: () => l10n.t('asked'),
  answered: () => l10n.t('answered'),
  dismissed: () => l10n.t('dismissed'),
});

export interface QuestionState {
  readonly status: QuestionStatus;
  readonly note?: string;
  /** ISO time of the last change. */
  readonly updated: string;
  /**
   * The question as the PM saw it when they marked it: finds its successor after the doc's words
   * change (a reworded sentence, 250 -> 300 ms), and shows it if no successor is found.
   */
  readonly seen?: QuestionSnapshot;
}

export interface QuestionSnapshot {
  readonly text: string;
  readonly category: QuestionCategory;
  readonly quote?: string;
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
  /** The kind of doc the PM says this is, when they corrected the detected one (Doc Health). */
  readonly genre?: Genre;
  /**
   * Stored entries this version cannot read (an unknown status from a newer Docent, damage), kept
   * verbatim so that saving never destroys them; changing such a question replaces its entry.
   */
  readonly unread?: Readonly<Record<string, unknown>>;
}

export function emptyReviewState(): ReviewState {
  return { version: 1, questions: {}, custom: [] };
}

/** Read stored state; never throws. Unknown or damaged parts are dropped and listed. */
export function parseReviewState(data: unknown): { state: ReviewState; problems: string[] } {
  const problems: string[] = [];
  if (data === undefined || data === null) return { state: emptyReviewState(), problems };
  if (typeof data !== 'object' || Array.isArray(data)) return { state: emptyReviewState(), problems: ['review state is not an object'] };
  const raw = data as { version?: unknown; questions?: unknown; custom?: unknown; genre?: unknown };
  if (raw.version !== 1) problems.push(`unknown review state version ${String(raw.version)}; reading what matches version 1`);
  const questions: Record<string, QuestionState> = {};
  const unread: Record<string, unknown> = {};
  if (raw.questions && typeof raw.questions === 'object') {
    for (const [id, v] of Object.entries(raw.questions as Record<string, unknown>)) {
      const s = v as Partial<QuestionState> | null;
      if (!s || !QUESTION_STATUSES.includes(s.status as QuestionStatus)) {
        problems.push(`kept the unreadable state of ${id} as it is`);
        unread[id] = v;
        continue;
      }
      const seen = s.seen && typeof s.seen.text === 'string' && QUESTION_CATEGORIES.includes(s.seen.category)
        ? { text: s.seen.text, category: s.seen.category, ...(typeof s.seen.quote === 'string' ? { quote: s.seen.quote } : {}) } : undefined;
      questions[id] = {
        status: s.status as QuestionStatus, updated: typeof s.updated === 'string' ? s.updated : new Date(0).toISOString(),
        ...(typeof s.note === 'string' && s.note ? { note: s.note } : {}), ...(seen ? { seen } : {}),
      };
    }
  }
  const custom: CustomQuestion[] = [];
  if (Array.isArray(raw.custom)) {
    for (const c of raw.custom as Partial<CustomQuestion>[]) {
      if (!c || typeof c.id !== 'string' || typeof c.text !== 'string' || !c.text.trim()) { problems.push('dropped a damaged custom question'); continue; }
      // Two questions with one id (a merge of two copies) would share their state and their row: number the later ones.
      let id = c.id;
      for (let n = 2; custom.some((x) => x.id === id); n++) id = `${c.id}-${n}`;
      if (id !== c.id) problems.push(`renamed a second custom question ${c.id} to ${id}`);
      custom.push({
        id, text: c.text,
        category: QUESTION_CATEGORIES.includes(c.category as QuestionCategory) ? (c.category as QuestionCategory) : 'clarifying',
        created: typeof c.created === 'string' ? c.created : new Date(0).toISOString(),
        ...(c.anchor && typeof c.anchor.quote === 'string' && typeof c.anchor.line === 'number' ? { anchor: { quote: c.anchor.quote, line: c.anchor.line } } : {}),
      });
    }
  }
  if (raw.genre !== undefined && !isGenre(raw.genre)) problems.push(`ignored an unknown kind of doc "${String(raw.genre)}"`);
  const genre = isGenre(raw.genre) ? { genre: raw.genre } : {};
  return { state: { version: 1, questions, custom, ...genre, ...(Object.keys(unread).length ? { unread } : {}) }, problems };
}

/** The state as stored: entries this version could not read go back exactly as they came. */
export function serializeReviewState(state: ReviewState): unknown {
  const { unread, ...rest } = state;
  return unread ? { ...rest, questions: { ...unread, ...state.questions } } : rest;
}

/** The state without an unread entry for `id` (the PM has just set that question anew). */
function withoutUnread(state: ReviewState, id: string): ReviewState {
  if (!state.unread || !(id in state.unread)) return state;
  const { [id]: _gone, ...unread } = state.unread;
  return { ...state, unread };
}

export function statusOf(state: ReviewState, id: string): QuestionStatus {
  return state.questions[id]?.status ?? 'open';
}

/** Where a change lands: the question's id, the id its state was carried from (see reviewItems), and what the PM saw. */
export interface StateTarget {
  readonly id: string;
  readonly from?: string;
  readonly seen?: QuestionSnapshot;
}

function target(t: string | StateTarget): StateTarget {
  return typeof t === 'string' ? { id: t } : t;
}

/** The state with `from`'s entry moved to `id` (a question whose evidence changed, once the PM acts on it). */
function carry(state: ReviewState, t: StateTarget): ReviewState {
  if (!t.from || t.from === t.id || !state.questions[t.from]) return state;
  const { [t.from]: moved, ...rest } = state.questions;
  return { ...state, questions: { ...rest, [t.id]: rest[t.id] ?? moved } };
}

export function setStatus(state: ReviewState, to: string | StateTarget, status: QuestionStatus, now = new Date()): ReviewState {
  const t = target(to);
  const base = withoutUnread(carry(state, t), t.id);
  const prev = base.questions[t.id];
  const seen = t.seen ?? prev?.seen;
  return { ...base, questions: { ...base.questions, [t.id]: { ...prev, status, updated: now.toISOString(), ...(seen ? { seen } : {}) } } };
}

export function setNote(state: ReviewState, to: string | StateTarget, note: string, now = new Date()): ReviewState {
  const t = target(to);
  const base = withoutUnread(carry(state, t), t.id);
  const prev = base.questions[t.id] ?? { status: 'open' as const, updated: now.toISOString() };
  const trimmed = note.trim();
  const seen = t.seen ?? prev.seen;
  const next: QuestionState = { status: prev.status, updated: now.toISOString(), ...(trimmed ? { note: trimmed } : {}), ...(seen ? { seen } : {}) };
  return { ...base, questions: { ...base.questions, [t.id]: next } };
}

export function addCustomQuestion(state: ReviewState, text: string, category: QuestionCategory = 'clarifying', anchor?: CustomQuestion['anchor'], now = new Date()): { state: ReviewState; id: string } {
  const taken = new Set(state.custom.map((c) => c.id));
  let id: string;
  do id = `user:${now.getTime().toString(36)}${Math.floor(Math.random() * 46656).toString(36)}`; while (taken.has(id));
  return { id, state: { ...state, custom: [...state.custom, { id, text: text.trim(), category, created: now.toISOString(), ...(anchor ? { anchor } : {}) }] } };
}

/** The state with the PM's choice of genre, or back to the detected one when `genre` is undefined. */
export function setGenre(state: ReviewState, genre: Genre | undefined): ReviewState {
  const { genre: _old, ...rest } = state;
  return genre ? { ...rest, genre } : rest;
}

export function removeCustomQuestion(state: ReviewState, id: string): ReviewState {
  const { [id]: _removed, ...questions } = state.questions;
  return { ...state, custom: state.custom.filter((c) => c.id !== id), questions };
}
