/** Text made inert for where Docent shows it: one escaper per syntax, each with its targets. */

/** On one line: nothing in a doc or a note can start a heading, list item, table row or command. */
export function oneLine(s: string): string {
  // eslint-disable-next-line no-control-regex
  return s.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, '').replace(/\s+/g, ' ').trim();
}

export function clip(s: string, max: number): string {
  return s.length > max ? `${s.slice(0, max - 1)}…` : s;
}

/**
 * Where escaped Markdown is shown. `file`: Markdown files and tracker bodies that people also read
 * raw, so only what could open inline syntax, an HTML tag or entity, a table cell or a
 * strikethrough is escaped, and the text is put on one line. `vscode`: VS Code's MarkdownString
 * (hovers, entry pages), where `$(name)` is a theme icon and link and list syntax must not form
 * either, so parentheses, braces, `+`, `-`, `.` and `$` are escaped too.
 */
export type MarkdownTarget = 'file' | 'vscode';

const SPECIALS: Record<MarkdownTarget, RegExp> = {
  file: /[\\`*_[\]<>|~#!&]/g,
  vscode: /[\\`*_{}[\]()#+\-.!|<>$]/g,
};

/** `s` as literal text in Markdown for `target`: never a link, HTML, formatting or (in VS Code) a theme icon. */
export function escapeMarkdown(s: string, target: MarkdownTarget): string {
  return (target === 'file' ? oneLine(s) : s).replace(SPECIALS[target], '\\$&');
}

/** `s` as HTML text or a quoted attribute value. */
export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}
