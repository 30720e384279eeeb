import * as vscode from 'vscode';
import {
  exportReview, EXPORT_FORMATS, EXPORT_PROFILES, GENRES, GENRE_LABELS, QUESTION_CATEGORIES, QUESTION_CATEGORY_LABELS, TermMatcher,
  type ExportFormat, type GlossaryEntry, type QuestionCategory, type Genre,
} from '../core';
import { exportLinks } from './exportLinks';
import type { ReviewController } from '../review/controller';
import type { QuestionsViewProvider } from './questionsView';
import { GlossaryDocuments, SOURCE_SCHEME } from './glossaryDocs';

interface QuestionNode { kind: 'question'; item: { id: string; text: string; note?: string; source: string }; uri?: vscode.Uri }

/** Docent's commands: palette, view title bars, context menus. Each is thin glue over the core. */
export function registerCommands(deps: {
  review: ReviewController;
  questions: QuestionsViewProvider;
  entries: () => ReadonlyMap<string, GlossaryEntry>;
  matcher: () => TermMatcher;
}): vscode.Disposable[] {
  const { review, questions, entries } = deps;
  const idOf = (arg: unknown): string | undefined => (arg as QuestionNode | undefined)?.item?.id;
  const needDoc = () => {
    if (!review.document) {
      void vscode.window.showInformationMessage(vscode.l10n.t('Open a Markdown design doc first; Docent reviews the active Markdown editor.'));
      return false;
    }
    return true;
  };
  /** The current doc with its analysis and stored state, waiting for them (with progress) if need be. */
  const analysedDoc = async () => {
    const current = review.document;
    if (!current || !needDoc()) return undefined;
    await vscode.window.withProgress({ location: vscode.ProgressLocation.Window, title: vscode.l10n.t('Docent: reading the doc…') }, () => review.follow(current));
    const doc = review.document === current ? review.reviewDocument() : undefined;
    if (!doc) void vscode.window.showWarningMessage(vscode.l10n.t('Docent has not finished reading this doc yet; try again in a moment.'));
    return doc;
  };
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
      if (pick?.action === 'ask') void vscode.commands.executeCommand('docent.askAboutTerm', value);
      if (pick?.action === 'add') void vscode.commands.executeCommand('docent.addToTeamGlossary', value);
      resolve(pick?.entry);
    });
    qp.onDidHide(() => { qp.dispose(); resolve(undefined); });
    qp.show();
  });
  const uriOf = (arg: unknown): vscode.Uri | undefined => (arg as QuestionNode | undefined)?.uri;
  const status = (s: 'asked' | 'answered' | 'dismissed' | 'open') => async (arg: unknown) => {
    const id = idOf(arg);
    if (id) await review.setStatus(id, s, uriOf(arg));
  };

  return [
    vscode.commands.registerCommand('docent.revealRange', async (uri: vscode.Uri, range: vscode.Range) => {
      const editor = await vscode.window.showTextDocument(uri, { preserveFocus: false, preview: false });
      editor.selection = new vscode.Selection(range.start, range.end);
      editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
    }),
    vscode.commands.registerCommand('docent.question.markAsked', status('asked')),
    vscode.commands.registerCommand('docent.question.markAnswered', status('answered')),
    vscode.commands.registerCommand('docent.question.dismiss', status('dismissed')),
    vscode.commands.registerCommand('docent.question.reopen', status('open')),
    vscode.commands.registerCommand('docent.question.editNote', async (arg: unknown) => {
      const node = arg as QuestionNode | undefined;
      if (!node?.item) return;
      const note = await vscode.window.showInputBox({
        title: vscode.l10n.t('Note on this question'), prompt: node.item.text, value: node.item.note ?? '',
        placeHolder: vscode.l10n.t('Answer, owner, follow-up… (leave empty to remove the note)'),
      });
      if (note !== undefined) await review.setNote(node.item.id, note, node.uri);
    }),
    vscode.commands.registerCommand('docent.question.copy', async (arg: unknown) => {
      const node = arg as QuestionNode | undefined;
      if (node?.item) await vscode.env.clipboard.writeText(node.item.text);
    }),
    vscode.commands.registerCommand('docent.question.remove', async (arg: unknown) => {
      const id = idOf(arg);
      if (id) await review.removeQuestion(id, uriOf(arg));
    }),
    vscode.commands.registerCommand('docent.setGenre', async (genre?: Genre | 'detect') => {
      if (!needDoc()) return;
      const target = review.document?.uri;
      const current = review.analysis?.review.genre;
      const chosen = genre ?? (await vscode.window.showQuickPick(
        [
          { label: vscode.l10n.t('Detect automatically'), description: current && !current.chosen ? vscode.l10n.t('now: {0}', GENRE_LABELS[current.genre]) : undefined, genre: 'detect' as const },
          ...GENRES.map((g) => ({ label: GENRE_LABELS[g], description: current?.genre === g ? (current.chosen ? vscode.l10n.t('chosen') : vscode.l10n.t('detected')) : undefined, genre: g })),
        ],
        { title: vscode.l10n.t('What kind of doc is this?'), placeHolder: vscode.l10n.t('Docent asks the questions that fit this kind of doc') },
      ))?.genre;
      if (!chosen) return;
      await review.setGenre(chosen === 'detect' ? undefined : chosen, target);
    }),
    vscode.commands.registerCommand('docent.questions.add', async (text?: string) => {
      if (!needDoc()) return;
      // The question belongs to the doc under review now, whatever the PM switches to while typing.
      const target = review.document?.uri;
      const editor = vscode.window.activeTextEditor?.document === review.document ? vscode.window.activeTextEditor : undefined;
      const selection = editor && !editor.selection.isEmpty ? editor.document.getText(editor.selection).trim() : '';
      const value = typeof text === 'string' ? text : await vscode.window.showInputBox({
        title: vscode.l10n.t('Add a review question'),
        prompt: selection ? vscode.l10n.t('About: “{0}”', selection.slice(0, 80)) : undefined,
        placeHolder: vscode.l10n.t('What do you want to ask in the review?'),
        validateInput: (v) => (v.trim() ? undefined : vscode.l10n.t('Type a question')),
      });
      if (!value?.trim()) return;
      const category = typeof text === 'string' ? 'clarifying' : await pickCategory();
      if (!category) return;
      const anchor = editor ? { quote: selection.slice(0, 200), line: editor.selection.start.line } : undefined;
      await review.addQuestion(value, category, anchor, target);
    }),
    vscode.commands.registerCommand('docent.questions.addSelection', async () => {
      const editor = vscode.window.activeTextEditor;
      if (!editor || editor.selection.isEmpty || editor.document.languageId !== 'markdown') {
        void vscode.window.showInformationMessage(vscode.l10n.t('Select the passage of the design doc you want to ask about.'));
        return;
      }
      await review.follow(editor.document);
      const quote = editor.document.getText(editor.selection).replace(/\s+/g, ' ').trim();
      const short = quote.length > 120 ? `${quote.slice(0, 117)}…` : quote;
      const value = await vscode.window.showInputBox({
        title: vscode.l10n.t('Add a review question about the selection'), value: vscode.l10n.t('On “{0}”: ', short),
        valueSelection: [short.length + 6, short.length + 6],
        validateInput: (v) => (v.trim() ? undefined : vscode.l10n.t('Type a question')),
      });
      if (!value?.trim()) return;
      const category = await pickCategory();
      if (category) await review.addQuestion(value, category, { quote: quote.slice(0, 200), line: editor.selection.start.line }, editor.document.uri);
    }),
    vscode.commands.registerCommand('docent.questions.showMore', (category: QuestionCategory) => questions.showMore(category)),
    vscode.commands.registerCommand('docent.questions.showOpenOnly', () => questions.setOpenOnly(true)),
    vscode.commands.registerCommand('docent.questions.showAll', () => questions.setOpenOnly(false)),
    vscode.commands.registerCommand('docent.export', async (format?: ExportFormat, target?: vscode.Uri) => {
      const doc = await analysedDoc();
      if (!doc) return;
      const chosen = format ?? (await vscode.window.showQuickPick(
        EXPORT_FORMATS.map((f) => ({ label: vscode.l10n.t(EXPORT_PROFILES[f].label), detail: vscode.l10n.t(EXPORT_PROFILES[f].detail), format: f })),
        { title: vscode.l10n.t('Export review questions as…') },
      ))?.format;
      if (!chosen) return;
      const profile = EXPORT_PROFILES[chosen];
      const base = review.document!.uri;
      const name = base.path.split('/').pop()!.replace(/\.(md|markdown)$/i, '');
      const ext = profile.ext.split('.').pop()!;
      const uri = target ?? await vscode.window.showSaveDialog({
        title: vscode.l10n.t('Export review questions'),
        defaultUri: vscode.Uri.joinPath(base, '..', `${name}.review-questions.${profile.ext}`),
        filters: { [profile.filter]: [ext] },
        saveLabel: vscode.l10n.t('Export'),
      });
      if (!uri) return;
      const { links, file, fellBack } = await exportLinks(base, uri);
      if (fellBack) void vscode.window.showWarningMessage(fellBack);
      const text = exportReview({ ...doc, file }, chosen, { links });
      try {
        await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
      } catch (e) {
        // Nothing is lost: offer the clipboard when the target cannot be written.
        // The notification is not awaited: the command finishes while the message waits for the PM.
        const copy = vscode.l10n.t('Copy to Clipboard');
        void vscode.window.showErrorMessage(
          vscode.l10n.t('Docent could not write {0}: {1}', uri.fsPath || uri.toString(), e instanceof Error ? e.message : String(e)), copy,
        ).then(async (pick) => { if (pick === copy) await vscode.env.clipboard.writeText(text); });
        return;
      }
      const open = vscode.l10n.t('Open');
      const preview = vscode.l10n.t('Open Preview');
      void vscode.window.showInformationMessage(
        vscode.l10n.t('Exported {0} questions to {1}.', doc.questions.length + doc.state.custom.length, vscode.workspace.asRelativePath(uri)),
        ...(chosen === 'md' ? [preview, open] : [open]),
      ).then(async (pick) => {
        if (pick === open) await vscode.window.showTextDocument(uri);
        if (pick === preview) await vscode.commands.executeCommand('markdown.showPreview', uri);
      });
    }),
    vscode.commands.registerCommand('docent.exportMarkdown', () => vscode.commands.executeCommand('docent.export', 'md')),
    vscode.commands.registerCommand('docent.exportCsv', () => vscode.commands.executeCommand('docent.export', 'csv')),
    vscode.commands.registerCommand('docent.exportJson', () => vscode.commands.executeCommand('docent.export', 'json')),
    vscode.commands.registerCommand('docent.copyQuestions', async () => {
      const doc = await analysedDoc();
      if (!doc) return;
      // Pasted anywhere: a web link when the setting asks for one, never a link relative to nowhere.
      const { links, fellBack } = await exportLinks(review.document!.uri, undefined);
      await vscode.env.clipboard.writeText(exportReview(doc, 'md', { links: links.style === 'relative' ? { style: 'none' } : links }));
      if (fellBack) void vscode.window.showWarningMessage(fellBack);
      void vscode.window.showInformationMessage(vscode.l10n.t('Copied {0} review questions as a Markdown checklist.', doc.questions.length + doc.state.custom.length));
    }),
    vscode.commands.registerCommand('docent.lookUpTerm', async (arg?: string | { id?: string }) => {
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
    vscode.commands.registerCommand('docent.askAboutTerm', async (word?: string, uri?: string) => {
      const term = typeof word === 'string' && word.trim() ? word.trim() : (await vscode.window.showInputBox({ title: vscode.l10n.t('Ask about a term'), placeHolder: vscode.l10n.t('The word or abbreviation you want explained') }))?.trim();
      if (!term) return;
      const target = typeof uri === 'string' ? vscode.Uri.parse(uri) : review.document?.uri;
      if (!target) { needDoc(); return; }
      await review.addQuestion(vscode.l10n.t('The doc uses “{0}” without explaining it: what is it, and what does the design depend on it for?', term), 'clarifying', undefined, target);
      void vscode.window.setStatusBarMessage(vscode.l10n.t('Docent: added a question about “{0}” to My questions.', term), 4000);
    }),
    vscode.commands.registerCommand('docent.addToTeamGlossary', async (word?: string) => {
      const term = typeof word === 'string' && word.trim() ? word.trim() : (await vscode.window.showInputBox({ title: vscode.l10n.t('Add a term to the team glossary'), placeHolder: vscode.l10n.t('The term, as the team writes it') }))?.trim();
      if (term) await addTeamGlossaryStub(term);
    }),
    vscode.commands.registerCommand('docent.explainSelection', async () => {
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
          .then(async (pick) => { if (pick === look) await vscode.commands.executeCommand('docent.lookUpTerm'); });
        return;
      }
      const entry = found.length === 1 ? found[0] : (await vscode.window.showQuickPick(found.map((e) => ({ label: e.term, detail: e.definition, entry: e })), { title: vscode.l10n.t('Terms in the selection') }))?.entry;
      if (entry) await showEntry(entry.id);
    }),
    vscode.commands.registerCommand('docent.markTermKnown', async (arg?: string | { id?: string }) => {
      const id = typeof arg === 'string' ? arg : arg?.id;
      if (!id) return;
      const config = vscode.workspace.getConfiguration('docent');
      const known = new Set(config.get<string[]>('highlight.knownTerms', []));
      known.add(id);
      await config.update('highlight.knownTerms', [...known].sort(), vscode.ConfigurationTarget.Global);
      vscode.window.setStatusBarMessage(vscode.l10n.t('Docent: “{0}” is no longer underlined (hovers still work).', entries().get(id)?.term ?? id), 4000);
    }),
    vscode.commands.registerCommand('docent.unmarkTermKnown', async (arg?: string | { id?: string }) => {
      const id = typeof arg === 'string' ? arg : arg?.id;
      const config = vscode.workspace.getConfiguration('docent');
      const known = config.get<string[]>('highlight.knownTerms', []);
      const chosen = id ?? (await vscode.window.showQuickPick(known.map((k) => ({ label: entries().get(k)?.term ?? k, id: k })), { title: vscode.l10n.t('Underline this term again') }))?.id;
      if (chosen) await config.update('highlight.knownTerms', known.filter((k) => k !== chosen), vscode.ConfigurationTarget.Global);
    }),
    vscode.commands.registerCommand('docent.toggleHighlights', async () => {
      const config = vscode.workspace.getConfiguration('docent');
      const next = !config.get<boolean>('highlight.enabled', true);
      await config.update('highlight.enabled', next, vscode.ConfigurationTarget.Global);
      vscode.window.setStatusBarMessage(next ? vscode.l10n.t('Docent: highlights on') : vscode.l10n.t('Docent: highlights off'), 2500);
    }),
    vscode.commands.registerCommand('docent.openGlossarySource', async (arg?: string | { id?: string }) => {
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
  ];
}

async function showEntry(id: string): Promise<void> {
  await vscode.commands.executeCommand('markdown.showPreviewToSide', GlossaryDocuments.entryUri(id));
}

async function pickCategory(): Promise<QuestionCategory | undefined> {
  const pick = await vscode.window.showQuickPick(QUESTION_CATEGORIES.map((c) => ({ label: QUESTION_CATEGORY_LABELS[c], category: c })), {
    title: vscode.l10n.t('Which kind of question is it?'),
  });
  return pick?.category;
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
