import * as vscode from 'vscode';
import { CATEGORY_LABELS, type GlossaryEntry } from '../core';
import type { DocumentModel } from '../documents';
import { toRange } from '../documents';

/** Shows a glossary entry when the pointer rests on a term. */
export class TermHoverProvider implements vscode.HoverProvider {
  constructor(private readonly model: DocumentModel) {}

  async provideHover(doc: vscode.TextDocument, position: vscode.Position): Promise<vscode.Hover | undefined> {
    const state = await this.model.request(doc);
    // An answer for an older version would point at the wrong text: better none.
    if (!state || state.version !== doc.version) return undefined;
    const offset = doc.offsetAt(position);
    const hit = state.analysis.terms.find((t) => t.offset <= offset && offset <= t.offset + t.length);
    const entry = hit && this.model.entries.get(hit.id);
    if (hit && entry) return new vscode.Hover(renderEntry(entry, this.model.entries), toRange(state, hit.offset, hit.length));
    const quantity = state.review.quantities.find((q) => q.offset <= offset && offset <= q.offset + q.length);
    if (quantity && quantity.notes.length) {
      const md = new vscode.MarkdownString(undefined, true);
      md.isTrusted = false;
      md.appendMarkdown(`$(symbol-number) **${escape(doc.getText(toRange(state, quantity.offset, quantity.length)))}** · _${escape(QUANTITY_LABELS[quantity.kind] ?? quantity.kind)}_\n\n`);
      for (const n of quantity.notes) md.appendMarkdown(`- ${escape(n)}\n`);
      return new vscode.Hover(md, toRange(state, quantity.offset, quantity.length));
    }
    return undefined;
  }
}

const QUANTITY_LABELS: Record<string, string> = {
  rate: vscode.l10n.t('rate'), latency: vscode.l10n.t('latency'), availability: vscode.l10n.t('availability target'),
  size: vscode.l10n.t('data size'), duration: vscode.l10n.t('duration'), bandwidth: vscode.l10n.t('bandwidth'),
};

/** The hover text of an entry. Glossary text is untrusted: no command links, no HTML. */
export function renderEntry(entry: GlossaryEntry, all: ReadonlyMap<string, GlossaryEntry>): vscode.MarkdownString {
  const md = new vscode.MarkdownString(undefined, true);
  // Only Docent's own look-up command may run from a hover; glossary text is escaped, so it cannot add links.
  md.isTrusted = { enabledCommands: ['docent.lookUpTerm', 'docent.openGlossarySource', 'docent.markTermKnown'] };
  md.supportHtml = false;
  const abbr = entry.abbreviations.find((a) => a.abbr === entry.term);
  md.appendMarkdown(`**${escape(entry.term)}**${abbr ? ` — ${escape(abbr.expansion)}` : ''} · _${escape(CATEGORY_LABELS[entry.category])}_\n\n`);
  md.appendMarkdown(`${escape(entry.definition)}\n\n`);
  if (entry.whyItMatters) md.appendMarkdown(`**${vscode.l10n.t('Why it matters')}:** ${escape(entry.whyItMatters)}\n\n`);
  if (entry.tradeoffs?.gain || entry.tradeoffs?.cost) {
    md.appendMarkdown(`**${vscode.l10n.t('Tradeoff')}:** `);
    if (entry.tradeoffs.gain) md.appendMarkdown(`${vscode.l10n.t('gain')} — ${escape(entry.tradeoffs.gain)} `);
    if (entry.tradeoffs.cost) md.appendMarkdown(`${vscode.l10n.t('cost')} — ${escape(entry.tradeoffs.cost)}`);
    md.appendMarkdown('\n\n');
  }
  if (entry.askAbout.length) {
    md.appendMarkdown(`**${vscode.l10n.t('Ask in the review')}:**\n`);
    for (const q of entry.askAbout) md.appendMarkdown(`- ${escape(q)}\n`);
    md.appendMarkdown('\n');
  }
  const related = entry.related.map((id) => all.get(id)).filter((e): e is GlossaryEntry => !!e);
  if (related.length) {
    const link = (e: GlossaryEntry) => `[${escape(e.term)}](command:docent.lookUpTerm?${encodeURIComponent(JSON.stringify([e.id]))} "${escape(e.definition).replace(/"/g, "'")}")`;
    md.appendMarkdown(`${vscode.l10n.t('Related')}: ${related.map(link).join(' · ')}\n\n`);
  }
  if (entry.learnMore) md.appendMarkdown(`${vscode.l10n.t('Learn more')}: _${escape(entry.learnMore)}_\n\n`);
  const arg = encodeURIComponent(JSON.stringify([entry.id]));
  md.appendMarkdown(`[${vscode.l10n.t('Open entry')}](command:docent.lookUpTerm?${arg}) · [${vscode.l10n.t('I know this term')}](command:docent.markTermKnown?${arg} "${vscode.l10n.t('Stop underlining it; the hover still works')}")`);
  return md;
}

/** Escapes Markdown syntax so glossary and doc text is shown as text, never as links, HTML, formatting or theme icons ($(name)). */
export function escapeMarkdown(s: string): string {
  return s.replace(/[\\`*_{}[\]()#+\-.!|<>$]/g, '\\$&');
}

const escape = escapeMarkdown;
