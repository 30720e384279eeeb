import type { DocContext, Role, Sentence } from './context.js';
import type { Genre } from './genre.js';
import type { Candidate, QuestionCategory, QuestionSource } from './types.js';
import { PHRASES } from './wording.js';

/** One kind of evidence a senior TPM would ask about. A new source is one file in `sources/` and one line in sources/index.ts. */
export interface Source {
  readonly id: QuestionSource;
  /** The genres it fits; every genre when absent. */
  readonly genres?: readonly Genre[];
  /** The most questions of this source one doc keeps after ranking; 3 when absent. */
  readonly max?: number;
  find(ctx: DocContext): Candidate[];
}

type PhraseKinds = typeof PHRASES;

export interface PhraseRule<K extends string> {
  readonly kind: K;
  readonly re: RegExp;
  /** Added to the source's severity for this kind. */
  readonly boost?: number;
  /** Roles this kind may also fire in, beyond the source's own. */
  readonly alsoIn?: readonly Role[];
  /** A further check on the sentence and the match. */
  readonly accept?: (s: Sentence, m: RegExpExecArray, ctx: DocContext) => boolean;
}

export interface PhraseSourceSpec<S extends keyof PhraseKinds & QuestionSource> {
  readonly id: S;
  readonly category: QuestionCategory;
  readonly severity: number;
  readonly genres?: readonly Genre[];
  /** Roles where the phrase is evidence about the plan; by default everything but background, alternatives and reference. */
  readonly roles?: readonly Role[];
  readonly rules: readonly PhraseRule<keyof PhraseKinds[S] & string>[];
  /** Sentences that are themselves questions count only when true. */
  readonly questions?: boolean;
  /** Sentences about rejected options count only when true. */
  readonly rejected?: boolean;
  /** How many questions of this source one doc may raise. */
  readonly max?: number;
  /** The longest quote. */
  readonly quote?: number;
}

const MIN_SENTENCE = 18;

const PLAN_ROLES: readonly Role[] = ['design', 'risks', 'rollout', 'open', 'testing', 'goals', 'non-goals', 'other'];

/**
 * A source that reads the doc's sentences for phrases of one kind ("is deferred", "silently",
 * "at most 5") and asks that kind's question, quoting the doc's words around the phrase.
 */
export function phraseSource<S extends keyof PhraseKinds & QuestionSource>(spec: PhraseSourceSpec<S>): Source {
  const roles = spec.roles ?? PLAN_ROLES;
  const wording = PHRASES[spec.id] as Record<string, { headline: string; why: string; ask: (q: string) => string }>;
  return {
    id: spec.id,
    genres: spec.genres,
    max: spec.max,
    find(ctx) {
      const out: Candidate[] = [];
      for (const s of ctx.sentences) {
        // A fragment ("To be defined", "It is not expected to") says too little to quote back.
        if (s.heading || s.plain.length < MIN_SENTENCE || (s.asks && !spec.questions) || (s.rejected && !spec.rejected)) continue;
        // Line breaks read as spaces (same length, so offsets hold): a phrase wrapped over two lines still matches.
        const raw = ctx.text.slice(s.start, s.end).replace(/[\r\n\t]/g, ' ');
        for (const rule of spec.rules) {
          if (!roles.includes(s.role) && !rule.alsoIn?.includes(s.role)) continue;
          rule.re.lastIndex = 0;
          const m = rule.re.exec(raw);
          if (!m || (rule.accept && !rule.accept(s, m, ctx))) continue;
          // A match that starts at the sentence's list marker or emphasis points at the words after it.
          const lead = /^[\s>*_+-]*(?:\d+[.)]\s*)?/.exec(m[0])?.[0].length ?? 0;
          const at = s.start + m.index + lead;
          const length = Math.max(1, m[0].length - lead);
          const quote = ctx.quote(at, length, spec.quote ?? 120);
          const say = wording[rule.kind];
          out.push({
            id: `${spec.id}:${hash(norm(s.plain))}`, source: spec.id, kind: `${spec.id}:${rule.kind}`, category: spec.category,
            text: say.ask(quote), headline: say.headline, quote, why: say.why,
            locations: [{ offset: at, length }], severity: spec.severity + (rule.boost ?? 0),
            specific: true, sentence: s.start,
          });
          break;
        }
        if (out.length >= 40) break;
      }
      return out;
    },
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
