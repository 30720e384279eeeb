import * as vscode from 'vscode';
import { Command, commandLink } from '../commandIds';
import { entryView, ENTRY_LABELS, escapeMarkdown, type DocDefinition, type EntryExtra, type GlossaryEntry } from '../core';
import type { DocumentAnalyses } from '../analyses';

/** Shows a glossary entry when the pointer rests on a term. */
export class TermHoverProvider implements vscode.HoverProvider {
  constructor(private readonly analyses: DocumentAnalyses) {}

  async provideHover(doc: vscode.TextDocument, position: vscode.Position): Promise<vscode.Hover | undefined> {
    const state = await this.analyses.request(doc);
    // An answer for an older version would point at the wrong text: better none.
    if (!state || state.version !== doc.version) return undefined;
    const offset = doc.offsetAt(position);
    const hit = state.report.analysis.terms.find((t) => t.offset <= offset && offset <= t.offset + t.length);
    if (hit) {
      const range = state.toRange(hit.offset, hit.length);
      const surface = doc.getText(range);
      const lineOf = (d: DocDefinition) => state.lines.position(d.offset).line + 1;
      if (hit.id.startsWith('doc:')) {
        const def = state.report.definitions.find((d) => d.id === hit.id);
        if (def) return new vscode.Hover(renderDocDefinition(def, lineOf(def)), range);
      }
      if (hit.id.startsWith('unknown:')) return new vscode.Hover(renderUnknown(hit.id.slice('unknown:'.length), doc.uri), range);
      const entry = this.analyses.entries.get(hit.id);
      if (entry) {
        // The doc's own definition of the same word comes first: it is the sense this doc means.
        // For a compound ("dry hydrator"), the entry's own words ("hydrator") are what a doc may define.
        const said = (hit.compound ? surface.slice(hit.compound.from, hit.compound.from + hit.compound.length) : surface).toLowerCase();
        const same = (form: string) => { const f = form.toLowerCase(); return said === f || said === `${f}s` || said === `${f}es`; };
        const own = state.report.definitions.find((d) => same(d.term) || (d.abbr && (same(d.abbr.short) || same(d.abbr.long))));
        const modEntry = hit.modifier && this.analyses.entries.get(hit.modifier.id);
        const modifier = hit.modifier && modEntry ? { entry: modEntry, said: surface.slice(hit.modifier.from, hit.modifier.from + hit.modifier.length) } : undefined;
        const md = renderEntry(entry, this.analyses.entries, own && { def: own, line: lineOf(own) }, hit.compound ? surface.replace(/\s+/g, ' ') : undefined, modifier);
        return new vscode.Hover(md, range);
      }
    }
    const quantity = state.report.quantities.find((q) => q.offset <= offset && offset <= q.offset + q.length);
    if (quantity && quantity.notes.length) {
      const md = new vscode.MarkdownString(undefined, true);
      md.isTrusted = false;
      md.appendMarkdown(`$(symbol-number) **${escape(doc.getText(state.toRange(quantity.offset, quantity.length)))}** · _${escape(QUANTITY_LABELS[quantity.kind] ?? quantity.kind)}_\n\n`);
      for (const n of quantity.notes) md.appendMarkdown(`- ${escape(n)}\n`);
      return new vscode.Hover(md, state.toRange(quantity.offset, quantity.length));
    }
    return undefined;
  }
}

const QUANTITY_LABELS: Record<string, string> = {
  rate: vscode.l10n.t('rate'), latency: vscode.l10n.t('latency'), availability: vscode.l10n.t('availability target'),
  size: vscode.l10n.t('data size'), duration: vscode.l10n.t('duration'), bandwidth: vscode.l10n.t('bandwidth'),
};

/** The hover text of an entry. Glossary text is untrusted: no command links, no HTML. */
/** A hover for a term the doc defines itself, in the doc's own words. */
export function renderDocDefinition(def: DocDefinition, line: number): vscode.MarkdownString {
  const md = new vscode.MarkdownString(undefined, false);
  md.isTrusted = false;
  md.supportHtml = false;
  // A term the doc only introduces in emphasis is shown with the sentence that introduces it: say so.
  const where = def.introduced ? vscode.l10n.t('Introduced in this doc (line {0})', line) : vscode.l10n.t('Defined in this doc (line {0})', line);
  md.appendMarkdown(`**${escape(def.term)}**${def.abbr ? ` — ${escape(def.abbr.long)}` : ''} · _${escape(where)}_\n\n`);
  md.appendMarkdown(`> ${escape(def.text)}\n\n`);
  md.appendMarkdown(`_${escape(vscode.l10n.t("The doc's own words; Docent's glossary has no entry for it."))}_`);
  return md;
}

/** A hover for a technical-looking word nothing explains, with the two things a PM can do about it. */
export function renderUnknown(word: string, uri: vscode.Uri): vscode.MarkdownString {
  const md = new vscode.MarkdownString(undefined, false);
  md.isTrusted = { enabledCommands: [Command.askAboutTerm, Command.addToTeamGlossary] };
  md.supportHtml = false;
  md.appendMarkdown(`**${escape(word)}** · _${escape(vscode.l10n.t('not explained'))}_\n\n`);
  md.appendMarkdown(`${escape(vscode.l10n.t("Neither Docent's glossary nor this doc explains “{0}”. If it matters to the design, ask what it is and why it is needed.", word))}\n\n`);
  md.appendMarkdown(`[${vscode.l10n.t('Ask about this term')}](${commandLink(Command.askAboutTerm, word, uri.toString())}) · [${vscode.l10n.t('Add to team glossary…')}](${commandLink(Command.addToTeamGlossary, word, uri.toString())})`);
  return md;
}

/**
 * The hover of a glossary entry, short enough to show whole: what it is, why it matters to a
 * program, one question to ask, and the two actions ("More…" opens the full entry: tradeoff, every
 * question, related terms, where to learn more). Nothing sits below a scroll the PM never finds.
 */
export function renderEntry(entry: GlossaryEntry, all: ReadonlyMap<string, GlossaryEntry>, own?: { def: DocDefinition; line: number }, phrase?: string, mod?: { entry: GlossaryEntry; said: string }): vscode.MarkdownString {
  const modifier = mod?.entry;
  const md = new vscode.MarkdownString(undefined, true);
  // Only Docent's own commands may run from a hover; glossary text is escaped, so it cannot add links.
  md.isTrusted = { enabledCommands: [Command.lookUpTerm, Command.openGlossarySource, Command.markTermKnown] };
  md.supportHtml = false;
  const view = entryView(entry, all);
  // A compound ("corporate proxy") is explained by its key word: say which word the entry is for.
  const inPhrase = phrase ? ` ${escape(vscode.l10n.t('(in “{0}”)', phrase))}` : '';
  md.appendMarkdown(`**${escape(view.term)}**${view.expansion ? ` — ${escape(view.expansion)}` : ''}${inPhrase} · _${escape(view.category)}_\n\n`);
  if (own) md.appendMarkdown(`**${own.def.introduced ? vscode.l10n.t('Introduced in this doc (line {0})', own.line) : vscode.l10n.t('Defined in this doc (line {0})', own.line)}:** ${escape(own.def.text)}\n\n`);
  md.appendMarkdown(`${escape(entry.definition)}\n\n`);
  // A phrase of two known terms ("OpenAPI schema"): the other word's definition comes next, where
  // it is seen without scrolling; its question is one click away, under its own More….
  if (modifier) {
    // Name it as the doc wrote it, with the entry's term when that differs: **L7** (OSI model).
    const said = mod.said.replace(/\s+/g, ' ');
    const same = said.toLowerCase().replace(/e?s$/, '') === modifier.term.toLowerCase().replace(/e?s$/, '');
    const mAbbr = modifier.abbreviations.find((a) => a.abbr.toLowerCase() === said.toLowerCase());
    const name = same ? `**${escape(modifier.term)}**` : `**${escape(said)}** (${escape(mAbbr ? `${mAbbr.expansion}, ${modifier.term}` : modifier.term)})`;
    md.appendMarkdown(`${name}: ${escape(modifier.definition)}\n\n`);
  }
  if (view.whyItMatters) md.appendMarkdown(`**${ENTRY_LABELS.whyItMatters}:** ${escape(view.whyItMatters)}\n\n`);
  if (view.askAbout.length && !modifier) md.appendMarkdown(`**${ENTRY_LABELS.askAbout}:** ${escape(view.askAbout[0])}\n\n`);
  const extra: Record<EntryExtra, string> = {
    tradeoff: vscode.l10n.t('the tradeoff'),
    questions: vscode.l10n.t('{0} more questions', view.askAbout.length - 1),
    related: vscode.l10n.t('related terms'),
    learnMore: vscode.l10n.t('where to learn more'),
  };
  const more = view.extras.map((x) => extra[x]).join(', ');
  md.appendMarkdown(`[${vscode.l10n.t('More…')}](${commandLink(Command.lookUpTerm, entry.id)} "${more ? vscode.l10n.t('The full entry: {0}', more) : vscode.l10n.t('The full entry')}") · [${vscode.l10n.t('I know this term')}](${commandLink(Command.markTermKnown, entry.id)} "${vscode.l10n.t('Stop underlining it; the hover still works')}")`);
  if (modifier) {
    md.appendMarkdown(` · [${escape(vscode.l10n.t('More about {0}…', modifier.term))}](${commandLink(Command.lookUpTerm, modifier.id)} "${vscode.l10n.t('The full entry')}")`);
  }
  return md;
}

const escape = (s: string) => escapeMarkdown(s, 'vscode');
