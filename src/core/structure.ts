import * as l10n from '@vscode/l10n';
/**
 * The standard sections of a design doc, recognised from the many ways authors title them.
 * A doc that lacks one of these raises a clarifying question (see the question engine).
 */

import { firstIndex } from './ranges.js';

export const SECTION_KINDS = {
  context: { get label() { return l10n.t('Context / background'); }, patterns: [/\b(context|background|motivation|problem( statement)?|overview|introduction|summary|why)\b/i] },
  goals: { get label() { return l10n.t('Goals'); }, patterns: [/\b(goals?|objectives?|requirements?|success (criteria|metrics)|user stories)\b/i] },
  'non-goals': { get label() { return l10n.t('Non-goals'); }, patterns: [/\bnon[- ]?goals?\b/i, /\bout of scope\b/i] },
  design: { get label() { return l10n.t('Proposal / design'); }, patterns: [/\b(proposal|proposed (design|solution|approach)|design( details)?|architecture|approach|implementation|solution|how it works)\b/i] },
  alternatives: { get label() { return l10n.t('Alternatives considered'); }, patterns: [/\balternatives?\b/i, /\boptions considered\b/i, /\brejected\b/i] },
  dependencies: { get label() { return l10n.t('Dependencies'); }, patterns: [/\bdependenc(y|ies)\b/i, /\bprerequisites?\b/i] },
  risks: { get label() { return l10n.t('Risks'); }, patterns: [/\brisks?\b/i, /\bdrawbacks?\b/i, /\bcaveats?\b/i, /\bconcerns?\b/i, /\blimitations?\b/i] },
  security: { get label() { return l10n.t('Security & privacy'); }, patterns: [/\bsecurity\b/i, /\bprivacy\b/i, /\bthreat model/i, /\bcompliance\b/i] },
  scalability: { get label() { return l10n.t('Scalability / capacity'); }, patterns: [/\bscal(e|ability|ing)\b/i, /\bcapacity\b/i, /\bperformance\b/i, /\bload\b/i] },
  reliability: { get label() { return l10n.t('Reliability / SLOs / monitoring'); }, patterns: [/\breliability\b/i, /\bSLOs?\b/, /\bavailability\b/i, /\bmonitoring\b/i, /\bobservability\b/i, /\balert(s|ing)?\b/i, /\bfailure modes?\b/i] },
  rollout: { get label() { return l10n.t('Rollout / migration / rollback'); }, patterns: [/\broll[- ]?(out|back)\b/i, /\bmigration\b/i, /\bdeployment\b/i, /\blaunch\b/i, /\bgraduation criteria\b/i, /\bupgrade\b/i, /\bversion skew\b/i] },
  testing: { get label() { return l10n.t('Testing'); }, patterns: [/\btest(ing|s| plan)?\b/i, /\bvalidation\b/i, /\bverification\b/i] },
  cost: { get label() { return l10n.t('Cost'); }, patterns: [/\bcosts?\b/i, /\bbudget\b/i, /\bpricing\b/i, /\bspend\b/i] },
  timeline: { get label() { return l10n.t('Timeline / milestones'); }, patterns: [/\btimeline\b/i, /\bmilestones?\b/i, /\bschedule\b/i, /\bphases?\b/i, /\bplan\b/i, /\broadmap\b/i, /\bimplementation history\b/i] },
  'open-questions': { get label() { return l10n.t('Open questions'); }, patterns: [/\bopen (questions|issues)\b/i, /\bunresolved\b/i, /\bFAQ\b/i, /\bdiscussion\b/i] },
} as const;

export type SectionKind = keyof typeof SECTION_KINDS;

/** A heading of the doc: its level, words and offset, and the standard section it opens, if any. */
export interface Heading {
  readonly depth: number;
  readonly text: string;
  readonly offset: number;
  readonly kind?: SectionKind;
}
export const SECTION_ORDER = Object.keys(SECTION_KINDS) as SectionKind[];

/** The kind of a heading, or undefined when it is not one of the standard sections. */
export function classifySection(title: string): SectionKind | undefined {
  // "Non-goals" must win over "goals", "Alternatives" over "design" and so on: check specific kinds first.
  const order: SectionKind[] = ['non-goals', 'open-questions', 'alternatives', 'rollout', 'security', 'reliability', 'scalability', 'testing', 'cost', 'timeline', 'dependencies', 'risks', 'goals', 'context', 'design'];
  for (const kind of order) {
    if (SECTION_KINDS[kind].patterns.some((p) => p.test(title))) return kind;
  }
  return undefined;
}

/** Standard sections the doc does not have, in their usual order. */
export function missingSections(headings: readonly { kind?: SectionKind }[]): SectionKind[] {
  const present = new Set(headings.map((h) => h.kind).filter(Boolean));
  return SECTION_ORDER.filter((k) => !present.has(k));
}

/** A function that finds the heading a document offset falls under (binary search over offsets). */
export function sectionLookup<H extends { readonly offset: number }>(headings: readonly H[]): (offset: number) => H | undefined {
  const sorted = [...headings].sort((a, b) => a.offset - b.offset);
  return (offset) => sorted[firstIndex(sorted.length, (i) => sorted[i].offset > offset) - 1];
}
