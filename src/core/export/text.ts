/** Quoting for the export targets that are not Markdown (spreadsheets, shells); Markdown and HTML escaping live in ../text. */

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
