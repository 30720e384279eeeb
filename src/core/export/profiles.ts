import * as l10n from '@vscode/l10n';
/**
 * The export profiles: what a TPM pastes into a wiki, a chat, Jira, GitHub, or a script. Each reads
 * the same agenda (Ask first, then the PM's own questions, then each category; dismissed ones
 * left out) and differs only in how it writes it.
 */
import { QUESTION_CATEGORIES, QUESTION_CATEGORY_LABELS } from '../questions/index.js';
import type { ReviewDocument, ReviewItem } from './types.js';
import { lineLink, type LinkOptions } from './links.js';
import { csvCell, shellWord } from './text.js';
import { clip, escapeMarkdown, oneLine } from '../text.js';

const escapeMd = (s: string) => escapeMarkdown(s, 'file');

export interface AgendaGroup {
  readonly title: string;
  readonly items: readonly ReviewItem[];
}

/** The questions still worth raising, in meeting order: the missing sections come after every question about the doc's words. */
export function agenda(items: readonly ReviewItem[]): AgendaGroup[] {
  const open = items.filter((i) => i.status !== 'dismissed');
  const inCategory = (i: ReviewItem) => i.source !== 'user' && i.source !== 'missing-section' && !i.askFirst;
  const groups: AgendaGroup[] = [
    { title: l10n.t('Ask first'), items: open.filter((i) => i.askFirst && i.source !== 'user') },
    { title: l10n.t('My questions'), items: open.filter((i) => i.source === 'user') },
    ...QUESTION_CATEGORIES.map((c) => ({ title: QUESTION_CATEGORY_LABELS[c], items: open.filter((i) => i.category === c && inCategory(i)) })),
    { title: l10n.t('Missing sections'), items: open.filter((i) => i.source === 'missing-section') },
  ];
  return groups.filter((g) => g.items.length > 0);
}

/** The distinct places a question points at, at most three: one link per passage. */
export function places(i: ReviewItem): { line: number; section?: string }[] {
  if (i.source === 'missing-section') return [];
  const seen = new Set<number>();
  const out: { line: number; section?: string }[] = [];
  for (const l of i.locations) {
    if (seen.has(l.line)) continue;
    seen.add(l.line);
    out.push({ line: l.line, ...(l.section ? { section: l.section } : {}) });
    if (out.length === 3) break;
  }
  return out;
}

const placeName = (p: { line: number; section?: string }) => (p.section ? l10n.t('{0}, line {1}', p.section, p.line + 1) : l10n.t('line {0}', p.line + 1));

/** Markdown agenda: a task list per group, links in the chosen style, why and note as sub-bullets. */
export function toMarkdown(doc: ReviewDocument, items: readonly ReviewItem[], now: Date, links: LinkOptions): string {
  const groups = agenda(items);
  const count = groups.reduce((n, g) => n + g.items.length, 0);
  const out: string[] = [`# ${l10n.t('Review questions: {0}', escapeMd(doc.title))}`, '', l10n.t('Source: {0} · {1} · {2} questions', escapeMd(doc.file), now.toISOString().slice(0, 10), count), ''];
  const line = (i: ReviewItem) => {
    const box = i.status === 'answered' ? '[x]' : '[ ]';
    const tag = i.status === 'asked' ? ' _(asked)_' : i.status === 'answered' ? ' _(answered)_' : '';
    const where = places(i).map((p) => {
      const href = lineLink(doc.file, p.line, links);
      return href ? `[${escapeMd(placeName(p))}](${href})` : escapeMd(placeName(p));
    }).join(', ');
    const rows = [`- ${box} ${escapeMd(i.text)}${tag}${where ? ` — ${where}` : ''}`];
    if (i.source !== 'user') rows.push(`  - _${l10n.t('Why:')}_ ${escapeMd(i.why)}`);
    for (const d of i.details ?? []) rows.push(`  - ${escapeMd(d)}`);
    if (i.note) rows.push(`  - _Note:_ ${escapeMd(i.note)}`);
    return rows.join('\n');
  };
  for (const g of groups) out.push(`## ${g.title}`, '', ...g.items.map(line), '');
  const dismissed = items.filter((i) => i.status === 'dismissed');
  if (dismissed.length) out.push('## Dismissed', '', ...dismissed.map((i) => `- ~~${escapeMd(i.text)}~~${i.note ? ` — _Note:_ ${escapeMd(i.note)}` : ''}`), '');
  return out.join('\n');
}

/** Plain text for a chat or an email: numbered, no markup, one question per paragraph. */
export function toPlainText(doc: ReviewDocument, items: readonly ReviewItem[], now: Date, links: LinkOptions): string {
  const groups = agenda(items);
  const count = groups.reduce((n, g) => n + g.items.length, 0);
  const out: string[] = [l10n.t('Review questions: {0}', oneLine(doc.title)), l10n.t('{0} · {1} · {2} questions', oneLine(doc.file), now.toISOString().slice(0, 10), count), ''];
  let n = 0;
  for (const g of groups) {
    out.push(g.title.toUpperCase(), '');
    for (const i of g.items) {
      const status = i.status === 'open' ? '' : ` (${i.status})`;
      out.push(`${++n}. ${oneLine(i.text)}${status}`);
      for (const d of i.details ?? []) out.push(`   - ${oneLine(d)}`);
      const where = places(i).map((p) => { const href = lineLink(doc.file, p.line, links); return href ? `${placeName(p)} (${href})` : placeName(p); });
      if (i.source !== 'user') out.push(`   ${l10n.t('Why:')} ${oneLine(i.why)}`);
      if (where.length) out.push(`   Where: ${where.join('; ')}`);
      if (i.note) out.push(`   Note: ${oneLine(i.note)}`);
      out.push('');
    }
  }
  return out.join('\n');
}

/** A tracker item's title: the headline, and the doc's words that raised it when they fit. */
function summary(i: ReviewItem): string {
  const head = oneLine(i.headline);
  const quote = i.quote ? oneLine(i.quote) : '';
  return clip(quote && head !== oneLine(i.text) ? `${head} — “${quote}”` : oneLine(i.text), 250);
}

/** The body of a tracker item: the full question, why, where, and the PM's note. */
function description(doc: ReviewDocument, i: ReviewItem, links: LinkOptions, markdown: boolean): string {
  const esc = markdown ? escapeMd : oneLine;
  const rows = [esc(i.text)];
  for (const d of i.details ?? []) rows.push(`- ${esc(d)}`);
  rows.push('');
  if (i.source !== 'user') rows.push(`${markdown ? `**${l10n.t('Why:')}** ` : `${l10n.t('Why:')} `}${esc(i.why)}`);
  const where = places(i).map((p) => {
    const href = lineLink(doc.file, p.line, links);
    return markdown && href ? `[${escapeMd(placeName(p))}](${href})` : `${placeName(p)}${href ? ` (${href})` : ''}`;
  });
  if (where.length) rows.push(`${markdown ? `**${l10n.t('Where:')}** ` : `${l10n.t('Where:')} `}${markdown ? escapeMd(oneLine(doc.file)) : oneLine(doc.file)}, ${where.join(', ')}`);
  if (i.note) rows.push(`${markdown ? `**${l10n.t('Note:')}** ` : `${l10n.t('Note:')} `}${esc(i.note)}`);
  rows.push('', markdown ? `_${l10n.t('From a design review prepared with Docent.')}_` : l10n.t('From a design review prepared with Docent.'));
  return rows.join('\n');
}

/** Jira priority from Docent's: Ask first is High, a sharp question Medium, the rest Low. */
function jiraPriority(i: ReviewItem): string {
  return i.askFirst ? 'High' : i.priority >= 70 ? 'Medium' : 'Low';
}

/** Labels carry no spaces in Jira or GitHub. */
const label = (category: string) => `review-${category}`;

/**
 * Jira's CSV import: `Summary` (required), `Description`, `Issue Type`, `Priority`, and one
 * `Labels` column per label (Jira reads repeated columns as several labels).
 */
export function toJiraCsv(doc: ReviewDocument, items: readonly ReviewItem[], links: LinkOptions): string {
  const header = ['Summary', 'Description', 'Issue Type', 'Priority', 'Labels', 'Labels'];
  const rows = agenda(items).flatMap((g) => g.items).map((i) => [
    summary(i), description(doc, i, links, false), 'Task', jiraPriority(i), 'design-review', label(i.category),
  ]);
  return [header, ...rows].map((r) => r.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

export interface GithubIssue {
  readonly title: string;
  readonly body: string;
  readonly labels: readonly string[];
}

/** GitHub has no CSV import: a list of issues, for `gh` or the REST API. */
export function githubIssues(doc: ReviewDocument, items: readonly ReviewItem[], links: LinkOptions): GithubIssue[] {
  return agenda(items).flatMap((g) => g.items).map((i) => ({
    title: summary(i), body: description(doc, i, links, true), labels: ['design-review', label(i.category)],
  }));
}

/**
 * A script of `gh issue create` lines to read, then run in the repository's folder. Every value
 * is one quoted word; no doc text appears anywhere else (not even in comments), so a hostile doc
 * cannot add a command.
 */
export function toGhScript(doc: ReviewDocument, items: readonly ReviewItem[], links: LinkOptions, now: Date): string {
  const issues = githubIssues(doc, items, links);
  const labels = [...new Set(issues.flatMap((i) => i.labels))];
  const out = [
    '#!/usr/bin/env bash',
    `# ${l10n.t('Review questions exported by Docent on {0}: {1} GitHub issues.', now.toISOString().slice(0, 10), issues.length)}`,
    `# ${l10n.t('Read every line before you run it. Run it in the repository the issues belong to, with the')}`,
    `# ${l10n.t('GitHub CLI signed in (gh auth login). Each gh issue create line opens one issue.')}`,
    'set -euo pipefail',
    '',
    ...labels.map((l) => `gh label create ${shellWord(l)} --force --description ${shellWord(l10n.t('Raised in a design review'))}`),
    '',
    ...issues.map((i) => `gh issue create --title ${shellWord(i.title)} --body ${shellWord(i.body)} ${i.labels.map((l) => `--label ${shellWord(l)}`).join(' ')}`),
    '',
  ];
  return out.join('\n');
}
