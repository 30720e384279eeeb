import * as vscode from 'vscode';
import { Disposable } from '../base/disposable';
import { CATEGORY_LABELS, type GlossaryEntry } from '../core';
import { escapeMarkdown } from './hover';

export const ENTRY_SCHEME = 'docent-glossary';
export const SOURCE_SCHEME = 'docent-glossary-source';

/**
 * Read-only documents for glossary entries (rendered as Markdown, for "Look Up a Term" and
 * "Explain Selection") and for the bundled glossary's YAML sources ("Open Glossary Source").
 * Works the same on desktop and on the web: nothing is read from disk.
 */
export class GlossaryDocuments extends Disposable implements vscode.TextDocumentContentProvider {
  readonly #emitter = this.register(new vscode.EventEmitter<vscode.Uri>());
  readonly onDidChange = this.#emitter.event;

  constructor(
    private readonly entries: () => ReadonlyMap<string, GlossaryEntry>,
    private readonly bundledSources: () => readonly { file: string; text: string }[],
  ) {
    super();
  }

  static entryUri(id: string): vscode.Uri {
    return vscode.Uri.from({ scheme: ENTRY_SCHEME, path: `/${id}.md` });
  }

  provideTextDocumentContent(uri: vscode.Uri): string {
    if (uri.scheme === SOURCE_SCHEME) {
      const file = uri.path.replace(/^\//, '');
      return this.bundledSources().find((f) => f.file === file)?.text ?? vscode.l10n.t('# {0} is not part of the bundled glossary.', file);
    }
    const id = uri.path.replace(/^\//, '').replace(/\.md$/, '');
    const entry = this.entries().get(id);
    return entry ? entryMarkdown(entry, this.entries()) : `# ${id}\n\n${vscode.l10n.t('No glossary entry has this id.')}\n`;
  }

  refresh(): void {
    for (const doc of vscode.workspace.textDocuments) if (doc.uri.scheme === ENTRY_SCHEME) this.#emitter.fire(doc.uri);
  }
}

/** An entry as a small Markdown page. Text from glossaries is escaped: it never becomes HTML or a link. */
export function entryMarkdown(e: GlossaryEntry, all: ReadonlyMap<string, GlossaryEntry>): string {
  const esc = escapeMarkdown;
  const abbr = e.abbreviations.map((a) => `${esc(a.abbr)} (${esc(a.expansion)})`).join(', ');
  const out = [`# ${esc(e.term)}`, '', `_${esc(CATEGORY_LABELS[e.category])}_${abbr ? ` · ${abbr}` : ''}`, '', esc(e.definition), ''];
  if (e.whyItMatters) out.push('## Why it matters', '', esc(e.whyItMatters), '');
  if (e.tradeoffs?.gain || e.tradeoffs?.cost) {
    out.push('## Tradeoff', '');
    if (e.tradeoffs.gain) out.push(`- **Gain:** ${esc(e.tradeoffs.gain)}`);
    if (e.tradeoffs.cost) out.push(`- **Cost:** ${esc(e.tradeoffs.cost)}`);
    out.push('');
  }
  if (e.askAbout.length) out.push('## Ask in the review', '', ...e.askAbout.map((q) => `- ${esc(q)}`), '');
  if (e.example) out.push('## In a design doc', '', `> ${esc(e.example)}`, '');
  const aliases = e.aliases.length ? e.aliases.map(esc).join(', ') : '';
  if (aliases) out.push(`**Also called:** ${aliases}`, '');
  const related = e.related.map((id) => all.get(id)).filter((r): r is GlossaryEntry => !!r);
  if (related.length) out.push(`**Related:** ${related.map((r) => esc(r.term)).join(', ')}`, '');
  if (e.learnMore) out.push(`**Learn more:** ${esc(e.learnMore)}`, '');
  if (e.source) out.push(`<sub>${esc(e.source.file)}, line ${e.source.line}</sub>`, '');
  return out.join('\n');
}
