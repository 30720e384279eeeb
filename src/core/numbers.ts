import * as l10n from '@vscode/l10n';
import type { TextRange } from './ranges.js';

// Finds the numbers a PM has to reason about in a design doc (throughput, latency, availability,
// sizes, bandwidth, durations), normalises them, and says in plain words what they mean.
//
// The scanner is hand-written rather than one big regular expression: it walks each prose range
// once, tries to read a quantity only where a number starts (never inside a word, a version or an
// address), and always moves past the whole numeric token it read, so it runs in linear time on any
// input. Every look-around for context (percentiles, "latency", "SLO", "RPO") reads a window of a
// few dozen characters, so it costs a constant per quantity.
//
// Conventions:
// - A year is 365.25 days (the average calendar year, what most SLA calculators use); a month is a
//   30-day window (the usual rolling SLO window, and what the rate notes use); a week is 7 days.
// - A range such as "100–200 ms" or "1 to 2 hours" is reported as ONE quantity covering the whole
//   range, whose value is the upper bound (the number a capacity or SLO discussion cares about).
// - A number with milli/micro/nanoseconds is a latency. A number of seconds is a latency only when
//   the text within about 40 characters talks about latency (latency, response, timeout, p99,
//   takes, round trip...) or it directly follows another latency ("from 80 ms to 1.4 s");
//   otherwise it is a duration. Minutes, hours, days and weeks are always durations. Months and
//   years are not recognised: in design docs they are mostly schedules, not system properties.
// - The slice of a quantity is the number (or range) and its unit; a percentile word next to it
//   ("p99 of 250 ms") is reported in `percentile`, not included in the slice.

export type QuantityKind = 'rate' | 'latency' | 'availability' | 'size' | 'duration' | 'bandwidth';

export interface Quantity {
  readonly kind: QuantityKind;
  /** UTF-16 offset into the text. */
  readonly offset: number;
  /** text.slice(offset, offset + length) is exactly the number (or range) and its unit. */
  readonly length: number;
  /**
   * Normalised value: rate in events per second, latency in milliseconds, duration in seconds,
   * availability in percent, size in bytes, bandwidth in bits per second. For a range, the upper bound.
   */
  readonly value: number;
  /** The unit of `value`: 'per second' | 'ms' | 's' | '%' | 'bytes' | 'bit/s'. */
  readonly unit: string;
  /** The percentile a latency is tied to, such as 'p50', 'p99', 'p99.9' or 'p999'. */
  readonly percentile?: string;
  /** Plain-English conversions, each a short sentence fragment. */
  readonly notes: readonly string[];
  /** What a duration measures, when a nearby word says so: a recovery point or time objective, a time to live, a retention. */
  readonly role?: DurationRole;
}

export type DurationRole = 'rpo' | 'rto' | 'ttl' | 'retention';

const DAY = 86_400;
const YEAR = 365.25 * DAY;
const MONTH = 30 * DAY;
const WEEK = 7 * DAY;

const WORD_CHAR = /[\p{L}\p{N}\p{M}_]/u;
const LETTER = /[\p{L}\p{M}]/u;
const SPACE = /[ \t\u00a0\u2009\u202f]/;

const isDigit = (text: string, i: number) => {
  const c = text.charCodeAt(i);
  return c >= 48 && c <= 57;
};
const isWordAt = (text: string, i: number) => i >= 0 && i < text.length && WORD_CHAR.test(text[i]);
const isLetterAt = (text: string, i: number) => i >= 0 && i < text.length && LETTER.test(text[i]);

// ---------------------------------------------------------------------------------------------
// Units

type UnitDef =
  | { readonly t: 'time'; readonly seconds: number; readonly latency: 'ns' | 'µs' | 'ms' | 's' | undefined; readonly attachedOnly?: boolean }
  | { readonly t: 'bytes'; readonly factor: number; readonly label: string; readonly binary: boolean }
  | { readonly t: 'bits'; readonly factor: number }
  | { readonly t: 'bps'; readonly factor: number }
  | { readonly t: 'Bps'; readonly factor: number }
  | { readonly t: 'rate' }
  | { readonly t: 'percent' }
  | { readonly t: 'nines' };

const time = (seconds: number, latency?: 'ns' | 'µs' | 'ms' | 's', attachedOnly = false): UnitDef => ({ t: 'time', seconds, latency, attachedOnly });
const NS = time(1e-9, 'ns');
const US = time(1e-6, 'µs');
const MS = time(1e-3, 'ms');
const SEC = time(1, 's');
const MIN = time(60);
const HOUR = time(3600);
const DAYS = time(DAY);
const WEEKS = time(WEEK);

/** Units matched in their exact case: short time units (so "MS" or "S" are not units) and the byte/bit letters. */
const EXACT = new Map<string, UnitDef>([
  ['ns', NS], ['nsec', NS], ['µs', US], ['μs', US], ['us', US], ['usec', US], ['ms', MS], ['msec', MS], ['msecs', MS],
  ['s', SEC], ['sec', SEC], ['secs', SEC], ['min', MIN], ['mins', MIN], ['h', HOUR], ['hr', HOUR], ['hrs', HOUR],
  ['d', time(DAY, undefined, true)],
  ['B', { t: 'bytes', factor: 1, label: 'B', binary: false }],
  ['Kb', { t: 'bits', factor: 1e3 }], ['Mb', { t: 'bits', factor: 1e6 }], ['Gb', { t: 'bits', factor: 1e9 }],
  ['Tb', { t: 'bits', factor: 1e12 }], ['Pb', { t: 'bits', factor: 1e15 }],
  ['KBps', { t: 'Bps', factor: 1e3 }], ['kBps', { t: 'Bps', factor: 1e3 }], ['MBps', { t: 'Bps', factor: 1e6 }],
  ['GBps', { t: 'Bps', factor: 1e9 }], ['TBps', { t: 'Bps', factor: 1e12 }],
]);

const DEC = ['B', 'kB', 'MB', 'GB', 'TB', 'PB', 'EB'];
const BIN = ['B', 'KiB', 'MiB', 'GiB', 'TiB', 'PiB', 'EiB'];

/** Units matched in any case (looked up lower-cased). */
const ANY_CASE = new Map<string, UnitDef>();
{
  const dec = ['', 'kilo', 'mega', 'giga', 'tera', 'peta', 'exa'];
  const bin = ['', 'kibi', 'mebi', 'gibi', 'tebi', 'pebi', 'exbi'];
  for (let n = 1; n < 7; n++) {
    const d: UnitDef = { t: 'bytes', factor: 1000 ** n, label: DEC[n], binary: false };
    const b: UnitDef = { t: 'bytes', factor: 1024 ** n, label: BIN[n], binary: true };
    for (const k of [DEC[n].toLowerCase(), `${dec[n]}byte`, `${dec[n]}bytes`]) ANY_CASE.set(k, d);
    for (const k of [BIN[n].toLowerCase(), `${bin[n]}byte`, `${bin[n]}bytes`]) ANY_CASE.set(k, b);
  }
  ANY_CASE.set('byte', { t: 'bytes', factor: 1, label: 'B', binary: false });
  ANY_CASE.set('bytes', { t: 'bytes', factor: 1, label: 'B', binary: false });
  const bitPrefixes: [string, string, number][] = [['k', 'kilo', 1e3], ['m', 'mega', 1e6], ['g', 'giga', 1e9], ['t', 'tera', 1e12]];
  for (const [p, word, factor] of bitPrefixes) {
    for (const k of [`${p}bit`, `${p}bits`, `${word}bit`, `${word}bits`]) ANY_CASE.set(k, { t: 'bits', factor });
    ANY_CASE.set(`${p}bps`, { t: 'bps', factor });
  }
  ANY_CASE.set('bps', { t: 'bps', factor: 1 });
  const words: [string[], UnitDef][] = [
    [['nanosecond', 'nanoseconds'], NS], [['microsecond', 'microseconds'], US],
    [['millisecond', 'milliseconds', 'millis'], MS], [['second', 'seconds'], SEC], [['minute', 'minutes'], MIN],
    [['hour', 'hours'], HOUR], [['day', 'days'], DAYS], [['week', 'weeks'], WEEKS],
    [['tps', 'qps', 'rps', 'iops'], { t: 'rate' }], [['percent'], { t: 'percent' }], [['nines'], { t: 'nines' }],
  ];
  for (const [keys, def] of words) for (const k of keys) ANY_CASE.set(k, def);
}

function unitOf(w: string): UnitDef | undefined {
  return EXACT.get(w) ?? ANY_CASE.get(w.toLowerCase());
}

/** Multipliers: letters only when glued to the number ("15k", "1.2M"), words either way. */
function multiplierOf(w: string, attached: boolean): number | undefined {
  if (attached) {
    if (w === 'k' || w === 'K') return 1e3;
    if (w === 'M' || w === 'm') return 1e6;
    if (w === 'B' || w === 'bn') return 1e9;
  }
  switch (w.toLowerCase()) {
    case 'thousand': return 1e3;
    case 'million': return 1e6;
    case 'billion': return 1e9;
    case 'trillion': return 1e12;
    default: return undefined;
  }
}

/** Time words after "/" or "per" (short forms in lower case only). */
const PERIOD_SHORT = new Map<string, number>([
  ['s', 1], ['sec', 1], ['secs', 1], ['min', 60], ['h', 3600], ['hr', 3600], ['d', DAY],
]);
/** Time words after "a", "an", "each", "every" (and also after "/" and "per"). */
const PERIOD_WORD = new Map<string, number>([
  ['second', 1], ['minute', 60], ['hour', 3600], ['day', DAY], ['week', WEEK], ['month', MONTH], ['year', YEAR],
]);

/** Things counted per second, minute or day. */
const NOUNS = new Set(`
  req reqs request requests query queries transaction transactions txn txns tx op ops operation operations write writes
  read reads event events message messages msg msgs call calls record records row rows rpc rpcs order orders update updates
  insert inserts delete deletes hit hits lookup lookups span spans log logs line lines metric metrics point points datapoints
  sample samples job jobs task tasks connection connections conn conns packet packets payment payments checkout checkouts
  item items document documents doc docs file files object objects key keys batch batches commit commits notification
  notifications email emails user users login logins session sessions signup signups click clicks view views pageview
  pageviews page pages upload uploads download downloads build builds deploy deploys deployment deployments invocation
  invocations execution executions entry entries mutation mutations command commands trace traces alert alerts retry
  retries tick ticks flush flushes poll polls heartbeat heartbeats probe probes check checks refresh refreshes times
  publish publishes tweet tweets post posts search searches`.trim().split(/\s+/));

/** Words that cannot be the adjective in "<n> <adjective> <noun> per second". */
const STOP = new Set(`of the a an to in on for and or per at by with from is are was were be this that these those we you
  they it as than into more less over under about each every our their its all any some no not up`.trim().split(/\s+/));

/** Words that may follow a bare "B" when it means bytes ("600B of memory"); any other word means billion ("1.5B parameters"). */
const AFTER_BYTES = new Set(`of per each in on at to and or for from with is are was were will would be but so the a an
  allocated allocation allocations alloc allocs memory buffer buffers payload payloads overhead total max min`.trim().split(/\s+/));

// ---------------------------------------------------------------------------------------------
// Reading

interface Num {
  readonly start: number;
  readonly end: number;
  readonly value: number;
  /** Digits as written, without thousands separators. */
  readonly raw: string;
}

/** Whether a number may start at `i`: not inside a word, version, date, path or address. */
function canStart(text: string, i: number): boolean {
  if (i === 0) return true;
  const p = text[i - 1];
  if (WORD_CHAR.test(p) || p === '.' || p === '#' || p === '$' || p === '^') return false;
  const pp = i >= 2 ? text[i - 2] : '';
  if ((p === '-' || p === ',' || p === '+') && isDigit(text, i - 2)) return false;
  // "-5 ms", "−20%": a negative value (an offset, a change), not a rate, latency or size to question.
  if ((p === '-' || p === '\u2212') && !WORD_CHAR.test(pp)) return false;
  if ((p === '/' || p === ':' || p === '@') && WORD_CHAR.test(pp)) return false;
  return true;
}

/**
 * Reads the number starting at the digit `i`. `end` is always past the whole numeric token, so the
 * scan can resume there; `num` is missing for versions, IP addresses and absurdly long digit runs.
 */
function readNumber(text: string, i: number, limit: number): { end: number; num?: Num } {
  let j = i;
  while (j < limit && isDigit(text, j)) j++;
  let intDigits = j - i;
  if (intDigits <= 3) {
    // Thousands separators: exactly three digits after each comma ("4,200", "1,000,000").
    while (j + 3 < limit && text[j] === ',' && isDigit(text, j + 1) && isDigit(text, j + 2) && isDigit(text, j + 3) && !isDigit(text, j + 4)) {
      j += 4;
      intDigits += 3;
    }
  }
  let decimals = 0;
  if (j + 1 < limit && text[j] === '.' && isDigit(text, j + 1)) {
    j++;
    while (j < limit && isDigit(text, j)) {
      j++;
      decimals++;
    }
  }
  // "10.0.0.1", "1.2.3", "1,2,3": a dotted or comma chain is a version or an address, never a quantity.
  if (j + 1 < limit && (text[j] === '.' || text[j] === ',') && isDigit(text, j + 1)) {
    while (j < limit && (isDigit(text, j) || ((text[j] === '.' || text[j] === ',') && j + 1 < limit && isDigit(text, j + 1)))) j++;
    return { end: j };
  }
  if (intDigits > 15 || decimals > 12) return { end: j };
  const raw = text.slice(i, j).replace(/,/g, '');
  const value = Number(raw);
  if (!Number.isFinite(value)) return { end: j };
  return { end: j, num: { start: i, end: j, value, raw } };
}

/** Skips one separator between a number and its unit: up to two spaces, or one hyphen ("15k-TPS"). */
function skipSep(text: string, i: number, limit: number, hyphen: boolean): number {
  if (i < limit && hyphen && (text[i] === '-' || text[i] === '\u2011')) return i + 1;
  let j = i;
  while (j < limit && j - i < 2 && (SPACE.test(text[j]) || text[j] === '\n')) j++;
  return j;
}

/** Skips exactly the spaces between two words of one phrase (at most two, one of which may be a line break). */
function skipSpaces(text: string, i: number, limit: number): number {
  return skipSep(text, i, limit, false);
}

interface Word {
  readonly text: string;
  readonly lower: string;
  readonly end: number;
}

/** The whole word of letters at `i` if it lies within `limit` and is not glued to digits; at most 24 letters. */
function wordAt(text: string, i: number, limit: number): Word | undefined {
  if (i >= limit || !isLetterAt(text, i)) return undefined;
  let j = i;
  while (j < limit && j - i <= 24 && isLetterAt(text, j)) j++;
  if (j - i > 24 || isWordAt(text, j)) return undefined;
  const w = text.slice(i, j);
  return { text: w, lower: w.toLowerCase(), end: j };
}

interface Period {
  readonly seconds: number;
  readonly end: number;
}

/** "/s", "/sec", "/min", "/day" at `i`. */
function slashPeriod(text: string, i: number, limit: number): Period | undefined {
  if (text[i] !== '/') return undefined;
  const w = wordAt(text, i + 1, limit);
  if (!w) return undefined;
  const seconds = PERIOD_SHORT.get(w.text) ?? PERIOD_WORD.get(w.lower);
  return seconds === undefined ? undefined : { seconds, end: w.end };
}

/** " per second", " per min", and (unless `perOnly`) " a day", " every hour" at `i`. */
function wordPeriod(text: string, i: number, limit: number, perOnly = false): Period | undefined {
  const k = skipSpaces(text, i, limit);
  if (k === i) return undefined;
  const w1 = wordAt(text, k, limit);
  if (!w1) return undefined;
  const k2 = skipSpaces(text, w1.end, limit);
  if (k2 === w1.end) return undefined;
  const w2 = wordAt(text, k2, limit);
  if (!w2) return undefined;
  let seconds: number | undefined;
  if (w1.lower === 'per') seconds = PERIOD_SHORT.get(w2.text) ?? PERIOD_WORD.get(w2.lower);
  else if (perOnly) return undefined;
  else if (w1.lower === 'a' || w1.lower === 'an' || w1.lower === 'each' || w1.lower === 'every') seconds = PERIOD_WORD.get(w2.lower);
  return seconds === undefined ? undefined : { seconds, end: w2.end };
}

function periodAt(text: string, i: number, limit: number): Period | undefined {
  return text[i] === '/' ? slashPeriod(text, i, limit) : wordPeriod(text, i, limit);
}

/** What one number and its unit mean, before context decides latency or duration and availability. */
interface Parsed {
  readonly end: number;
  readonly kind: QuantityKind | 'percent' | 'seconds';
  readonly value: number;
  readonly unit: string;
  /** How it was written, for the notes. */
  readonly how: {
    readonly period?: number;
    readonly latency?: 'ns' | 'µs' | 'ms' | 's';
    readonly size?: { readonly label: string; readonly binary: boolean; readonly amount: number };
    readonly bits?: boolean;
    readonly words?: boolean;
  };
}

const rate = (count: number, p: Period | undefined, end: number): Parsed => ({
  end, kind: 'rate', value: count / (p?.seconds ?? 1), unit: 'per second', how: { period: p?.seconds ?? 1 },
});

/** "TPS", "req/s", "events per day", "write requests a second", "/s", "per second" after a count. */
function rateTail(text: string, i: number, limit: number, count: number): Parsed | undefined {
  if (text[i] === '/') {
    const p = slashPeriod(text, i, limit);
    return p && rate(count, p, p.end);
  }
  // A bare count takes only "per": "300 per second" (but not "3 a week").
  const bare = wordPeriod(text, i, limit, true);
  if (bare) return rate(count, bare, bare.end);
  const k = skipSep(text, i, limit, true);
  const w = wordAt(text, k, limit);
  if (!w) return undefined;
  if (w.lower === 'tps' || w.lower === 'qps' || w.lower === 'rps' || w.lower === 'iops') return rate(count, undefined, w.end);
  if (NOUNS.has(w.lower)) {
    const p = periodAt(text, w.end, limit);
    return p && rate(count, p, p.end);
  }
  if (STOP.has(w.lower)) return undefined;
  const k2 = skipSpaces(text, w.end, limit);
  const w2 = k2 > w.end ? wordAt(text, k2, limit) : undefined;
  if (!w2 || !NOUNS.has(w2.lower)) return undefined;
  const p = periodAt(text, w2.end, limit);
  return p && rate(count, p, p.end);
}

/** Reads the unit after the number `n` (or after the upper bound of a range). */
function readUnit(text: string, n: Num, limit: number): Parsed | undefined {
  const j = n.end;
  // Percent sign, glued or after one space.
  if (j < limit && text[j] === '%') return { end: j + 1, kind: 'percent', value: n.value, unit: '%', how: {} };
  if (j + 1 < limit && SPACE.test(text[j]) && text[j + 1] === '%') return { end: j + 2, kind: 'percent', value: n.value, unit: '%', how: {} };
  if (text[j] === '/') return rateTail(text, j, limit, n.value);
  const attached = isLetterAt(text, j);
  const k = attached ? j : skipSep(text, j, limit, true);
  const w = wordAt(text, k, limit);
  if (!w) return undefined;
  const mult = multiplierOf(w.text, attached);
  if (mult !== undefined) {
    const r = rateTail(text, w.end, limit, n.value * mult);
    if (r) return r;
  }
  const def = unitOf(w.text);
  if (!def) return rateTail(text, j, limit, n.value);
  switch (def.t) {
    case 'time': {
      if (def.attachedOnly && !attached) return undefined;
      if (def === SEC && w.text === 's' && attached && !isRealSeconds(text, n, w.end)) return undefined;
      if (def.latency && def.latency !== 's') {
        return { end: w.end, kind: 'latency', value: n.value * def.seconds * 1000, unit: 'ms', how: { latency: def.latency } };
      }
      return { end: w.end, kind: def.latency === 's' ? 'seconds' : 'duration', value: n.value * def.seconds, unit: 's', how: {} };
    }
    case 'bytes': {
      const p = periodAt(text, w.end, limit);
      const bytes = n.value * def.factor;
      if (p) return { end: p.end, kind: 'bandwidth', value: (bytes * 8) / p.seconds, unit: 'bit/s', how: { period: p.seconds } };
      // "0B" is Go's binary-literal prefix; "1.5B parameters" counts something in billions.
      if (w.text === 'B' && (n.raw === '0' || !bytesFollow(text, w.end, limit))) return undefined;
      return { end: w.end, kind: 'size', value: bytes, unit: 'bytes', how: { size: { label: def.label, binary: def.binary, amount: n.value } } };
    }
    case 'bits': {
      const p = periodAt(text, w.end, limit);
      return { end: p?.end ?? w.end, kind: 'bandwidth', value: (n.value * def.factor) / (p?.seconds ?? 1), unit: 'bit/s', how: { bits: true, period: p?.seconds } };
    }
    case 'bps':
      return { end: w.end, kind: 'bandwidth', value: n.value * def.factor, unit: 'bit/s', how: { bits: true } };
    case 'Bps':
      return { end: w.end, kind: 'bandwidth', value: n.value * def.factor * 8, unit: 'bit/s', how: {} };
    case 'rate':
      return rate(n.value, undefined, w.end);
    case 'percent':
      return { end: w.end, kind: 'percent', value: n.value, unit: '%', how: {} };
    case 'nines': {
      if (!/^[2-9]$/.test(n.raw)) return undefined;
      return { end: w.end, kind: 'availability', value: ninesValue(Number(n.raw)), unit: '%', how: { words: true } };
    }
  }
}

/** "10s of thousands", "the 1990s" and "0s and 1s" are not seconds. */
function isRealSeconds(text: string, n: Num, end: number): boolean {
  if (n.raw === '0' || /^[ \t]+of\b/i.test(text.slice(end, end + 4))) return false;
  if (/^\d$/.test(n.raw) && (/^[ \t]+(?:and|or)[ \t]+\d+s\b/.test(text.slice(end, end + 12)) || /\b\d+s[ \t]+(?:and|or)[ \t]+$/.test(text.slice(Math.max(0, n.start - 12), n.start)))) return false;
  if (/^(?:1[89]|20)\d0$/.test(n.raw)) return false;
  if (/^\d0$/.test(n.raw) && /(?:\bthe|\bearly|\blate|\bmid-?|')\s*$/i.test(text.slice(Math.max(0, n.start - 7), n.start))) return false;
  return true;
}

/** After a bare "B": bytes unless a noun follows ("1.5B parameters" counts something in billions). */
function bytesFollow(text: string, i: number, limit: number): boolean {
  if ((text[i] === '-' || text[i] === '\u2011') && isLetterAt(text, i + 1)) return false;
  const k = skipSpaces(text, i, limit);
  if (k === i) return true;
  const w = wordAt(text, k, limit);
  return !w || AFTER_BYTES.has(w.lower);
}

function ninesValue(n: number): number {
  return Number((100 - 100 / 10 ** n).toFixed(n));
}

/** "100–200 ms", "1 to 2 hours", "10k-20k TPS": one quantity whose value is the upper bound. */
function readRange(text: string, n1: Num, limit: number): { parsed: Parsed; upper: Num } | undefined {
  let k = n1.end;
  let mult = false;
  if (k < limit && /[kKMB]/.test(text[k]) && !isWordAt(text, k + 1)) {
    k++;
    mult = true;
  }
  const k0 = k;
  while (k < limit && k - k0 < 2 && SPACE.test(text[k])) k++;
  if (text[k] === '-' || text[k] === '\u2013' || text[k] === '\u2014') k++;
  else if (k > k0 && text.startsWith('to', k) && SPACE.test(text[k + 2] ?? '')) k += 3;
  else return undefined;
  const k1 = k;
  while (k < limit && k - k1 < 2 && SPACE.test(text[k])) k++;
  if (k >= limit || !isDigit(text, k)) return undefined;
  const { num: n2 } = readNumber(text, k, limit);
  if (!n2 || (!mult && n2.value < n1.value)) return undefined;
  const parsed = readUnit(text, n2, limit);
  return parsed && { parsed, upper: n2 };
}

// ---------------------------------------------------------------------------------------------
// Context

const PERCENTILE = /(?<![\p{L}\p{N}_.])(?:t?p(\d{2,4}(?:\.\d{1,3})?)|(\d{2}(?:\.\d{1,3})?)(?:st|nd|rd|th)[ -]?percentile|(median))(?![\p{L}\p{N}_])/giu;
const PERCENTILE_AFTER = /^[ \t]*(?:\(|at[ \t]+(?:the[ \t]+)?|@[ \t]*)?(?:t?p(\d{2,4}(?:\.\d{1,3})?)|(\d{2}(?:\.\d{1,3})?)(?:st|nd|rd|th)[ -]?percentile)(?![\p{L}\p{N}_])/iu;

function percentileLabel(m: RegExpExecArray): string | undefined {
  if (m[3]) return 'p50';
  const digits = m[1] ?? m[2];
  if (!digits || !/^(?:\d{2}(?:\.\d+)?|9{3,4}|100)$/.test(digits)) return undefined;
  return `p${digits}`;
}

/** The percentile a latency at [start, end) is tied to: right after it, else the nearest one before it in the same sentence. */
function findPercentile(text: string, start: number, end: number): string | undefined {
  const after = PERCENTILE_AFTER.exec(text.slice(end, end + 24));
  const label = after && percentileLabel(after);
  if (label) return label;
  const before = text.slice(Math.max(0, start - 60), start);
  const breaks = /[.!?;](?=\s)|\n[ \t]*\n/g;
  let cut = 0;
  for (let m = breaks.exec(before); m; m = breaks.exec(before)) cut = m.index + m[0].length;
  const window = before.slice(cut);
  let found: string | undefined;
  PERCENTILE.lastIndex = 0;
  for (let m = PERCENTILE.exec(window); m; m = PERCENTILE.exec(window)) found = percentileLabel(m) ?? found;
  return found;
}

const LATENCY_WORDS = /latenc|response|respond|time-?outs?\b|time out|timed out|deadline|round[- ]?trip|\bRTT\b|\btakes?\b|\btook\b|\btaking\b|percentile|\bmedian\b|\bt?p(?:50|75|90|95|99|999|99\.9+)\b/i;
const AVAILABILITY_WORDS = /availab|uptime|up-time|\bnines\b|reliab/i;
const SL_WORDS = /\bSL[AOI]s?\b/;
/** A percentage followed by one of these words measures something else: "99.9986% speed", "99.9% accuracy". */
const NOT_AVAILABILITY = /^\s*(?:speed|faster|slower|accura|precis|confiden|cpu|utili[sz]|usage|full|complete|coverage|durab|discount|match|similar|identical|sure|certain|smaller|larger|less|more|reduction|improvement|increase|decrease|compress)/i;

function around(text: string, start: number, end: number, width: number): string {
  return text.slice(Math.max(0, start - width), Math.min(text.length, end + width));
}

type Role = DurationRole;

/** The RPO/RTO/TTL/retention keyword nearest to a duration (one before it wins over one after it at the same distance). */
function durationRole(text: string, start: number, end: number): Role | undefined {
  const from = Math.max(0, start - 40);
  const window = text.slice(from, Math.min(text.length, end + 40));
  // Acronyms in capitals only; the spelled-out forms in any case.
  const re = /\b(?:(RPO)|(RTO)|TTLs?)\b|(?<rpo>[Rr]ecovery [Pp]oint)|(?<rto>[Rr]ecovery [Tt]ime)|[Tt]ime[- ]to[- ]live|(?<keep>\b[Rr]etention|\b[Rr]etain(?:s|ed)?\b)/g;
  let best: { role: Role; d: number } | undefined;
  for (let m = re.exec(window); m; m = re.exec(window)) {
    const s = from + m.index;
    const e = s + m[0].length;
    const role: Role = m[1] || m.groups?.rpo ? 'rpo' : m[2] || m.groups?.rto ? 'rto' : m.groups?.keep ? 'retention' : 'ttl';
    const d = e <= start ? start - e : s >= end ? 2 * (s - end) : 0;
    if (!best || d < best.d) best = { role, d };
  }
  return best?.role;
}

// ---------------------------------------------------------------------------------------------
// Formatting

/** Whole numbers grouped by thousands, in English like the notes and questions they sit in. */
const GROUPED = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });

function withCommas(n: number): string {
  return GROUPED.format(Math.round(n));
}

/** A plain number with about three significant digits: 0.25, 1.4, 931, 12,960. */
function fmtNum(x: number, sig = 3): string {
  if (!Number.isFinite(x)) return String(x);
  if (Math.abs(x) >= 1000) return withCommas(x);
  if (x === 0) return '0';
  let s = x.toPrecision(sig);
  if (s.includes('e')) return String(Number(s));
  if (s.includes('.')) s = s.replace(/0+$/, '').replace(/\.$/, '');
  return s;
}

/** Large counts in words: the scale and how to say a number of it. */
const SCALES: [number, (n: number) => string][] = [
  [1e18, (n) => l10n.t('{0} quintillion', n)], [1e15, (n) => l10n.t('{0} quadrillion', n)], [1e12, (n) => l10n.t('{0} trillion', n)],
  [1e9, (n) => l10n.t('{0} billion', n)], [1e6, (n) => l10n.t('{0} million', n)],
];

/** A count as a PM would say it: "1.3 billion", "39 million", "12,960", "864", "23", "2.5", "0.023". */
export function formatCount(n: number): string {
  if (!Number.isFinite(n)) return String(n);
  if (n < 0) return `-${formatCount(-n)}`;
  for (let i = 0; i < SCALES.length; i++) {
    const [scale, say] = SCALES[i];
    if (n < scale) continue;
    const x = n / scale;
    const r = x < 9.95 ? Math.round(x * 10) / 10 : Math.round(x);
    // 999.97 million reads as "1 billion", not "1000 million".
    return r >= 1000 && i > 0 ? SCALES[i - 1][1](1) : say(r);
  }
  if (n >= 100) {
    const r = Math.round(n);
    return r >= 1e6 ? SCALES[SCALES.length - 1][1](1) : withCommas(r);
  }
  if (n >= 9.95) return String(Math.round(n));
  if (n >= 1) return String(Math.round(n * 10) / 10);
  return fmtNum(n, 2);
}

/** A span of time for a person: "8 h 46 min", "43 min 12 s", "1.4 min", "4.3 s", "86 ms". */
function fmtSpan(seconds: number): string {
  if (!Number.isFinite(seconds) || seconds <= 0) return '0 s';
  if (seconds < 1) return `${fmtNum(seconds * 1000, 2)} ms`;
  if (seconds < 9.95) return `${Math.round(seconds * 10) / 10} s`;
  if (seconds < 59.5) return `${Math.round(seconds)} s`;
  if (seconds < 599.5) return `${Math.round(seconds / 6) / 10} min`;
  const s = Math.round(seconds);
  if (s < 3600) return s % 60 ? `${Math.floor(s / 60)} min ${s % 60} s` : `${s / 60} min`;
  const m = Math.round(seconds / 60);
  if (m < 24 * 60) return m % 60 ? `${Math.floor(m / 60)} h ${m % 60} min` : `${m / 60} h`;
  const h = Math.round(seconds / 3600);
  if (h < 240) return h % 24 ? `${Math.floor(h / 24)} d ${h % 24} h` : `${h / 24} d`;
  return `${withCommas(seconds / DAY)} d`;
}

/** "15 minutes", "4 hours", "1.5 hours", "1 week", "90 days (about 3 months)". */
function humanDuration(seconds: number): string {
  const n = (x: number) => fmtNum(x);
  if (seconds >= WEEK && seconds % WEEK === 0 && seconds < 8 * WEEK) return seconds === WEEK ? l10n.t('1 week') : l10n.t('{0} weeks', n(seconds / WEEK));
  if (seconds >= DAY) {
    const days = seconds === DAY ? l10n.t('1 day') : l10n.t('{0} days', n(seconds / DAY));
    return seconds >= 60 * DAY ? l10n.t('{0} (about {1} months)', days, n(Math.round(seconds / MONTH))) : days;
  }
  if (seconds >= 3600) return seconds === 3600 ? l10n.t('1 hour') : l10n.t('{0} hours', n(seconds / 3600));
  if (seconds >= 60) return seconds === 60 ? l10n.t('1 minute') : l10n.t('{0} minutes', n(seconds / 60));
  return seconds === 1 ? l10n.t('1 second') : l10n.t('{0} seconds', n(seconds));
}

/** The downtime an availability target allows per year (365.25 days), 30-day month, week and day. */
export function downtimeBudget(percent: number): { year: string; month: string; week: string; day: string } {
  const p = Number.isFinite(percent) ? Math.min(100, Math.max(0, percent)) : 100;
  const down = (100 - p) / 100;
  return { year: fmtSpan(down * YEAR), month: fmtSpan(down * MONTH), week: fmtSpan(down * WEEK), day: fmtSpan(down * DAY) };
}

/** The largest unit of the list in which the amount is at least 1. */
function inUnits(bytes: number, base: number, labels: string[]): string {
  let i = 0;
  while (i < labels.length - 1 && bytes >= base ** (i + 1)) i++;
  return `${fmtNum(bytes / base ** i)} ${labels[i]}`;
}

function bitsPerSecond(bps: number): string {
  const labels = ['bit/s', 'kbit/s', 'Mbit/s', 'Gbit/s', 'Tbit/s', 'Pbit/s'];
  return inUnits(bps, 1000, labels);
}

/** An amount per second, in words: "2.5 MB per second". */
function perSecondText(amount: string): string {
  return l10n.t('{0} per second', amount);
}

/** A rate as a PM would say it: "1.3 million per second" (the count as formatCount writes it). */
export function formatRate(eventsPerSecond: number): string {
  return perSecondText(formatCount(eventsPerSecond));
}

function rateNotes(perSecond: number, period: number): string[] {
  const notes = [`${period === 1 ? '=' : '≈'} ${formatRate(perSecond)}`];
  notes.push(l10n.t('{0} {1} a day', period === DAY ? '=' : '≈', formatCount(perSecond * DAY)));
  notes.push(l10n.t('≈ {0} a month (30 days)', formatCount(perSecond * MONTH)));
  notes.push(l10n.t('10x is {0}', formatRate(perSecond * 10)));
  return notes;
}

function latencyNotes(ms: number, written: 'ns' | 'µs' | 'ms' | 's' | undefined, percentile: string | undefined): string[] {
  const notes: string[] = [];
  if (written === 'ns') notes.push(`= ${fmtNum(ms * 1000)} µs`);
  else if (written === 'µs') notes.push(`= ${fmtNum(ms)} ms`);
  else if (written === 'ms') notes.push(`= ${fmtNum(ms / 1000)} s`);
  else notes.push(`= ${fmtNum(ms)} ms`);
  if (ms >= 40) {
    const r = ms / 80;
    notes.push(r < 1.5 ? l10n.t('about one cross-continent network round trip (~80 ms)')
      : l10n.t('about {0}x a cross-continent network round trip (~80 ms)', r < 2 ? fmtNum(r, 2) : withCommas(r)));
  } else if (ms >= 1) {
    notes.push(l10n.t('about {0} network round trips inside one data center (~0.5 ms each)', fmtNum(ms / 0.5, 2)));
  } else {
    notes.push(ms < 0.4 ? l10n.t('less than one network round trip inside a data center (~0.5 ms)') : l10n.t('about one network round trip inside a data center (~0.5 ms)'));
  }
  const p = percentile ? percentileValue(percentile) : undefined;
  if (p !== undefined && p > 0 && p < 100) {
    const oneIn = Math.round(100 / (100 - p));
    notes.push(oneIn === 2 ? l10n.t('half of requests are slower than this') : l10n.t('1 request in {0} is slower than this', withCommas(oneIn)));
  }
  return notes;
}

/** 'p99' -> 99, 'p99.9' -> 99.9, 'p999' -> 99.9, 'p9999' -> 99.99. */
function percentileValue(label: string): number | undefined {
  const digits = label.slice(1);
  if (/^9{3,4}$/.test(digits)) return Number(`99.${digits.slice(2)}`);
  const v = Number(digits);
  return Number.isFinite(v) ? v : undefined;
}

function availabilityNotes(percent: number, words: boolean): string[] {
  const b = downtimeBudget(percent);
  const notes = words ? [`= ${fmtNum(percent, 10)}%`] : [];
  notes.push(l10n.t('allows {0} of downtime a year', b.year), l10n.t('{0} a month (30 days)', b.month), l10n.t('{0} a week', b.week), l10n.t('{0} a day', b.day));
  return notes;
}

function sizeNotes(bytes: number, size: { label: string; binary: boolean; amount: number }): string[] {
  const notes = [bytes === 1 ? l10n.t('= 1 byte') : l10n.t('= {0} bytes', formatCount(bytes))];
  if (bytes >= 1000) {
    const other = size.binary ? inUnits(bytes, 1000, DEC) : inUnits(bytes, 1024, BIN);
    notes.push(`${fmtNum(size.amount, 6)} ${size.label} ≈ ${other}`);
  }
  return notes;
}

function bandwidthNotes(bps: number, bits: boolean, period: number | undefined): string[] {
  const approx = period !== undefined && period !== 1 ? '≈' : '=';
  const notes = [`${approx} ${bits ? perSecondText(inUnits(bps / 8, 1000, DEC)) : bitsPerSecond(bps)}`];
  if (bits && approx === '≈') notes.push(`≈ ${bitsPerSecond(bps)}`);
  if (bps > 0) notes.push(l10n.t('moves 1 TB in about {0}', fmtSpan(8e12 / bps)));
  return notes;
}

function duration(base: { offset: number; length: number }, seconds: number, role: Role | undefined): Quantity {
  return { kind: 'duration', ...base, value: seconds, unit: 's', notes: durationNotes(seconds, role), ...(role ? { role } : {}) };
}

function durationNotes(seconds: number, role: Role | undefined): string[] {
  const human = humanDuration(seconds);
  const notes = [`= ${human}`];
  if (role === 'rpo') notes.push(l10n.t('up to {0} of data may be lost', human));
  else if (role === 'rto') notes.push(l10n.t('service may be down up to {0}', human));
  else if (role === 'ttl') notes.push(l10n.t('cached data may be up to {0} old', human));
  else if (role === 'retention') notes.push(l10n.t('data is kept for {0}', human));
  return notes;
}

// ---------------------------------------------------------------------------------------------
// The scan

/** Turns a parsed number into a quantity using the text around it; undefined when context rules it out. */
function finish(text: string, start: number, p: Parsed, num: Num, prev: Quantity | undefined): Quantity | undefined {
  const base = { offset: start, length: p.end - start };
  switch (p.kind) {
    case 'percent': {
      if (p.value < 90 || p.value > 100) return undefined;
      const ctx = around(text, start, p.end, 60);
      const named = AVAILABILITY_WORDS.test(ctx) || SL_WORDS.test(ctx);
      const nines = /^99\.9/.test(num.raw);
      if (!named && (!nines || /durab/i.test(around(text, start, p.end, 40)))) return undefined;
      if (NOT_AVAILABILITY.test(text.slice(p.end, p.end + 24))) return undefined;
      return { kind: 'availability', ...base, value: p.value, unit: '%', notes: availabilityNotes(p.value, false) };
    }
    case 'availability':
      return { kind: 'availability', ...base, value: p.value, unit: '%', notes: availabilityNotes(p.value, true) };
    case 'seconds':
    case 'latency': {
      const percentile = findPercentile(text, start, p.end);
      const follows = prev?.kind === 'latency' && start - (prev.offset + prev.length) <= 12
        && !/[.;:!?]|\n\s*\n/.test(text.slice(prev.offset + prev.length, start));
      if (p.kind === 'seconds' && !percentile && !follows && !LATENCY_WORDS.test(around(text, start, p.end, 40))) {
        return duration(base, p.value, durationRole(text, start, p.end));
      }
      const ms = p.kind === 'seconds' ? p.value * 1000 : p.value;
      const q = { kind: 'latency' as const, ...base, value: ms, unit: 'ms', notes: latencyNotes(ms, p.how.latency ?? 's', percentile) };
      return percentile ? { ...q, percentile } : q;
    }
    case 'duration':
      return duration(base, p.value, durationRole(text, start, p.end));
    case 'rate':
      return { kind: 'rate', ...base, value: p.value, unit: 'per second', notes: rateNotes(p.value, p.how.period ?? 1) };
    case 'size':
      return { kind: 'size', ...base, value: p.value, unit: 'bytes', notes: p.how.size ? sizeNotes(p.value, p.how.size) : [] };
    case 'bandwidth':
      return { kind: 'bandwidth', ...base, value: p.value, unit: 'bit/s', notes: bandwidthNotes(p.value, p.how.bits === true, p.how.period) };
  }
}

function scanRange(text: string, start: number, end: number, out: Quantity[]): void {
  let prev: Quantity | undefined;
  for (let i = start; i < end;) {
    if (!isDigit(text, i) || !canStart(text, i)) {
      i++;
      continue;
    }
    const { end: numEnd, num } = readNumber(text, i, end);
    let next = Math.max(numEnd, i + 1);
    if (num) {
      let parsed = readUnit(text, num, end);
      let upper = num;
      if (!parsed) {
        const range = readRange(text, num, end);
        if (range) ({ parsed, upper } = range);
      }
      if (parsed && !isWordAt(text, parsed.end)) {
        let q = finish(text, i, parsed, upper, prev);
        if (q && upper !== num) q = { ...q, notes: [...q.notes, 'the upper end of the range'] };
        if (q) {
          out.push(q);
          prev = q;
        }
        next = Math.max(next, parsed.end);
      }
    }
    i = next;
  }
  // "three nines", "five 9s", "4 nines".
  const slice = text.slice(start, end);
  const nines = /(two|three|four|five|six|seven|eight|nine|[2-9])[ \u00a0-](nines|9s)/gi;
  const count: Record<string, number> = { two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9 };
  for (let m = nines.exec(slice); m; m = nines.exec(slice)) {
    const s = start + m.index;
    const e = s + m[0].length;
    if (isWordAt(text, s - 1) || isWordAt(text, e)) continue;
    const n = count[m[1].toLowerCase()] ?? Number(m[1]);
    const value = ninesValue(n);
    out.push({ kind: 'availability', offset: s, length: e - s, value, unit: '%', notes: availabilityNotes(value, true) });
  }
}

/**
 * Finds every quantity inside the given prose ranges (only there: never in code). Results are
 * sorted by offset and never overlap. Never throws; runs in time linear in the size of the ranges.
 */
export function findQuantities(text: string, ranges: readonly TextRange[]): Quantity[] {
  const found: Quantity[] = [];
  if (typeof text !== 'string') return found;
  for (const r of ranges) {
    const start = Math.max(0, Math.floor(Number(r?.start)));
    const end = Math.min(text.length, Math.floor(Number(r?.end)));
    if (!(start < end)) continue;
    try {
      scanRange(text, start, end, found);
    } catch {
      // A bug here must not take the hover or the outline down; the range simply yields nothing more.
    }
  }
  found.sort((a, b) => a.offset - b.offset || b.length - a.length);
  const out: Quantity[] = [];
  let reached = -1;
  for (const q of found) {
    if (q.offset < reached) continue;
    out.push(q);
    reached = q.offset + q.length;
  }
  return out;
}
