import * as vscode from 'vscode';
import type { GlossaryEntry, TermMatcher } from '../core';
import type { Config } from '../config';
import { GlossaryDocuments, SOURCE_SCHEME } from '../features/glossaryDocs';
import { command } from './common';
import { Command } from '../commandIds';

/** Looking terms up, explaining a selection, the team glossary, and which terms are underlined. */
export function registerGlossaryCommands(deps: { entries: () => ReadonlyMap<string, GlossaryEntry>; matcher: () => TermMatcher; config: Config }): vscode.Disposable {
  const { entries, config } = deps;
  /** The glossary quick pick; when nothing matches what the PM typed, it offers the two ways on. */
  const pickEntry = (items: { label: string; description: string; detail: string; entry: GlossaryEntry }[]) => new Promise<GlossaryEntry | undefined>((resolve) => {
    const qp = vscode.window.createQuickPick<{ label: string; description?: string; detail?: string; entry?: GlossaryEntry; action?: 'ask' | 'add' }>();
    qp.title = vscode.l10n.t('Look up a technical term');
    qp.placeholder = vscode.l10n.t('Type a term, an alias or an abbreviation');
    qp.matchOnDescription = true;
    qp.matchOnDetail = true;
    qp.items = items;
    const offers = (v: string) => [
      { label: `$(question) ${vscode.l10n.t('No entry for “{0}”: ask about it in the review', v)}`, alwaysShow: true, action: 'ask' as const },
      { label: `$(add) ${vscode.l10n.t('Add “{0}” to the team glossary…', v)}`, alwaysShow: true, action: 'add' as const },
    ];
    qp.onDidChangeValue((v) => {
      const q = v.trim().toLowerCase();
      const any = q && items.some((i) => i.label.toLowerCase().includes(q) || i.description.toLowerCase().includes(q) || i.detail.toLowerCase().includes(q));
      qp.items = q && !any ? [...offers(v.trim()), ...items] : items;
    });
    qp.onDidAccept(() => {
      const pick = qp.selectedItems[0];
      const value = qp.value.trim();
      qp.hide();
      if (pick?.action === 'ask') void vscode.commands.executeCommand(Command.askAboutTerm, value);
      if (pick?.action === 'add') void vscode.commands.executeCommand(Command.addToTeamGlossary, value);
      resolve(pick?.entry);
    });
    qp.onDidHide(() => { qp.dispose(); resolve(undefined); });
    qp.show();
  });
  return vscode.Disposable.from(
    command(Command.lookUpTerm, async (arg?: string | { id?: string }) => {
      const all = entries();
      const id = typeof arg === 'string' ? arg : arg?.id;
      let chosen = id ? all.get(id) : undefined;
      if (!chosen) {
        const items = [...all.values()].sort((a, b) => a.term.localeCompare(b.term)).map((e) => ({
          label: e.term, description: [...e.abbreviations.map((a) => a.abbr), ...e.aliases.slice(0, 3)].join(', '), detail: e.definition, entry: e,
        }));
        chosen = await pickEntry(items);
      }
      if (chosen) await showEntry(chosen.id);
    }),
    command(Command.addToTeamGlossary, async (word?: string) => {
      const term = typeof word === 'string' && word.trim() ? word.trim() : (await vscode.window.showInputBox({ title: vscode.l10n.t('Add a term to the team glossary'), placeHolder: vscode.l10n.t('The term, as the team writes it') }))?.trim();
      if (term) await addTeamGlossaryStub(term);
    }),
    command(Command.explainSelection, async () => {
      const editor = vscode.window.activeTextEditor;
      const text = editor && !editor.selection.isEmpty ? editor.document.getText(editor.selection) : editor?.document.getText(editor.document.getWordRangeAtPosition(editor.selection.active) ?? editor.selection);
      if (!text?.trim()) {
        void vscode.window.showInformationMessage(vscode.l10n.t('Select a word or passage to explain.'));
        return;
      }
      const found = [...new Set(deps.matcher().match(text).map((m) => m.id))].map((id) => entries().get(id)!).filter(Boolean);
      if (found.length === 0) {
        const look = vscode.l10n.t('Look Up a Term…');
        void vscode.window.showInformationMessage(vscode.l10n.t('Docent has no glossary entry for “{0}”.', text.trim().slice(0, 60)), look)
          .then(async (pick) => { if (pick === look) await vscode.commands.executeCommand(Command.lookUpTerm); });
        return;
      }
      const entry = found.length === 1 ? found[0] : (await vscode.window.showQuickPick(found.map((e) => ({ label: e.term, detail: e.definition, entry: e })), { title: vscode.l10n.t('Terms in the selection') }))?.entry;
      if (entry) await showEntry(entry.id);
    }),
    command(Command.markTermKnown, async (arg?: string | { id?: string }) => {
      const id = typeof arg === 'string' ? arg : arg?.id;
      if (!id) return;
      await config.setKnownTerms([...config.current.highlight.knownTerms, id]);
      vscode.window.setStatusBarMessage(vscode.l10n.t('Docent: “{0}” is no longer underlined (hovers still work).', entries().get(id)?.term ?? id), 4000);
    }),
    command(Command.unmarkTermKnown, async (arg?: string | { id?: string }) => {
      const id = typeof arg === 'string' ? arg : arg?.id;
      const known = config.current.highlight.knownTerms;
      const chosen = id ?? (await vscode.window.showQuickPick(known.map((k) => ({ label: entries().get(k)?.term ?? k, id: k })), { title: vscode.l10n.t('Underline this term again') }))?.id;
      if (chosen) await config.setKnownTerms(known.filter((k) => k !== chosen));
    }),
    command(Command.toggleHighlights, async () => {
      const next = !config.current.highlight.enabled;
      await config.setHighlightsEnabled(next);
      vscode.window.setStatusBarMessage(next ? vscode.l10n.t('Docent: highlights on') : vscode.l10n.t('Docent: highlights off'), 2500);
    }),
    command(Command.openGlossarySource, async (arg?: string | { id?: string }) => {
      const id = typeof arg === 'string' ? arg : arg?.id;
      const entry = id ? entries().get(id) : undefined;
      const chosen = entry ?? (await vscode.window.showQuickPick([...entries().values()].sort((a, b) => a.term.localeCompare(b.term)).map((e) => ({ label: e.term, description: e.source ? `${e.source.file}:${e.source.line}` : '', entry: e })), { title: vscode.l10n.t('Open the glossary source of…') }))?.entry;
      if (!chosen?.source) return;
      const uri = /^[a-z][a-z0-9+.-]*:/i.test(chosen.source.file) ? vscode.Uri.parse(chosen.source.file) : vscode.Uri.from({ scheme: SOURCE_SCHEME, path: `/${chosen.source.file}` });
      const doc = await vscode.workspace.openTextDocument(uri);
      const editor = await vscode.window.showTextDocument(doc, { preview: true });
      const line = Math.max(0, chosen.source.line - 1);
      editor.selection = new vscode.Selection(line, 0, line, 0);
      editor.revealRange(new vscode.Range(line, 0, line, 0), vscode.TextEditorRevealType.AtTop);
    }),
  );
}

async function showEntry(id: string): Promise<void> {
  await vscode.commands.executeCommand('markdown.showPreviewToSide', GlossaryDocuments.entryUri(id));
}

/**
 * Opens the workspace's `.docent/glossary.yaml` (created if need be) with a filled-in entry for
 * `term` at its end, its definition selected for typing. Only in a trusted workspace: team
 * glossaries are not read in Restricted Mode.
 */
async function addTeamGlossaryStub(term: string): Promise<void> {
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder) {
    void vscode.window.showInformationMessage(vscode.l10n.t('Open a folder first: the team glossary lives in its .docent/ folder.'));
    return;
  }
  if (!vscode.workspace.isTrusted) {
    void vscode.window.showInformationMessage(vscode.l10n.t('Team glossaries are read only in a trusted workspace. Trust this folder first (Manage Workspace Trust).'));
    return;
  }
  const uri = vscode.Uri.joinPath(folder.uri, '.docent', 'glossary.yaml');
  const id = term.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '') || 'new-term';
  const definition = JSON.stringify(vscode.l10n.t('What {0} means in our team, in one or two plain sentences.', term));
  const stubFor = (text: string) => `${text.endsWith('\n') || !text ? '' : '\n'}  - id: ${id}\n    term: ${JSON.stringify(term)}\n    category: process\n    definition: ${definition}\n`;
  const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
  if (open?.isDirty) {
    // The PM is editing it: add the stub to their unsaved text.
    const edit = new vscode.WorkspaceEdit();
    edit.insert(uri, open.positionAt(open.getText().length), stubFor(open.getText()));
    await vscode.workspace.applyEdit(edit);
  } else {
    let existing = '';
    try { existing = new TextDecoder().decode(await vscode.workspace.fs.readFile(uri)); } catch { /* a new file */ }
    if (!existing.trim()) existing = '# Docent team glossary: entries here are merged over the bundled glossary (see its README).\nentries:\n';
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(existing + stubFor(existing)));
  }
  const editor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
  // An editor that had the file open may still show the old text: read it again from disk.
  if (!editor.document.getText().includes(`- id: ${id}\n`) && !editor.document.isDirty) await vscode.commands.executeCommand('workbench.action.files.revert');
  const doc = editor.document;
  const at = doc.getText().lastIndexOf(definition);
  if (at >= 0) editor.selection = new vscode.Selection(doc.positionAt(at + 1), doc.positionAt(at + definition.length - 1));
  editor.revealRange(editor.selection);
}
