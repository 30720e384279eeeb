import * as l10n from '@vscode/l10n';
import { LineIndex } from '../lines.js';
import { sectionLookup } from '../structure.js';
import { QUESTION_CATEGORY_LABELS, type Question } from '../questions/index.js';
import { statusOf, type ReviewState } from '../reviewState.js';
import type { LinkOptions } from './links.js';
import { githubIssues, toGhScript, toJiraCsv, toMarkdown, toPlainText } from './profiles.js';
import type { ReviewDocument, ReviewItem } from './types.js';
export type { ReviewDocument, ReviewItem } from './types.js';
import { csvCell } from './text.js';
import { clip, oneLine } from '../text.js';

export { csvCell, shellWord } from './text.js';
export { lineLink, webFileUrl, relativePath, isLinkStyle, LINK_STYLES, type LinkStyle, type LinkOptions } from './links.js';
export { agenda, githubIssues, type GithubIssue, type AgendaGroup } from './profiles.js';

/** Places listed per question; a term used 5,000 times needs no 5,000 links. */
const MAX_LOCATIONS = 50;


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
      locations: q.locations.slice(0, MAX_LOCATIONS).map((l) => ({
        ...lines.position(l.offset), ...(l.length > 0 ? { end: lines.position(l.offset + l.length) } : {}), ...(sectionOf(l.offset) ? { section: sectionOf(l.offset) } : {}),
      })),
      ...(q.locations.length > MAX_LOCATIONS ? { moreLocations: q.locations.length - MAX_LOCATIONS } : {}),
    };
  });
  // Marked questions whose passage is gone stay in the list, with the PM's state, until dismissed.
  for (const [id, st] of orphans) {
    if (st.status === 'dismissed' && !st.note) continue;
    items.push({
      id, category: st.seen?.category ?? 'clarifying', text: st.seen?.text ?? 'A question you marked on an earlier version of this doc', headline: st.seen?.text ?? 'A question you marked on an earlier version of this doc',
      ...(st.seen?.quote ? { quote: st.seen.quote } : {}),
      why: l10n.t('The doc no longer has the passage this question was about; your mark and note are kept.'), priority: 0, source: 'changed',
      status: st.status, ...(st.note ? { note: st.note } : {}), locations: [],
    });
  }
  for (const c of doc.state.custom) {
    items.push({
      id: c.id, category: c.category, text: c.text, headline: c.text, why: l10n.t('Added by you.'), priority: 100, source: 'user',
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

/** Every export profile, with the names the picker, the CLI and the save dialog show. */
export const EXPORT_PROFILES = {
  md: { get label() { return l10n.t('Markdown agenda'); }, get detail() { return l10n.t('Ask first, then by category, as a task list: for a wiki page, a PR or Confluence'); }, ext: 'md', filter: 'Markdown' },
  text: { get label() { return l10n.t('Plain text'); }, get detail() { return l10n.t('Numbered, no markup: for a chat message or an email'); }, ext: 'txt', filter: 'Text' },
  csv: { get label() { return l10n.t('CSV'); }, get detail() { return l10n.t('One row per question with its state, for a spreadsheet'); }, ext: 'csv', filter: 'CSV' },
  jira: { get label() { return l10n.t('Jira CSV import'); }, get detail() { return l10n.t('Summary, Description, Issue Type, Priority and Labels columns'); }, ext: 'jira.csv', filter: 'CSV' },
  github: { get label() { return l10n.t('GitHub issues (JSON)'); }, get detail() { return l10n.t('A list of {title, body, labels}, for gh or the REST API'); }, ext: 'github-issues.json', filter: 'JSON' },
  gh: { get label() { return l10n.t('GitHub issues (gh script)'); }, get detail() { return l10n.t('One quoted gh issue create line per question: read it, then run it'); }, ext: 'gh-issues.sh', filter: 'Shell script' },
  json: { get label() { return l10n.t('JSON (full model)'); }, get detail() { return l10n.t('Every question with its state, quote, locations and notes'); }, ext: 'json', filter: 'JSON' },
} as const satisfies Record<string, { label: string; detail: string; ext: string; filter: string }>;

export type ExportFormat = keyof typeof EXPORT_PROFILES;
export const EXPORT_FORMATS = Object.keys(EXPORT_PROFILES) as ExportFormat[];

export function isExportFormat(value: unknown): value is ExportFormat {
  return typeof value === 'string' && Object.prototype.hasOwnProperty.call(EXPORT_PROFILES, value);
}

export interface ExportOptions {
  /** The export's date; now when absent. */
  readonly now?: Date;
  /** How line references link back to the doc; relative links when absent. */
  readonly links?: LinkOptions;
}

/** Export the review as text in the chosen profile. */
export function exportReview(doc: ReviewDocument, format: ExportFormat, options: ExportOptions = {}): string {
  const items = reviewItems(doc);
  const now = options.now ?? new Date();
  const links = options.links ?? { style: 'relative' };
  switch (format) {
    case 'md': return toMarkdown(doc, items, now, links);
    case 'text': return toPlainText(doc, items, now, links);
    case 'csv': return toCsv(items);
    case 'jira': return toJiraCsv(doc, items, links);
    case 'github': return JSON.stringify(githubIssues(doc, items, links), null, 2) + '\n';
    case 'gh': return toGhScript(doc, items, links, now);
    case 'json': return JSON.stringify({ document: { title: doc.title, file: doc.file }, generated: now.toISOString(), generator: 'Docent', questions: items }, null, 2) + '\n';
  }
}

function toCsv(items: ReviewItem[]): string {
  const header = ['id', 'category', 'priority', 'status', 'question', 'why', 'section', 'line', 'note', 'ask_first'];
  const rows = items.map((i) => [
    i.id, QUESTION_CATEGORY_LABELS[i.category], String(i.priority), i.status, i.text, i.why,
    i.locations[0]?.section ?? '', i.locations[0] ? String(i.locations[0].line + 1) : '', i.note ?? '', i.askFirst ? 'yes' : '',
  ]);
  return [header, ...rows].map((r) => r.map(csvCell).join(',')).join('\r\n') + '\r\n';
}
