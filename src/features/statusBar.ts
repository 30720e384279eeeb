import * as vscode from 'vscode';
import type { ReviewController } from '../review/controller';

/** "12 terms · 18 questions" for the active design doc; opens the Docent sidebar. */
export class DocentStatusBar implements vscode.Disposable {
  readonly #item = vscode.window.createStatusBarItem('docent.status', vscode.StatusBarAlignment.Right, 100);
  readonly #disposables: vscode.Disposable[] = [this.#item];

  constructor(private readonly review: ReviewController) {
    this.#item.name = vscode.l10n.t('Docent');
    this.#item.command = 'docent.showSidebar';
    this.#disposables.push(
      review.onDidChange(() => this.update()),
      vscode.window.onDidChangeActiveTextEditor(() => this.update()),
    );
    this.update();
  }

  update(): void {
    const a = this.review.analysis;
    const active = vscode.window.activeTextEditor?.document;
    if (!a || active?.languageId !== 'markdown') {
      this.#item.hide();
      return;
    }
    const terms = new Set(a.analysis.terms.map((t) => t.id)).size;
    const items = this.review.items();
    const open = items.filter((i) => i.status === 'open').length;
    this.#item.text = `$(book) ${vscode.l10n.t('{0} terms · {1} questions', terms, open)}`;
    this.#item.tooltip = vscode.l10n.t('Docent: {0} technical terms explained, {1} open review questions ({2} in all). Click to open the review sidebar.', terms, open, items.length);
    this.#item.accessibilityInformation = { label: vscode.l10n.t('Docent: {0} terms, {1} open review questions', terms, open) };
    this.#item.show();
  }

  dispose(): void {
    for (const d of this.#disposables) d.dispose();
  }
}
