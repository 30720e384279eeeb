import * as vscode from 'vscode';
import { relativePath, webFileUrl, type LinkOptions } from '../core';
import type { Config } from '../config';

/** The part of the built-in Git extension's API (vscode.git, API version 1) that links need. */
interface GitRepository {
  readonly rootUri: vscode.Uri;
  readonly state: { readonly HEAD?: { readonly commit?: string }; readonly remotes: readonly { readonly name: string; readonly fetchUrl?: string; readonly pushUrl?: string }[] };
}
interface GitApi { getRepository(uri: vscode.Uri): GitRepository | null }
interface GitExtension { getAPI(version: 1): GitApi }

/**
 * How an export written to `target` links back to the doc, from `docent.export.links`. A web link
 * needs the doc in a Git repository with an `origin` remote on GitHub or GitLab; an absolute one a
 * file on disk. When the chosen style cannot be built, the export falls back to relative links
 * and `fellBack` says why.
 */
export async function exportLinks(doc: vscode.Uri, target: vscode.Uri | undefined, config: Config): Promise<{ links: LinkOptions; file: string; fellBack?: string }> {
  const style = config.for(doc).exportLinks;
  // Relative links start from the folder the export is written to.
  const sameRoot = target && target.scheme === doc.scheme && target.authority === doc.authority;
  const file = sameRoot ? relativePath(target.path.slice(0, target.path.lastIndexOf('/')), doc.path) : vscode.workspace.asRelativePath(doc, false);
  const relative = { style: 'relative' as const };
  if (style === 'none' || style === 'relative') return { links: { style }, file };
  if (style === 'absolute') {
    return doc.scheme === 'file'
      ? { links: { style, absolutePath: doc.fsPath }, file }
      : { links: relative, file, fellBack: vscode.l10n.t('The doc is not a file on this machine, so the export uses relative links.') };
  }
  const web = await webUrlOf(doc);
  return web
    ? { links: { style: 'web', webUrl: web }, file }
    : { links: relative, file, fellBack: vscode.l10n.t('Docent found no GitHub or GitLab remote “origin” and commit for this doc, so the export uses relative links.') };
}

async function webUrlOf(doc: vscode.Uri): Promise<string | undefined> {
  try {
    const ext = vscode.extensions.getExtension<GitExtension>('vscode.git');
    if (!ext) return undefined;
    const api = (ext.isActive ? ext.exports : await ext.activate()).getAPI(1);
    const repo = api.getRepository(doc);
    const commit = repo?.state.HEAD?.commit;
    const remote = repo?.state.remotes.find((r) => r.name === 'origin') ?? repo?.state.remotes[0];
    const url = remote?.fetchUrl ?? remote?.pushUrl;
    if (!repo || !commit || !url) return undefined;
    return webFileUrl(url, commit, relativePath(repo.rootUri.path, doc.path));
  } catch {
    return undefined;
  }
}
