import { escapeHtml, type TermMatcher } from '../core';

// Minimal shapes of markdown-it's token API (the built-in preview passes its own instance).
interface Token { type: string; content: string; children: Token[] | null; meta: unknown; nesting: number; level: number }
interface StateCore { tokens: Token[]; Token: new (type: string, tag: string, nesting: number) => Token }
interface MarkdownIt {
  core: { ruler: { push(name: string, fn: (state: StateCore) => void): void } };
  renderer: { rules: Record<string, (tokens: Token[], idx: number) => string> };
}

/**
 * Highlights glossary terms in VS Code's built-in Markdown preview. Each term carries its entry's
 * definition, why it matters and one question as escaped data attributes, which Docent's preview
 * script (media/preview.js) shows as a styled hover; the plain `title` stays as the fallback where
 * scripts do not run. Only text tokens outside code and link addresses are touched.
 */
export function markdownItPlugin(mdIn: unknown, matcher: () => TermMatcher, enabled: () => boolean = () => true): unknown {
  const md = mdIn as MarkdownIt;
  md.core.ruler.push('docent_terms', (state) => {
    if (!enabled()) return;
    const m = matcher();
    for (const block of state.tokens) {
      if (block.type !== 'inline' || !block.children) continue;
      const out: Token[] = [];
      for (const tok of block.children) {
        if (tok.type !== 'text' || !tok.content) {
          out.push(tok);
          continue;
        }
        const hits = m.match(tok.content);
        if (hits.length === 0) {
          out.push(tok);
          continue;
        }
        let at = 0;
        for (const h of hits) {
          if (h.offset > at) out.push(text(state, tok.content.slice(at, h.offset), tok.level));
          const entry = m.entries.get(h.id);
          const open = new state.Token('docent_term_open', 'span', 1);
          open.meta = {
            id: h.id, title: entry ? `${entry.term}: ${entry.definition}` : h.id,
            ...(entry ? { term: entry.term, definition: entry.definition, why: entry.whyItMatters ?? '', ask: entry.askAbout[0] ?? '' } : {}),
          };
          out.push(open, text(state, tok.content.slice(h.offset, h.offset + h.length), tok.level + 1), new state.Token('docent_term_close', 'span', -1));
          at = h.offset + h.length;
        }
        if (at < tok.content.length) out.push(text(state, tok.content.slice(at), tok.level));
      }
      block.children = out;
    }
  });
  md.renderer.rules.docent_term_open = (tokens, idx) => {
    const meta = tokens[idx].meta as { id: string; title: string; term?: string; definition?: string; why?: string; ask?: string };
    const data = meta.term === undefined ? '' : ` data-docent-term="${escapeHtml(meta.term)}" data-docent-def="${escapeHtml(meta.definition ?? '')}" data-docent-why="${escapeHtml(meta.why ?? '')}" data-docent-ask="${escapeHtml(meta.ask ?? '')}"`;
    return `<span class="docent-term" data-docent-id="${escapeHtml(meta.id)}" title="${escapeHtml(meta.title)}"${data}>`;
  };
  md.renderer.rules.docent_term_close = () => '</span>';
  return md;
}

function text(state: StateCore, content: string, level: number): Token {
  const t = new state.Token('text', '', 0);
  t.content = content;
  t.level = level;
  return t;
}
