import * as vscode from 'vscode';
import { LineIndex, type DocReport } from './core';

/**
 * One analysed version of a document: the text it was read from and its report, in offsets. The
 * line index is built once, the first time a position is asked for; `toRange` is the one way
 * from offsets to an editor range.
 */
export class Snapshot {
  #lines: LineIndex | undefined;

  constructor(readonly uri: vscode.Uri, readonly version: number, readonly text: string, readonly report: DocReport) {}

  /** True while only the visible part has been analysed (large docs, first pass). */
  get partial(): boolean {
    return this.report.analysis.partial;
  }

  get lines(): LineIndex {
    return (this.#lines ??= new LineIndex(this.text));
  }

  /** The editor range of `length` UTF-16 units at `offset`. */
  toRange(offset: number, length = 0): vscode.Range {
    const a = this.lines.position(offset);
    const b = length ? this.lines.position(offset + length) : a;
    return new vscode.Range(a.line, a.character, b.line, b.character);
  }
}
