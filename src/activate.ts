import * as vscode from 'vscode';
import { AnalysisClient, type EngineChannel } from './analysisClient';
import { Config } from './config';
import { DocumentAnalyses } from './analyses';
import { GlossaryService } from './glossaryService';
import { ReviewStore } from './review/store';
import { ReviewController } from './review/controller';
import { ReviewBrief } from './features/brief';
import { TermHoverProvider } from './features/hover';
import { Highlighter } from './features/highlights';
import { QuestionsViewProvider } from './features/questionsView';
import { TermsViewProvider } from './features/termsView';
import { HealthViewProvider } from './features/healthView';
import { DocentStatusBar } from './features/statusBar';
import { GlossaryDocuments, ENTRY_SCHEME, SOURCE_SCHEME } from './features/glossaryDocs';
import { markdownItPlugin } from './features/preview';
import { bundledSources } from './bundledGlossary';
import { useTranslations } from './core';
import { command } from './commands/common';
import { registerExportCommands } from './commands/export';
import { registerGlossaryCommands } from './commands/glossary';
import { registerQuestionCommands } from './commands/questions';
import { Command, View } from './commandIds';

const MARKDOWN: vscode.DocumentSelector = { language: 'markdown' };

/**
 * Docent's parts, for its own integration tests (through `getApi(1)`). Not a stable interface for
 * other extensions: its members are the glue's classes and change with them.
 */
export interface DocentApi {
  readonly activationMs: number;
  readonly analysis: AnalysisClient;
  readonly analyses: DocumentAnalyses;
  readonly review: ReviewController;
  readonly glossary: GlossaryService;
  readonly questionsView: QuestionsViewProvider;
  readonly termsView: TermsViewProvider;
  readonly healthView: HealthViewProvider;
  readonly highlighter: Highlighter;
  readonly brief: ReviewBrief;
}

/** What the extension exports: the hook the built-in Markdown preview calls, and one versioned method. */
export interface DocentExports {
  extendMarkdownIt(md: unknown): unknown;
  getApi(version: 1): DocentApi;
}

/**
 * Composition root, shared by the desktop (Node) and web entry points: the shared services first,
 * then one registration per feature, each owning what it creates. `createChannel` starts the
 * analysis worker of the platform.
 */
export function activateShared(context: vscode.ExtensionContext, createChannel: () => EngineChannel): DocentExports {
  const started = Date.now();
  // The core's own words (category, section and entry labels) in the UI's language.
  useTranslations(vscode.l10n.bundle);
  const own = <T extends vscode.Disposable>(d: T): T => { context.subscriptions.push(d); return d; };

  // Services: settings, the glossary, the analysis and the PM's review state.
  const config = own(new Config());
  const glossary = own(new GlossaryService(config));
  const client = own(new AnalysisClient(createChannel, () => glossary.glossary));
  const analyses = own(new DocumentAnalyses(client, () => glossary.glossary.entries));
  const store = own(new ReviewStore(context.workspaceState));
  const review = own(new ReviewController(analyses, store));
  const entries = () => glossary.glossary.entries;

  // Features.
  const highlighter = own(new Highlighter(analyses, config));
  own(vscode.languages.registerHoverProvider(MARKDOWN, new TermHoverProvider(analyses)));
  const questions = own(new QuestionsViewProvider(review, context.workspaceState, config));
  const terms = own(new TermsViewProvider(analyses, config));
  own(vscode.window.createTreeView(View.terms, { treeDataProvider: terms, showCollapseAll: true }));
  const health = own(new HealthViewProvider(review, entries));
  own(vscode.window.createTreeView(View.health, { treeDataProvider: health }));
  own(new DocentStatusBar(review));
  const brief = own(new ReviewBrief(review, context.extensionUri));
  own(registerGlossaryDocuments(glossary));
  own(registerQuestionCommands(review, questions));
  own(registerExportCommands(review, config));
  own(registerGlossaryCommands({ entries, matcher: () => glossary.matcher, config }));
  own(registerNavigationCommands(context, brief));

  // Only a real change of the glossary re-analyses open docs; a worker restart (which re-sends
  // the same glossary) must not, or one slow doc would be analysed again and again.
  own(glossary.onDidChange(() => {
    client.glossaryChanged();
    analyses.refreshAll();
  }));
  own(client.onDidLoadGlossary(({ problems }) => glossary.setEngineProblems(problems)));
  own(analyses.onDidFail(({ uri, message }) => {
    void vscode.window.showWarningMessage(vscode.l10n.t('Docent could not analyse {0}: {1}. Highlights and questions for it may be out of date.', vscode.workspace.asRelativePath(uri), message));
  }));

  terms.refresh();
  void glossary.reload();
  const api: DocentApi = {
    activationMs: Date.now() - started, analysis: client, analyses, review, glossary, questionsView: questions, termsView: terms, healthView: health, highlighter, brief,
  };
  return {
    extendMarkdownIt: (md: unknown) => markdownItPlugin(md, () => glossary.matcher, () => config.current.previewEnabled),
    getApi: (version: 1) => {
      if (version !== 1) throw new Error(`Docent has no API version ${String(version)}; version 1 is the only one.`);
      return api;
    },
  };
}

/** Glossary entries and the bundled sources as read-only documents, refreshed with the glossary. */
function registerGlossaryDocuments(glossary: GlossaryService): vscode.Disposable {
  const docs = new GlossaryDocuments(() => glossary.glossary.entries, bundledSources);
  return vscode.Disposable.from(
    docs,
    vscode.workspace.registerTextDocumentContentProvider(ENTRY_SCHEME, docs),
    vscode.workspace.registerTextDocumentContentProvider(SOURCE_SCHEME, docs),
    glossary.onDidChange(() => docs.refresh()),
  );
}

/** Getting around: a passage of the doc, the sidebar, the Review Brief, the bundled sample. */
function registerNavigationCommands(context: vscode.ExtensionContext, brief: ReviewBrief): vscode.Disposable {
  return vscode.Disposable.from(
    command(Command.revealRange, async (uri: vscode.Uri, range: vscode.Range) => {
      const editor = await vscode.window.showTextDocument(uri, { preserveFocus: false, preview: false });
      editor.selection = new vscode.Selection(range.start, range.end);
      editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
    }),
    command(Command.showSidebar, () => vscode.commands.executeCommand(`${View.questions}.focus`)),
    command(Command.openBrief, () => brief.show(false)),
    command(Command.openMeetingMode, () => brief.show(true)),
    command(Command.openSample, async () => {
      // An untitled copy, so the PM can try everything (including edits) without touching the extension.
      const sample = await vscode.workspace.fs.readFile(vscode.Uri.joinPath(context.extensionUri, 'samples', 'checkout-orders-redesign.md'));
      const doc = await vscode.workspace.openTextDocument({ language: 'markdown', content: new TextDecoder().decode(sample) });
      await vscode.window.showTextDocument(doc);
    }),
  );
}
