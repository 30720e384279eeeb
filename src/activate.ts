import { ReviewBrief } from './features/brief';
import * as vscode from 'vscode';
import { DocumentModel } from './documents';
import { AnalysisClient, type EngineChannel } from './analysisClient';
import { GlossaryService } from './glossaryService';
import { TermHoverProvider } from './features/hover';
import { TermsViewProvider } from './features/termsView';
import { Highlighter } from './features/highlights';
import { QuestionsViewProvider } from './features/questionsView';
import { HealthViewProvider } from './features/healthView';
import { DocentStatusBar } from './features/statusBar';
import { registerCommands } from './features/commands';
import { GlossaryDocuments, ENTRY_SCHEME, SOURCE_SCHEME } from './features/glossaryDocs';
import { markdownItPlugin } from './features/preview';
import { ReviewStore } from './review/store';
import { ReviewController } from './review/controller';

const MARKDOWN: vscode.DocumentSelector = { language: 'markdown' };

/** What Docent hands to other extensions and to its integration tests. */
export interface DocentApi {
  readonly activationMs: number;
  readonly analysis: AnalysisClient;
  readonly model: DocumentModel;
  readonly review: ReviewController;
  readonly glossary: GlossaryService;
  readonly questionsView: QuestionsViewProvider;
  readonly termsView: TermsViewProvider;
  readonly healthView: HealthViewProvider;
  readonly highlighter: Highlighter;
  readonly brief: ReviewBrief;
}

/**
 * Composition root, shared by the desktop (Node) and web entry points: builds Docent's parts and
 * registers them. `createChannel` starts the analysis worker of the platform.
 */
export function activateShared(context: vscode.ExtensionContext, createChannel: () => EngineChannel): DocentApi & { extendMarkdownIt(md: unknown): unknown } {
  const started = Date.now();
  const glossary = new GlossaryService();
  const client = new AnalysisClient(createChannel, () => glossary.glossary);
  const model = new DocumentModel(client, () => glossary.glossary.entries);
  const store = new ReviewStore(context.workspaceState);
  const review = new ReviewController(model, store);
  const terms = new TermsViewProvider(model);
  const questions = new QuestionsViewProvider(review, context.workspaceState);
  const health = new HealthViewProvider(review, () => glossary.glossary.entries);
  const docs = new GlossaryDocuments(() => glossary.glossary.entries, () => glossary.bundledSources());
  const highlighter = new Highlighter(model);
  const brief = new ReviewBrief(review, context.extensionUri);
  const questionsTree = vscode.window.createTreeView('docent.questions', { treeDataProvider: questions, showCollapseAll: true, manageCheckboxStateManually: true });
  questions.attach(questionsTree);
  context.subscriptions.push(
    glossary, model, store, review, terms, questions, health, questionsTree, docs,
    highlighter,
    new DocentStatusBar(review),
    brief,
    vscode.commands.registerCommand('docent.openBrief', () => brief.show(false)),
    vscode.commands.registerCommand('docent.openMeetingMode', () => brief.show(true)),
    vscode.languages.registerHoverProvider(MARKDOWN, new TermHoverProvider(model)),
    vscode.window.createTreeView('docent.terms', { treeDataProvider: terms, showCollapseAll: true }),
    vscode.window.createTreeView('docent.health', { treeDataProvider: health }),
    vscode.workspace.registerTextDocumentContentProvider(ENTRY_SCHEME, docs),
    vscode.workspace.registerTextDocumentContentProvider(SOURCE_SCHEME, docs),
    client,
    client.onDidLoadGlossary(({ problems }) => glossary.setEngineProblems(problems)),
    // Only a real change of the glossary re-analyses open docs; a worker restart (which re-sends
    // the same glossary) must not, or one slow doc would be analysed again and again.
    glossary.onDidChange(() => {
      client.glossaryChanged();
      docs.refresh();
      model.refreshAll();
    }),
    model.onDidFail(({ uri, message }) => {
      void vscode.window.showWarningMessage(vscode.l10n.t('Docent could not analyse {0}: {1}. Highlights and questions for it may be out of date.', vscode.workspace.asRelativePath(uri), message));
    }),
    vscode.commands.registerCommand('docent.showSidebar', () => vscode.commands.executeCommand('docent.questions.focus')),
    vscode.commands.registerCommand('docent.openSample', async () => {
      // An untitled copy, so the PM can try everything (including edits) without touching the extension.
      const sample = await vscode.workspace.fs.readFile(vscode.Uri.joinPath(context.extensionUri, 'samples', 'checkout-orders-redesign.md'));
      const doc = await vscode.workspace.openTextDocument({ language: 'markdown', content: new TextDecoder().decode(sample) });
      await vscode.window.showTextDocument(doc);
    }),
    ...registerCommands({ review, questions, entries: () => glossary.glossary.entries, matcher: () => glossary.matcher }),
  );
  terms.refresh();
  void glossary.reload();
  return {
    activationMs: Date.now() - started, analysis: client, model, review, glossary, questionsView: questions, termsView: terms, healthView: health, highlighter, brief,
    extendMarkdownIt: (md: unknown) => markdownItPlugin(md, () => glossary.matcher, () => vscode.workspace.getConfiguration('docent').get<boolean>('preview.enabled', true)),
  };
}

