import * as vscode from 'vscode';
import { Disposable } from './base/disposable';
import type { Config } from './config';
import { mergeGlossaries, parseGlossaryFile, TermMatcher, type Glossary, type GlossaryLayer, type GlossaryProblem } from './core';
import { bundledLayers } from './bundledGlossary';

const TEAM_GLOB = '**/.docent/*.{yaml,yml,json}';

/**
 * The glossary in force: the bundled one, then team glossaries from the workspace
 * (`.docent/*.yaml`) and from the `docent.glossary.files` setting, merged in that order.
 * Re-read when a team file changes (even unsaved, for diagnostics); problems are shown at their line.
 * A file watcher alone can miss a change (a `.docent/` folder created and written at once, a
 * branch switch), so the files are also checked whenever a Markdown doc or a team file is opened
 * or shown and when the window regains focus; listeners hear only of real changes.
 */
export class GlossaryService extends Disposable {
  readonly #emitter = new vscode.EventEmitter<Glossary>();
  #teamTexts: { file: string; text: string }[] = [];
  #generation = 0;
  readonly onDidChange = this.#emitter.event;
  readonly #diagnostics = vscode.languages.createDiagnosticCollection('docent-glossary');
  readonly #bundled: GlossaryLayer[] = bundledLayers();
  /** Merged on first use, not during activation (2,000 entries take a while to merge). */
  #glossary: Glossary | undefined;
  /**
   * Built on first use (Explain Selection, the preview, which render on this thread); the analysis
   * worker compiles its own from the entries this service sends it, as threads share no objects.
   */
  #matcher: TermMatcher | undefined;
  #timer: ReturnType<typeof setTimeout> | undefined;
  /** What the last reload showed, kept so problems the analysis engine reports can join them. */
  #shown: { files: vscode.Uri[]; problems: readonly GlossaryProblem[] } = { files: [], problems: [] };
  #engineProblems: readonly GlossaryProblem[] = [];

  constructor(private readonly config: Config) {
    super();
    this.register(this.#emitter, this.#diagnostics);
    const watcher = vscode.workspace.createFileSystemWatcher(TEAM_GLOB);
    this.register(
      watcher,
      watcher.onDidChange(() => this.schedule()),
      watcher.onDidCreate(() => this.schedule()),
      watcher.onDidDelete(() => this.schedule()),
      vscode.workspace.onDidChangeTextDocument((e) => { if (this.#isTeamFile(e.document.uri)) this.schedule(); }),
      vscode.workspace.onDidSaveTextDocument((d) => { if (this.#isTeamFile(d.uri)) this.schedule(0); }),
      vscode.workspace.onDidOpenTextDocument((d) => { if (this.#isTeamFile(d.uri) || d.languageId === 'markdown') this.schedule(0); }),
      vscode.window.onDidChangeActiveTextEditor((e) => { if (e && (e.document.languageId === 'markdown' || this.#isTeamFile(e.document.uri))) this.schedule(0); }),
      vscode.window.onDidChangeWindowState((w) => { if (w.focused) this.schedule(0); }),
      config.onDidChange((e) => { if (e.affects('glossary')) this.schedule(0); }),
      vscode.workspace.onDidChangeWorkspaceFolders(() => this.schedule(0)),
      vscode.workspace.onDidGrantWorkspaceTrust(() => this.schedule(0)),
    );
  }

  get glossary(): Glossary {
    return (this.#glossary ??= mergeGlossaries(this.#bundled));
  }

  get matcher(): TermMatcher {
    return (this.#matcher ??= new TermMatcher(this.glossary));
  }

  schedule(delay = 300): void {
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => void this.reload(), delay);
  }

  /** Re-read every team glossary and rebuild the matcher. Never throws; problems become diagnostics. */
  async reload(): Promise<Glossary> {
    // Reloads can overlap (a file event while one is reading): only the newest may apply its result.
    const generation = ++this.#generation;
    const files = await this.#teamFiles();
    const layers: GlossaryLayer[] = [];
    const texts: { file: string; text: string }[] = [];
    for (const uri of files) {
      const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
      let text: string;
      try {
        text = open ? open.getText() : new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
      } catch (e) {
        layers.push({ file: uri.toString(), entries: [], disable: [], problems: [{ file: uri.toString(), line: 1, column: 1, severity: 'error', message: vscode.l10n.t('Cannot read this glossary: {0}', e instanceof Error ? e.message : String(e)) }] });
        continue;
      }
      layers.push(parseGlossaryFile(text, uri.toString()));
      texts.push({ file: uri.toString(), text });
    }
    if (generation !== this.#generation) return this.glossary;
    // Diagnostics always reflect the files; listeners (the worker, open documents) only hear of a
    // real change, so start-up without team glossaries does not analyse every document twice.
    const changed = JSON.stringify(texts) !== JSON.stringify(this.#teamTexts);
    this.#teamTexts = texts;
    const merged = mergeGlossaries([...this.#bundled, ...layers]);
    this.#shown = { files, problems: merged.problems.filter((p) => !p.file.startsWith('glossary/')) };
    if (changed) this.#engineProblems = [];
    this.#publish();
    if (changed) {
      this.#glossary = merged;
      this.#matcher = undefined;
      this.#emitter.fire(merged);
    }
    return this.glossary;
  }

  /**
   * Problems the analysis engine found compiling the glossary this service sent it (forms that can
   * never match): shown with the files' own, at the entry's line.
   */
  setEngineProblems(problems: readonly GlossaryProblem[]): void {
    this.#engineProblems = problems.filter((p) => p.file && !p.file.startsWith('glossary/'));
    this.#publish();
  }

  #publish(): void {
    const { files } = this.#shown;
    const problems = [...this.#shown.problems, ...this.#engineProblems];
    this.#diagnostics.clear();
    const byFile = new Map<string, vscode.Diagnostic[]>();
    for (const p of problems) {
      const d = new vscode.Diagnostic(new vscode.Range(p.line - 1, Math.max(0, p.column - 1), p.line - 1, Number.MAX_SAFE_INTEGER), p.message,
        p.severity === 'error' ? vscode.DiagnosticSeverity.Error : vscode.DiagnosticSeverity.Warning);
      d.source = 'Docent glossary';
      const list = byFile.get(p.file) ?? [];
      list.push(d);
      byFile.set(p.file, list);
    }
    for (const uri of files) this.#diagnostics.set(uri, byFile.get(uri.toString()) ?? []);
  }

  #isTeamFile(uri: vscode.Uri): boolean {
    if (!vscode.workspace.isTrusted) return false;
    return /\/\.docent\/[^/]+\.(ya?ml|json)$/.test(uri.path) || this.#settingFiles().some((u) => u.toString() === uri.toString());
  }

  #settingFiles(): vscode.Uri[] {
    const paths = this.config.current.glossaryFiles;
    const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
    return paths.map((p) => {
      if (/^[a-z][a-z0-9+.-]*:\/\//i.test(p)) return vscode.Uri.parse(p);
      if (p.startsWith('/')) return folder ? folder.with({ path: p }) : vscode.Uri.file(p);
      return folder ? vscode.Uri.joinPath(folder, p) : vscode.Uri.file(p);
    });
  }

  /** Team glossaries are the workspace's text shown as Docent's own: read only in a trusted workspace. */
  async #teamFiles(): Promise<vscode.Uri[]> {
    if (!vscode.workspace.isTrusted) return [];
    const found = vscode.workspace.workspaceFolders ? await vscode.workspace.findFiles(TEAM_GLOB, '**/node_modules/**', 50) : [];
    const all = [...found.sort((a, b) => a.toString().localeCompare(b.toString())), ...this.#settingFiles()];
    const seen = new Set<string>();
    return all.filter((u) => !seen.has(u.toString()) && seen.add(u.toString()));
  }

  override dispose(): void {
    clearTimeout(this.#timer);
    super.dispose();
  }
}
