import * as vscode from 'vscode';
import { Command } from '../commandIds';
import { Disposable } from '../base/disposable';
import type { ReviewController } from '../review/controller';

/** "12 terms · 18 questions" for the active design doc; opens the Docent sidebar. */
export class DocentStatusBar extends Disposable {
  readonly #item = vscode.window.createStatusBarItem('docent.status', vscode.StatusBarAlignment.Right, 100);

  constructor(private readonly review: ReviewController) {
    super();
    this.register(this.#item);
    this.#item.name = vscode.l10n.t('Docent');
    this.#item.command = Command.showSidebar;
    this.register(
      review.onDidChange(() => this.update()),
      vscode.window.onDidChangeActiveTextEditor(() => this.update()),
    );
    this.update();
  }

  update(): void {
    const a = this.review.snapshot;
    const active = vscode.window.activeTextEditor?.document;
    if (!a || active?.languageId !== 'markdown') {
      this.#item.hide();
      return;
    }
    const terms = new Set(a.report.analysis.terms.map((t) => t.id)).size;
    const items = this.review.items();
    const open = items.filter((i) => i.status === 'open').length;
    this.#item.text = `$(book) ${vscode.l10n.t('{0} terms · {1} questions', terms, open)}`;
    this.#item.tooltip = vscode.l10n.t('Docent: {0} technical terms explained, {1} open review questions ({2} in all). Click to open the review sidebar.', terms, open, items.length);
    this.#item.accessibilityInformation = { label: vscode.l10n.t('Docent: {0} terms, {1} open review questions', terms, open) };
    this.#item.show();
  }

}
