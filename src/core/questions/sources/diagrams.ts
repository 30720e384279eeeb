import * as l10n from '@vscode/l10n';
import { norm } from '../source.js';
import type { Source } from '../source.js';
import type { Candidate } from '../types.js';
import { DIAGRAMS } from '../wording.js';

/**
 * Diagram edges of a running system: what if the callee is slow or down, and who owns it.
 * Stores and queues (cylinders in Mermaid) get the questions that fit them.
 */
const source: Source = {
  id: 'diagram',
  genres: ['service', 'migration', 'tool'],
  max: 2,
  find(ctx) {
    const callers = new Map<string, { from: string[]; offset: number; store: boolean }>();
    const readers = new Map<string, { queue: string; offset: number }>();
    for (const d of ctx.input.dependencies ?? []) {
      if (d.from === d.to) continue;
      if (d.fromStore && !d.toStore) {
        if (!readers.has(d.to)) readers.set(d.to, { queue: d.from, offset: d.offset });
        continue;
      }
      const c = callers.get(d.to);
      if (c) { if (!c.from.includes(d.from)) c.from.push(d.from); }
      else callers.set(d.to, { from: [d.from], offset: d.offset, store: !!d.toStore });
    }
    const out: Candidate[] = [];
    for (const [callee, { from, offset, store }] of callers) {
      const who = from.length > 2 ? l10n.t('{0} and {1} more', from.slice(0, 2).join(', '), from.length - 2) : from.length === 2 ? l10n.t('{0} and {1}', from[0], from[1]) : from.join('');
      const say = (store ? DIAGRAMS.store : DIAGRAMS.call)(who, callee, plural(callee), from.length);
      out.push({ id: `diagram:${norm(callee)}`, source: 'diagram', category: 'dependency', ...say, locations: [{ offset, length: 0 }], severity: 58 + Math.min(6, from.length * 2), specific: true });
    }
    for (const [reader, { queue, offset }] of readers) {
      out.push({ id: `diagram-reader:${norm(reader)}`, source: 'diagram', category: 'reliability', ...DIAGRAMS.reader(reader, queue), locations: [{ offset, length: 0 }], severity: 56, specific: true });
    }
    return out;
  },
};
export default source;

/** Whether a diagram label reads as a plural: "Orders shards are", but "Redis is" and "Kafka Streams is". */
function plural(label: string): boolean {
  const words = label.trim().split(/\s+/);
  const last = words[words.length - 1];
  return words.length > 1 && /^[a-z]+[^s]s$/.test(last);
}
