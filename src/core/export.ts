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

export type ExportFormat = 'md' | 'csv' | 'json';
export const EXPORT_FORMATS: readonly ExportFormat[] = ['md', 'csv', 'json'];

/** Generated questions followed by the PM's own, each with its state and line/section locations. */
export function reviewItems(doc: ReviewDocument): ReviewItem[] {
  const lines = doc.lines ?? new LineIndex(doc.text);
  const heading = sectionLookup(doc.headings);
  const sectionOf = (offset: number) => heading(offset)?.text;
  const items: ReviewItem[] = doc.questions.map((q) => ({
    id: q.id, category: q.category, text: q.text, headline: q.headline, ...(q.quote ? { quote: q.quote } : {}), why: q.why, priority: q.priority, source: q.source,
    status: statusOf(doc.state, q.id), ...(doc.state.questions[q.id]?.note ? { note: doc.state.questions[q.id].note } : {}),
    locations: q.locations.map((l) => ({ ...lines.position(l.offset), ...(sectionOf(l.offset) ? { section: sectionOf(l.offset) } : {}) })),
  }));
  for (const c of doc.state.custom) {
    items.push({
      id: c.id, category: c.category, text: c.text, headline: c.text, why: 'Added by you.', priority: 100, source: 'user',
      status: statusOf(doc.state, c.id), ...(doc.state.questions[c.id]?.note ? { note: doc.state.questions[c.id].note } : {}),
      locations: c.anchor ? [{ line: c.anchor.line, character: 0 }] : [],
    });
  }
  return items;
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
  const out: string[] = [`# Review questions: ${escapeMd(doc.title)}`, '', `Source: \`${doc.file}\` · ${now.toISOString().slice(0, 10)} · ${items.length} questions`, ''];
  const open = items.filter((i) => i.status !== 'dismissed');
  const mine = open.filter((i) => i.source === 'user');
  const line = (i: ReviewItem) => {
    const box = i.status === 'answered' ? '[x]' : '[ ]';
    const tag = i.status === 'asked' ? ' _(asked)_' : i.status === 'answered' ? ' _(answered)_' : '';
    // A missing section has no place in the doc to link to.
    const where = (i.source === 'missing-section' ? [] : i.locations.slice(0, 3)).map((l) => `[${l.section ? `${escapeMd(l.section)}, ` : ''}line ${l.line + 1}](${encodeURI(doc.file)}#L${l.line + 1})`).join(', ');
    const rows = [`- ${box} ${escapeMd(i.text)}${tag}${where ? ` — ${where}` : ''}`];
    if (i.source !== 'user') rows.push(`  - _Why:_ ${escapeMd(i.why)}`);
    if (i.note) rows.push(`  - _Note:_ ${escapeMd(i.note)}`);
    return rows.join('\n');
  };
  if (mine.length) out.push('## My questions', '', ...mine.map(line), '');
  for (const c of QUESTION_CATEGORIES) {
    const group = open.filter((i) => i.category === c && i.source !== 'user');
    if (group.length) out.push(`## ${QUESTION_CATEGORY_LABELS[c]}`, '', ...group.map(line), '');
  }
  const dismissed = items.filter((i) => i.status === 'dismissed');
  if (dismissed.length) out.push('## Dismissed', '', ...dismissed.map((i) => `- ~~${escapeMd(i.text)}~~${i.note ? ` — _Note:_ ${escapeMd(i.note)}` : ''}`), '');
  return out.join('\n');
}

function toCsv(items: ReviewItem[]): string {
  const header = ['id', 'category', 'priority', 'status', 'question', 'why', 'section', 'line', 'note'];
  const rows = items.map((i) => [
    i.id, QUESTION_CATEGORY_LABELS[i.category], String(i.priority), i.status, i.text, i.why,
    i.locations[0]?.section ?? '', i.locations[0] ? String(i.locations[0].line + 1) : '', i.note ?? '',
  ]);
  return [header, ...rows].map((r) => r.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

/** RFC 4180 quoting, and a leading apostrophe on cells a spreadsheet would run as a formula. */
export function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

function escapeMd(s: string): string {
  return s.replace(/([\\`*_[\]<>|])/g, '\\$1');
}
