import { firstIndex } from './ranges.js';

/** Converts UTF-16 offsets to 0-based line/character positions (as VS Code and LSP count them). */
export class LineIndex {
  readonly #starts: number[] = [0];

  constructor(text: string) {
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) this.#starts.push(i + 1);
  }

  get lineCount(): number {
    return this.#starts.length;
  }

  position(offset: number): { line: number; character: number } {
    const line = Math.max(0, firstIndex(this.#starts.length, (i) => this.#starts[i] > offset) - 1);
    return { line, character: offset - this.#starts[line] };
  }

  offset(line: number, character: number): number {
    const l = Math.max(0, Math.min(line, this.#starts.length - 1));
    return this.#starts[l] + character;
  }
}
