import * as l10n from '@vscode/l10n';
import { translated } from '../l10n.js';

/** The categories a glossary entry can belong to (mirrors glossary/schema.json). */
export const CATEGORIES = [
  'distributed-systems', 'apis', 'messaging', 'scalability', 'reliability', 'caching', 'data',
  'pipelines', 'cloud', 'operations', 'security', 'cost', 'numbers', 'hardware', 'ai-ml', 'process',
  'runtimes', 'networking', 'containers', 'observability', 'statistics', 'testing',
] as const;
export type Category = (typeof CATEGORIES)[number];

export const CATEGORY_LABELS: Readonly<Record<Category, string>> = translated({
  'distributed-systems': () => l10n.t('Distributed systems'),
  apis: () => l10n.t('APIs & service boundaries'),
  messaging: () => l10n.t('Messaging & events'),
  scalability: () => l10n.t('Scalability & performance'),
  reliability: () => l10n.t('Reliability'),
  caching: () => l10n.t('Caching & latency'),
  data: () => l10n.t('Data stores'),
  pipelines: () => l10n.t('Data pipelines'),
  cloud: () => l10n.t('Cloud & infrastructure'),
  operations: () => l10n.t('Delivery & operations'),
  security: () => l10n.t('Security & privacy'),
  cost: () => l10n.t('Cost'),
  numbers: () => l10n.t('Numbers & units'),
  hardware: () => l10n.t('Hardware programs'),
  'ai-ml': () => l10n.t('AI/ML platforms'),
  process: () => l10n.t('Design-doc process'),
  runtimes: () => l10n.t('Languages & runtimes'),
  networking: () => l10n.t('Networking'),
  containers: () => l10n.t('Kubernetes & containers'),
  observability: () => l10n.t('Observability'),
  statistics: () => l10n.t('Statistics'),
  testing: () => l10n.t('Testing & quality'),
});

export interface Abbreviation {
  readonly abbr: string;
  readonly expansion: string;
}

/** Where an entry was defined, for "open the glossary entry's source" and error messages. */
export interface SourceRef {
  readonly file: string;
  /** 1-based line of the entry's first key. */
  readonly line: number;
}

/** One glossary entry as written in a glossary file (every field but `id` optional in team files). */
export interface RawEntry {
  id: string;
  term?: string;
  category?: Category;
  aliases?: string[];
  abbreviations?: Abbreviation[];
  caseSensitive?: boolean;
  inflect?: boolean;
  definition?: string;
  whyItMatters?: string;
  askAbout?: string[];
  tradeoffs?: { gain?: string; cost?: string };
  related?: string[];
  example?: string;
  learnMore?: string;
  signals?: string[];
  noun?: boolean;
}

/** A resolved entry: the fields Docent needs are always present. */
export interface GlossaryEntry {
  readonly id: string;
  readonly term: string;
  readonly category: Category;
  readonly aliases: readonly string[];
  readonly abbreviations: readonly Abbreviation[];
  readonly caseSensitive: boolean;
  readonly inflect: boolean;
  readonly definition: string;
  readonly whyItMatters?: string;
  readonly askAbout: readonly string[];
  readonly tradeoffs?: { readonly gain?: string; readonly cost?: string };
  readonly related: readonly string[];
  readonly example?: string;
  readonly learnMore?: string;
  /** For one sense of a shared word: the context words that select it (absent: the general sense). */
  readonly signals?: readonly string[];
  /** A noun that is also a common verb ("map"): a one-word match counts only where it reads as a noun. */
  readonly noun?: boolean;
  readonly source?: SourceRef;
}

/** A problem in a glossary file, always with the file and 1-based line. */
export interface GlossaryProblem {
  readonly file: string;
  readonly line: number;
  readonly column: number;
  readonly message: string;
  readonly severity: 'error' | 'warning';
  readonly entryId?: string;
}

/** One parsed glossary file: what it adds or overrides, what it disables, and what was wrong. */
export interface GlossaryLayer {
  readonly file: string;
  readonly area?: Category;
  readonly entries: readonly { readonly raw: RawEntry; readonly source: SourceRef }[];
  readonly disable: readonly string[];
  readonly problems: readonly GlossaryProblem[];
}

export interface Glossary {
  readonly entries: ReadonlyMap<string, GlossaryEntry>;
  readonly problems: readonly GlossaryProblem[];
}
