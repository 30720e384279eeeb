import * as l10n from '@vscode/l10n';
import { translated } from '../l10n.js';
/**
 * What kind of design doc this is. Sources and missing-section checks declare the genres they
 * fit: cost per month, paging and data centres belong to a service review, never to a library
 * or language proposal.
 */
export const GENRES = ['service', 'library', 'protocol', 'tool', 'policy', 'migration', 'hardware'] as const;
export type Genre = (typeof GENRES)[number];

export const GENRE_LABELS: Readonly<Record<Genre, string>> = translated({
  service: () => l10n.t('Service or platform change'),
  library: () => l10n.t('Library, language or API proposal'),
  protocol: () => l10n.t('Protocol or specification'),
  tool: () => l10n.t('Internal tool'),
  policy: () => l10n.t('Policy or guideline'),
  migration: () => l10n.t('Migration'),
  hardware: () => l10n.t('Hardware or firmware program'),
});

/** Genres that run as a service someone operates: SLOs, paging, monthly cost and capacity apply. */
export const OPERATED: ReadonlySet<Genre> = new Set(['service', 'migration', 'tool']);

export interface GenreGuess {
  readonly genre: Genre;
  /** True when the PM chose it (Doc Health); false when detected. */
  readonly chosen: boolean;
  /** What decided it, in a few words, for Doc Health. */
  readonly because: string;
}

interface Signals {
  /** Path fragments: a weak prior. */
  readonly path?: RegExp;
  /** Title forms ("Proposal: …" in a language repository). */
  readonly title?: RegExp;
  /** Vocabulary, counted per 1,000 words of prose. */
  readonly words: RegExp;
}

const SIGNALS: Record<Genre, Signals> = {
  service: {
    path: /(?:^|[/\\])(?:blueprints?|architecture|services?|keps?|kep-)[/\\-]?/i,
    words: /\b(?:SLOs?|SLIs?|on-?call|paged?|paging|production|deploy(?:s|ed|ment)?|regions?|traffic|customers?|tenants?|clusters?|nodes?|replicas?|availability|outages?|incidents?|rollouts?|feature gates?|dashboards?|alerts?|GitLab\.com|self-managed|Dedicated|apiserver|kubelet|scheduler|controllers?|autoscal\w*|capacity|upgrades?)\b/g,
  },
  library: {
    path: /(?:^|[/\\])(?:go-\d|proposal[/\\]design|pep-|rust-rfcs?|jep)/i,
    title: /^\s*(?:Proposal|PEP \d+|JEP \d+)\s*:/i,
    words: /\b(?:standard library|stdlib|packages?|func(?:tion)?s?|methods?|generics?|compiler|syntax|language|types?|interfaces?|goroutines?|runtime|API|slices?|structs?|semantics|backwards? compatib\w+|go (?:command|vet|1\.\d+)|gofmt|keywords?)\b/g,
  },
  protocol: {
    path: /(?:^|[/\\])(?:otep|rfcs?|specs?|grpc-a\d|A\d+-)/i,
    words: /\b(?:protocols?|wire|specification|spec|MUST|SHOULD|MAY|encoding|payloads?|schema|xDS|proto(?:buf)?s?|status codes?|transport|frames?|RPCs?|gRPC|HTTP\/2|OTLP|interoperab\w+|implementations?)\b/g,
  },
  tool: {
    words: /\b(?:CLI|command[- ]line|tool(?:ing|s)?|developer experience|IDE|plugins?|editor|linter|CI jobs?|pipelines?|scripts?|local development)\b/g,
  },
  policy: {
    words: /\b(?:guidelines?|policy|policies|conventions?|best practices?|must not|approval|approvers?|process|governance|recommendations?|should always|should never)\b/g,
  },
  migration: {
    words: /\b(?:migrat(?:e|es|ed|ion|ions|ing)|cut-?over|legacy|decommission\w*|sunset\w*|backfill\w*|dual[- ]writes?|move (?:from|to)|consolidat\w+)\b/g,
  },
  hardware: {
    words: /\b(?:firmware|silicon|boards?|chips?|OTP|fuses?|ROM|EVT|DVT|PVT|BOM|manufactur\w*|hardware|MCU|microcontrollers?|peripherals?|registers?|SoC|ASIC|FPGA|bootloader|secure boot|wafer|yield|syscalls?|kernel|interrupts?|RMA|provisioning)\b/g,
  },
};

/** How much more a genre's vocabulary must weigh than a service's to override the default. */
const BASE: Record<Genre, number> = { service: 1, library: 1.2, protocol: 0.9, tool: 2.2, policy: 2.6, migration: 2.6, hardware: 1.6 };

/**
 * The doc's genre from its path, title and vocabulary. A PM's choice always wins (`chosen`).
 * `prose` is the doc's prose text (not code, not comments).
 */
export function detectGenre(prose: string, title: string | undefined, path: string | undefined, chosen?: Genre): GenreGuess {
  if (chosen) return { genre: chosen, chosen: true, because: 'chosen in Doc Health' };
  const words = Math.max(200, (prose.match(/\S+/g) ?? []).length);
  let best: { genre: Genre; score: number; because: string } = { genre: 'service', score: 0, because: 'no stronger signal' };
  for (const genre of GENRES) {
    const s = SIGNALS[genre];
    const hits = prose.match(s.words)?.length ?? 0;
    let score = (1000 * hits) / words / BASE[genre];
    const reasons: string[] = [];
    if (hits) reasons.push(`${hits} ${genre} words`);
    if (s.path && path && s.path.test(path)) { score *= 1.6; reasons.push('its path'); }
    if (s.title && title && s.title.test(title)) { score *= 1.4; reasons.push('its title'); }
    if (score > best.score) best = { genre, score, because: reasons.join(', ') || 'its vocabulary' };
  }
  return { genre: best.genre, chosen: false, because: best.because };
}

export function isGenre(value: unknown): value is Genre {
  return typeof value === 'string' && (GENRES as readonly string[]).includes(value);
}
