import * as vscode from 'vscode';
import { Disposable } from '../base/disposable';
import { entryView, ENTRY_LABELS, escapeMarkdown, type GlossaryEntry } from '../core';

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
  const v = entryView(e, all);
  const esc = (s: string) => escapeMarkdown(s, 'vscode');
  const abbr = v.abbreviations.map((a) => `${esc(a.abbr)} (${esc(a.expansion)})`).join(', ');
  const out = [`# ${esc(v.term)}`, '', `_${esc(v.category)}_${abbr ? ` · ${abbr}` : ''}`, '', esc(v.definition), ''];
  if (v.whyItMatters) out.push(`## ${ENTRY_LABELS.whyItMatters}`, '', esc(v.whyItMatters), '');
  if (v.tradeoff) {
    out.push(`## ${ENTRY_LABELS.tradeoff}`, '');
    if (v.tradeoff.gain) out.push(`- **${ENTRY_LABELS.gain}:** ${esc(v.tradeoff.gain)}`);
    if (v.tradeoff.cost) out.push(`- **${ENTRY_LABELS.cost}:** ${esc(v.tradeoff.cost)}`);
    out.push('');
  }
  if (v.askAbout.length) out.push(`## ${ENTRY_LABELS.askAbout}`, '', ...v.askAbout.map((q) => `- ${esc(q)}`), '');
  if (v.example) out.push(`## ${ENTRY_LABELS.example}`, '', `> ${esc(v.example)}`, '');
  if (v.aliases.length) out.push(`**${ENTRY_LABELS.aliases}:** ${v.aliases.map(esc).join(', ')}`, '');
  if (v.related.length) out.push(`**${ENTRY_LABELS.related}:** ${v.related.map(esc).join(', ')}`, '');
  if (v.learnMore) out.push(`**${ENTRY_LABELS.learnMore}:** ${esc(v.learnMore)}`, '');
  if (v.source) out.push(`<sub>${esc(vscode.l10n.t('{0}, line {1}', v.source.file, v.source.line))}</sub>`, '');
  return out.join('\n');
}
