import * as vscode from 'vscode';
import { Command } from '../commandIds';
import { Disposable } from '../base/disposable';
import { CATEGORY_LABELS, GENRE_LABELS, SECTION_KINDS, SECTION_ORDER, type Category, type SectionKind } from '../core';
import type { ReviewController } from '../review/controller';

type Node =
  | { kind: 'genre' }
  | { kind: 'group'; id: 'sections' | 'areas' | 'numbers' | 'components' | 'defined' | 'unknown'; label: string; count: string }
  | { kind: 'defined'; term: string; text: string; offset: number }
  | { kind: 'unknown'; word: string; count: number }
  | { kind: 'section'; section: SectionKind; offset?: number; title?: string }
  | { kind: 'area'; category: Category; terms: number; distinct: number }
  | { kind: 'number'; index: number }
  | { kind: 'component'; label: string; calls: string[]; calledBy: string[]; offset: number };

/** "Doc Health": which standard sections the doc has or lacks, the technical areas it touches, its numbers and components. */
export class HealthViewProvider extends Disposable implements vscode.TreeDataProvider<Node> {
  readonly #emitter = new vscode.EventEmitter<Node | undefined>();
  readonly onDidChangeTreeData = this.#emitter.event;

  constructor(private readonly review: ReviewController, private readonly entries: () => ReadonlyMap<string, { category: Category }>) {
    super();
    this.register(this.#emitter);
    this.register(review.onDidChange(() => this.#emitter.fire(undefined)));
  }

  getChildren(node?: Node): Node[] {
    const a = this.review.snapshot;
    if (!a) return [];
    const { analysis, quantities, diagrams } = a.report;
    if (!node) {
      const present = new Set(analysis.headings.map((h) => h.kind).filter(Boolean));
      const cats = new Set(analysis.terms.map((t) => this.#category(t.id)).filter(Boolean));
      const groups: Node[] = [
        { kind: 'genre' },
        { kind: 'group', id: 'sections', label: vscode.l10n.t('Standard sections'), count: vscode.l10n.t('{0} of {1} present', present.size, SECTION_ORDER.length) },
        { kind: 'group', id: 'areas', label: vscode.l10n.t('Technical areas'), count: String(cats.size) },
      ];
      const { definitions, unknown } = a.report;
      if (unknown.length) groups.push({ kind: 'group', id: 'unknown', label: vscode.l10n.t('Words nothing explains'), count: String(unknown.length) });
      if (definitions.length) groups.push({ kind: 'group', id: 'defined', label: vscode.l10n.t('Terms the doc defines'), count: String(definitions.length) });
      if (quantities.length) groups.push({ kind: 'group', id: 'numbers', label: vscode.l10n.t('Numbers'), count: String(quantities.length) });
      if (diagrams.components.length) groups.push({ kind: 'group', id: 'components', label: vscode.l10n.t('Components in diagrams'), count: String(diagrams.components.length) });
      return groups;
    }
    if (node.kind !== 'group') return [];
    switch (node.id) {
      case 'sections': {
        const missing: Node[] = [];
        const found: Node[] = [];
        for (const s of SECTION_ORDER) {
          const h = analysis.headings.find((x) => x.kind === s);
          if (h) found.push({ kind: 'section', section: s, offset: h.offset, title: h.text });
          else missing.push({ kind: 'section', section: s });
        }
        return [...missing, ...found];
      }
      case 'areas': {
        const by = new Map<Category, { terms: number; ids: Set<string> }>();
        for (const t of analysis.terms) {
          const c = this.#category(t.id);
          if (!c) continue;
          const e = by.get(c) ?? { terms: 0, ids: new Set<string>() };
          e.terms++;
          e.ids.add(t.id);
          by.set(c, e);
        }
        return [...by].sort((x, y) => y[1].terms - x[1].terms).map(([category, v]) => ({ kind: 'area', category, terms: v.terms, distinct: v.ids.size }));
      }
      case 'numbers':
        return quantities.map((_, index) => ({ kind: 'number', index }));
      case 'defined':
        return a.report.definitions.map((d) => ({ kind: 'defined', term: d.term, text: d.text, offset: d.offset }));
      case 'unknown':
        return a.report.unknown.map((w) => ({ kind: 'unknown', word: w.word, count: w.count }));
      case 'components':
        return diagrams.components.map((c) => ({
          kind: 'component', label: c.label, offset: c.offsets[0],
          calls: diagrams.dependencies.filter((d) => d.from === c.label && !d.reply).map((d) => d.to),
          calledBy: diagrams.dependencies.filter((d) => d.to === c.label && !d.reply).map((d) => d.from),
        }));
    }
  }

  #category(id: string): Category | undefined {
    return this.entries().get(id)?.category;
  }

  getTreeItem(node: Node): vscode.TreeItem {
    const a = this.review.snapshot;
    const uri = this.review.document?.uri;
    switch (node.kind) {
      case 'genre': {
        const g = a?.report.genre;
        const item = new vscode.TreeItem(g ? GENRE_LABELS[g.genre] : vscode.l10n.t('Kind of doc'));
        item.id = 'health:genre';
        item.description = g ? (g.chosen ? vscode.l10n.t('chosen by you') : vscode.l10n.t('detected · change…')) : undefined;
        item.iconPath = new vscode.ThemeIcon('symbol-class');
        item.tooltip = g
          ? vscode.l10n.t('Docent reads this doc as: {0} ({1}). The questions it suggests fit this kind of doc. Click to change it.', GENRE_LABELS[g.genre], g.chosen ? vscode.l10n.t('chosen by you') : vscode.l10n.t('detected from {0}', g.because))
          : undefined;
        item.accessibilityInformation = { label: vscode.l10n.t('Kind of doc: {0}. Activate to change.', g ? GENRE_LABELS[g.genre] : '') };
        item.command = { command: Command.setGenre, title: vscode.l10n.t('Set kind of doc') };
        return item;
      }
      case 'group': {
        const item = new vscode.TreeItem(node.label, node.id === 'sections' ? vscode.TreeItemCollapsibleState.Expanded : vscode.TreeItemCollapsibleState.Collapsed);
        item.description = node.count;
        item.id = `health:${node.id}`;
        return item;
      }
      case 'section': {
        const label = SECTION_KINDS[node.section].label;
        const item = new vscode.TreeItem(label);
        item.id = `section:${node.section}`;
        if (node.offset === undefined) {
          item.iconPath = new vscode.ThemeIcon('warning', new vscode.ThemeColor('list.warningForeground'));
          item.description = vscode.l10n.t('missing');
          item.tooltip = vscode.l10n.t('No heading of this kind was found; Docent suggests a review question about it.');
        } else {
          item.iconPath = new vscode.ThemeIcon('pass', new vscode.ThemeColor('testing.iconPassed'));
          item.description = node.title;
          if (a && uri) item.command = { command: Command.revealRange, title: vscode.l10n.t('Show in document'), arguments: [uri, a.toRange(node.offset, 0)] };
        }
        return item;
      }
      case 'area': {
        const item = new vscode.TreeItem(CATEGORY_LABELS[node.category]);
        item.description = vscode.l10n.t('{0} terms, {1} uses', node.distinct, node.terms);
        item.iconPath = new vscode.ThemeIcon('symbol-namespace');
        return item;
      }
      case 'number': {
        const q = a!.report.quantities[node.index];
        const text = this.review.document?.getText(a!.toRange(q.offset, q.length)) ?? '';
        const item = new vscode.TreeItem(text);
        item.description = q.notes[0];
        item.tooltip = q.notes.join('\n');
        item.iconPath = new vscode.ThemeIcon('symbol-number');
        if (uri) item.command = { command: Command.revealRange, title: vscode.l10n.t('Show in document'), arguments: [uri, a!.toRange(q.offset, q.length)] };
        return item;
      }
      case 'defined': {
        const item = new vscode.TreeItem(node.term);
        item.description = node.text;
        item.tooltip = node.text;
        item.iconPath = new vscode.ThemeIcon('book');
        if (a && uri) item.command = { command: Command.revealRange, title: vscode.l10n.t('Show in document'), arguments: [uri, a.toRange(node.offset, node.term.length)] };
        return item;
      }
      case 'unknown': {
        const item = new vscode.TreeItem(node.word);
        item.description = vscode.l10n.t('{0} uses, no entry, not defined in the doc', node.count);
        item.iconPath = new vscode.ThemeIcon('question');
        item.tooltip = vscode.l10n.t('Shows its first use; its hover offers “Ask about this term” and “Add to team glossary…”.');
        const first = a?.report.analysis.terms.find((t) => t.id === `unknown:${node.word}`);
        if (a && uri && first) item.command = { command: Command.revealRange, title: vscode.l10n.t('Show in document'), arguments: [uri, a.toRange(first.offset, first.length)] };
        item.contextValue = 'docent.unknownWord';
        return item;
      }
      case 'component': {
        const item = new vscode.TreeItem(node.label);
        const parts = [];
        if (node.calls.length) parts.push(vscode.l10n.t('calls {0}', node.calls.join(', ')));
        if (node.calledBy.length) parts.push(vscode.l10n.t('called by {0}', node.calledBy.join(', ')));
        item.description = parts.join(' · ');
        item.iconPath = new vscode.ThemeIcon('server-process');
        if (a && uri) item.command = { command: Command.revealRange, title: vscode.l10n.t('Show in document'), arguments: [uri, a.toRange(node.offset, 0)] };
        return item;
      }
    }
  }

}
