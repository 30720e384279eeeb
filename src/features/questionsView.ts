import * as vscode from 'vscode';
import { Disposable } from '../base/disposable';
import { capPerCategory, QUESTION_CATEGORIES, QUESTION_CATEGORY_LABELS, type QuestionCategory, type ReviewItem } from '../core';
import type { Config } from '../config';
import { Command, View } from '../commandIds';
import type { ReviewController } from '../review/controller';

type Node =
  | { kind: 'first'; items: ReviewItem[] }
  | { kind: 'mine'; items: ReviewItem[] }
  | { kind: 'category'; category: QuestionCategory; items: ReviewItem[] }
  /** `uri`: the document the question belongs to, so an action on the row applies there even if the view has moved on. */
  | { kind: 'question'; item: ReviewItem; uri: vscode.Uri }
  | { kind: 'more'; category: QuestionCategory; hidden: number };

/** Open questions have no icon (the checkbox says enough); the others show their state at a glance. */
const STATUS_ICON: Record<ReviewItem['status'], string | undefined> = { open: undefined, asked: 'comment-discussion', answered: undefined, dismissed: 'circle-slash' };

/**
 * "Review Questions": the questions Docent suggests for the active doc, grouped by category and
 * ranked, plus the PM's own. Each reveals its passage; state is kept per document.
 */
export class QuestionsViewProvider extends Disposable implements vscode.TreeDataProvider<Node> {
  readonly #emitter = new vscode.EventEmitter<Node | undefined>();
  readonly onDidChangeTreeData = this.#emitter.event;
  readonly #expanded = new Set<QuestionCategory>();
  #openOnly: boolean;
  readonly #view: vscode.TreeView<Node>;

  /** Creates the view too (`docent.questions`): ticking a row's checkbox answers its question. */
  constructor(private readonly review: ReviewController, private readonly memento: vscode.Memento, private readonly config: Config) {
    super();
    this.register(this.#emitter);
    this.#openOnly = memento.get('docent.questions.openOnly', false);
    void vscode.commands.executeCommand('setContext', 'docent.questions.openOnly', this.#openOnly);
    this.#view = this.register(vscode.window.createTreeView(View.questions, { treeDataProvider: this, showCollapseAll: true, manageCheckboxStateManually: true }));
    this.register(
      review.onDidChange(() => this.refresh()),
      config.onDidChange((e) => e.affects('questions') && this.refresh()),
      this.#view.onDidChangeCheckboxState(async (e) => {
        for (const [node, state] of e.items) {
          if (node.kind === 'question') await this.review.setStatus(node.item.id, state === vscode.TreeItemCheckboxState.Checked ? 'answered' : 'open', node.uri);
        }
      }),
    );
    this.refresh();
  }

  get openOnly(): boolean {
    return this.#openOnly;
  }

  async setOpenOnly(value: boolean): Promise<void> {
    this.#openOnly = value;
    await this.memento.update('docent.questions.openOnly', value);
    await vscode.commands.executeCommand('setContext', 'docent.questions.openOnly', value);
    this.refresh();
  }

  showMore(category: QuestionCategory): void {
    this.#expanded.add(category);
    this.refresh();
  }

  refresh(): void {
    const items = this.review.items();
    const open = items.filter((i) => i.status === 'open').length;
    this.#view.badge = open ? { value: open, tooltip: vscode.l10n.t('{0} open review questions', open) } : undefined;
    this.#view.description = this.review.document ? vscode.l10n.t('{0} of {1} open', open, items.length) : undefined;
    this.#view.message = this.review.document && items.length === 0 ? vscode.l10n.t('No questions for this doc yet.') : undefined;
    this.#emitter.fire(undefined);
  }

  #visible(items: ReviewItem[]): ReviewItem[] {
    return this.#openOnly ? items.filter((i) => i.status === 'open' || i.status === 'asked') : items;
  }

  getChildren(node?: Node): Node[] {
    const uri = this.review.document?.uri;
    if (!uri) return [];
    const items = this.#visible(this.review.items());
    if (!node) {
      const roots: Node[] = [];
      // The few sharpest questions first: what to raise if the meeting runs short.
      const first = items.filter((i) => i.askFirst && i.source !== 'user');
      if (first.length) roots.push({ kind: 'first', items: first });
      const mine = items.filter((i) => i.source === 'user');
      if (mine.length) roots.push({ kind: 'mine', items: mine });
      for (const category of QUESTION_CATEGORIES) {
        const inCat = items.filter((i) => i.category === category && i.source !== 'user' && !i.askFirst);
        if (inCat.length) roots.push({ kind: 'category', category, items: inCat });
      }
      return roots;
    }
    if (node.kind === 'mine' || node.kind === 'first') return node.items.map((item) => ({ kind: 'question', item, uri }));
    if (node.kind === 'category') {
      const all = [...node.items].sort((a, b) => b.priority - a.priority);
      const { shown, more } = capPerCategory(all, this.#expanded.has(node.category) ? 0 : this.config.current.questionsPerCategory);
      const nodes: Node[] = shown.map((item) => ({ kind: 'question', item, uri }));
      const hidden = more.get(node.category) ?? 0;
      if (hidden) nodes.push({ kind: 'more', category: node.category, hidden });
      return nodes;
    }
    return [];
  }

  getTreeItem(node: Node): vscode.TreeItem {
    switch (node.kind) {
      case 'first':
      case 'mine':
      case 'category': {
        const label = node.kind === 'first' ? vscode.l10n.t('Ask first') : node.kind === 'mine' ? vscode.l10n.t('My questions') : QUESTION_CATEGORY_LABELS[node.category];
        const item = new vscode.TreeItem(label, vscode.TreeItemCollapsibleState.Expanded);
        const open = node.items.filter((i) => i.status === 'open').length;
        item.description = open === node.items.length ? String(open) : vscode.l10n.t('{0} open of {1}', open, node.items.length);
        item.id = node.kind === 'category' ? `category:${node.category}` : node.kind;
        if (node.kind === 'first') {
          item.iconPath = new vscode.ThemeIcon('star-full');
          item.tooltip = vscode.l10n.t('The sharpest questions about this doc’s own words: raise these first if time runs short.');
        }
        item.accessibilityInformation = { label: `${label} ${item.description}` };
        item.contextValue = 'docent.questionGroup';
        return item;
      }
      case 'more': {
        const item = new vscode.TreeItem(vscode.l10n.t('Show {0} more…', node.hidden));
        item.command = { command: Command.showMore, title: vscode.l10n.t('Show more'), arguments: [node.category] };
        item.iconPath = new vscode.ThemeIcon('ellipsis');
        item.id = `more:${node.category}`;
        return item;
      }
      case 'question': {
        const q = node.item;
        // The headline leads with the question so a narrow sidebar still shows what to ask; the quote follows.
        const item = new vscode.TreeItem(q.headline);
        item.id = `q:${q.id}`;
        item.description = [q.note ? `✎ ${q.note}` : undefined, q.quote ? `“${q.quote}”` : q.locations[0]?.section].filter(Boolean).join(' · ');
        const icon = STATUS_ICON[q.status];
        if (icon) item.iconPath = new vscode.ThemeIcon(icon);
        item.checkboxState = q.status === 'answered' ? vscode.TreeItemCheckboxState.Checked : vscode.TreeItemCheckboxState.Unchecked;
        item.contextValue = `docent.question.${q.status}${q.source === 'user' ? '.user' : ''}`;
        if (q.source === 'changed') item.iconPath = new vscode.ThemeIcon('history');
        const tip = new vscode.MarkdownString(undefined, false);
        tip.appendText(q.text);
        for (const d of q.details ?? []) {
          tip.appendMarkdown('\n- ');
          tip.appendText(d);
        }
        tip.appendMarkdown('\n\n');
        tip.appendText(`${q.why}${q.locations.length ? ` · ${vscode.l10n.t('line {0}', q.locations[0].line + 1)}` : ''} · ${q.status}`);
        if (q.note) {
          tip.appendMarkdown('\n\n');
          tip.appendText(`${vscode.l10n.t('Note')}: ${q.note}`);
        }
        item.tooltip = tip;
        item.accessibilityInformation = { label: `${q.text}. ${q.status}.${q.note ? ` ${vscode.l10n.t('Note')}: ${q.note}` : ''}` };
        const doc = this.review.document;
        if (doc && q.locations[0]) {
          const l = q.locations[0];
          // Selects the words that raised the question, so the PM sees exactly what it is about.
          const end = l.end ?? l;
          item.command = { command: Command.revealRange, title: vscode.l10n.t('Show in document'), arguments: [doc.uri, new vscode.Range(l.line, l.character, end.line, end.character)] };
        }
        return item;
      }
    }
  }

  getParent(): undefined {
    return undefined;
  }

}
