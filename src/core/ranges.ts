/** A span of a document's text in UTF-16 offsets: [start, end). */
export interface TextRange {
  readonly start: number;
  readonly end: number;
}

/**
 * The smallest index in [0, n) for which `after` holds, or n when it holds for none. `after` must
 * be false and then true along the indices (a sorted list read against one key): one binary search
 * for every sorted lookup in the core (the heading above an offset, the line of an offset, the
 * first term ending after a position).
 */
export function firstIndex(n: number, after: (i: number) => boolean): number {
  let lo = 0;
  let hi = n;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (after(mid)) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}
