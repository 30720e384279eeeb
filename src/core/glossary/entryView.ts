import * as l10n from '@vscode/l10n';
import { translated } from '../l10n.js';
import { CATEGORY_LABELS, type GlossaryEntry } from './types.js';

/**
 * The headings of an entry's parts, translated when read: hover, entry page and CLI show the same
 * words for the same parts.
 */
export const ENTRY_LABELS = translated({
  whyItMatters: () => l10n.t('Why it matters'),
  tradeoff: () => l10n.t('Tradeoff'),
  gain: () => l10n.t('Gain'),
  cost: () => l10n.t('Cost'),
  askAbout: () => l10n.t('Ask in the review'),
  example: () => l10n.t('In a design doc'),
  aliases: () => l10n.t('Also called'),
  related: () => l10n.t('Related'),
  learnMore: () => l10n.t('Learn more'),
});

/** What the full entry adds to what a hover shows (named in the hover's "More…" tooltip). */
export type EntryExtra = 'tradeoff' | 'questions' | 'related' | 'learnMore';

/** One glossary entry as every view shows it: the fields in reading order, related ids resolved to terms. */
export interface EntryView {
  readonly id: string;
  readonly term: string;
  /** The long form, when the entry's term is itself an abbreviation ("SLO" → "service level objective"). */
  readonly expansion?: string;
  readonly category: string;
  readonly abbreviations: readonly { readonly abbr: string; readonly expansion: string }[];
  readonly definition: string;
  readonly whyItMatters?: string;
  readonly tradeoff?: { readonly gain?: string; readonly cost?: string };
  readonly askAbout: readonly string[];
  readonly example?: string;
  readonly aliases: readonly string[];
  /** The terms of the related entries that exist. */
  readonly related: readonly string[];
  readonly learnMore?: string;
  readonly source?: { readonly file: string; readonly line: number };
  /** Beyond the definition, why it matters and the first question: what the full entry has. */
  readonly extras: readonly EntryExtra[];
}

export function entryView(e: GlossaryEntry, all: ReadonlyMap<string, GlossaryEntry>): EntryView {
  const expansion = e.abbreviations.find((a) => a.abbr === e.term)?.expansion;
  const tradeoff = e.tradeoffs?.gain || e.tradeoffs?.cost ? { ...(e.tradeoffs.gain ? { gain: e.tradeoffs.gain } : {}), ...(e.tradeoffs.cost ? { cost: e.tradeoffs.cost } : {}) } : undefined;
  const related = e.related.map((id) => all.get(id)?.term).filter((t): t is string => !!t);
  const extras: EntryExtra[] = [];
  if (tradeoff) extras.push('tradeoff');
  if (e.askAbout.length > 1) extras.push('questions');
  if (related.length) extras.push('related');
  if (e.learnMore) extras.push('learnMore');
  return {
    id: e.id, term: e.term, ...(expansion ? { expansion } : {}), category: CATEGORY_LABELS[e.category],
    abbreviations: e.abbreviations, definition: e.definition,
    ...(e.whyItMatters ? { whyItMatters: e.whyItMatters } : {}), ...(tradeoff ? { tradeoff } : {}),
    askAbout: e.askAbout, ...(e.example ? { example: e.example } : {}), aliases: e.aliases, related,
    ...(e.learnMore ? { learnMore: e.learnMore } : {}), ...(e.source ? { source: e.source } : {}), extras,
  };
}
