/**
 * Short quotes from a document, for questions that cite the doc's own words. Works on the raw
 * text: finds the sentence around an offset (bounded by the paragraph), strips Markdown syntax,
 * and trims to a length a PM can read at a glance, keeping the cited span inside.
 */
const SENTENCE_END = /[.!?](?=\s|$)/g;

/** The paragraph-bounded sentence containing [offset, offset+length). */
export function sentenceAt(text: string, offset: number, length = 0): { start: number; end: number } {
  const paraStart = Math.max(text.lastIndexOf('\n\n', offset), text.lastIndexOf('\n\r\n', offset));
  let start = paraStart < 0 ? 0 : paraStart + 2;
  const nextPara = text.indexOf('\n\n', offset + length);
  const paraEnd = nextPara < 0 ? text.length : nextPara;
  // Walk sentence ends inside the paragraph.
  SENTENCE_END.lastIndex = start;
  let end = paraEnd;
  for (let m = SENTENCE_END.exec(text); m && m.index < paraEnd; m = SENTENCE_END.exec(text)) {
    if (m.index < offset) {
      if (!isAbbreviation(text, m.index)) start = m.index + 1;
    } else if (m.index >= offset + length - 1 && !isAbbreviation(text, m.index)) {
      end = m.index + 1;
      break;
    }
  }
  // List items and table rows are their own sentences.
  const lineStart = text.lastIndexOf('\n', offset) + 1;
  if (lineStart > start && /^\s*(?:[-*+]|\d+[.)]|\|)\s/.test(text.slice(lineStart, lineStart + 6))) start = lineStart;
  const lineEnd = text.indexOf('\n', offset + length);
  if (lineEnd >= 0 && lineEnd < end && /^\n\s*(?:[-*+]|\d+[.)]|\|)\s/.test(text.slice(lineEnd, lineEnd + 6))) end = lineEnd;
  return { start, end };
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
    .replace(/(\*\*|__|\*|_(?=\S)|(?<=\S)_|~~)/g, '')
    .replace(/`/g, '')
    .replace(/^\s*(?:>\s*)+/gm, '')
    .replace(/^\s*(?:[-*+]|\d+[.)])\s+/gm, '')
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
  const before = plainQuote(text.slice(start, offset));
  const middle = plainQuote(text.slice(offset, offset + length));
  const after = plainQuote(text.slice(offset + length, end));
  let left = before;
  let right = after;
  const joinL = before && /\s$/.test(text.slice(start, offset)) ? ' ' : '';
  const joinR = after && /^\s/.test(text.slice(offset + length, end)) ? ' ' : '';
  const total = () => left.length + joinL.length + middle.length + joinR.length + right.length;
  // Trim the longer side first, at word boundaries.
  while (total() > max && (left || right)) {
    if (left.length >= right.length && left) left = left.includes(' ') ? left.slice(left.indexOf(' ') + 1) : '';
    else right = right.includes(' ') ? right.slice(0, right.lastIndexOf(' ')) : '';
  }
  const cutLeft = left.length < before.length;
  const cutRight = right.length < after.length;
  let q = `${cutLeft ? '…' : ''}${left}${left ? joinL : ''}${middle}${right ? joinR : ''}${right}${cutRight ? '…' : ''}`;
  q = q.replace(/[.;:,]+$/, '').trim();
  return q;
}
