import * as vscode from 'vscode';
import { Command } from '../commandIds';
import { Disposable } from '../base/disposable';
import type { DocumentAnalyses } from '../analyses';
import type { Snapshot } from '../snapshot';
import type { Config } from '../config';

type Node = { kind: 'term'; id: string; count: number } | { kind: 'occurrence'; id: string; offset: number; length: number };

/** "Terms in this Doc": each glossary term of the active document with its count and occurrences. */
export class TermsViewProvider extends Disposable implements vscode.TreeDataProvider<Node> {
  readonly #emitter = new vscode.EventEmitter<Node | undefined>();
  readonly onDidChangeTreeData = this.#emitter.event;
  #state: Snapshot | undefined;
  /** The doc shown: the active editor's, kept while a webview such as the Review Brief has focus. */
  #doc: vscode.TextDocument | undefined;

  constructor(private readonly analyses: DocumentAnalyses, private readonly config: Config) {
    super();
    this.register(this.#emitter);
    this.register(
      vscode.window.onDidChangeActiveTextEditor(() => this.refresh()),
      config.onDidChange((e) => e.affects('highlight') && this.refresh()),
      analyses.onDidChange((s) => {
        if (s.uri.toString() === this.#doc?.uri.toString()) this.refresh();
      }),
    );
  }

  refresh(): void {
    const active = vscode.window.activeTextEditor?.document;
    if (active || this.#doc?.isClosed) this.#doc = active;
    const doc = this.#doc;
    this.#state = doc ? this.analyses.latest(doc) : undefined;
    if (doc && !this.#state) void this.analyses.request(doc);
    this.#emitter.fire(undefined);
  }

  getChildren(node?: Node): Node[] {
    const state = this.#state;
    if (!state) return [];
    if (!node) {
      const counts = new Map<string, number>();
      for (const t of state.report.analysis.terms) counts.set(t.id, (counts.get(t.id) ?? 0) + 1);
      return [...counts].map(([id, count]): Node => ({ kind: 'term', id, count }))
        .sort((a, b) => (b as { count: number }).count - (a as { count: number }).count || this.#label(a.id).localeCompare(this.#label(b.id)));
    }
    if (node.kind === 'term') {
      return state.report.analysis.terms.filter((t) => t.id === node.id).map((t): Node => ({ kind: 'occurrence', ...t }));
    }
    return [];
  }

  #label(id: string): string {
    return this.analyses.entries.get(id)?.term ?? id;
  }

  getTreeItem(node: Node): vscode.TreeItem {
    const state = this.#state!;
    if (node.kind === 'term') {
      const entry = this.analyses.entries.get(node.id);
      const item = new vscode.TreeItem(this.#label(node.id), vscode.TreeItemCollapsibleState.Collapsed);
      item.description = `${node.count}×`;
      item.tooltip = entry?.definition;
      const known = this.config.current.highlight.knownTerms.includes(node.id);
      item.contextValue = known ? 'docent.term.known' : 'docent.term';
      if (known) item.description = `${node.count}× · ${vscode.l10n.t('known')}`;
      item.id = `term:${node.id}`;
      return item;
    }
    const range = state.toRange(node.offset, node.length);
    const doc = vscode.workspace.textDocuments.find((d) => d.uri.toString() === state.uri.toString());
    const line = doc?.lineAt(range.start.line).text.trim() ?? '';
    const item = new vscode.TreeItem(vscode.l10n.t('Line {0}', range.start.line + 1));
    item.description = line.length > 80 ? line.slice(0, 77) + '…' : line;
    item.command = { command: Command.revealRange, title: vscode.l10n.t('Show in document'), arguments: [state.uri, range] };
    return item;
  }

}
