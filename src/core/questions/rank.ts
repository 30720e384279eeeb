import type { DocContext } from './context.js';
import type { Source } from './source.js';
import type { Candidate, Question, QuestionCategory, QuestionLocation } from './types.js';

/** At most this many questions open the list and every export as "Ask first". */
export const ASK_FIRST = 5;
/** Questions about the doc's content beyond this many stop helping a PM prepare. */
export const MAX_QUESTIONS = 18;
/** Sources whose every question is a separate fact (the doc's own questions, each number, each admitted gap), even side by side in one section. */
const PER_FACT = new Set(['open-question', 'number', 'diagram', 'dependency', 'gap']);
/** Kinds with their own cap: a doc's own open questions are each worth asking; one rollback or one skew question says it all. */
const KIND_CAP: Record<string, number> = {
  'open-question:asked': 6, 'open-question:api': 6, 'gap:untested': 3, 'gap:missing': 4, 'compatibility:downgrade': 1, 'compatibility:skew': 1, 'number:availability': 1, 'cost:slower': 1,
};
/** Two questions of one kind ("who maintains it?") are enough; the third reads as a template. */
const MAX_PER_KIND = 2;
/** Below this priority a question is kept only while the list is shorter than MIN_QUESTIONS. */
const MIN_PRIORITY = 60;
const MIN_QUESTIONS = 5;
/** Below this priority a question is not sharp enough to ask first. */
const ASK_FIRST_MIN = 70;
/** Sources a question may come from and still be asked first: about this doc's words, not a glossary or a missing section. */
const NOT_FIRST = new Set(['missing-section', 'diagram', 'decision']);

/**
 * Ranks the sources' candidates into the question list: weighs each by where it sits, keeps one
 * question per sentence and a few per source, merges near-duplicates, marks the Ask first group
 * and puts the missing-sections item last.
 */
export function rank(ctx: DocContext, found: readonly { source: Source; candidates: readonly Candidate[] }[]): Question[] {
  const order = new Map(found.map((f, i) => [f.source.id, i]));
  const all: (Candidate & { priority: number; max: number })[] = [];
  for (const { source, candidates } of found) {
    for (const c of candidates) {
      const at = c.sentence ?? c.locations[0]?.offset;
      const s = at === undefined ? undefined : ctx.sentenceAt(at);
      const where = s ? ctx.weight(s.role) : 0;
      all.push({ ...c, priority: clamp(c.severity + where), max: source.max ?? 3 });
    }
  }
  all.sort((a, b) => b.priority - a.priority || (order.get(a.source) ?? 0) - (order.get(b.source) ?? 0) || (a.locations[0]?.offset ?? 0) - (b.locations[0]?.offset ?? 0));
  const bySentence = new Set<number>();
  const perSource = new Map<string, number>();
  const perKind = new Map<string, number>();
  const kept: (Question & { stems: Set<string>; section: number; topics: Set<string> })[] = [];
  let content = 0;
  for (const c of all) {
    const isMissing = c.source === 'missing-section';
    if (c.sentence !== undefined && bySentence.has(c.sentence)) continue;
    const n = perSource.get(c.source) ?? 0;
    if (n >= c.max) continue;
    if (!isMissing && content >= MAX_QUESTIONS) continue;
    // Weak evidence only fills a short list: a PM brings few sharp questions, not many soft ones.
    if (!isMissing && c.priority < MIN_PRIORITY && content >= MIN_QUESTIONS) continue;
    const kind = c.kind ?? c.source;
    if ((perKind.get(kind) ?? 0) >= (KIND_CAP[kind] ?? MAX_PER_KIND)) continue;
    const stems = stemsOf(c.quote);
    const sentence = c.sentence !== undefined ? ctx.sentenceAt(c.sentence)?.plain : undefined;
    // A number among SLO lines ("99.9% of connections succeed") is the SLO concern, asked once.
    const lead = c.source === 'number' && c.sentence !== undefined ? ctx.text.slice(Math.max(0, c.sentence - 300), c.sentence) : '';
    const topics = topicsOf(`${lead} ${c.quote ?? sentence ?? ''}`);
    const at = c.locations[0];
    const shown = c.source === 'number' && at ? ctx.text.slice(at.offset, at.offset + at.length).replace(/\s+/g, ' ') : undefined;
    // The same concern raised twice: the same source in the same section, or two quotes that say
    // the same thing ("downgrade requires node drain", "if version downgrade is involved, the node
    // must be drained"). The same template on different numbers is two questions.
    const section = c.sentence !== undefined ? ctx.sectionAt(c.sentence)?.offset ?? -1 : -1;
    const twin = kept.find((k) => (section >= 0 && k.source === c.source && k.section === section && !PER_FACT.has(c.source))
      || (stems.size >= 3 && k.stems.size >= 3 && jaccard(k.stems, stems) >= (k.source === c.source ? 0.3 : 0.4))
      // Rollback is two concerns (the procedure, and how it is tested) unless both ask in one category.
      || [...topics].some((t) => k.topics.has(t) && (t !== 'rollback' || k.category === c.category))
      // A number another question already quotes ("a request service time limit of 1 minute").
      || (c.source === 'number' && shown !== undefined && shown.length >= 3 && (k.quote ?? '').includes(shown)));
    if (twin) {
      (twin.locations as QuestionLocation[]).push(...c.locations);
      continue;
    }
    if (c.sentence !== undefined) bySentence.add(c.sentence);
    perSource.set(c.source, n + 1);
    perKind.set(kind, (perKind.get(kind) ?? 0) + 1);
    if (!isMissing) content++;
    kept.push({
      id: c.id, category: c.category, text: c.text, headline: c.headline, ...(c.quote ? { quote: c.quote } : {}), why: c.why,
      priority: isMissing ? Math.min(c.priority, 10) : c.priority, source: c.source, locations: [...c.locations], specific: c.specific,
      ...(c.details ? { details: c.details } : {}), stems, section, topics,
    });
  }
  // Ask first: the sharpest questions about the doc's own words, each from a different source.
  const firstSources = new Set<string>();
  const first = new Set<string>();
  for (const q of kept) {
    if (first.size >= ASK_FIRST) break;
    if (!q.specific || NOT_FIRST.has(q.source) || q.priority < ASK_FIRST_MIN || firstSources.has(q.source)) continue;
    firstSources.add(q.source);
    first.add(q.id);
  }
  return kept
    .map(({ stems: _s, section: _section, topics: _topics, ...q }) => ({ ...q, locations: dedupeLocations(q.locations), ...(first.has(q.id) ? { askFirst: true } : {}) }))
    .sort((a, b) => Number(!!b.askFirst) - Number(!!a.askFirst) || Number(a.source === 'missing-section') - Number(b.source === 'missing-section')
      || b.priority - a.priority || (a.locations[0]?.offset ?? 0) - (b.locations[0]?.offset ?? 0));
}

/** The top `perCategory` questions of each category, and how many more each has; 0 or less shows all. */
export function capPerCategory<Q extends { readonly category: QuestionCategory }>(questions: readonly Q[], perCategory: number): { shown: Q[]; more: Map<QuestionCategory, number> } {
  const counts = new Map<QuestionCategory, number>();
  const shown: Q[] = [];
  const more = new Map<QuestionCategory, number>();
  for (const q of questions) {
    const n = counts.get(q.category) ?? 0;
    counts.set(q.category, n + 1);
    if (perCategory <= 0 || n < perCategory) shown.push(q);
    else more.set(q.category, (more.get(q.category) ?? 0) + 1);
  }
  return { shown, more };
}

/**
 * Concerns a review raises once, whichever words or source bring them up: rollback, version skew,
 * an extra round trip, where an SLO comes from, starvation, duplicates, a drain, concurrent use,
 * authentication left optional.
 */
const CONCERNS: readonly [string, RegExp][] = [
  ['rollback', /\bdowngrad\w*|\broll(?:ed|ing)?[- ]?back\b|upgrade->downgrade/i],
  ['skew', /\bversion skew\b|\bmixed[- ]version\b|\bmust be upgraded\b|\bonly work(?:s)? with (?:the )?(?:proper|matching|right|newer|upgraded|updated)\b/i],
  ['concurrency', /\bsafe for concurrent use\b|\bthread[- ]safe\b|\bconcurrency[- ]safe\b/i],
  ['auth-default', /\bwithout authentication\b|\bauthentication (?:\w+ )?is (?:highly |strongly )?(?:recommended|optional)\b/i],
  ['round-trip', /\bround[- ]?trips?\b|\brequest\/response (?:trips?|round)|\bextra request\/response\b/i],
  ['slo', /\bSLO'?s?\b/],
  ['starvation', /\bstarv\w*/i],
  ['duplicates', /\bduplicat\w*/i],
  ['drain', /\bdrain(?:ed|ing)?\b/i],
];

function topicsOf(text: string): Set<string> {
  return new Set(CONCERNS.filter(([, re]) => re.test(text)).map(([t]) => t));
}

const QUOTE_STOP = new Set(['the', 'and', 'that', 'this', 'with', 'for', 'from', 'will', 'would', 'should', 'could', 'can', 'are', 'was', 'were', 'has', 'have', 'been', 'not', 'all', 'any', 'into', 'when', 'which', 'there', 'their', 'they', 'than', 'then', 'also', 'only', 'such', 'its', 'our', 'use', 'used', 'using']);

/** A quote's content words cut to five letters: "drain" and "drained", "downgrade" and "downgrading" meet. */
function stemsOf(quote: string | undefined): Set<string> {
  return new Set((quote ?? '').toLowerCase().match(/[\p{L}\p{N}]+/gu)?.filter((w) => w.length > 2 && !QUOTE_STOP.has(w)).map((w) => w.slice(0, 5)) ?? []);
}

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

function clamp(n: number): number {
  return Math.max(0, Math.min(100, Math.round(n)));
}
