/**
 * Splits a Markdown document into top-level chunks that can be parsed independently: a new chunk
 * starts only after a blank line, at a line that begins in column 0, outside fenced code, HTML
 * comments and front matter. Indented continuations (list items, nested code) stay with their
 * chunk. Chunks are the unit of the analysis cache and of the safety limits.
 */
export interface Chunk {
  /** UTF-16 offset of the chunk's first character in the document. */
  readonly start: number;
  readonly text: string;
  /** True for the YAML/TOML front matter at the top of the document. */
  readonly frontMatter?: boolean;
}

const FENCE = /^ {0,3}(`{3,}|~{3,})/;

export function splitChunks(text: string): Chunk[] {
  const chunks: Chunk[] = [];
  let pos = 0;
  const n = text.length;
  // Front matter: "---" or "+++" on the first line up to the matching closing line.
  const fm = /^(---|\+\+\+)[ \t]*\r?\n/.exec(text);
  if (fm) {
    const close = new RegExp(`\\r?\\n${fm[1] === '---' ? '(?:---|\\.\\.\\.)' : '\\+\\+\\+'}[ \\t]*(?:\\r?\\n|$)`, 'g');
    close.lastIndex = fm[0].length - 1;
    const m = close.exec(text);
    if (m) {
      const end = m.index + m[0].length;
      chunks.push({ start: 0, text: text.slice(0, end), frontMatter: true });
      pos = end;
    }
  }
  let chunkStart = pos;
  let fence: string | undefined;
  let inComment = false;
  let prevBlank = false;
  while (pos < n) {
    let eol = text.indexOf('\n', pos);
    if (eol === -1) eol = n;
    const lineEnd = eol > pos && text.charCodeAt(eol - 1) === 13 ? eol - 1 : eol;
    const line = text.slice(pos, lineEnd);
    const blank = line.trim() === '';
    if (fence) {
      const m = FENCE.exec(line);
      if (m && m[1][0] === fence[0] && m[1].length >= fence.length && line.slice(m[0].length).trim() === '') fence = undefined;
    } else if (inComment) {
      if (line.includes('-->')) inComment = false;
    } else {
      if (prevBlank && !blank && !/^[ \t]/.test(line) && pos > chunkStart) {
        chunks.push({ start: chunkStart, text: text.slice(chunkStart, pos) });
        chunkStart = pos;
      }
      const m = FENCE.exec(line);
      if (m && !(m[1][0] === '`' && line.slice(m[0].length).includes('`'))) fence = m[1];
      else if (line.includes('<!--') && !line.slice(line.indexOf('<!--')).includes('-->')) inComment = true;
    }
    prevBlank = blank;
    pos = eol + 1;
  }
  if (chunkStart < n) chunks.push({ start: chunkStart, text: text.slice(chunkStart) });
  return chunks;
}
