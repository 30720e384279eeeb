import * as vscode from 'vscode';
import { GENRES, GENRE_LABELS, QUESTION_CATEGORIES, QUESTION_CATEGORY_LABELS, type Genre, type QuestionCategory } from '../core';
import type { ReviewController } from '../review/controller';
import type { QuestionsViewProvider } from '../features/questionsView';
import { command, needDoc } from './common';
import { Command } from '../commandIds';

/** A question row of the Review Questions view, as its context menu passes it. */
interface QuestionNode { kind: 'question'; item: { id: string; text: string; note?: string; source: string }; uri?: vscode.Uri }

const idOf = (arg: unknown): string | undefined => (arg as QuestionNode | undefined)?.item?.id;
const uriOf = (arg: unknown): vscode.Uri | undefined => (arg as QuestionNode | undefined)?.uri;

/** The PM's work on the questions: state, notes, their own questions, the kind of doc, the view's filters. */
export function registerQuestionCommands(review: ReviewController, questions: QuestionsViewProvider): vscode.Disposable {
  const status = (s: 'asked' | 'answered' | 'dismissed' | 'open') => async (arg: unknown) => {
    const id = idOf(arg);
    if (id) await review.setStatus(id, s, uriOf(arg));
  };
  return vscode.Disposable.from(
    command(Command.markAsked, status('asked')),
    command(Command.markAnswered, status('answered')),
    command(Command.dismiss, status('dismissed')),
    command(Command.reopen, status('open')),
    command(Command.editNote, async (arg: unknown) => {
      const node = arg as QuestionNode | undefined;
      if (!node?.item) return;
      const note = await vscode.window.showInputBox({
        title: vscode.l10n.t('Note on this question'), prompt: node.item.text, value: node.item.note ?? '',
        placeHolder: vscode.l10n.t('Answer, owner, follow-up… (leave empty to remove the note)'),
      });
      if (note !== undefined) await review.setNote(node.item.id, note, node.uri);
    }),
    command(Command.copyQuestion, async (arg: unknown) => {
      const node = arg as QuestionNode | undefined;
      if (node?.item) await vscode.env.clipboard.writeText(node.item.text);
    }),
    command(Command.removeQuestion, async (arg: unknown) => {
      const id = idOf(arg);
      if (id) await review.removeQuestion(id, uriOf(arg));
    }),
    command(Command.setGenre, async (genre?: Genre | 'detect') => {
      if (!needDoc(review)) return;
      const target = review.document?.uri;
      const current = review.snapshot?.report.genre;
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
    command(Command.addQuestion, async (text?: string) => {
      if (!needDoc(review)) return;
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
    command(Command.addQuestionOnSelection, async () => {
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
    command(Command.showMore, (category: QuestionCategory) => questions.showMore(category)),
    command(Command.showOpenOnly, () => questions.setOpenOnly(true)),
    command(Command.showAll, () => questions.setOpenOnly(false)),
    command(Command.askAboutTerm, async (word?: string, uri?: string) => {
      const term = typeof word === 'string' && word.trim() ? word.trim() : (await vscode.window.showInputBox({ title: vscode.l10n.t('Ask about a term'), placeHolder: vscode.l10n.t('The word or abbreviation you want explained') }))?.trim();
      if (!term) return;
      const target = typeof uri === 'string' ? vscode.Uri.parse(uri) : review.document?.uri;
      if (!target) { needDoc(review); return; }
      await review.addQuestion(vscode.l10n.t('The doc uses “{0}” without explaining it: what is it, and what does the design depend on it for?', term), 'clarifying', undefined, target);
      void vscode.window.setStatusBarMessage(vscode.l10n.t('Docent: added a question about “{0}” to My questions.', term), 4000);
    }),
  );
}

async function pickCategory(): Promise<QuestionCategory | undefined> {
  const pick = await vscode.window.showQuickPick(QUESTION_CATEGORIES.map((c) => ({ label: QUESTION_CATEGORY_LABELS[c], category: c })), {
    title: vscode.l10n.t('Which kind of question is it?'),
  });
  return pick?.category;
}
