import type { GlossaryEntry } from '../glossary/types.js';
import type { Heading } from '../structure.js';
import type { TermMatch } from '../matcher.js';
import type { Quantity } from '../numbers.js';
import { firstIndex } from '../ranges.js';
import { sectionLookup, type SectionKind } from '../structure.js';
import { sentencesOfBlock, plainQuote, quoteAround } from '../quotes.js';
import { detectGenre, type GenreGuess } from './genre.js';
import type { QuestionInput } from './types.js';

/**
 * What a sentence's section is for. Sources read it to tell the plan from its background and
 * from the options it turned down: "there is no way to do X" in Motivation is the problem the doc
 * solves, not a gap it leaves.
 */
export type Role = 'background' | 'goals' | 'non-goals' | 'design' | 'alternatives' | 'open' | 'risks' | 'rollout' | 'testing' | 'reference' | 'other';

export interface Sentence {
  /** Document offsets of the sentence (Markdown included). */
  readonly start: number;
  readonly end: number;
  /** The sentence as reading text: no Markdown syntax, one line. */
  readonly plain: string;
  readonly section?: Heading;
  readonly role: Role;
  /** The sentence is itself a question. */
  readonly asks: boolean;
  /** The sentence describes an option the doc turned down or only considered. */
  readonly rejected: boolean;
  /** A heading line or a table-of-contents entry, not a sentence of the doc's argument. */
  readonly heading: boolean;
}

/** Everything the sources read, built once per analysed version. */
export interface DocContext {
  readonly text: string;
  readonly input: QuestionInput;
  readonly sentences: readonly Sentence[];
  readonly genre: GenreGuess;
  readonly title?: Heading;
  readonly entries: ReadonlyMap<string, GlossaryEntry>;
  readonly terms: readonly TermMatch[];
  readonly quantities: readonly Quantity[];
  /**
   * The doc describes something already shipped (its status line says implemented or completed,
   * or it records a graduation): questions ask what was done, not what must happen before launch.
   */
  readonly shipped: boolean;
  /** The section a document offset falls under. */
  sectionAt(offset: number): Heading | undefined;
  /** The sentence containing a document offset, or undefined outside prose. */
  sentenceAt(offset: number): Sentence | undefined;
  /** How central a role is to the review: the design and its risks weigh more than its history. */
  weight(role: Role): number;
  /** A quote of at most `max` characters around [offset, offset+length) in its sentence. */
  quote(offset: number, length: number, max?: number): string;
}

/** The most sentences read for questions: a 1 MB doc costs no more than a long one. */
const MAX_SENTENCES = 8000;

const ROLE_OF_KIND: Partial<Record<SectionKind, Role>> = {
  context: 'background', goals: 'goals', 'non-goals': 'non-goals', design: 'design', alternatives: 'alternatives',
  'open-questions': 'open', risks: 'risks', rollout: 'rollout', testing: 'testing', dependencies: 'design',
  security: 'design', scalability: 'design', reliability: 'design', cost: 'design', timeline: 'rollout',
};

/** Headings recognised by what their sections are for, beyond the standard section names. */
const ROLE_BY_TITLE: readonly [RegExp, Role][] = [
  [/\b(?:drawbacks?|risks?|caveats?|limitations?|concerns?|mitigations?|failure modes?|trade-?offs?)\b/i, 'risks'],
  [/\b(?:alternatives?|options considered|prior art|considered|rejected)\b/i, 'alternatives'],
  [/\b(?:key questions|unresolved|open (?:issues|items|points)|questions|further work|future work|future possibilities|next steps)\b/i, 'open'],
  [/\b(?:history|appendix|references?|acknowledg\w*|changelog|glossary|footnotes?|table of contents|terminology|definitions)\b/i, 'reference'],
  [/\b(?:abstract|summary|motivation|background|problem|context|overview|introduction|current state|status quo)\b/i, 'background'],
  [/\bsecurity\b/i, 'risks'],
  [/\b(?:graduation|upgrade|downgrade|version skew|roll-?out|roll-?back|production readiness|monitoring requirements|feature enablement|launch|migration|deprecation)\b/i, 'rollout'],
];

const WEIGHT: Record<Role, number> = {
  design: 6, risks: 8, rollout: 6, open: 8, testing: 4, goals: 2, 'non-goals': 0, other: 2, background: -6, alternatives: -8, reference: -16,
};

/** A status line that says the work is done, or a doc that records its own release. */
const SHIPPED_STATUS = /^[ \t]*(?:[-*][ \t]+)?(?:\*\*)?(?:status|state)(?:\*\*)?[ \t]*:[ \t]*(?:\*\*)?[ \t]*["'`]?(?:implemented|completed?|done|released|shipped|stable|final|GA)\b/im;
const SHIPPED_TEXT = /\bgraduated to [`*]*(?:beta|GA|stable)\b|\b(?:promoted|promotion) to [`*]*(?:GA|stable)\b/i;

/** Sentences that talk about an option rather than the plan. */
const REJECTED = /\b(?:we (?:have )?(?:considered|rejected|discarded|ruled out|decided against)|(?:was|were|is) (?:rejected|not chosen|ruled out|discarded)|(?:an|one|another|the) alternative (?:would|is|was|could)|alternatively|we could (?:have|also)|(?:would|could) (?:have|also) (?:been|used)|this (?:option|approach|alternative) (?:would|was|is not)|if we (?:were to|had)|option [A-D1-4]\b)/i;

export function buildContext(input: QuestionInput): DocContext {
  const { text } = input;
  const headings = [...input.headings].sort((a, b) => a.offset - b.offset);
  const roles = headingRoles(headings);
  const find = sectionLookup(headings);
  const roleAt = (h: Heading | undefined): Role => (h ? roles.get(h) ?? 'other' : 'other');
  const sentences: Sentence[] = [];
  // The doc's header (title, status and author lines) ends at its first section heading.
  const headerEnd = Math.min(3000, headings.find((h) => h.depth >= 2)?.offset ?? 3000);
  let covered = -1;
  for (const r of input.prose) {
    let at = Math.max(r.start, covered);
    let queue: { start: number; end: number }[] = [];
    while (at < r.end && sentences.length < MAX_SENTENCES) {
      while (at < r.end && /\s/.test(text[at])) at++;
      if (at >= r.end) break;
      // The sentences of the block at `at`, read once; the walk takes them in order.
      while (queue.length && queue[0].end <= at) queue.shift();
      if (!queue.length || queue[0].start > at) queue = sentencesOfBlock(text, at).filter((x) => x.end > at);
      const s = queue.shift() ?? { start: at, end: at + 1 };
      const end = Math.max(s.end, at + 1);
      if (s.start >= covered) {
        const raw = text.slice(s.start, end);
        const plain = plainQuote(raw);
        if (plain.length >= 12) {
          const section = find(s.start);
          // The start of the sentence's line, looked for nearby only: a 1 MB line costs the same as a short one.
          const near = text.slice(Math.max(0, s.start - 200), s.start);
          const nl = near.lastIndexOf('\n');
          const line = nl < 0 && s.start > 200 ? '' : near.slice(nl + 1) + text.slice(s.start, s.start + 3);
          // Metadata lines at the top ("Feature Name: Follower Reads", "* Status: Draft") name the doc; they are not its argument.
          const metadata = s.start < headerEnd && /^\s*(?:[-*]\s+)?(?:\*\*)?[A-Z][\w ()/-]{1,30}(?:\*\*)?:(?:\*\*)?\s/.test(raw) && plain.length < 160;
          // Inside the heading's own line; the sentence on the next line (no blank line between) is prose.
          const headingEnd = section === undefined ? -1 : text.indexOf('\n', section.offset);
          const inHeading = section !== undefined && s.start >= section.offset && (headingEnd < 0 || s.start < headingEnd);
          // A template's instruction left in the doc ("List things that this CFP will enable…") is not the author's words.
          const instruction = /^[\s>*_+-]*(?:list|describe|explain|summari[sz]e|include|provide|outline|enumerate)\b[^.]{0,80}\b(?:this (?:CFP|KEP|RFC|OTEP|proposal|doc(?:ument)?|design|section|enhancement|change)|here)\b/i.test(plain);
          const heading = metadata || instruction || /^\s{0,3}#{1,6}\s/.test(line) || inHeading || /^\s*(?:[-*+]|\d+[.)])\s+\[[^\]]*\]\(#/.test(raw);
          sentences.push({
            start: s.start, end, plain, section, role: roleAt(section), heading,
            asks: /\?\s*$/.test(plain), rejected: REJECTED.test(plain),
          });
        }
      }
      covered = end;
      at = end;
    }
    if (sentences.length >= MAX_SENTENCES) break;
  }
  const title = headings.find((h) => h.depth === 1) ?? headings[0];
  const proseText = sentences.filter((s) => !s.heading).map((s) => s.plain).join(' ');
  const genre = detectGenre(proseText, title?.text, input.path, input.genre);
  const starts = sentences.map((s) => s.start);
  const shipped = SHIPPED_STATUS.test(text.slice(0, headerEnd + 400)) || sentences.some((s) => s.role !== 'alternatives' && SHIPPED_TEXT.test(s.plain));
  return {
    text, input, sentences, genre, title, shipped,
    entries: input.entries, terms: input.terms, quantities: input.quantities ?? [],
    sectionAt: find,
    sentenceAt: (offset) => {
      const s = sentences[firstIndex(starts.length, (i) => starts[i] > offset) - 1];
      return s && offset < s.end ? s : undefined;
    },
    weight: (role) => WEIGHT[role],
    quote: (offset, length, max = 110) => quoteAround(text, offset, length, max),
  };
}

/** Each heading's role: its own, or else its parent's ("### Hedging" under "## Alternatives"). */
export function headingRoles(headings: readonly Heading[]): Map<Heading, Role> {
  const out = new Map<Heading, Role>();
  const stack: { depth: number; role: Role | undefined }[] = [];
  for (const h of headings) {
    while (stack.length && stack[stack.length - 1].depth >= h.depth) stack.pop();
    const own = ROLE_BY_TITLE.find(([re]) => re.test(h.text))?.[1] ?? (h.kind ? ROLE_OF_KIND[h.kind] : undefined);
    const inherited = [...stack].reverse().find((s) => s.role)?.role;
    // A parent that rejects or archives wins over a child's generic name ("Design" under
    // "Alternatives"), not over a child that says what it is ("Drawbacks" under "Alternatives").
    const generic = own === undefined || own === 'design' || own === 'other' || own === 'background';
    const role = (inherited === 'alternatives' && generic) || inherited === 'reference' ? inherited : own ?? inherited;
    stack.push({ depth: h.depth, role });
    out.set(h, role ?? 'other');
  }
  return out;
}
