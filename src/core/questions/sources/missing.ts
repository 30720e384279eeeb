import { SECTION_KINDS, missingSections, type SectionKind } from '../../structure.js';
import type { Genre } from '../genre.js';
import type { Role } from '../context.js';
import type { Source } from '../source.js';
import { MISSING } from '../wording.js';

/** Sections a design doc is expected to have. */
const ALWAYS: readonly SectionKind[] = ['context', 'goals', 'non-goals', 'alternatives', 'risks', 'open-questions'];
/** Sections expected of docs about something a team runs. */
const RUNNING: readonly SectionKind[] = ['rollout', 'testing', 'security', 'reliability', 'scalability', 'dependencies', 'timeline'];

/**
 * What each genre's own templates ask for. A Go or Rust proposal, a gRFC or an OTEP has no goals
 * or non-goals section by convention, so missing one says nothing; a protocol without a word on
 * how implementations are tested against each other does.
 */
const EXPECTED: Record<Genre, readonly SectionKind[]> = {
  service: [...ALWAYS, ...RUNNING],
  migration: [...ALWAYS, ...RUNNING],
  tool: [...ALWAYS, ...RUNNING],
  library: ['context', 'alternatives'],
  protocol: ['context', 'alternatives', 'testing'],
  policy: ['context', 'goals', 'non-goals'],
  hardware: ['context', 'goals', 'risks', 'testing', 'dependencies', 'timeline'],
};

/** Words that show a doc covers a section's topic without a heading for it. */
const TOPIC: Partial<Record<SectionKind, RegExp>> = {
  alternatives: /\b(?:alternatives?|options? (?:considered|[A-D1-4]\b)|we considered|instead of|rather than|rejected|trade-?offs?)\b/gi,
  security: /\b(?:security|secure|authenticat\w*|authoriz\w*|RBAC|permissions?|privacy|attack\w*|threats?|encrypt\w*|vulnerab\w*)\b/gi,
  risks: /\b(?:risks?|drawbacks?|downsides?|caveats?|failure modes?|could (?:break|fail))\b/gi,
  testing: /\b(?:tests?|testing|tested|e2e|benchmarks?)\b/gi,
  'open-questions': /\b(?:open questions?|TBD|TODO|unresolved|undecided)\b|\?(?=\s|$)/gi,
  'non-goals': /\b(?:non-?goals?|out of scope|not (?:a )?goal)\b/gi,
  reliability: /\b(?:SLOs?|SLIs?|availability|monitoring|alerts?|metrics|reliab\w*)\b/gi,
  rollout: /\b(?:roll-?out|roll-?back|feature gates?|upgrade|downgrade|migration|launch|graduation)\b/gi,
  scalability: /\b(?:scal\w+|capacity|throughput|performance|load)\b/gi,
  timeline: /\b(?:milestones?|timeline|alpha|beta|GA|release \d|Q[1-4]|20\d\d)\b/g,
  dependencies: /\b(?:depends? on|dependenc\w+|requires?|relies on)\b/gi,
  goals: /\b(?:goals?|objectives?|success criteria|we want to|aims? to)\b/gi,
  context: /\b(?:motivation|background|today|currently|problem)\b/gi,
};
const ROLE_OF: Partial<Record<SectionKind, Role>> = { alternatives: 'alternatives', risks: 'risks', 'open-questions': 'open', testing: 'testing', rollout: 'rollout', goals: 'goals', 'non-goals': 'non-goals', context: 'background' };

/**
 * The standard sections the doc lacks, folded into one Doc Health item ranked below every
 * question about the doc's own content, with one short question per missing section.
 */
const source: Source = {
  id: 'missing-section',
  max: 1,
  find(ctx) {
    const expected = new Set<SectionKind>(EXPECTED[ctx.genre.genre]);
    const prose = ctx.sentences.filter((s) => !s.heading).map((s) => s.plain).join(' ');
    const roles = new Set(ctx.sentences.map((s) => s.role));
    // A section can be there under another name ("Rationale" weighing options) or spread through the doc (RBAC in a KEP).
    const covered = (k: SectionKind) => (ROLE_OF[k] !== undefined && roles.has(ROLE_OF[k]!)) || (prose.match(TOPIC[k] ?? /$^/) ?? []).length >= 3;
    // Once the work has shipped, "which decisions are still open" asks about the past.
    if (ctx.shipped) expected.delete('open-questions');
    const missing = missingSections(ctx.input.headings).filter((k) => expected.has(k) && !covered(k));
    if (missing.length === 0) return [];
    const labels = missing.map((k) => SECTION_KINDS[k].label.toLowerCase());
    return [{
      id: 'missing:sections', source: 'missing-section', category: 'clarifying', specific: false,
      headline: MISSING.headline(labels), text: MISSING.text(labels), why: MISSING.why,
      details: missing.map((k) => MISSING.byGenre[ctx.genre.genre]?.[k] ?? MISSING.section[k]).filter(Boolean),
      locations: ctx.title ? [{ offset: ctx.title.offset, length: 0 }] : [], severity: 10,
    }];
  },
};
export default source;
