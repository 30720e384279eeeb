/**
 * Where an exported question's "line 49" points. A relative `doc.md#L49` works beside the doc and
 * breaks once pasted into a wiki page or a ticket; a web link to the file at a commit works
 * anywhere the repository can be read.
 */
export type LinkStyle = 'none' | 'relative' | 'absolute' | 'web';
export const LINK_STYLES: readonly LinkStyle[] = ['none', 'relative', 'absolute', 'web'];

export interface LinkOptions {
  readonly style: LinkStyle;
  /** The doc's absolute path, for `absolute`. */
  readonly absolutePath?: string;
  /** The doc's web address at a commit (see `webFileUrl`), for `web`. */
  readonly webUrl?: string;
}

export function isLinkStyle(value: unknown): value is LinkStyle {
  return typeof value === 'string' && (LINK_STYLES as readonly string[]).includes(value);
}

/**
 * The link to a line of the doc in the chosen style, or undefined for `none` (or when the style's
 * address is not known: no absolute path, no web address).
 */
export function lineLink(file: string, line: number, links: LinkOptions): string | undefined {
  const anchor = `#L${line + 1}`;
  switch (links.style) {
    case 'none': return undefined;
    case 'relative': return `${encodePath(file)}${anchor}`;
    case 'absolute': return links.absolutePath ? `${fileUrl(links.absolutePath)}${anchor}` : undefined;
    case 'web': return links.webUrl ? `${links.webUrl}${anchor}` : undefined;
  }
}

/**
 * The web address of a file at a commit, from the repository's remote URL: GitHub and hosts that
 * lay out their pages the same way (`/blob/`), GitLab (`/-/blob/`). Credentials in the remote
 * (`https://user:token@host/…`) never reach the link. Undefined for a remote that is not a URL or
 * an scp-style `git@host:owner/repo`, or for a commit that is not a hash.
 */
export function webFileUrl(remote: string, commit: string, repoPath: string): string | undefined {
  if (!/^[0-9a-f]{7,64}$/i.test(commit)) return undefined;
  const r = remote.trim();
  let host: string;
  let project: string;
  const scp = /^[\w.-]+@([\w.-]+):(?!\/)(.+)$/.exec(r);
  if (scp) {
    [, host, project] = scp;
  } else {
    let u: URL;
    try { u = new URL(r); } catch { return undefined; }
    if (!['https:', 'http:', 'ssh:', 'git:'].includes(u.protocol)) return undefined;
    host = u.hostname;
    project = u.pathname.replace(/^\/+/, '');
  }
  project = project.replace(/\.git\/?$/, '').replace(/\/+$/, '');
  if (!/^[\w.-]+$/.test(host) || !/^[\w.~-]+(?:\/[\w.~-]+)+$/.test(project)) return undefined;
  const blob = /gitlab/i.test(host) ? '-/blob' : 'blob';
  const path = repoPath.replace(/\\/g, '/').replace(/^\/+/, '');
  return `https://${host}/${project}/${blob}/${commit.toLowerCase()}/${encodePath(path)}`;
}

/** A path as a URL path: each segment encoded, so no name can break out of the link. */
function encodePath(path: string): string {
  return path.split('/').map((s) => encodeURIComponent(s).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)).join('/');
}

function fileUrl(path: string): string {
  const p = path.replace(/\\/g, '/');
  // A Windows drive ("C:") stays as it is; everything else is encoded.
  return `file://${p.startsWith('/') ? '' : '/'}${encodePath(p).replace(/^([A-Za-z])%3A/, '$1:')}`;
}

/** The path of `to` as seen from the folder `fromDir` (both `/`-separated): where a relative link starts. */
export function relativePath(fromDir: string, to: string): string {
  const a = fromDir.split('/').filter(Boolean);
  const b = to.split('/').filter(Boolean);
  let i = 0;
  while (i < a.length && i < b.length - 1 && a[i] === b[i]) i++;
  return [...a.slice(i).map(() => '..'), ...b.slice(i)].join('/');
}
