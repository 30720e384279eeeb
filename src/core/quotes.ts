/**
 * Short quotes from a document, for questions that cite the doc's own words. Works on the raw
 * text: finds the sentence around an offset (bounded by the paragraph), strips Markdown syntax,
 * and trims to a length a PM can read at a glance, keeping the cited span inside.
 */
/** A sentence ends at . ! or ?, possibly inside emphasis or quotes, before a space or the end. */
const SENTENCE_END = /[.!?](?=[*_`)\]"”’]*(?:\s|$))/g;

/** The paragraph-bounded sentence containing [offset, offset+length). */
export function sentenceAt(text: string, offset: number, length = 0): { start: number; end: number } {
  const para = paragraphAround(text, offset, offset + length);
  let start = para.start;
  const paraEnd = para.end;
  // Walk sentence ends inside the paragraph, and only there (the paragraph is bounded by WINDOW,
  // so one quote costs the same on a 1 MB line as on a short one).
  const base = start;
  const window = text.slice(base, Math.min(text.length, paraEnd + 1));
  SENTENCE_END.lastIndex = 0;
  let end = paraEnd;
  for (let m = SENTENCE_END.exec(window); m && base + m.index < paraEnd; m = SENTENCE_END.exec(window)) {
    const at = base + m.index;
    if (at < offset) {
      if (!isAbbreviation(text, at)) start = at + 1;
    } else if (at >= offset + length - 1 && !isAbbreviation(text, at)) {
      end = at + 1;
      break;
    }
  }
  // List items, headings and table rows are blocks of their own, even without blank lines around them.
  const block = lineBlock(text, offset, length);
  return { start: Math.max(start, block.start), end: Math.min(end, block.end) };
}

/**
 * The sentences of the block (paragraph, list item, heading, table row) around `offset`, in
 * order, each as sentenceAt would find it for an offset inside it: for reading a whole doc
 * sentence by sentence at the cost of one block, not one block per sentence. Like sentenceAt,
 * it looks at most WINDOW characters either way; the last span ends at the block's (bounded) end.
 */
export function sentencesOfBlock(text: string, offset: number): { start: number; end: number }[] {
  const para = paragraphAround(text, offset, offset);
  const line = lineBlock(text, offset, 0);
  const start = Math.max(para.start, line.start);
  const end = Math.min(para.end, line.end);
  const out: { start: number; end: number }[] = [];
  const window = text.slice(start, Math.min(text.length, end + 1));
  SENTENCE_END.lastIndex = 0;
  let from = start;
  for (let m = SENTENCE_END.exec(window); m && start + m.index < end; m = SENTENCE_END.exec(window)) {
    const at = start + m.index;
    if (isAbbreviation(text, at)) continue;
    out.push({ start: from, end: at + 1 });
    from = at + 1;
  }
  if (from < end) out.push({ start: from, end });
  return out;
}

const BLOCK_START = /^\s{0,3}(?:[-*+]\s|\d{1,9}[.)]\s|#{1,6}\s|\||>)/;
const BLOCK_BREAK = /^\s*$|^\s{0,3}(?:[-=]{3,}|\*{3,}|`{3,}|~{3,})\s*$/;

/** The run of lines around the offset that forms one Markdown block (a list item, a heading, a paragraph). */
function lineBlock(text: string, offset: number, length: number): { start: number; end: number } {
  const lineAt = (i: number) => {
    let s = i;
    while (s > 0 && s > i - WINDOW && text.charCodeAt(s - 1) !== 10) s--;
    let e = i;
    while (e < text.length && e < i + WINDOW && text.charCodeAt(e) !== 10) e++;
    return { s, e, line: text.slice(s, e) };
  };
  // Never look further than WINDOW either way: a 20,000-line paragraph or a 1 MB line costs the same as a short one.
  const minStart = Math.max(0, offset - WINDOW);
  const maxEnd = Math.min(text.length, offset + length + WINDOW);
  let cur = lineAt(offset);
  let start = cur.s;
  while (!BLOCK_START.test(cur.line) && cur.s > minStart) {
    const prev = lineAt(cur.s - 1);
    if (BLOCK_BREAK.test(prev.line) || /^\s{0,3}#{1,6}\s/.test(prev.line)) break;
    start = prev.s;
    cur = prev;
  }
  cur = lineAt(offset + length);
  let end = cur.e;
  if (/^\s{0,3}#{1,6}\s/.test(cur.line)) return { start, end };
  while (cur.e < maxEnd) {
    const next = lineAt(cur.e + 1);
    if (BLOCK_BREAK.test(next.line) || BLOCK_START.test(next.line)) break;
    end = next.e;
    cur = next;
  }
  return { start, end };
}

/** How far a quote may look for its paragraph's edges: keeps every call cheap on 1 MB lines. */
const WINDOW = 2000;

/** The blank-line-bounded paragraph around [from, to), looking at most WINDOW characters each way. */
function paragraphAround(text: string, from: number, to: number): { start: number; end: number } {
  let start = from;
  const minStart = Math.max(0, from - WINDOW);
  while (start > minStart && !(text.charCodeAt(start - 1) === 10 && isBlankLineBefore(text, start - 1))) start--;
  let end = to;
  const maxEnd = Math.min(text.length, to + WINDOW);
  while (end < maxEnd && !(text.charCodeAt(end) === 10 && isBlankLineAfter(text, end))) end++;
  return { start, end };
}

/** True when the line ending at the newline `nl` is blank. */
function isBlankLineBefore(text: string, nl: number): boolean {
  for (let i = nl - 1; i >= 0; i--) {
    const c = text.charCodeAt(i);
    if (c === 10) return true;
    if (c !== 13 && c !== 32 && c !== 9) return false;
  }
  return true;
}

/** True when the line after the newline `nl` is blank. */
function isBlankLineAfter(text: string, nl: number): boolean {
  for (let i = nl + 1; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) return true;
    if (c !== 13 && c !== 32 && c !== 9) return false;
  }
  return true;
}

function isAbbreviation(text: string, dot: number): boolean {
  return /\b(?:e\.g|i\.e|etc|vs|approx|cf|Fig|Mr|Dr|No)$/i.test(text.slice(Math.max(0, dot - 6), dot)) || /\d$/.test(text.slice(dot - 1, dot)) && /^\.\d/.test(text.slice(dot, dot + 2));
}

/** Markdown source to reading text: links to their text, no emphasis markers, no HTML, one line. */
export function plainQuote(md: string): string {
  return md
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]*)\]\[[^\]]*\]/g, '$1')
    .replace(/<[^>]+>/g, '')
    .replace(/(?<![\p{L}\p{N}])(?:\*\*|__|\*|_)|(?:\*\*|__|\*|_)(?![\p{L}\p{N}])|~~/gu, '')
    .replace(/`/g, '')
    .replace(/^\s*(?:>\s*)+/gm, '')
    .replace(/^\s*(?:[-*+]|\d+[.)])\s+(?:\[[ xX]\]\s+)?/gm, '')
    .replace(/\|/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * A quote of at most `max` characters from the sentence around [offset, offset+length),
 * keeping the cited span and cutting at word boundaries with "…".
 */
export function quoteAround(text: string, offset: number, length: number, max = 90): string {
  const { start, end } = sentenceAt(text, offset, length);
  // Mark the cited span, read the whole sentence as plain text, then find the marks again.
  const marked = `${text.slice(start, offset)}\u0001${text.slice(offset, offset + length)}\u0002${text.slice(offset + length, end)}`;
  const plain = plainQuote(marked);
  const a = plain.indexOf('\u0001');
  const b = plain.indexOf('\u0002');
  if (a < 0 || b < a) return plainQuote(text.slice(offset, offset + length));
  const before = plain.slice(0, a);
  const middle = plain.slice(a + 1, b);
  const after = plain.slice(b + 1);
  let left = before;
  let right = after;
  // Trim the longer side first, at word boundaries.
  while (left.length + middle.length + right.length > max && (left || right)) {
    if (left.length >= right.length && left) left = left.includes(' ') ? left.slice(left.indexOf(' ') + 1) : '';
    else right = right.includes(' ') ? right.slice(0, right.lastIndexOf(' ')) : '';
  }
  const cutLeft = left.length < before.length;
  const cutRight = right.length < after.length;
  let q = `${cutLeft ? '…' : ''}${left}${middle}${right}${cutRight ? '…' : ''}`;
  // A cut may leave half a link behind: drop its syntax.
  q = q.replace(/\]\([^)\s]*\)?/g, '').replace(/[[\]]/g, '').replace(/\s+/g, ' ');
  q = q.replace(/[.;:,]+$/, '').replace(/[.;:,]+…$/, '…').trim();
  return q;
}
