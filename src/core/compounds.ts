import { VERB_CUES, WORD, isInsideIdentifier, type TermMatch } from './matcher.js';
import type { TextRange } from './ranges.js';

/**
 * Compound terms built on a known term: "corporate proxy", "signed tree hash", "per-RPC metrics",
 * "non-idempotent", "backoff strategy". A PM who meets "corporate proxy" needs the hover on the
 * whole phrase, and the glossary entry for its head word is what explains it; so a match is widened
 * over the words that modify it (at most two, a hyphenated word counting as one) and over a few
 * generic head nouns that follow it. Function words, generic adjectives, adverbs, verbs and numbers
 * never widen a match: "the proxy", "this new proxy", "uses proxies" stay "proxy".
 */

/** Words that are never part of a compound term in front of its head. */
const STOP = new Set(`
a an the this that these those such some any each every all both either neither no none other another same own
i we you he she it they me us him her them my our your his its their whose which what who whom where when why how
whether if then than so as also too very just only even still already yet again more most less least much many few
several various certain enough quite rather almost nearly about above across after against along among around at
before behind below beneath beside between beyond by down during except for from in inside into like near of off on
onto out outside over past per since through throughout to toward towards under until up upon via with within without
and or but nor because while although though unless once
is are was were be been being am do does did done doing have has had having can could may might must shall should
will would need needs use used using make makes made get gets got let lets see say says said give gives put take takes
new old different similar separate single multiple additional extra main primary major minor whole entire
full partial first second third last next previous current existing future initial final original actual real
possible potential likely specific particular general common typical usual normal simple complex easy hard good bad
better best worse worst big bigger large larger small smaller long longer short shorter great little
important necessary required optional available relevant related respective corresponding appropriate proper
above-mentioned so-called aforementioned given known unknown true false right wrong able unable
here there now today instead not never always often sometimes usually generally typically currently
one two three four five six seven eight nine ten hundred thousand million billion
e.g i.e etc vs cannot can't don't doesn't won't isn't aren't fact case way lot kind sort type types part
reasonable arbitrary tricky valid invalid basic individual subsequent equivalent unexpected proposed supported
latest heavy smart deep specialized established numerous nice clean ideal overall
fewer further example examples hypothetical precious singular extant exact incorrect desired
`.trim().split(/\s+/));

/**
 * Verbs that are seldom a noun's modifier: before a term they start a clause ("improve
 * observability", "Add Subchannel"), not a compound.
 */
const VERBS = new Set(`
add allow ensure enable disable verify improve prove extend visualize implement sync resolve become identify
minimize maximize incorporate require force provide create delete remove update handle manage build deploy
configure expose introduce define avoid prevent reduce increase keep return fetch apply include contain replace
reuse know want expect propose consider choose decide determine develop perform execute launch migrate move send
receive accept reject generate collect emit support store pin drop skip track trigger leverage utilize enforce
interpret explain describe achieve maintain guarantee detect retrieve inject register rely depend affect involve allows ensures enables
`.trim().split(/\s+/));

/** Words after which the next word is a verb, not a modifier ("to improve", "we store", "will support"). */
const BEFORE_VERB = new Set([...VERB_CUES, 'he', 'she', 'and', 'or']);

/** RFC 2119 keywords are no heads of a compound ("client SHOULD"). */
const KEYWORD = /^(?:MUST|SHOULD|MAY|SHALL|REQUIRED|RECOMMENDED|OPTIONAL)$/;

/** -ing words that name a kind of thing in front of a noun ("streaming protocol", "routing table"). */
const ING = new Set(['streaming', 'routing', 'logging', 'caching', 'networking', 'computing', 'tracing', 'programming',
  'rolling', 'sliding', 'blocking', 'nonblocking', 'polling', 'batching', 'sampling', 'signing', 'hashing', 'queueing',
  'queuing', 'scheduling', 'serving', 'training', 'processing', 'messaging', 'monitoring', 'testing', 'staging',
  'hosting', 'encoding', 'forwarding', 'pooling', 'sharding', 'indexing', 'buffering', 'rendering',
  'parsing', 'billing', 'accounting', 'auditing', 'alerting', 'paging']);

/** Generic nouns that, after a known term, make a compound the term explains ("backoff strategy", "consistency checks"). */
const TRAILING = new Set(['attack', 'attacks', 'check', 'checks', 'mechanism', 'mechanisms', 'strategy', 'strategies',
  'delay', 'delays', 'scheme', 'schemes', 'algorithm', 'algorithms', 'format', 'formats', 'engine', 'engines', 'layer',
  'layers', 'error', 'errors', 'failure', 'failures', 'function', 'keyword', 'keywords', 'library', 'libraries',
  'identifier', 'identifiers', 'argument', 'arguments', 'field', 'fields', 'setting', 'settings', 'test', 'tests',
  'policy', 'policies', 'system', 'systems', 'rate', 'rates', 'value', 'values', 'application', 'applications',
  'creation']);

/** A hyphen between two parts of one word ("per-RPC", "client-side"). */
const HYPHEN = /^[-\u2010\u2011]$/;
/** How far back a compound's modifiers are looked for. */
const REACH = 64;

/** True when `parts` (one word, or the parts of one hyphenated word) may modify a term that follows. */
function isModifier(parts: readonly string[]): boolean {
  if (parts.length > 1) return !STOP.has(parts.join('-').toLowerCase()) && !/^\d+$/.test(parts[0]) && !/ly$/i.test(parts[parts.length - 1]);
  const w = parts[0];
  if (/^\d/.test(w) || w.length < 2) return false;
  const lower = w.toLowerCase();
  if (STOP.has(lower) || VERBS.has(lower)) return false;
  // An acronym or CamelCase name here is one the glossary does not know (a known one is a term of
  // its own): it stays a word of its own, marked as unknown when the doc uses it often.
  if (/^[\p{Lu}\p{N}]+$/u.test(w) || /\p{Ll}\p{Lu}/u.test(w)) return false;
  return hasModifierForm(lower) && /^\p{L}+$/u.test(w);
}

/**
 * True when a lower-case word has the form of a noun's modifier: not an adverb (-ly), not a plural
 * noun or third-person verb ("uses proxies", "clients retries"; -ss/-us/-is/-ous/-less/-ics words
 * are fine), and an -ing word only if it names a kind of thing ("streaming protocol").
 */
function hasModifierForm(lower: string): boolean {
  if (/ly$/.test(lower)) return false;
  if (/ing$/.test(lower)) return ING.has(lower);
  return !/s$/.test(lower) || /(?:ss|us|is|ous|less|ics)$/.test(lower);
}

/**
 * Widens each glossary term over the compound it heads, within its prose range and never into
 * another term. Runs on the whole document after senses are chosen (a word whose sense was not
 * confident is no term, so it may be a modifier); a term whose span does not change is returned
 * as the same object, so an edit elsewhere allocates nothing here.
 */
export function widenCompounds(text: string, terms: readonly TermMatch[], prose: readonly TextRange[]): TermMatch[] {
  const out: TermMatch[] = [];
  let p = 0;
  let prevEnd = 0;
  for (let k = 0; k < terms.length; k++) {
    const t = terms[k];
    while (p < prose.length && prose[p].end <= t.offset) p++;
    const r = prose[p];
    if (!r || r.start > t.offset || t.compound) { out.push(t); prevEnd = t.offset + t.length; continue; }
    const end = t.offset + t.length;
    const floor = Math.max(r.start, prevEnd);
    const ceil = Math.min(r.end, terms[k + 1]?.offset ?? Infinity);
    // A placed term that has not moved, between the same neighbours, widens as it did on the last
    // pass: an edit elsewhere costs a lookup here, not a scan of the text around every term.
    const memo = widened.get(t);
    const before = out[out.length - 1];
    if (memo && memo.floor === floor && memo.ceil === ceil && memo.before === before && memo.next === terms[k + 1]) {
      if (memo.out.modifier) out.pop();
      out.push(memo.out);
      prevEnd = memo.out.offset + memo.out.length;
      continue;
    }
    if (KEYWORD.test(text.slice(t.offset, end))) { widened.set(t, { floor, ceil, before, next: terms[k + 1], out: t }); out.push(t); prevEnd = end; continue; }
    const s = compoundStart(text, t.offset, floor);
    const e = compoundEnd(text, end, ceil);
    // Two known terms in a row make one phrase when the first can modify the second ("L7 proxies",
    // "atomic transaction", "OpenAPI schema"): one highlight, explained by both entries, the head first.
    // Of three known terms in a row the last is the head: "Arrow stateful protocol" joins "stateful protocol".
    const next = terms[k + 1];
    const mod = s === t.offset && before && canModify(text, before, t) && !(next && e === end && canModify(text, t, next)) ? before : undefined;
    const from = mod ? mod.offset : s;
    const w = from === t.offset && e === end ? t
      : memo && memo.out.offset === from && memo.out.length === e - from && (memo.out.modifier?.id === mod?.id) ? memo.out
      : { ...t, offset: from, length: e - from, compound: { from: t.offset - from, length: t.length }, ...(mod ? { modifier: { id: mod.id, from: 0, length: mod.length } } : {}) };
    if (mod) out.pop();
    widened.set(t, { floor, ceil, before, next, out: w });
    out.push(w);
    prevEnd = e;
  }
  return out;
}

/**
 * True when the glossary term `mod`, right before `head` with one space or hyphen between them,
 * modifies it: "L7 proxies", "HTTPS proxy", "SSL cert", "stateful protocol". Not when `mod` already
 * joins two terms, when either is a doc definition or an unknown word, nor when `mod` reads as a plural noun, an
 * adverb or a verb after "to" or a subject ("clients retries", "to cache data").
 */
function canModify(text: string, mod: TermMatch, head: TermMatch): boolean {
  if (mod.modifier || !isGlossaryId(mod.id) || !isGlossaryId(head.id) || mod.id === head.id) return false;
  const end = mod.offset + mod.length;
  if (end + 1 !== head.offset) return false;
  const gap = text[end];
  if (gap !== ' ' && !HYPHEN.test(gap)) return false;
  const surface = text.slice(mod.offset, end);
  const last = /[\p{L}\p{N}]+$/u.exec(surface)?.[0] ?? '';
  const lower = last.toLowerCase();
  const caps = /^[\p{Lu}\p{N}]+$/u.test(last) || /\p{Ll}\p{Lu}/u.test(last);
  if (!caps && !hasModifierForm(lower)) return false;
  if (KEYWORD.test(text.slice(head.offset, head.offset + head.length))) return false;
  // A verb that is also a term starts a clause at the head of a sentence or heading ("Upgrade RDS", "Proxy packets").
  if (!caps && VERB_NOUNS.has(lower) && /(?:^|[\n.!?:#*>|-]\s*|^\s*)$/.test(text.slice(Math.max(0, mod.offset - 3), mod.offset))) return false;
  // An acronym or a number is never the verb after "to" or a subject ("friendly to Level 7 Load Balancers").
  if (caps) return true;
  const prev = /(\p{L}+) $/u.exec(text.slice(Math.max(0, mod.offset - 16), mod.offset))?.[1]?.toLowerCase();
  return !prev || !BEFORE_VERB.has(prev);
}

/** Terms that are as often verbs ("upgrade", "proxy", "cache"): at a sentence's start they are no modifier. */
const VERB_NOUNS = new Set(`upgrade downgrade install proxy cache deploy route index batch stream log trace test scale
retry restart update shard queue query call run build release load store sync lock hash sign encrypt decrypt compress
monitor schedule replicate migrate backup checkpoint snapshot rollback roll benchmark profile debug fork merge commit
tag label patch pin throttle buffer filter map parse`.trim().split(/\s+/));

function isGlossaryId(id: string): boolean {
  return !id.startsWith('doc:') && !id.startsWith('unknown:');
}

const widened = new WeakMap<TermMatch, { floor: number; ceil: number; before: TermMatch | undefined; next: TermMatch | undefined; out: TermMatch }>();

/**
 * Where the compound ending with the term at `at` starts: `at`, or up to two modifiers before it
 * ("corporate proxy", "signed tree hash", "end-to-end delivery"), each joined by one space or glued
 * by a hyphen ("non-idempotent", "multi-hop"), none before `floor`.
 */
function compoundStart(text: string, at: number, floor: number): number {
  // Most terms follow a space and a function word ("the proxy"): answer those without a regex.
  const before = text.charCodeAt(at - 1);
  if (at - 1 < floor || (before !== 32 && before !== 45 && before !== 0x2010 && before !== 0x2011)) return at;
  if (before === 32) {
    let w = at - 1;
    while (w > floor && isAsciiWordChar(text.charCodeAt(w - 1))) w--;
    if (w < at - 1 && STOP.has(text.slice(w, at - 1).toLowerCase())) return at;
  }
  const from = Math.max(floor, at - REACH);
  const words: { s: number; e: number; w: string }[] = [];
  const slice = text.slice(from, at);
  for (const m of slice.matchAll(WORD)) words.push({ s: from + m.index!, e: from + m.index! + m[0].length, w: m[0] });
  let first = at;
  let k = words.length - 1;
  for (let units = 0; units < 2 && k >= 0; units++) {
    const gap = text.slice(words[k].e, first);
    const glued = HYPHEN.test(gap);
    if (!glued && gap !== ' ') break;
    // One hyphenated word counts as one modifier: walk back over its parts, all of them or none.
    let u = k;
    while (u > 0 && HYPHEN.test(text.slice(words[u - 1].e, words[u].s))) u--;
    if (u === 0 && HYPHEN.test(text[words[0].s - 1] ?? '')) break;
    const parts = words.slice(u, k + 1).map((w) => w.w);
    if (!isModifier(parts) && !(glued && /^\p{L}+$/u.test(parts.join('')))) break;
    const before = text[words[u].s - 1] ?? '';
    if (/[\p{L}\p{N}_./@$:]/u.test(before) || isInsideIdentifier(text, words[u].s, 'before')) break;
    // After "to", a modal or a subject, the word is a verb: "to improve observability", "we store heartbeats".
    const prev = u > 0 && text.slice(words[u - 1].e, words[u].s) === ' ' ? words[u - 1].w.toLowerCase() : undefined;
    if (!glued && prev && BEFORE_VERB.has(prev)) break;
    first = words[u].s;
    k = u - 1;
  }
  return first;
}

function isAsciiWordChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95;
}

/** Where the compound starting with the term ending at `end` ends: after a generic head noun glued to it ("backoff strategy"), or `end`. */
function compoundEnd(text: string, end: number, ceil: number): number {
  const m = /^[ \u2010\u2011-](\p{Ll}+)(?![\p{L}\p{N}\p{M}_])/u.exec(text.slice(end, Math.min(ceil, end + 24)));
  if (!m || !TRAILING.has(m[1])) return end;
  const e = end + m[0].length;
  return isInsideIdentifier(text, e, 'after') ? end : e;
}
