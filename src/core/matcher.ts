import * as l10n from '@vscode/l10n';
import type { Glossary, GlossaryEntry, GlossaryProblem } from './glossary/types.js';
import { inflections } from './inflect.js';
import type { TextRange } from './ranges.js';

/** One occurrence of a glossary term in a document. Offsets are UTF-16 code units. */
export interface TermMatch {
  readonly id: string;
  readonly offset: number;
  readonly length: number;
  /**
   * Set while the surface form is claimed by several entries (senses of one word): every
   * candidate id, the general sense (no signals) first. resolveSenses picks one and clears it.
   */
  readonly senses?: readonly string[];
  /** The doc's context did not show which sense is meant, so the general meaning is shown. */
  readonly uncertain?: boolean;
  /** With `senses`: how many of each sense's signals occur near the term (see scoreNearby). */
  readonly near?: readonly number[];
  /**
   * The match spans a compound built on the entry's term ("corporate proxy" for proxy, "backoff
   * strategy" for backoff): the entry explains its key word, not the whole phrase (compounds.ts).
   * `from` and `length` place the entry's own words in the span, counted from `offset`.
   */
  readonly compound?: { readonly from: number; readonly length: number };
  /**
   * With `compound`: a known term that modifies the entry's term in the phrase ("L7" in "L7
   * proxies", "atomic" in "atomic transaction"), with its own entry; `from` and `length` place it
   * in the span, counted from `offset`. The hover explains both.
   */
  readonly modifier?: { readonly id: string; readonly from: number; readonly length: number };
}

/** Words after which the next word is a verb: "to", a modal, "not", a subject ("to map", "we map", "cannot map"). */
export const VERB_CUES: readonly string[] = `to will would can cannot could should must may might shall not we they i you it
which who that also then`.trim().split(/\s+/);
/** The same, and do-forms and adverbs, for a noun-or-verb word ("does not map", "easily map"). */
const VERB_BEFORE = new Set([...VERB_CUES, ...`does do did doesn't don't didn't easily directly simply automatically
typically usually always never often first`.trim().split(/\s+/)]);
/** Words before which a noun-or-verb word is the verb ("maps the computation", "map existing formats", "map to"). */
const DETERMINER_AFTER = new Set(`the a an all this these those its their our your his her each every any some existing
them it us him me to onto into directly exactly cleanly well`.trim().split(/\s+/));

interface Form {
  readonly id: string;
  /** Tokens as written (for exact-case forms) or lower-cased. */
  readonly tokens: readonly string[];
  readonly exactCase: boolean;
  /** The form is itself written in CamelCase (PagerDuty), so CamelCase words may match it. */
  readonly camel: boolean;
}

/** A form with punctuation that word tokens would drop: "C++", "Node.js", ".NET", "E&O", "first in, first out". */
const LITERAL = /[^\p{L}\p{N}\p{M}_\s\-\u2010\u2011/]/u;

/** A lower-case letter followed by an upper-case one: "ResourceQuota", "flowControl". */
const CAMEL = /\p{Ll}\p{Lu}/u;

interface TrieNode {
  next: Map<string, TrieNode>;
  forms: Form[];
}

/** A word: letters, digits, marks, and underscore (so identifiers like shard_key stay whole). */
export const WORD = /[\p{L}\p{N}\p{M}_]+/gu;
const WORD_CHAR = /[\p{L}\p{N}\p{M}_]/u;
/** What may stand between two words of one multi-word term: spaces, a hyphen or a slash. */
const JOINER = /^(?:[ \t]*[-\u2010\u2011/][ \t]*|[ \t\r\n>]+)$/;

/** True for forms that must match in their own case: acronyms such as CAP, SLO, p99 excepted. */
export function isAcronym(s: string): boolean {
  const letters = s.replace(/[^\p{L}]/gu, '');
  return letters.length >= 2 && letters === letters.toUpperCase() && /\p{Lu}/u.test(letters);
}

function tokenize(s: string): string[] {
  return s.match(WORD) ?? [];
}

/**
 * Every surface form of every entry compiled once into a trie of words. Matching a document is
 * then one pass over its words, longest match first, never overlapping.
 */
export class TermMatcher {
  readonly #root: TrieNode = { next: new Map(), forms: [] };
  /** Forms with punctuation inside or around their words, by their first word (lower case). */
  readonly #literals = new Map<string, { id: string; text: string; exactCase: boolean; lead: number }[]>();
  #formCount = 0;
  /** Forms that are themselves long hyphenated names ("man-in-the-middle"), lower-cased: not identifiers. */
  readonly #kebab = new Set<string>();
  readonly entries: ReadonlyMap<string, GlossaryEntry>;

  /** Forms that can never match (no letters or digits), reported at their entry's source line. */
  readonly problems: GlossaryProblem[] = [];

  constructor(glossary: Glossary) {
    this.entries = glossary.entries;
    for (const entry of glossary.entries.values()) {
      for (const { text, exactCase, inflect } of surfaceForms(entry)) {
        if (!this.#addForm(entry.id, text, exactCase, inflect)) {
          this.problems.push({ file: entry.source?.file ?? '', line: entry.source?.line ?? 1, column: 1, severity: 'warning', entryId: entry.id,
            message: l10n.t('Entry "{0}": "{1}" has no letters or digits, so it can never match.', entry.id, text) });
        }
      }
    }
  }

  readonly #signalIds = new Map<string, readonly (readonly string[])[]>();

  /**
   * For each signal of sense entry `id`, the glossary ids that signal's words are a term of (empty
   * when it is no term): lets sense choice count signals among the doc's terms without re-reading text.
   */
  signalTerms(id: string): readonly (readonly string[])[] {
    let ids = this.#signalIds.get(id);
    if (!ids) {
      ids = (this.entries.get(id)?.signals ?? []).map((sig) => [...new Set(this.match(sig).flatMap((m) => m.senses ?? [m.id]))]);
      this.#signalIds.set(id, ids);
    }
    return ids;
  }

  /** Number of distinct surface forms compiled (for diagnostics and benchmarks). */
  get formCount(): number {
    return this.#formCount;
  }

  /** Compile one surface form; false when it has no word to match on. */
  #addForm(id: string, text: string, exactCase: boolean, inflect: boolean): boolean {
    // Punctuation the word tokens drop is part of the name (C++, Node.js, .NET, E&O): match it literally.
    if (LITERAL.test(text.trim())) {
      const t = text.trim();
      const first = (tokenize(t)[0] ?? '').toLowerCase();
      if (!first) return false;
      const list = this.#literals.get(first) ?? [];
      list.push({ id, text: exactCase ? t : t.toLowerCase(), exactCase, lead: t.length - t.replace(/^[^\p{L}\p{N}_]+/u, '').length });
      this.#literals.set(first, list);
      this.#formCount++;
      return true;
    }
    const tokens = tokenize(text);
    const camel = CAMEL.test(text);
    if (text.split(/[-\u2010\u2011]/).length >= 4) this.#kebab.add(text.trim().toLowerCase());
    if (tokens.length === 0) return false;
    const variants: string[][] = [tokens];
    const last = tokens[tokens.length - 1];
    if (inflect && !exactCase) {
      for (const v of inflections(last)) variants.push([...tokens.slice(0, -1), v]);
    } else if (inflect && exactCase && !isAcronym(text)) {
      // Case-sensitive words inflect in their own case: "node" -> "nodes", "Deployment" -> "Deployments".
      const cased = (v: string) => (/^\p{Lu}/u.test(last) ? v[0].toUpperCase() + v.slice(1) : v);
      for (const v of inflections(last)) variants.push([...tokens.slice(0, -1), cased(v)]);
    }
    if (exactCase && tokens.length === 1 && /^\p{Lu}[\p{Lu}\p{N}]*$/u.test(tokens[0])) {
      variants.push([tokens[0] + 's']); // SLOs, APIs, VMs
    }
    // Joined variants of two- and three-word forms: "fan out" -> "fanout".
    const joined: string[][] = [];
    if (!exactCase && tokens.length >= 2 && tokens.length <= 3 && tokens.every((t) => /^\p{L}+$/u.test(t))) {
      for (const v of variants) joined.push([v.join('')]);
    }
    for (const v of [...variants, ...joined]) {
      const key = exactCase ? v : v.map((t) => t.toLowerCase());
      let node = this.#root;
      for (const t of key.map((t) => t.toLowerCase())) {
        let child = node.next.get(t);
        if (!child) node.next.set(t, (child = { next: new Map(), forms: [] }));
        node = child;
      }
      if (!node.forms.some((f) => f.id === id && f.exactCase === exactCase && f.tokens.join(' ') === key.join(' '))) {
        node.forms.push({ id, tokens: key, exactCase, camel });
        this.#formCount++;
      }
    }    return true;
  }


  /**
   * Find every term in `text`, looking only inside `ranges` (the prose of the document) when given.
   * Matches never overlap; at each position the longest form wins.
   */
  match(text: string, ranges: readonly TextRange[] = [{ start: 0, end: text.length }]): TermMatch[] {
    const out: TermMatch[] = [];
    for (const r of ranges) this.#matchRange(text, r.start, r.end, out);
    return out;
  }

  #matchRange(text: string, start: number, end: number, out: TermMatch[]): void {
    const slice = text.slice(start, end);
    const words: { s: number; e: number; w: string }[] = [];
    WORD.lastIndex = 0;
    for (let m = WORD.exec(slice); m; m = WORD.exec(slice)) words.push({ s: m.index, e: m.index + m[0].length, w: m[0] });
    let i = 0;
    while (i < words.length) {
      const trie = this.#longestAt(slice, words, i);
      const literal = this.#literalAt(slice, words, i);
      const trieEnd = trie ? words[trie.last].e : -1;
      if (literal && literal.end > trieEnd) {
        out.push({ id: literal.id, offset: start + literal.start, length: literal.end - literal.start });
        while (i < words.length && words[i].s < literal.end) i++;
      } else if (trie && trie.last === i && this.#readsAsVerb(slice, words, i, trie)) {
        i++;
      } else if (trie) {
        const first = words[i];
        out.push({ id: trie.id, offset: start + first.s, length: trieEnd - first.s, ...(trie.senses ? { senses: trie.senses } : {}) });
        i = trie.last + 1;
      } else {
        i++;
      }
    }
  }

  /**
   * True when the one-word match at word i belongs to nouns-only entries (`noun: true`) and reads
   * as a verb here: after "to", a modal or a subject ("we can map SQL to"), or before a determiner
   * or "to" ("maps the computation", "formats map to fields"). "a map of", "the map", "map entries" stay nouns.
   */
  #readsAsVerb(slice: string, words: readonly { s: number; e: number; w: string }[], i: number, trie: { id: string; senses?: readonly string[] }): boolean {
    if (!(trie.senses ?? [trie.id]).every((id) => this.entries.get(id)?.noun)) return false;
    const space = (a: number, b: number) => /^\s+$/.test(slice.slice(a, b));
    const before = i > 0 && space(words[i - 1].e, words[i].s) ? words[i - 1].w.toLowerCase() : undefined;
    const after = i + 1 < words.length && space(words[i].e, words[i + 1].s) ? words[i + 1].w.toLowerCase() : undefined;
    return (before !== undefined && VERB_BEFORE.has(before)) || (after !== undefined && DETERMINER_AFTER.has(after));
  }

  /** The longest literal form (C++, Node.js, .NET) starting at word i, with its span in `slice`. */
  #literalAt(slice: string, words: { s: number; e: number; w: string }[], i: number): { id: string; start: number; end: number } | undefined {
    const list = this.#literals.get(words[i].w.toLowerCase());
    if (!list) return undefined;
    let best: { id: string; start: number; end: number } | undefined;
    for (const f of list) {
      const start = words[i].s - f.lead;
      if (start < 0) continue;
      const end = start + f.text.length;
      const seen = slice.slice(start, end);
      if ((f.exactCase ? seen : seen.toLowerCase()) !== f.text) continue;
      // Whole names only: no letter or digit glued on either side (C++ in "C++20" is fine, "MC++" is not).
      if (WORD_CHAR.test(slice[start - 1] ?? '') || (/[\p{L}\p{N}]$/u.test(f.text) && WORD_CHAR.test(slice[end] ?? ''))) continue;
      if (!best || end > best.end) best = { id: f.id, start, end };
    }
    return best;
  }

  #longestAt(slice: string, words: { s: number; e: number; w: string }[], i: number): { id: string; last: number; senses?: string[] } | undefined {
    if (isInsideIdentifier(slice, words[i].s, 'before', this.#kebab)) return undefined;
    let node: TrieNode | undefined = this.#root;
    let best: { id: string; last: number; senses?: string[] } | undefined;
    for (let j = i; j < words.length && node; j++) {
      if (j > i && !JOINER.test(slice.slice(words[j - 1].e, words[j].s))) break;
      node = node.next.get(words[j].w.toLowerCase());
      if (!node || node.forms.length === 0) continue;
      if (isInsideIdentifier(slice, words[j].e, 'after', this.#kebab)) continue;
      const actual = words.slice(i, j + 1).map((w) => w.w);
      // A CamelCase word in prose is an identifier (ResourceQuota), not the joined phrase "resource quota".
      const camelWord = j === i && CAMEL.test(actual[0]);
      const exact = node.forms.filter((f) => f.exactCase && f.tokens.every((t, k) => t === actual[k]));
      const forms = exact.length ? exact : node.forms.filter((f) => !f.exactCase && (!camelWord || f.camel));
      if (forms.length === 0) continue;
      const ids = [...new Set(forms.map((f) => f.id))];
      if (ids.length === 1) best = this.entries.get(ids[0])?.signals ? { id: ids[0], last: j, senses: ids } : { id: ids[0], last: j };
      else {
        // Senses of one word: the general one (no signals) first; resolveSenses chooses by context.
        const general = ids.filter((id) => !this.entries.get(id)?.signals);
        const senses = [...general, ...ids.filter((id) => this.entries.get(id)?.signals)];
        best = { id: senses[0], last: j, senses };
      }
    }
    return best;
  }
}

/**
 * A word glued to a neighbour by "." "@" or "$" is part of a file name, host or identifier; so is
 * a lower-case word joined by "/" to another lower-case word (database/sql, api/v1), while
 * capitalised pairs such as TCP/IP or Kafka/RabbitMQ stay prose.
 */
export function isInsideIdentifier(s: string, at: number, side: 'before' | 'after', knownKebab?: ReadonlySet<string>): boolean {
  if (inKebabName(s, at, knownKebab) || inScopedName(s, at)) return true;
  if (side === 'before') {
    const c = s[at - 1];
    if ((c === '.' || c === '@' || c === '$') && WORD_CHAR.test(s[at - 2] ?? '')) return true;
    return c === '/' && /\p{Ll}/u.test(s[at - 2] ?? '') && /\p{Ll}/u.test(s[at] ?? '');
  }
  const c = s[at];
  if ((c === '.' || c === '@') && WORD_CHAR.test(s[at + 1] ?? '')) return true;
  return c === '/' && /\p{Ll}/u.test(s[at - 1] ?? '') && /\p{Ll}/u.test(s[at + 1] ?? '');
}

/**
 * Inside a long hyphenated name such as a header or flag (x-envoy-upstream-rq-per-try-timeout-ms):
 * four or more hyphen-joined parts, or a name that starts with "x-". Short compounds (fan-out,
 * at-least-once, read-your-writes) stay prose.
 */
function inKebabName(s: string, at: number, known?: ReadonlySet<string>): boolean {
  const isPart = (c: string | undefined) => c !== undefined && /[\p{L}\p{N}_-]/u.test(c);
  let a = at;
  while (a > 0 && isPart(s[a - 1]) && at - a < 200) a--;
  let b = at;
  while (b < s.length && isPart(s[b]) && b - at < 200) b++;
  const name = s.slice(a, b).replace(/^-+|-+$/g, '');
  if (!name.includes('-')) return false;
  // A glossary term spelt with hyphens ("man-in-the-middle", "man-in-the-middle-s") is prose.
  const lower = name.toLowerCase();
  if (known && (known.has(lower) || known.has(lower.replace(/e?s$/, '')))) return false;
  return name.split('-').length >= 4 || /^x-/i.test(name);
}

/** Inside a "Team::Group" label or a C++/Rust path (Scalability::Projections, std::vector). */
function inScopedName(s: string, at: number): boolean {
  let a = at;
  while (a > 0 && /[\p{L}\p{N}_]/u.test(s[a - 1]) && at - a < 200) a--;
  let b = at;
  while (b < s.length && /[\p{L}\p{N}_]/u.test(s[b]) && b - at < 200) b++;
  return s.slice(Math.max(0, a - 2), a) === '::' || s.slice(b, b + 2) === '::';
}

/** Every surface form an entry claims, with its case rule. */
export function surfaceForms(entry: Pick<GlossaryEntry, 'term' | 'aliases' | 'abbreviations' | 'caseSensitive' | 'inflect'>): { text: string; exactCase: boolean; inflect: boolean }[] {
  const forms: { text: string; exactCase: boolean; inflect: boolean }[] = [];
  const add = (text: string, forceExact = false) => {
    const exactCase = forceExact || entry.caseSensitive || isAcronym(text);
    forms.push({ text, exactCase, inflect: entry.inflect });
  };
  add(entry.term);
  for (const a of entry.aliases) add(a);
  for (const ab of entry.abbreviations) {
    add(ab.abbr, true);
    add(ab.expansion);
  }
  return forms;
}
