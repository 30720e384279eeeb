import type { Heading } from './structure.js';
import type { GlossaryEntry } from './glossary/types.js';
import type { TermMatch } from './matcher.js';
import type { TextRange } from './ranges.js';
import { firstIndex } from './ranges.js';
import { sectionLookup } from './structure.js';

/** A term the doc defines itself: "Long Form (ABBR)", "X means …", a Terminology section. */
export interface DocDefinition {
  /** `doc:` followed by the term in lower case. */
  readonly id: string;
  readonly term: string;
  /** The doc's own words, as plain text (one sentence or list item, at most ~300 characters). */
  readonly text: string;
  /** Where the doc defines it. */
  readonly offset: number;
  /** The abbreviation and its long form, when the definition is of that kind. */
  readonly abbr?: { readonly short: string; readonly long: string };
  /**
   * The doc introduces the term in emphasis and goes on using it ("exactly one _priority level_"):
   * `text` is the sentence that introduces it, not a definition proper.
   */
  readonly introduced?: boolean;
}

/** A technical-looking word the doc uses that neither the glossary nor the doc explains. */
export interface UnknownWord {
  readonly id: string;
  readonly word: string;
  readonly count: number;
  readonly inHeading: boolean;
}

const DEFINITION_SECTION = /\b(?:terminolog\w*|glossary|definitions?|vocabulary|key (?:terms|concepts)|concepts)\b/i;
const MAX_TEXT = 300;

/**
 * The terms a doc defines, from its prose: "Long Form (ABBR)" and "ABBR (Long Form)" where the
 * letters agree, "X means …", "we call this X", "we refer to … as X", and each "**Term**: …" or
 * "Term — …" item or table row under a Terminology / Glossary / Definitions heading. First definition wins.
 */
export function findDefinitions(text: string, prose: readonly TextRange[], headings: readonly Heading[]): DocDefinition[] {
  const out = new Map<string, DocDefinition>();
  const add = (term: string, at: number, def: string, abbr?: DocDefinition['abbr'], introduced?: boolean) => {
    const t = term.trim();
    if (t.length < 2 || t.length > 60 || /^\d/.test(t)) return;
    const id = `doc:${t.toLowerCase()}`;
    if (!out.has(id)) out.set(id, { id, term: t, text: clipText(def), offset: at, ...(abbr ? { abbr } : {}), ...(introduced ? { introduced } : {}) });
  };
  const introductions: { term: string; at: number; def: string; single: boolean }[] = [];
  const section = sectionLookup(headings);
  // Definitions span inline markup (**Term**: …, "Term" means …), so read whole lines that hold prose.
  const lines: TextRange[] = [];
  for (const p of prose) {
    const line = lineOf(text, p.start);
    const last = lines[lines.length - 1];
    if (!last || line.start > last.start) lines.push({ start: line.start, end: line.start + line.text.length });
  }
  for (const r of lines) {
    const chunk = text.slice(r.start, r.end);
    // Long Form (ABBR)
    for (const m of chunk.matchAll(/((?:[A-Za-z][\w-]*[ -]){1,6}?[A-Za-z][\w-]*)\s+\(([A-Z][A-Za-z0-9]{1,9})s?\)/g)) {
      const long = initialsMatch(m[1], m[2]);
      if (long) add(m[2], r.start + m.index! + m[0].indexOf(`(${m[2]}`) + 1, `${m[2]}: ${long}.`, { short: m[2], long });
    }
    // ABBR (Long Form)
    for (const m of chunk.matchAll(/\b([A-Z][A-Z0-9]{1,9})s?\s+\(([A-Za-z][A-Za-z -]{3,60})\)/g)) {
      const long = initialsMatch(m[2], m[1]);
      if (long) add(m[1], r.start + m.index!, `${m[1]}: ${long}.`, { short: m[1], long });
    }
    // "X means …", "By X we mean …", "we call this X", "we refer to … as X"
    // "X means …" only when X is marked as a term (quotes, emphasis, code) or is an acronym: "This means" is not a definition.
    for (const m of chunk.matchAll(/(?:^|[.!?:]\s+|\n)(?:An?\s+|The\s+)?(?:["“*_`]+([^"”*_`\n]{2,40})["”*_`]+|\b([A-Z][A-Z0-9]{1,9})\b)\s+(?:means|refers to|is defined as|stands for)\s+/g)) {
      const term = m[1] ?? m[2];
      add(term, r.start + m.index! + m[0].indexOf(term), sentenceIn(chunk, m.index! + m[0].length - 1));
    }
    for (const m of chunk.matchAll(/\bwe (?:call|name|term) (?:this|these|them|it|such \w+)\s+(?:an?\s+|the\s+)?["“*_`]+([^"”*_`]{2,40})["”*_`]+/gi)) {
      add(m[1], r.start + m.index! + m[0].lastIndexOf(m[1]), sentenceIn(chunk, m.index!));
    }
    for (const m of chunk.matchAll(/\bwe refer to [^.]{3,80}? as (?:an?\s+|the\s+)?["“*_`]+([^"”*_`]{2,40})["”*_`]+/gi)) {
      add(m[1], r.start + m.index! + m[0].lastIndexOf(m[1]), sentenceIn(chunk, m.index!));
    }
    // A lower-case phrase in emphasis inside a sentence ("exactly one _priority level_ and one
    // _flow_"): a candidate the doc introduces, kept below if the doc goes on using it.
    for (const m of chunk.includes('*') || chunk.includes('_') ? chunk.matchAll(EMPHASIS) : []) {
      const term = m[2];
      const words = term.toLowerCase().split(/[ -]/);
      if (STRESS.has(words[0]) || STRESS.has(words[words.length - 1]) || term.length < 4 || words.some((w) => /ly$/.test(w))) continue;
      // A label opening a line ("**note**: …") introduces nothing.
      if (/^\s*(?:[-*+]\s+)?$/.test(chunk.slice(0, m.index!)) && /^\s*[:.—–-]/.test(chunk.slice(m.index! + m[0].length))) continue;
      // One word is a term only as a noun the sentence names: after "a", "the", "one", "called"…,
      // and not modifying the next word ("a _staging_ cluster" stresses, it does not name).
      if (words.length === 1) {
        const before = /(\p{L}+)\s+$/u.exec(chunk.slice(Math.max(0, m.index! - 20), m.index!))?.[1]?.toLowerCase();
        const after = /^\s+(\p{Ll}+)/u.exec(chunk.slice(m.index! + m[0].length, m.index! + m[0].length + 20))?.[1];
        if (!before || !NAMING.has(before) || (after && !STRESS.has(after))) continue;
      }
      introductions.push({ term, at: r.start + m.index! + m[1].length, def: sentenceAround(text, r.start + m.index!), single: words.length === 1 });
    }
    // Items of a Terminology / Glossary / Definitions section: "**Term**: text", "Term - text", "| Term | text |".
    const h = section(r.start);
    if (h && DEFINITION_SECTION.test(h.text)) {
      const item = /^\s*(?:[-*+]\s+|\d+[.)]\s+|\|\s*)?(?:\*\*|__|`)?([A-Za-z][\w ./-]{1,40}?)(?:\*\*|__|`)?\s*(?::|—|–| - |\|)\s*(.{8,})$/.exec(chunk);
      if (item) add(item[1].replace(/[*_`]/g, ''), r.start + chunk.indexOf(item[1]), item[2].replace(/\|\s*$/, ''));
    }
  }
  if (introductions.length) {
    const uses = countPhrases(text, prose, new Set(introductions.map((c) => phraseKey(c.term))));
    for (const c of introductions) {
      if ((uses.get(phraseKey(c.term)) ?? 0) >= (c.single ? INTRODUCED_USES + 1 : INTRODUCED_USES)) add(c.term, c.at, c.def, undefined, true);
    }
  }
  return [...out.values()];
}

/** A phrase's words in lower case, without a plural "s" on the last: "Priority Levels" → "priority level". */
function phraseKey(phrase: string): string {
  return phrase.toLowerCase().split(/[\s-]+/).filter(Boolean).map((w, i, all) => (i === all.length - 1 ? singular(w) : w)).join(' ');
}

/** A lower-case word without a plural "s" or "es" (words of three letters or fewer as they are). */
function singular(w: string): string {
  return w.length > 3 && w.endsWith('s') ? w.replace(/(?:es|s)$/, '') : w;
}

/**
 * How often each of `keys` (phrases of one to four words, as phraseKey gives them) occurs in the
 * prose: one pass over its words, whatever the number of phrases, so a doc with thousands of
 * emphasised phrases costs no more than one with a few.
 */
function countPhrases(text: string, prose: readonly TextRange[], keys: ReadonlySet<string>): Map<string, number> {
  const counts = new Map<string, number>();
  const longest = Math.max(...[...keys].map((k) => k.split(' ').length));
  // A phrase can only start at one of these words (the first word as written, or a one-word key).
  const firsts = new Set([...keys].map((k) => k.split(' ')[0]));
  const words: string[] = [];
  for (const r of prose) for (const m of text.slice(r.start, r.end).matchAll(/[\p{L}\p{N}]+/gu)) words.push(m[0].toLowerCase());
  for (let i = 0; i < words.length; i++) {
    if (!firsts.has(words[i]) && !firsts.has(singular(words[i]))) continue;
    let phrase = '';
    for (let n = 1; n <= longest && i + n <= words.length; n++) {
      const w = words[i + n - 1];
      const key = `${phrase}${phrase ? ' ' : ''}${singular(w)}`;
      if (keys.has(key)) counts.set(key, (counts.get(key) ?? 0) + 1);
      phrase = `${phrase}${phrase ? ' ' : ''}${w}`;
    }
  }
  return counts;
}

/** An emphasised lower-case phrase of one to four words: _term_, *term*, **term**, __term__. */
const EMPHASIS = /(?<![\p{L}\p{N}*_\\])(\*\*|__|\*|_)(\p{Ll}[\p{Ll}-]*(?: \p{Ll}[\p{Ll}-]*){0,3})\1(?![\p{L}\p{N}*_])/gu;
/** How often, counting the emphasis itself, the doc must use a phrase it introduced for it to be its vocabulary. */
const INTRODUCED_USES = 3;
/** Words before a term the sentence names ("exactly one _flow_", "a data structure called a _transparent log_"). */
const NAMING = new Set(['a', 'an', 'the', 'one', 'called', 'termed', 'named', 'dubbed', 'so-called', 'as', 'each', 'every']);
/** Words emphasised for stress, not introduced as terms ("this is *not* supported", "_all_ nodes"). */
const STRESS = new Set(`
not no nor only all any every each both either neither none some many few much more most less least very really
must should shall may might can cannot could will would do does did is are was were be been has have had
and or but if then else than so too also even just still yet already now later soon once twice ever never always
before after during until unless without with within per instead except including excluding only
in on at of to for by from into onto over under about via works work
one two three first second last next new old same different other own this that these those such
what why how when where which who whom whose here there
required optional recommended mandatory important note warning caution example examples e.g i.e etc
deprecated experimental alpha beta stable done todo yes true false everything nothing anything everyone nobody
exactly precisely actually always usually often rarely strictly explicitly implicitly
`.trim().split(/\s+/));

/** The long form's words whose initials spell the abbreviation (in order, with small words skipped), or undefined. */
function initialsMatch(longForm: string, abbr: string): string | undefined {
  const words = longForm.trim().split(/[\s-]+/);
  const letters = abbr.replace(/[^A-Za-z]/g, '').toUpperCase();
  // Try the shortest run of trailing words whose initials (or first letters of parts) give the letters.
  for (let n = 1; n <= words.length; n++) {
    const run = words.slice(words.length - n);
    const initials = run.filter((w) => !/^(?:of|and|for|the|to|in|on|a|an)$/i.test(w)).map((w) => w[0].toUpperCase()).join('');
    if (initials === letters) return run.join(' ');
    // CamelCase or joined words: "Kubernetes Enhancement Proposal" = KEP; "OpenTelemetry Protocol" = OTLP
    const caps = run.map((w) => w.replace(/[^A-Z]/g, '') || w[0].toUpperCase()).join('');
    if (caps === letters && n > 1) return run.join(' ');
  }
  return undefined;
}

function sentenceIn(chunk: string, at: number): string {
  let s = at;
  while (s > 0 && !/[.!?\n]/.test(chunk[s - 1]) && at - s < MAX_TEXT) s--;
  let e = at;
  while (e < chunk.length && !/[.!?\n]/.test(chunk[e]) && e - at < MAX_TEXT) e++;
  return chunk.slice(s, e + 1);
}

/** The sentence around `at`, across the line breaks of a wrapped paragraph (not across a blank line). */
function sentenceAround(text: string, at: number): string {
  let s = at;
  while (s > 0 && at - s < MAX_TEXT && !/[.!?]\s/.test(text.slice(s - 2, s)) && text.slice(s - 2, s) !== '\n\n') s--;
  let e = at;
  while (e < text.length && e - at < MAX_TEXT && !/[.!?]/.test(text[e]) && text.slice(e, e + 2) !== '\n\n') e++;
  return text.slice(s, e + 1);
}

function lineOf(text: string, at: number): { start: number; text: string } {
  const start = text.lastIndexOf('\n', at - 1) + 1;
  const nl = text.indexOf('\n', at);
  return { start, text: text.slice(start, nl < 0 ? text.length : Math.min(nl, start + 1000)) };
}

function clipText(s: string): string {
  const plain = s.replace(/\[([^\]]*)\]\([^)]*\)/g, '$1').replace(/^\s*(?:#{1,6}\s+|>\s*|[-*+]\s+|\d+[.)]\s+)+/, '').replace(/[*_`]/g, '').replace(/\s+/g, ' ').trim();
  return plain.length > MAX_TEXT ? `${plain.slice(0, MAX_TEXT - 1)}…` : plain;
}

/**
 * Where each doc-defined term is used in prose (whole words; acronyms in their own case), outside
 * other terms, or over glossary terms that lie inside it: the doc's "priority level" is one term,
 * not the glossary's "priority" followed by a word (withOwnVocabulary drops the inner ones).
 */
export function matchDefinitions(text: string, prose: readonly TextRange[], defs: readonly DocDefinition[], taken: readonly TermMatch[]): TermMatch[] {
  if (defs.length === 0) return [];
  const covered = (s: number, e: number) => overlapsAny(taken, s, e) && !onlyInside(taken, s, e);
  const out: TermMatch[] = [];
  // Every form in two patterns (acronyms in their own case, the rest in any case), longest first,
  // so the prose is read twice however many terms the doc defines; the form found names the term.
  const exactIds = new Map<string, string>();
  const looseIds = new Map<string, string>();
  for (const d of defs) {
    const exact = /^[A-Z0-9]+$/.test(d.term);
    for (const f of [d.term, ...(d.abbr ? [d.abbr.long] : [])]) {
      const ids = exact && f === d.term ? exactIds : looseIds;
      const key = ids === exactIds ? f : f.toLowerCase();
      if (!ids.has(key)) ids.set(key, d.id);
    }
  }
  const pattern = (forms: Iterable<string>, flags: string) => {
    const alts = [...forms].sort((a, b) => b.length - a.length).map((f) => f.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
    return alts.length ? new RegExp(`(?<![\\p{L}\\p{N}_.-])(?:${alts.join('|')})s?(?![\\p{L}\\p{N}_])`, flags) : undefined;
  };
  const passes = [
    { re: pattern(exactIds.keys(), 'gu'), ids: exactIds, key: (s: string) => s },
    { re: pattern(looseIds.keys(), 'giu'), ids: looseIds, key: (s: string) => s.toLowerCase() },
  ];
  for (const r of prose) {
    const chunk = text.slice(r.start, r.end);
    for (const p of passes) {
      if (!p.re) continue;
      for (const m of chunk.matchAll(p.re)) {
        const k = p.key(m[0]);
        const id = p.ids.get(k) ?? p.ids.get(k.slice(0, -1));
        const s = r.start + m.index!;
        const e = s + m[0].length;
        if (id && !covered(s, e)) out.push({ id, offset: s, length: m[0].length });
      }
    }
  }
  out.sort((a, b) => a.offset - b.offset || b.length - a.length);
  // No two doc terms on one span: keep the first (longest first at equal offsets).
  const kept: TermMatch[] = [];
  for (const t of out) if (!kept.length || t.offset >= kept[kept.length - 1].offset + kept[kept.length - 1].length) kept.push(t);
  return kept;
}

/** True when every term of `taken` that overlaps [s, e) lies inside it and is shorter. */
export function onlyInside(taken: readonly TermMatch[], s: number, e: number): boolean {
  for (let i = firstEndingAfter(taken, s); i < taken.length && taken[i].offset < e; i++) {
    const t = taken[i];
    if (t.offset < s || t.offset + t.length > e || t.length === e - s) return false;
  }
  return true;
}

/** True when a term of `taken` (sorted by offset, not overlapping) overlaps [s, e). */
function overlapsAny(taken: readonly TermMatch[], s: number, e: number): boolean {
  const i = firstEndingAfter(taken, s);
  return i < taken.length && taken[i].offset < e;
}

/** The index of the first term of `taken` (sorted, not overlapping) that ends after `s`. */
function firstEndingAfter(taken: readonly TermMatch[], s: number): number {
  return firstIndex(taken.length, (i) => taken[i].offset + taken[i].length > s);
}

/** Capitals that are everyday writing, not terms. */
const NOT_TERMS = new Set(['I', 'OK', 'US', 'USA', 'UK', 'EU', 'TODO', 'FIXME', 'NOTE', 'TBD', 'TBC', 'FAQ', 'AND', 'OR', 'NOT', 'THE', 'A', 'AN', 'IS', 'IT', 'NO', 'YES', 'PM', 'AM', 'ET', 'PT', 'UTC', 'GMT', 'ID', 'IDS', 'MUST', 'SHOULD', 'MAY', 'SHALL', 'REQUIRED', 'RECOMMENDED', 'OPTIONAL', 'N/A', 'NA', 'QA', 'Q1', 'Q2', 'Q3', 'Q4', 'H1', 'H2', 'README', 'CHANGELOG', 'WIP', 'FYI', 'IMO', 'ETA', 'EOD', 'ASAP', 'TL', 'DR', 'TLDR']);

/**
 * Words that look technical (acronyms, CamelCase names such as EndpointSlice) and are used in prose
 * three times or more, or in a heading, with no glossary entry and no definition in the doc.
 */
export function findUnknownWords(text: string, prose: readonly TextRange[], headings: readonly Heading[], taken: readonly TermMatch[], entries: ReadonlyMap<string, GlossaryEntry>): { words: UnknownWord[]; matches: TermMatch[] } {
  const WORD = /(?<![\p{L}\p{N}_./-])(?:[A-Z][A-Z0-9]{1,7}s?|[A-Z][a-z]+(?:[A-Z][a-z0-9]+)+)(?![\p{L}\p{N}_]|\.[\p{L}\p{N}]|\/\p{L})/gu;
  const known = new Set<string>();
  for (const e of entries.values()) for (const f of [e.term, ...e.aliases, ...e.abbreviations.map((a) => a.abbr)]) known.add(f.toLowerCase());
  const found = new Map<string, { offsets: number[]; inHeading: boolean }>();
  const headingWords = new Set(headings.flatMap((h) => h.text.match(WORD) ?? []));
  for (const r of prose) {
    const chunk = text.slice(r.start, r.end);
    for (const m of chunk.matchAll(WORD)) {
      const word = m[0];
      const base = /^[A-Z0-9]+s$/.test(word) ? word.slice(0, -1) : word;
      const at = r.start + m.index!;
      if (NOT_TERMS.has(base) || known.has(base.toLowerCase()) || known.has(word.toLowerCase()) || overlapsAny(taken, at, at + word.length) || /^\d/.test(base) || /^[A-Z]\d/.test(base)) continue;
      const f = found.get(base) ?? { offsets: [], inHeading: headingWords.has(base) || headingWords.has(word) };
      f.offsets.push(at);
      found.set(base, f);
    }
  }
  const words: UnknownWord[] = [];
  const matches: TermMatch[] = [];
  for (const [word, f] of found) {
    if (f.offsets.length < 3 && !f.inHeading) continue;
    const id = `unknown:${word}`;
    words.push({ id, word, count: f.offsets.length, inHeading: f.inHeading });
    for (const o of f.offsets) matches.push({ id, offset: o, length: /^[\p{L}\p{N}]+/u.exec(text.slice(o, o + 40))?.[0].length ?? word.length });
  }
  words.sort((a, b) => b.count - a.count || a.word.localeCompare(b.word));
  matches.sort((a, b) => a.offset - b.offset);
  return { words, matches };
}
