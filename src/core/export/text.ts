/** Text helpers every export profile shares: doc text, notes and titles made inert for each target. */

/** On one line: nothing in a doc or a note can start a heading, list item, table row or command. */
export function oneLine(s: string): string {
  // eslint-disable-next-line no-control-regex
  return s.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, '').replace(/\s+/g, ' ').trim();
}

export function clip(s: string, max: number): string {
  return s.length > max ? `${s.slice(0, max - 1)}…` : s;
}

/**
 * Markdown inline text: on one line, with every character that could open inline syntax escaped.
 */
export function escapeMd(s: string): string {
  return oneLine(s).replace(/([\\`*_[\]<>|~#!&])/g, '\\$1');
}

/** RFC 4180 quoting, and a leading apostrophe on cells a spreadsheet would run as a formula. */
export function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/**
 * A bash ANSI-C quoted word ($'…'): backslash, quote and every control character escaped, so a
 * value never ends its quotes, never runs anything and keeps the command on one line.
 */
export function shellWord(value: string): string {
  const body = [...value].map((ch) => {
    if (ch === '\\') return '\\\\';
    if (ch === "'") return "\\'";
    if (ch === '\n') return '\\n';
    if (ch === '\t') return '\\t';
    const code = ch.codePointAt(0)!;
    if (code < 0x20 || code === 0x7f) return `\\x${code.toString(16).padStart(2, '0')}`;
    return ch;
  }).join('');
  return `$'${body}'`;
}
