import type { Heading } from './analyze';
import { LineIndex } from './lines';
import { sectionLookup } from './structure';
import { QUESTION_CATEGORIES, QUESTION_CATEGORY_LABELS, type Question } from './questions';
import { statusOf, type QuestionStatus, type ReviewState } from './review';

/** One question as the PM sees and exports it: generated or their own, with their state. */
export interface ReviewItem extends Omit<Question, 'locations' | 'specific'> {
  readonly status: QuestionStatus;
  readonly note?: string;
  readonly locations: readonly { readonly line: number; readonly character: number; readonly section?: string }[];
  /** The stored id this item's state was carried over from, when the doc's words changed under it. */
  readonly carriedFrom?: string;
  /** How many more places raise it than `locations` lists (exports stay bounded on huge docs). */
  readonly moreLocations?: number;
}

/** Places listed per question; a term used 5,000 times needs no 5,000 links. */
const MAX_LOCATIONS = 50;

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

export type ExportFormat = 'md' | 'csv' | 'json';
export const EXPORT_FORMATS: readonly ExportFormat[] = ['md', 'csv', 'json'];

/** Generated questions followed by the PM's own, each with its state and line/section locations. */
export function reviewItems(doc: ReviewDocument): ReviewItem[] {
  const lines = doc.lines ?? new LineIndex(doc.text);
  const heading = sectionLookup(doc.headings);
  // A section's name, kept short: a paragraph read as a setext heading can be 100 KB long.
  const sectionOf = (offset: number) => { const t = heading(offset)?.text; return t === undefined ? undefined : clip(oneLine(t), 120); };
  const { carried, orphans } = carryOver(doc.questions, doc.state);
  const items: ReviewItem[] = doc.questions.map((q) => {
    const from = carried.get(q.id);
    const stateId = from ?? q.id;
    return {
      id: q.id, category: q.category, text: q.text, headline: q.headline, ...(q.quote ? { quote: q.quote } : {}), why: q.why, priority: q.priority, source: q.source,
      ...(q.askFirst ? { askFirst: true } : {}), ...(q.details ? { details: q.details } : {}),
      status: statusOf(doc.state, stateId), ...(doc.state.questions[stateId]?.note ? { note: doc.state.questions[stateId].note } : {}),
      ...(from ? { carriedFrom: from } : {}),
      locations: q.locations.slice(0, MAX_LOCATIONS).map((l) => ({ ...lines.position(l.offset), ...(sectionOf(l.offset) ? { section: sectionOf(l.offset) } : {}) })),
      ...(q.locations.length > MAX_LOCATIONS ? { moreLocations: q.locations.length - MAX_LOCATIONS } : {}),
    };
  });
  // Marked questions whose passage is gone stay in the list, with the PM's state, until dismissed.
  for (const [id, st] of orphans) {
    if (st.status === 'dismissed' && !st.note) continue;
    items.push({
      id, category: st.seen?.category ?? 'clarifying', text: st.seen?.text ?? 'A question you marked on an earlier version of this doc', headline: st.seen?.text ?? 'A question you marked on an earlier version of this doc',
      ...(st.seen?.quote ? { quote: st.seen.quote } : {}),
      why: 'The doc no longer has the passage this question was about; your mark and note are kept.', priority: 0, source: 'changed',
      status: st.status, ...(st.note ? { note: st.note } : {}), locations: [],
    });
  }
  for (const c of doc.state.custom) {
    items.push({
      id: c.id, category: c.category, text: c.text, headline: c.text, why: 'Added by you.', priority: 100, source: 'user',
      status: statusOf(doc.state, c.id), ...(doc.state.questions[c.id]?.note ? { note: doc.state.questions[c.id].note } : {}),
      locations: c.anchor ? [{ line: c.anchor.line, character: 0 }] : [],
    });
  }
  return items;
}

/**
 * Stored states whose question id no longer occurs (the doc's words changed under it): each goes
 * to its successor, the unmarked question of the same kind whose quote or text shares most words
 * with what the PM saw (at least half), or, with nothing to compare, the only question of that
 * kind left; the rest are orphans, shown as "changed" items.
 */
export function carryOver(questions: readonly Question[], state: ReviewState): { carried: Map<string, string>; orphans: [string, ReviewState['questions'][string]][] } {
  const ids = new Set(questions.map((q) => q.id));
  const carried = new Map<string, string>();
  const orphans: [string, ReviewState['questions'][string]][] = [];
  const kindOf = (id: string) => id.slice(0, id.lastIndexOf(':') + 1);
  const stale = Object.entries(state.questions).filter(([id]) => !ids.has(id) && !id.startsWith('user:'));
  for (const [id, st] of stale) {
    const kind = kindOf(id);
    // A term, a diagram part or a missing section is the question's subject: it has no successor.
    if (!CARRIED_KINDS.test(kind)) { orphans.push([id, st]); continue; }
    const free = questions.filter((q) => kindOf(q.id) === kind && !state.questions[q.id] && !carried.has(q.id));
    let best: Question | undefined;
    if (st.seen) {
      const seen = words(st.seen.quote ?? st.seen.text);
      let score = 0.5;
      for (const q of free) {
        const s = overlap(seen, words(q.quote ?? q.text));
        if (s >= score) { score = s; best = q; }
      }
    } else if (free.length === 1 && stale.filter(([other]) => kindOf(other) === kind).length === 1) {
      best = free[0];
    }
    if (best && kind) carried.set(best.id, id);
    else orphans.push([id, st]);
  }
  return { carried, orphans };
}

/** Kinds whose ids hash the doc's words (the phrase sources, status lines) or hold a value (numbers). */
const CARRIED_KINDS = /^(?:decision|open-question|deferred|tbd|gap|claim|assumption|limit|silent|implementation-defined|dependency|compatibility|left-out|owner|gate|optional|cost|failure|benchmark|manual|stopgap|best-effort|customer|schedule|vague|status:stale|number:[\w.:-]*):$/;

function words(s: string): Set<string> {
  return new Set(s.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []);
}

/** Shared words over all words (Jaccard). */
function overlap(a: Set<string>, b: Set<string>): number {
  let both = 0;
  for (const w of a) if (b.has(w)) both++;
  return both / Math.max(1, a.size + b.size - both);
}

/** Export the review as text in the chosen format. */
export function exportReview(doc: ReviewDocument, format: ExportFormat, now = new Date()): string {
  const items = reviewItems(doc);
  switch (format) {
    case 'md': return toMarkdown(doc, items, now);
    case 'csv': return toCsv(items);
    case 'json': return JSON.stringify({ document: { title: doc.title, file: doc.file }, generated: now.toISOString(), generator: 'Docent', questions: items }, null, 2) + '\n';
  }
}

function toMarkdown(doc: ReviewDocument, items: ReviewItem[], now: Date): string {
  const out: string[] = [`# Review questions: ${escapeMd(doc.title)}`, '', `Source: ${escapeMd(doc.file)} · ${now.toISOString().slice(0, 10)} · ${items.length} questions`, ''];
  const open = items.filter((i) => i.status !== 'dismissed');
  const mine = open.filter((i) => i.source === 'user');
  const line = (i: ReviewItem) => {
    const box = i.status === 'answered' ? '[x]' : '[ ]';
    const tag = i.status === 'asked' ? ' _(asked)_' : i.status === 'answered' ? ' _(answered)_' : '';
    // A missing section has no place in the doc to link to.
    const where = (i.source === 'missing-section' ? [] : i.locations.slice(0, 3)).map((l) => `[${l.section ? `${escapeMd(l.section)}, ` : ''}line ${l.line + 1}](${linkTarget(doc.file)}#L${l.line + 1})`).join(', ');
    const rows = [`- ${box} ${escapeMd(i.text)}${tag}${where ? ` — ${where}` : ''}`];
    if (i.source !== 'user') rows.push(`  - _Why:_ ${escapeMd(i.why)}`);
    for (const d of i.details ?? []) rows.push(`  - ${escapeMd(d)}`);
    if (i.note) rows.push(`  - _Note:_ ${escapeMd(i.note)}`);
    return rows.join('\n');
  };
  const first = open.filter((i) => i.askFirst && i.source !== 'user');
  if (first.length) out.push('## Ask first', '', ...first.map(line), '');
  if (mine.length) out.push('## My questions', '', ...mine.map(line), '');
  for (const c of QUESTION_CATEGORIES) {
    const group = open.filter((i) => i.category === c && i.source !== 'user' && !i.askFirst);
    if (group.length) out.push(`## ${QUESTION_CATEGORY_LABELS[c]}`, '', ...group.map(line), '');
  }
  const dismissed = items.filter((i) => i.status === 'dismissed');
  if (dismissed.length) out.push('## Dismissed', '', ...dismissed.map((i) => `- ~~${escapeMd(i.text)}~~${i.note ? ` — _Note:_ ${escapeMd(i.note)}` : ''}`), '');
  return out.join('\n');
}

function toCsv(items: ReviewItem[]): string {
  const header = ['id', 'category', 'priority', 'status', 'question', 'why', 'section', 'line', 'note', 'ask_first'];
  const rows = items.map((i) => [
    i.id, QUESTION_CATEGORY_LABELS[i.category], String(i.priority), i.status, i.text, i.why,
    i.locations[0]?.section ?? '', i.locations[0] ? String(i.locations[0].line + 1) : '', i.note ?? '', i.askFirst ? 'yes' : '',
  ]);
  return [header, ...rows].map((r) => r.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

/** RFC 4180 quoting, and a leading apostrophe on cells a spreadsheet would run as a formula. */
export function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/**
 * Doc text, notes and titles as inert Markdown inline text: on one line (so nothing can start a
 * heading, list item or table row) with every character that could open inline syntax escaped.
 */
function escapeMd(s: string): string {
  return oneLine(s).replace(/([\\`*_[\]<>|~#!&])/g, '\\$1');
}

function oneLine(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

function clip(s: string, max: number): string {
  return s.length > max ? `${s.slice(0, max - 1)}…` : s;
}

/** A relative link target that no file name can break out of. */
function linkTarget(file: string): string {
  return encodeURI(file).replace(/[()]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}
