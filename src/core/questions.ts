import type { GlossaryEntry, Category } from './glossary/types';
import type { Heading } from './analyze';
import type { TermMatch, TextRange } from './matcher';
import type { Quantity } from './numbers';
import { SECTION_KINDS, missingSections, sectionLookup, type SectionKind } from './structure';
import { quoteAround, sentenceAt, plainQuote } from './snippets';

/** The question categories of the review sidebar, in display order. */
/** Display order: what a PM settles first (scope, choices, risks, money, dates), then the technical areas. */
export const QUESTION_CATEGORIES = [
  'clarifying', 'tradeoff', 'risk', 'cost', 'timeline', 'dependency', 'scale', 'reliability', 'data', 'security', 'operations', 'testing',
] as const;
export type QuestionCategory = (typeof QUESTION_CATEGORIES)[number];

export const QUESTION_CATEGORY_LABELS: Record<QuestionCategory, string> = {
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

/** 'changed': a question the PM marked whose passage the doc no longer has (kept, with its state, until dismissed). */
export type QuestionSource = 'term' | 'number' | 'missing-section' | 'diagram' | 'decision' | 'soft-spot' | 'user' | 'changed';

export interface QuestionLocation {
  readonly offset: number;
  readonly length: number;
}

export interface Question {
  /** Stable across edits that do not touch the evidence, so the PM's state survives editing. */
  readonly id: string;
  readonly category: QuestionCategory;
  readonly text: string;
  /** The question without its quote, for one-line lists (the sidebar); equals `text` when there is no quote. */
  readonly headline: string;
  /** The doc's words the question is about, when it quotes them. */
  readonly quote?: string;
  /** Why Docent suggests it: one short line shown under the question. */
  readonly why: string;
  /** 0–100; higher first. */
  readonly priority: number;
  readonly source: QuestionSource;
  /** Where the doc raised it (document offsets); empty for questions about what is missing. */
  readonly locations: readonly QuestionLocation[];
  /** True when the text cites something specific from the doc (a term, number, component, section or quote). */
  readonly specific: boolean;
}

/** What the question engine reads; every field comes from the core analysis. */
export interface QuestionInput {
  readonly text: string;
  readonly terms: readonly TermMatch[];
  readonly headings: readonly Heading[];
  readonly prose: readonly TextRange[];
  readonly entries: ReadonlyMap<string, GlossaryEntry>;
  readonly quantities?: readonly Quantity[];
  /** Diagram edges; `fromStore`/`toStore` mark databases and queues (cylinders). */
  readonly dependencies?: readonly { from: string; to: string; label?: string; offset: number; fromStore?: boolean; toStore?: boolean }[];
}


const CATEGORY_WEIGHT: Record<QuestionCategory, number> = {
  risk: 62, reliability: 60, cost: 58, scale: 56, dependency: 56, security: 55, timeline: 54,
  tradeoff: 52, data: 50, operations: 50, testing: 45, clarifying: 40,
};

const GLOSSARY_TO_QUESTION: Record<Category, QuestionCategory> = {
  'distributed-systems': 'reliability', apis: 'dependency', messaging: 'reliability', scalability: 'scale',
  reliability: 'reliability', caching: 'scale', data: 'data', pipelines: 'data', cloud: 'operations',
  operations: 'operations', security: 'security', cost: 'cost', numbers: 'scale', hardware: 'risk', 'ai-ml': 'risk', process: 'clarifying',
  runtimes: 'risk', networking: 'reliability', containers: 'operations', observability: 'operations', statistics: 'clarifying', testing: 'testing',
};

/** Questions raised by the absence of a standard section, in the project's own words. */
const MISSING: Partial<Record<SectionKind, { category: QuestionCategory; boost: number; text: (subject: string) => string }>> = {
  context: { category: 'clarifying', boost: 0, text: (s) => `What problem does ${s} solve, for whom, and why does it need solving now?` },
  goals: { category: 'clarifying', boost: 4, text: (s) => `What measurable outcome will tell us ${s} succeeded?` },
  'non-goals': { category: 'clarifying', boost: 0, text: (s) => `What is explicitly out of scope for ${s}, so nobody in the review assumes it is included?` },
  alternatives: { category: 'tradeoff', boost: 14, text: (s) => `Which other designs were considered for ${s}, including buying a product or changing nothing, and why were they rejected?` },
  dependencies: { category: 'dependency', boost: 10, text: (s) => `Which teams, services or vendors must deliver something for ${s} to ship, and has each committed to a date?` },
  risks: { category: 'risk', boost: 10, text: (s) => `What are the three things most likely to go wrong with ${s}, and who owns the mitigation for each?` },
  security: { category: 'security', boost: 6, text: (s) => `What new data, access paths or network exposure does ${s} add, and who is doing the security and privacy review?` },
  scalability: { category: 'scale', boost: 8, text: (s) => `What load is ${s} sized for today and in two years, and which part breaks first at 10x?` },
  reliability: { category: 'reliability', boost: 10, text: (s) => `What are the SLOs for ${s}, how will the team know it is failing before users do, and who gets paged?` },
  rollout: { category: 'operations', boost: 14, text: (s) => `How does ${s} roll out in stages, and how quickly can it be rolled back if a stage goes wrong?` },
  testing: { category: 'testing', boost: 6, text: (s) => `How will ${s} be tested before launch, including at production load and with a dependency failing?` },
  cost: { category: 'cost', boost: 16, text: (s) => `What will ${s} cost to build and to run each month, and how does that cost grow with traffic?` },
  timeline: { category: 'timeline', boost: 16, text: (s) => `What are the milestones and dates for ${s}, which are on the critical path, and what staffing do they assume?` },
  'open-questions': { category: 'clarifying', boost: 4, text: (s) => `Which decisions about ${s} are still open, who owns each, and by when must they be closed?` },
};

/**
 * What the doc is about, for questions that would otherwise say "this": its title without
 * document-type prefixes ("KEP-1040:", "Proposal:", "gRFC A6:"), or undefined when it has none
 * short enough to read inside a sentence.
 */
export function docSubject(title: string | undefined): string | undefined {
  if (!title) return undefined;
  const t = plainQuote(title)
    .replace(/^(?:(?:KEP|RFC|OTEP|gRFC|ADR|PEP|A)[- ]?\d*[a-z]?\s*[:.-]\s*)+/i, '')
    .replace(/^(?:Proposal|Design(?: doc(?:ument)?)?|Technical design|Tech spec|RFC)\s*[:-]\s*/i, '')
    .replace(/\s*\((?:draft|wip)\)\s*$/i, '')
    .trim();
  if (!t || t.split(/\s+/).length > 10) return undefined;
  // "Add an nftables backend" reads as "adding an nftables backend" inside a question.
  const verb = /^(Add|Support|Introduce|Implement|Make|Allow|Use|Remove|Deprecate|Improve|Enable|Move|Replace|Extend|Create|Build|Migrate|Switch|Rewrite|Provide|Expose)\b/.exec(t);
  if (verb) return gerund(verb[1].toLowerCase()) + t.slice(verb[1].length);
  return /^(?:The|A|An)\s/.test(t) ? t[0].toLowerCase() + t.slice(1) : t;
}

function gerund(verb: string): string {
  if (verb.endsWith('e') && verb !== 'see') return verb.slice(0, -1) + 'ing';
  if (/^(?:rewrite)$/.test(verb)) return 'rewriting';
  return verb + 'ing';
}

interface SoftSpot { kind: string; re: RegExp; category: QuestionCategory; boost: number; headline: string; ask: (q: string) => string }

/** Phrases that leave something unpinned: each gets a question about who, when, and what if not. */
const SOFT_SPOTS: SoftSpot[] = [
  { kind: 'tbd', re: /\b(?:TBD|TBC|TODO|to be (?:decided|determined|defined|confirmed)|not yet (?:decided|determined|known))\b/g, category: 'timeline', boost: 14,
    headline: 'Still open: who owns the decision, and by when must it be made?',
    ask: (q) => `“${q}” is still open: who owns the decision, and by when must it be made?` },
  { kind: 'assumption', re: /\b(?:we (?:are )?assum(?:e|ing)|(?:this|the design|the proposal|the plan) assumes|assuming that|(?:the|our|key) assumptions? (?:is|are|here)|presumably)\b/gi, category: 'risk', boost: 12,
    headline: 'An assumption: what if it is wrong, and how would we find out?',
    ask: (q) => `The doc assumes “${q}”: what happens if that turns out to be wrong, and how would we find out?` },
  { kind: 'eventually', re: /\beventually\b(?! consistent)/gi, category: 'data', boost: 4,
    headline: 'How long is “eventually”, and what do users see meanwhile?',
    ask: (q) => `“${q}”: how long is “eventually” in practice, and what does a user see in the meantime?` },
  { kind: 'best-effort', re: /\bbest[- ]effort\b/gi, category: 'reliability', boost: 8,
    headline: 'Best effort: what is lost when it fails, and does anyone find out?',
    ask: (q) => `On “${q}”: what is lost when this best-effort part fails, and does anyone find out?` },
  { kind: 'manual', re: /\bmanual(?:ly)?\b/gi, category: 'operations', boost: 6,
    headline: 'A manual step: who does it, how often, and who covers when they are away?',
    ask: (q) => `“${q}” relies on a manual step: who does it, how often, and what happens when they are away?` },
  { kind: 'stopgap', re: /\b(?:for now|for the time being|temporary (?:fix|solution|workaround|measure|hack|approach|mitigation)|short[- ]term (?:fix|solution|workaround)|stopgap|workaround|hacky)\b/gi, category: 'timeline', boost: 8,
    headline: 'A stopgap: when is it replaced, and is that work planned and staffed?',
    ask: (q) => `“${q}” is a stopgap: when is it replaced, and is that work planned and staffed?` },
  { kind: 'deferred', re: /\b(?:in (?:the )?future|future work|follow[- ]up|phase (?:2|two)|later phase|v2)\b/gi, category: 'timeline', boost: 4,
    headline: 'Deferred: what ships without it, and when is it scheduled?',
    ask: (q) => `“${q}” is deferred: what ships without it, and when is it scheduled?` },
  { kind: 'out-of-scope', re: /\bout of scope\b/gi, category: 'dependency', boost: 4,
    headline: 'Out of scope: who covers it instead, and does the launch depend on it?',
    ask: (q) => `“${q}” is out of scope: who covers it instead, and does the launch depend on it?` },
  { kind: 'hedge', re: /\bshould (?:be )?(?:fine|enough|sufficient|ok(?:ay)?|rare|negligible|minimal|small|fast enough|possible|straightforward|easy|trivial)\b/gi, category: 'risk', boost: 10,
    headline: 'What measurement backs this, and what if it is not true?',
    ask: (q) => `“${q}”: what measurement backs this, and what is the plan if it is not true?` },
];

const DECISION = /\b(?:we (?:chose|choose|decided|decide|will use|are using|are going with|opted|selected|picked|prefer|propose to use)|(?:was|were) (?:chosen|selected|rejected)|we rejected|instead of|rather than|in favou?r of)\b/gi;

const SYSTEMS_AREAS = new Set<Category>(['distributed-systems', 'reliability', 'scalability', 'cloud', 'data', 'messaging', 'caching', 'pipelines', 'operations', 'security', 'cost']);
const OPERATIONAL_SECTIONS = new Set<SectionKind>(['scalability', 'reliability', 'cost', 'security', 'dependencies']);

/** How many occurrences of one kind of decision or soft-spot phrase are read (see generateQuestions). */
const MAX_PHRASES_PER_KIND = 60;

/** Term questions beyond this many become noise; the Terms view lists every term. */
const MAX_TERM_QUESTIONS = 15;

const HIGH_VALUE_SECTIONS = new Set<SectionKind | undefined>(['goals', 'design', 'scalability', 'reliability', 'rollout', 'risks']);
const LOW_VALUE_SECTIONS = /\b(history|appendix|references?|acknowledg|changelog|glossary|footnotes?)\b/i;

/**
 * Suggests review questions about this particular doc: from its terms, its numbers, its missing
 * sections, its diagrams, its decisions and its soft spots. Ranked, merged, with stable ids.
 */
export function generateQuestions(input: QuestionInput): Question[] {
  const { text } = input;
  const sectionAt = sectionLookup(input.headings);
  const headingOf = sectionAt;
  const centrality = (offset: number) => {
    const h = sectionAt(offset);
    if (!h) return 0;
    if (LOW_VALUE_SECTIONS.test(h.text)) return -12;
    return HIGH_VALUE_SECTIONS.has(h.kind) ? 6 : 0;
  };
  const inProse = proseLookup(input.prose);
  // Sentences that are themselves questions (a template's prompts, an FAQ) are not evidence to quote.
  const isQuestion = (offset: number) => /\?\s*$/.test(text.slice(sentenceOf(offset).start, sentenceOf(offset).end));
  const sentenceCache = new Map<number, { start: number; end: number }>();
  const sentenceOf = (offset: number) => {
    let s = sentenceCache.get(offset);
    if (!s) sentenceCache.set(offset, (s = sentenceAt(text, offset)));
    return s;
  };
  const out: Question[] = [];
  const add = (q: Omit<Question, 'priority' | 'headline'> & { boost: number; headline?: string }) => {
    const { boost, ...rest } = q;
    out.push({ ...rest, headline: q.headline ?? q.text, priority: clamp(CATEGORY_WEIGHT[q.category] + boost) });
  };

  // 1. Terms: the glossary's first question, anchored in the doc's own sentence.
  const byEntry = new Map<string, TermMatch[]>();
  for (const t of input.terms) {
    // Where the doc's context did not show which sense of a word it means, no stock question.
    if (t.uncertain) continue;
    const list = byEntry.get(t.id);
    if (list) list.push(t);
    else byEntry.set(t.id, [t]);
  }
  // Most-used, most central terms first; each quotes a sentence no other term question used.
  const usedSentences = new Set<number>();
  // Headings and table-of-contents lines name a topic; they are not the place to quote.
  const headingLine = (offset: number) => {
    const h = headingOf(offset);
    if (h && offset < h.offset + h.text.length + h.depth + 2) return true;
    const lineStart = Math.max(0, text.lastIndexOf('\n', offset - 1) + 1, offset - 300);
    const nl = text.indexOf('\n', offset);
    const lineEnd = Math.min(nl < 0 ? text.length : nl, offset + 300);
    return /^\s{0,3}#{1,6}\s|^\s*(?:[-*+]|\d+[.)])\s+\[[^\]]*\]\(#/.test(text.slice(lineStart, lineEnd));
  };
  const termOrder = [...byEntry].map(([id, matches]) => ({ id, matches, entry: input.entries.get(id) }))
    .filter((t): t is { id: string; matches: TermMatch[]; entry: GlossaryEntry } => !!t.entry && t.entry.askAbout.length > 0 && t.entry.category !== 'process' && t.entry.category !== 'numbers')
    .sort((a, b) => b.matches.length - a.matches.length || a.matches[0].offset - b.matches[0].offset)
    .slice(0, MAX_TERM_QUESTIONS);
  for (const { id, matches, entry } of termOrder) {
    // The quote comes from the first few hundred occurrences; that is plenty to choose from.
    const candidates = matches.slice(0, 300).filter((m) => !headingLine(m.offset) && inProse(m.offset) && !isQuestion(m.offset));
    if (candidates.length === 0) continue;
    const best = [...candidates].sort((a, b) =>
      Number(usedSentences.has(sentenceOf(a.offset).start)) - Number(usedSentences.has(sentenceOf(b.offset).start))
      || centrality(b.offset) - centrality(a.offset) || a.offset - b.offset)[0];
    usedSentences.add(sentenceOf(best.offset).start);
    const quote = quoteAround(text, best.offset, best.length, 80);
    const category = GLOSSARY_TO_QUESTION[entry.category];
    add({
      id: `term:${id}`, category, source: 'term', specific: true,
      text: `On “${quote}”: ${lowerFirst(entry.askAbout[0])}`, headline: entry.askAbout[0], quote,
      why: `The doc relies on ${entry.term} (${matches.length}×).`,
      locations: matches.map((m) => ({ offset: m.offset, length: m.length })),
      // A concept that is a choice (it has tradeoffs) deserves a question more than a plain noun.
      boost: Math.min(12, matches.length * 2) + centrality(best.offset) - 8 + (entry.tradeoffs ? 4 : -6),
    });
  }

  // 2. Numbers: peak vs average, how measured, 10x, the downtime budget.
  const seenNumbers = new Map<string, Question>();
  for (const q of input.quantities ?? []) {
    const shown = text.slice(q.offset, q.offset + q.length);
    const key = `number:${q.kind}:${q.percentile ?? ''}:${Math.round(q.value * 1000) / 1000}`;
    const existing = seenNumbers.get(key);
    if (existing) {
      (existing.locations as QuestionLocation[]).push({ offset: q.offset, length: q.length });
      continue;
    }
    const context = text.slice(Math.max(0, q.offset - 48), q.offset + q.length + 24);
    const question = numberQuestion(q, shown, context);
    if (!question) continue;
    const full: Question = {
      id: key, category: question.category, source: 'number', specific: true, text: question.text, headline: question.text, why: question.why,
      locations: [{ offset: q.offset, length: q.length }], priority: clamp(CATEGORY_WEIGHT[question.category] + question.boost + centrality(q.offset)),
    };
    seenNumbers.set(key, full);
    out.push(full);
  }

  // 3. Missing standard sections. Operational sections are only expected of docs about running
  // systems: a language or API-semantics proposal without an SLO section is not missing one.
  const title = input.headings.find((h) => h.depth === 1) ?? input.headings[0];
  const systemsTerms = new Set(input.terms.map((t) => t.id).filter((id) => SYSTEMS_AREAS.has(input.entries.get(id)?.category as Category)));
  const aboutSystems = systemsTerms.size >= 6;
  const subject = docSubject(title?.text);
  for (const kind of missingSections(input.headings)) {
    const m = MISSING[kind];
    if (!m || (!aboutSystems && OPERATIONAL_SECTIONS.has(kind))) continue;
    add({
      id: `missing:${kind}`, category: m.category, source: 'missing-section', specific: subject !== undefined, text: m.text(subject ?? 'this'),
      // In the sidebar the doc is already known: "this" keeps the line short.
      headline: m.text('this'),
      why: `The doc has no ${SECTION_KINDS[kind].label.toLowerCase()} section.`,
      locations: title ? [{ offset: title.offset, length: 0 }] : [], boost: m.boost,
    });
  }

  // 4. Diagram edges: what if the callee is slow or down, and who owns it. Stores and queues
  // (cylinders in Mermaid) get the questions that fit them: what writers do when they are
  // unavailable, and how far readers can fall behind.
  const callers = new Map<string, { from: string[]; offset: number; store: boolean }>();
  const readers = new Map<string, { queue: string; offset: number }>();
  for (const d of input.dependencies ?? []) {
    if (d.from === d.to) continue;
    if (d.fromStore && !d.toStore) {
      if (!readers.has(d.to)) readers.set(d.to, { queue: d.from, offset: d.offset });
      continue;
    }
    const c = callers.get(d.to);
    if (c) { if (!c.from.includes(d.from)) c.from.push(d.from); }
    else callers.set(d.to, { from: [d.from], offset: d.offset, store: !!d.toStore });
  }
  for (const [callee, { from, offset, store }] of callers) {
    const who = from.length > 2 ? `${from.slice(0, 2).join(', ')} and ${from.length - 2} more` : from.join(' and ');
    add({
      id: `diagram:${norm(callee)}`, category: 'dependency', source: 'diagram', specific: true,
      text: store
        ? `What does ${who} do when ${callee} ${be(callee)} slow or unavailable (wait, buffer or drop), and which team owns ${callee}?`
        : `What happens to ${who} when ${callee} ${be(callee)} slow or down, and which team owns ${callee}?`,
      why: `The diagram shows ${from.length === 1 ? 'a call' : `${from.length} calls`} into ${callee}.`,
      locations: [{ offset, length: 0 }], boost: 4 + Math.min(6, from.length * 2),
    });
  }
  for (const [reader, { queue, offset }] of readers) {
    add({
      id: `diagram-reader:${norm(reader)}`, category: 'reliability', source: 'diagram', specific: true,
      text: `If ${reader} falls behind reading ${queue}, how large can the backlog grow, and who is alerted?`,
      why: `The diagram shows ${reader} reading from ${queue}.`,
      locations: [{ offset, length: 0 }], boost: 2,
    });
  }

  // 5. Decisions and 6. soft spots, found in prose only. Each kind reads at most
  // MAX_PHRASES_PER_KIND occurrences: only the top few per kind survive ranking, and a doc that
  // says "TBD" ten thousand times must cost no more than one that says it fifty times.
  const seenPerKind = new Map<string, number>();
  const budget = (kind: string) => {
    const n = seenPerKind.get(kind) ?? 0;
    seenPerKind.set(kind, n + 1);
    return n < MAX_PHRASES_PER_KIND;
  };
  for (const r of input.prose) {
    const chunk = text.slice(r.start, r.end);
    DECISION.lastIndex = 0;
    for (let m = DECISION.exec(chunk); m; m = DECISION.exec(chunk)) {
      if (!budget('decision')) break;
      const at = r.start + m.index;
      if (isQuestion(at)) continue;
      const quote = quoteAround(text, at, m[0].length, 100);
      add({
        id: `decision:${hash(norm(plainQuote(text.slice(sentenceOf(at).start, sentenceOf(at).end))))}`,
        category: 'tradeoff', source: 'decision', specific: true,
        text: `On “${quote}”: what does this choice cost us, and what would make the team revisit it?`, quote,
        headline: 'A choice: what does it cost us, and what would make the team revisit it?',
        why: 'The doc makes a choice here.', locations: [{ offset: at, length: m[0].length }], boost: 10 + centrality(at),
      });
    }
    for (const s of SOFT_SPOTS) {
      s.re.lastIndex = 0;
      for (let m = s.re.exec(chunk); m; m = s.re.exec(chunk)) {
        if (!budget(s.kind)) break;
        const at = r.start + m.index;
        if (!inProse(at) || isQuestion(at)) continue;
        const quote = quoteAround(text, at, m[0].length, 90);
        const { start, end } = sentenceOf(at);
        add({
          id: `soft:${s.kind}:${hash(norm(plainQuote(text.slice(start, end))))}`,
          category: s.category, source: 'soft-spot', specific: true, text: s.ask(quote), headline: s.headline, quote,
          why: `“${m[0]}” leaves something unpinned.`, locations: [{ offset: at, length: m[0].length }], boost: s.boost + centrality(at),
        });
      }
    }
  }
  return rankAndMerge(capSoftSpots(out));
}

/** At most two questions per kind of soft spot (the most central ones): the fifth "assuming" adds nothing. */
function capSoftSpots(questions: Question[]): Question[] {
  const perKind = new Map<string, number>();
  return [...questions].sort((a, b) => b.priority - a.priority).filter((q) => {
    if (q.source !== 'soft-spot' && q.source !== 'decision') return true;
    const kind = q.source === 'decision' ? 'decision' : q.id.split(':')[1];
    const n = perKind.get(kind) ?? 0;
    perKind.set(kind, n + 1);
    return n < (q.source === 'decision' ? 4 : 2);
  });
}

function numberQuestion(q: Quantity, shown: string, context: string): { category: QuestionCategory; text: string; why: string; boost: number } | undefined {
  const note = q.notes[0] ? ` (${q.notes[0]})` : '';
  if ((q.kind === 'latency' || q.kind === 'duration') && /\b(time ?outs?|deadlines?)\b/i.test(context)) {
    return { category: 'reliability', boost: 8, why: `The doc sets a timeout: ${shown}.`,
      text: `What does the user see when the ${shown} timeout fires, and how often would it fire at today's slowest responses?` };
  }
  switch (q.kind) {
    case 'rate':
      // "fewer than 10 a day" is a threshold, not traffic: scale questions start at one a second.
      if (q.value < 1) return undefined;
      return { category: 'scale', boost: 12, why: `The doc states a rate: ${shown}${note}.`,
        text: `Is ${shown} the peak or the average, how was it measured, and what breaks first at 10x (${formatRate(q.value * 10)})?` };
    case 'latency':
      // Sub-millisecond figures are measurements of code (benchmarks), not service targets.
      if (q.value < 1 || (!q.percentile && q.value < 5)) return undefined;
      // Without a percentile, only figures the doc presents as response times (not delays or intervals).
      if (!q.percentile && !/\b(latenc|respon|round.?trip|slow|fast|takes?|took|within|under|p\d{2}|percentile)/i.test(context)) return undefined;
      return q.percentile
        ? { category: 'scale', boost: 8, why: `The doc states a latency target: ${shown}.`,
          text: `Where is the ${q.percentile} of ${shown.replace(new RegExp(`^${q.percentile}\\s*`, 'i'), '')} measured (client or server), and which dependency uses most of that budget?` }
        : { category: 'scale', boost: 4, why: `The doc states a latency: ${shown}.`,
          text: `Is ${shown} an average or a percentile such as p99, and what do the slowest 1% of requests see?` };
    case 'availability':
      return { category: 'reliability', boost: 14, why: `The doc states an availability target${note}.`,
        text: `${shown} availability${note ? ` allows ${q.notes[0].replace(/^allows /, '')}` : ''}: which dependencies must be at least that available, and what happens when the budget is spent?` };
    case 'size':
      return { category: 'data', boost: 2, why: `The doc states a data size: ${shown}.`,
        text: `How fast does the ${shown} grow, how long is it kept, and what does storing and backing it up cost?` };
    case 'bandwidth':
      return { category: 'cost', boost: 2, why: `The doc states a bandwidth: ${shown}.`,
        text: `Is ${shown} enough at peak, and what does moving that much data between zones or regions cost?` };
    case 'duration': {
      const n = q.notes.join(' ');
      if (/data may be lost/.test(n)) return { category: 'reliability', boost: 12, why: 'The doc states a recovery point objective.', text: `Has losing up to ${shown} of data been agreed with the business, and how is it tested?` };
      if (/down up to/.test(n)) return { category: 'reliability', boost: 12, why: 'The doc states a recovery time objective.', text: `Has a restore within ${shown} been rehearsed end to end, and when was the last drill?` };
      return undefined;
    }
    default:
      return undefined;
  }
}

/** "is" or "are" for a diagram label: "Orders shards are", but "Redis is" and "Kafka Streams is". */
function be(label: string): string {
  const words = label.trim().split(/\s+/);
  const last = words[words.length - 1];
  return words.length > 1 && /^[a-z]+[^s]s$/.test(last) ? 'are' : 'is';
}

function formatRate(perSecond: number): string {
  if (perSecond < 1) {
    const perDay = perSecond * 86400;
    return perDay >= 24 * 60 ? `${round(perSecond * 60)} per minute` : perDay >= 24 ? `${round(perSecond * 3600)} per hour` : `${round(perDay)} per day`;
  }
  const n = perSecond >= 1e9 ? `${round(perSecond / 1e9)} billion` : perSecond >= 1e6 ? `${round(perSecond / 1e6)} million` : Math.round(perSecond).toLocaleString('en-US');
  return `${n} per second`;
}

function round(n: number): string {
  return n >= 100 ? String(Math.round(n)) : String(Math.round(n * 10) / 10);
}

/** Merge near-duplicates (keeping all their locations) and sort by priority, then by position. */
export function rankAndMerge(questions: readonly Question[]): Question[] {
  const merged: (Question & { tokens: Set<string> })[] = [];
  const byId = new Map<string, Question & { tokens: Set<string> }>();
  for (const q of [...questions].sort((a, b) => b.priority - a.priority)) {
    const same = byId.get(q.id);
    if (same) {
      (same.locations as QuestionLocation[]).push(...q.locations);
      continue;
    }
    const tokens = new Set(norm(q.text).split(' ').filter((w) => w.length > 2 && !STOP.has(w)));
    const twin = merged.find((m) => m.category === q.category && jaccard(m.tokens, tokens) >= 0.75);
    if (twin) {
      (twin.locations as QuestionLocation[]).push(...q.locations);
      continue;
    }
    const entry = { ...q, locations: [...q.locations], tokens };
    merged.push(entry);
    byId.set(q.id, entry);
  }
  return merged
    .map(({ tokens: _tokens, ...q }) => ({ ...q, locations: dedupeLocations(q.locations) }))
    .sort((a, b) => b.priority - a.priority || (a.locations[0]?.offset ?? 0) - (b.locations[0]?.offset ?? 0));
}

/** The top `perCategory` questions of each category, and how many more each has. */
export function capPerCategory(questions: readonly Question[], perCategory: number): { shown: Question[]; more: Map<QuestionCategory, number> } {
  const counts = new Map<QuestionCategory, number>();
  const shown: Question[] = [];
  const more = new Map<QuestionCategory, number>();
  for (const q of questions) {
    const n = counts.get(q.category) ?? 0;
    counts.set(q.category, n + 1);
    if (n < perCategory) shown.push(q);
    else more.set(q.category, (more.get(q.category) ?? 0) + 1);
  }
  return { shown, more };
}

const STOP = new Set(['the', 'and', 'what', 'how', 'who', 'does', 'this', 'that', 'with', 'for', 'when', 'which', 'are', 'from', 'will', 'would', 'each']);

function jaccard(a: Set<string>, b: Set<string>): number {
  let inter = 0;
  for (const x of a) if (b.has(x)) inter++;
  const union = a.size + b.size - inter;
  return union === 0 ? 1 : inter / union;
}

/** Drops repeated locations, keeping the order: the question's own evidence first, then merged twins'. */
function dedupeLocations(locs: readonly QuestionLocation[]): QuestionLocation[] {
  const seen = new Set<string>();
  return locs.filter((l) => {
    const k = `${l.offset}:${l.length}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

function proseLookup(ranges: readonly TextRange[]): (offset: number) => boolean {
  return (offset) => {
    let lo = 0;
    let hi = ranges.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (ranges[mid].end <= offset) lo = mid + 1;
      else if (ranges[mid].start > offset) hi = mid - 1;
      else return true;
    }
    return false;
  };
}

/** Lower-case, letters and digits only: for comparing and hashing question evidence. */
export function norm(s: string): string {
  return s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

/** FNV-1a, 32-bit, base 36: short stable ids from evidence text. */
export function hash(s: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(36);
}

function lowerFirst(s: string): string {
  return /^[A-Z][a-z]/.test(s) ? s[0].toLowerCase() + s.slice(1) : s;
}

function clamp(n: number): number {
  return Math.max(0, Math.min(100, Math.round(n)));
}
