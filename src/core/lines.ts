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
    let lo = 0;
    let hi = this.#starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.#starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo, character: offset - this.#starts[lo] };
  }

  offset(line: number, character: number): number {
    const l = Math.max(0, Math.min(line, this.#starts.length - 1));
    return this.#starts[l] + character;
  }
}
