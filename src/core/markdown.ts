import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import { toString } from 'mdast-util-to-string';
import type { Root, Nodes, Parents } from 'mdast';
import type { TextRange } from './ranges.js';

/** What one chunk of Markdown contributes, with offsets relative to the chunk. */
export interface ChunkInfo {
  /** Where prose is: the only places terms and numbers are looked for. */
  readonly prose: readonly TextRange[];
  readonly headings: readonly { readonly depth: number; readonly text: string; readonly offset: number }[];
  readonly code: readonly { readonly lang: string; readonly value: string; readonly offset: number }[];
  /** Set when the chunk was read as plain text instead of Markdown, and why. */
  readonly degraded?: string;
}

// No front-matter plugin: only the document's first chunk can be front matter, and splitChunks
// marks it. With the plugin, any later chunk shaped "---", text, "---" (a thematic break, then a
// paragraph made a setext heading) was read as YAML and its words dropped.
const processor = unified().use(remarkParse).use(remarkGfm);

/** Inputs whose Markdown parse is known to be super-linear or to overflow the stack. */
export function riskOf(text: string): string | undefined {
  if (text.length > 256 * 1024) return `a block of ${Math.round(text.length / 1024)} KB`;
  let specials = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    // ` * _ [ ] ( ) < > ! \
    if (c === 96 || c === 42 || c === 95 || c === 91 || c === 93 || c === 40 || c === 41 || c === 60 || c === 62 || c === 33 || c === 92) specials++;
  }
  if (specials > 600 && specials / text.length > 0.2) return 'dense Markdown punctuation';
  if (/^(?:[ \t]*(?:[-*+>]|\d{1,9}[.)])[ \t]+){24}/m.test(text)) return 'deeply nested lists or quotes';
  return undefined;
}

/** Parse one chunk with remark, or read it as plain text when it is too risky or the parser fails. */
export function readChunk(text: string, isFrontMatter = false): ChunkInfo {
  if (isFrontMatter) return { prose: [], headings: [], code: [] };
  const risk = riskOf(text);
  if (risk) return plainChunk(text, risk);
  let tree: Root;
  try {
    tree = processor.parse(text);
  } catch (e) {
    return plainChunk(text, `the Markdown parser failed (${e instanceof Error ? e.message : String(e)})`);
  }
  const prose: TextRange[] = [];
  const headings: { depth: number; text: string; offset: number }[] = [];
  const code: { lang: string; value: string; offset: number }[] = [];
  const stack: Nodes[] = [tree];
  while (stack.length) {
    const node = stack.pop()!;
    const pos = node.position;
    switch (node.type) {
      case 'text':
        if (pos?.start.offset !== undefined && pos.end.offset !== undefined) prose.push({ start: pos.start.offset, end: pos.end.offset });
        continue;
      case 'code':
        if (pos?.start.offset !== undefined) code.push({ lang: (node.lang ?? '').toLowerCase(), value: node.value, offset: pos.start.offset });
        continue;
      case 'inlineCode': case 'html': case 'yaml': case 'image': case 'imageReference': case 'definition':
        continue;
      case 'link':
        // Autolinks and bare URLs show their address as text: not prose.
        if (node.children.length === 1 && node.children[0].type === 'text' && isAddress(node.children[0].value, node.url)) continue;
        break;
      case 'heading':
        if (pos?.start.offset !== undefined) headings.push({ depth: node.depth, text: plainText(node), offset: pos.start.offset });
        break;
      default:
        break;
    }
    if ('children' in node) {
      const children = (node as Parents).children;
      for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]);
    }
  }
  prose.sort((a, b) => a.start - b.start);
  headings.sort((a, b) => a.offset - b.offset);
  return { prose, headings, code };
}

function isAddress(text: string, url: string): boolean {
  const strip = (s: string) => s.replace(/^(?:https?:\/\/|mailto:|www\.)/i, '').replace(/\/$/, '');
  return text === url || strip(text) === strip(url);
}

/** A heading's words as shown: no raw HTML, no image descriptions. */
function plainText(node: Nodes): string {
  return toString(node, { includeHtml: false, includeImageAlt: false });
}

/**
 * Plain-text reading for risky chunks: everything is prose except fenced code lines, inline code
 * spans and URLs; ATX headings are still recognised.
 */
export function plainChunk(text: string, reason: string): ChunkInfo {
  const prose: TextRange[] = [];
  const headings: { depth: number; text: string; offset: number }[] = [];
  const skipRe = /`[^`\n]{0,200}`|<?\b(?:https?:\/\/|www\.)[^\s<>)]*>?/g;
  let inFence = false;
  let pos = 0;
  // The lines of one paragraph are one prose range, as a parsed paragraph is, so a term wrapped
  // over two lines ("a sliding\nwindow") is still found when the doc is read as plain text.
  let joinable = false;
  const push = (start: number, end: number) => {
    const last = prose[prose.length - 1];
    if (joinable && last && last.end === start - 1 && text[start - 1] === '\n') prose[prose.length - 1] = { start: last.start, end };
    else prose.push({ start, end });
  };
  while (pos <= text.length) {
    let eol = text.indexOf('\n', pos);
    if (eol === -1) eol = text.length;
    const line = text.slice(pos, eol);
    if (/^ {0,3}(`{3,}|~{3,})/.test(line)) {
      inFence = !inFence;
    } else if (!inFence) {
      const h = /^ {0,3}(#{1,6})[ \t]+(.*?)[ \t#]*\r?$/.exec(line.length > 1000 ? line.slice(0, 1000) : line);
      if (h) headings.push({ depth: h[1].length, text: h[2], offset: pos });
      // A list item, quote or table row starts a block of its own.
      joinable = joinable && !h && line.trim() !== '' && !/^\s*(?:[-*+]\s|\d+[.)]\s|>|\|)/.test(line);
      skipRe.lastIndex = 0;
      let from = 0;
      for (let m = skipRe.exec(line); m; m = skipRe.exec(line)) {
        if (m.index > from) push(pos + from, pos + m.index);
        from = m.index + m[0].length;
        joinable = false;
      }
      if (from < line.length) push(pos + from, pos + line.length);
      joinable = !h && line.trim() !== '' && from < line.length;
    } else {
      joinable = false;
    }
    pos = eol + 1;
  }
  return { prose, headings, code: [], degraded: reason };
}
