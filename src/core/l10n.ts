import * as l10n from '@vscode/l10n';

/** A translation bundle: English message → its translation (the format of l10n/bundle.l10n.<locale>.json). */
export type Translations = Record<string, string | { message: string; comment: string[] }>;

/**
 * Loads the translations of the core's words (labels of categories, genres, sections, entry parts
 * and export profiles). Each entry point passes its own: the extension host VS Code's
 * `vscode.l10n.bundle`, the analysis worker what the host sends it, the CLI a bundle file. Without
 * one, every word is the English message it is keyed by.
 */
export function useTranslations(contents: Translations | undefined): void {
  l10n.config({ contents: contents ?? {} });
}

/**
 * A record whose values are translated when read (so a label follows translations loaded after
 * this module was evaluated). Each value is a function calling `l10n.t` with the literal English
 * message, which is how `npm run l10n:export` finds it.
 */
export function translated<K extends string>(labels: Record<K, () => string>): Readonly<Record<K, string>> {
  const out = {} as Record<K, string>;
  for (const key of Object.keys(labels) as K[]) Object.defineProperty(out, key, { get: labels[key], enumerable: true });
  return out;
}
