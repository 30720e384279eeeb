/**
 * The Review Brief: what a PM reads before the meeting and keeps open during it, as plain data
 * (the VS Code glue renders it). The doc's proposal in its own words, its status and owner, the
 * components and calls from its diagrams, its key numbers with their conversions, its decisions
 * and named alternatives, its open items, then the questions in agenda order.
 */
import { parseDocument } from 'yaml';
import type { DocReport } from './report.js';
import { agenda, reviewItems, type AgendaGroup, type ReviewDocument, type ReviewItem } from './export/index.js';
import { clip, oneLine } from './text.js';
import { GENRE_LABELS } from './questions/index.js';
import { LineIndex } from './lines.js';
import { buildContext, headingRoles, type Sentence } from './questions/context.js';
import { DECISION } from './questions/sources/decisions.js';

export interface BriefLine {
  readonly text: string;
  /** 0-based line of the doc. */
  readonly line: number;
}

export interface Brief {
  readonly title: string;
  readonly genre: string;
  readonly status?: string;
  readonly owner?: string;
  /** The doc's own summary: its Summary/Abstract/Overview section, or its first paragraph. */
  readonly summary?: BriefLine;
  readonly components: readonly string[];
  readonly calls: readonly { readonly from: string; readonly to: string; readonly label?: string }[];
  readonly numbers: readonly (BriefLine & { readonly notes: readonly string[] })[];
  readonly decisions: readonly BriefLine[];
  readonly alternatives: readonly BriefLine[];
  /** What the doc itself leaves open: its own questions, TBDs and deferrals. */
  readonly openItems: readonly BriefLine[];
  readonly groups: readonly AgendaGroup[];
}

const MAX = { summary: 700, numbers: 10, decisions: 6, alternatives: 8, openItems: 10, components: 30, calls: 30 };

const KIND_ORDER: Record<string, number> = { availability: 0, rate: 1, latency: 2, size: 3, bandwidth: 4, duration: 5 };

const SUMMARY_TITLE = /\b(?:summary|abstract|overview|tl;?dr|introduction|executive summary)\b/i;

/**
 * The brief of an analysed doc. `items` are the questions with the PM's state, when the caller
 * already has them. Everything but the questions depends on the analysis alone, so it is read
 * once per analysed version, not again after every tick.
 */
export function buildBrief(report: DocReport, doc: ReviewDocument, items: readonly ReviewItem[] = reviewItems(doc)): Brief {
  let outline = OUTLINES.get(report);
  if (!outline) OUTLINES.set(report, (outline = outlineOf(report, doc.text, doc.lines ?? new LineIndex(doc.text))));
  return { title: doc.title, ...outline, groups: agenda(items) };
}

type Outline = Omit<Brief, 'title' | 'groups'>;
const OUTLINES = new WeakMap<DocReport, Outline>();

function outlineOf(report: DocReport, text: string, lines: LineIndex): Outline {
  const lineOf = (offset: number) => lines.position(offset).line;
  const meta = headerFields(text);
  const ctx = buildContext({
    text, terms: report.analysis.terms, headings: report.analysis.headings, prose: report.analysis.prose,
    entries: new Map(), quantities: report.quantities,
  });
  const prose = ctx.sentences.filter((s) => !s.heading && s.plain.length >= 30);
  const inSummary = prose.filter((s) => s.section && SUMMARY_TITLE.test(s.section.text));
  const first = inSummary.length ? inSummary : prose.filter((s) => s.role === 'background' || s.role === 'other' || s.role === 'design');
  const summary = paragraph(first, text);

  const decisions = prose.filter((s) => !s.rejected && s.role !== 'alternatives' && s.role !== 'background' && s.role !== 'reference' && DECISION.test(ctx.text.slice(s.start, s.end).replace(/\s/g, ' ')))
    .slice(0, MAX.decisions).map((s) => ({ text: clip(s.plain, 300), line: lineOf(s.start) }));
  const alternatives = alternativeHeadings(report, lines).slice(0, MAX.alternatives);
  const open = new Set(['open-question', 'tbd', 'deferred']);
  const openItems = report.questions.filter((q) => open.has(q.source) && q.quote && q.locations[0])
    .slice(0, MAX.openItems).map((q) => ({ text: q.quote!, line: lineOf(q.locations[0].offset) }));
  // The numbers a conversion helps with first (targets, rates, latencies); a bare "= 30 seconds" says nothing new.
  const numbers = report.quantities.filter((q) => q.notes.length > (q.kind === 'duration' ? 1 : 0))
    .map((q, i) => ({ q, i })).sort((x, y) => (KIND_ORDER[x.q.kind] ?? 9) - (KIND_ORDER[y.q.kind] ?? 9) || x.i - y.i).map(({ q }) => q)
    .slice(0, MAX.numbers).map((q) => ({ text: oneLine(text.slice(q.offset, q.offset + q.length)), notes: q.notes, line: lineOf(q.offset) }));
  const calls = report.diagrams.dependencies.filter((d) => !d.reply).slice(0, MAX.calls).map((d) => ({ from: d.from, to: d.to, ...(d.label ? { label: d.label } : {}) }));
  return {
    genre: GENRE_LABELS[report.genre.genre], ...meta,
    ...(summary ? { summary: { text: summary.text, line: lineOf(summary.start) } } : {}),
    components: report.diagrams.components.map((c) => c.label).slice(0, MAX.components), calls,
    numbers, decisions, alternatives, openItems,
  };
}

/** The sentences of the first paragraph, up to a few hundred characters. */
function paragraph(sentences: readonly Sentence[], text: string): { text: string; start: number } | undefined {
  // The tail of an HTML comment a template left behind is not the author's words.
  const clean = (t: string) => t.replace(/^[\s\S]*-->\s*/, '').trim();
  const head = sentences.find((s) => clean(s.plain).length >= 30);
  if (!head) return undefined;
  const parts = [clean(head.plain)];
  let end = head.end;
  for (const s of sentences.slice(sentences.indexOf(head) + 1)) {
    // The same paragraph: no blank line between the two sentences.
    if (/\n\s*\n/.test(text.slice(end, s.start)) || parts.join(' ').length + s.plain.length > MAX.summary) break;
    parts.push(s.plain);
    end = s.end;
  }
  return { text: clip(parts.join(' '), MAX.summary), start: head.start };
}

/** The alternatives the doc names: the headings inside its alternatives sections. */
function alternativeHeadings(report: DocReport, lines: LineIndex): BriefLine[] {
  const headings = [...report.analysis.headings].sort((a, b) => a.offset - b.offset);
  const roles = headingRoles(headings);
  const out: BriefLine[] = [];
  for (let i = 0; i < headings.length; i++) {
    const h = headings[i];
    if (roles.get(h) !== 'alternatives') continue;
    const parent = headings.slice(0, i).reverse().find((p) => p.depth < h.depth);
    // A sub-heading of an alternatives section names an option; the section's own heading does not.
    if (parent && roles.get(parent) === 'alternatives') out.push({ text: clip(oneLine(h.text), 160), line: lines.position(h.offset).line });
  }
  return out;
}

/** Status and owner from YAML front matter, or from "Status: …" / "Author: …" lines in the doc's header. */
function headerFields(text: string): { status?: string; owner?: string } {
  const out: { status?: string; owner?: string } = {};
  const fm = /^---\r?\n([\s\S]{0,8000}?)\r?\n---\s*(?:\r?\n|$)/.exec(text);
  if (fm) {
    try {
      const data = parseDocument(fm[1]).toJS({ maxAliasCount: 10 }) as Record<string, unknown> | null;
      if (data && typeof data === 'object') {
        const pick = (...keys: string[]) => { for (const k of keys) { const v = data[k]; const s = Array.isArray(v) ? v.filter((x) => typeof x === 'string').join(', ') : typeof v === 'string' || typeof v === 'number' ? String(v) : ''; if (s.trim()) return clip(oneLine(s), 160); } return undefined; };
        const status = pick('status', 'state', 'stage');
        const owner = pick('owner', 'owners', 'owning-sig', 'authors', 'author', 'creator', 'creators');
        if (status) out.status = status;
        if (owner) out.owner = owner;
      }
    } catch {
      // Front matter that is not YAML says nothing here.
    }
  }
  const head = text.slice(0, 4000);
  const field = (names: string) => new RegExp(`^[ \\t]*(?:[-*][ \\t]+)?(?:\\*\\*)?(?:${names})(?:\\*\\*)?[ \\t]*:[ \\t]*(?:\\*\\*)?[ \\t]*(.+)$`, 'im').exec(head)?.[1];
  if (!out.status) { const s = field('status|state'); if (s) out.status = clip(oneLine(s.replace(/[*_`]/g, '')), 160); }
  if (!out.owner) { const s = field('owners?|authors?|creators?'); if (s) out.owner = clip(oneLine(s.replace(/[*_`]/g, '')), 160); }
  return out;
}
