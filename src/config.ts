import * as vscode from 'vscode';
import { Disposable } from './base/disposable';
import { isLinkStyle, OCCURRENCES, type LinkStyle, type Occurrences } from './core';

export const HIGHLIGHT_STYLES = ['underline', 'background', 'both'] as const;
export type HighlightStyle = (typeof HIGHLIGHT_STYLES)[number];

/** Docent's settings (package.json `contributes.configuration`), each checked and defaulted once. */
export interface Settings {
  readonly highlight: {
    readonly enabled: boolean;
    readonly style: HighlightStyle;
    readonly occurrences: Occurrences;
    readonly unknownWords: boolean;
    /** Glossary ids the PM knows: never underlined, still explained on hover. */
    readonly knownTerms: readonly string[];
  };
  /** Questions shown per category before "N more…"; 0 shows them all. */
  readonly questionsPerCategory: number;
  readonly previewEnabled: boolean;
  /** Team glossary files named in the setting, as written (resolved by the GlossaryService). */
  readonly glossaryFiles: readonly string[];
  readonly exportLinks: LinkStyle;
}

/** The groups of settings a change can affect (`docent.<group>.…`). */
export type SettingsGroup = 'highlight' | 'questions' | 'preview' | 'glossary' | 'export';

/**
 * The one reader of Docent's settings: a snapshot that is read once and renewed when a setting
 * changes, an event after the renewal (so no listener reads a stale value), and the writes the
 * commands make. A value of the wrong type or out of range reads as its default.
 */
export class Config extends Disposable {
  #snapshot: Settings | undefined;
  readonly #emitter = this.register(new vscode.EventEmitter<{ affects(group: SettingsGroup): boolean }>());
  readonly onDidChange = this.#emitter.event;

  constructor() {
    super();
    this.register(vscode.workspace.onDidChangeConfiguration((e) => {
      if (!e.affectsConfiguration('docent')) return;
      this.#snapshot = undefined;
      this.#emitter.fire({ affects: (group) => e.affectsConfiguration(`docent.${group}`) });
    }));
  }

  /** The settings in force (window and workspace scope). */
  get current(): Settings {
    return (this.#snapshot ??= read());
  }

  /** The settings as they apply to `resource` (a folder's own `docent.export.links`, say). */
  for(resource: vscode.Uri): Settings {
    return read(resource);
  }

  async setHighlightsEnabled(enabled: boolean): Promise<void> {
    await vscode.workspace.getConfiguration('docent').update('highlight.enabled', enabled, vscode.ConfigurationTarget.Global);
  }

  async setKnownTerms(ids: readonly string[]): Promise<void> {
    await vscode.workspace.getConfiguration('docent').update('highlight.knownTerms', [...new Set(ids)].sort(), vscode.ConfigurationTarget.Global);
  }
}

function read(resource?: vscode.Uri): Settings {
  const c = vscode.workspace.getConfiguration('docent', resource);
  const bool = (key: string, fallback: boolean) => { const v = c.get(key); return typeof v === 'boolean' ? v : fallback; };
  const oneOf = <T extends string>(key: string, allowed: readonly T[], fallback: T): T => { const v = c.get(key); return allowed.includes(v as T) ? (v as T) : fallback; };
  const strings = (key: string) => { const v = c.get(key); return Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string' && x.trim() !== '') : []; };
  const perCategory = c.get('questions.perCategory');
  const links = c.get('export.links');
  return {
    highlight: {
      enabled: bool('highlight.enabled', true),
      style: oneOf('highlight.style', HIGHLIGHT_STYLES, 'underline'),
      occurrences: oneOf('highlight.occurrences', OCCURRENCES, 'calm'),
      unknownWords: bool('highlight.unknownWords', true),
      knownTerms: strings('highlight.knownTerms'),
    },
    questionsPerCategory: typeof perCategory === 'number' && Number.isInteger(perCategory) && perCategory >= 0 ? Math.min(perCategory, 100) : 5,
    previewEnabled: bool('preview.enabled', true),
    glossaryFiles: strings('glossary.files'),
    exportLinks: isLinkStyle(links) ? links : 'relative',
  };
}
