import type { TermMatch } from '../../matcher';
import type { Source } from '../source';
import type { Candidate } from '../types';
import type { Category } from '../../glossary/types';
import type { QuestionCategory } from '../types';
import { TERMS } from '../wording';

const TO_CATEGORY: Record<Category, QuestionCategory> = {
  'distributed-systems': 'reliability', apis: 'dependency', messaging: 'reliability', scalability: 'scale',
  reliability: 'reliability', caching: 'scale', data: 'data', pipelines: 'data', cloud: 'operations',
  operations: 'operations', security: 'security', cost: 'cost', numbers: 'scale', hardware: 'risk', 'ai-ml': 'risk', process: 'clarifying',
  runtimes: 'risk', networking: 'reliability', containers: 'operations', observability: 'operations', statistics: 'clarifying', testing: 'testing',
};

/** Uses a concept needs before its stock question is worth a place: one mention is vocabulary, not a design choice. */
const MIN_USES = 5;

/**
 * The glossary's question for a concept the doc is built on, in the sense the doc means,
 * anchored in the doc's own sentence. Only concepts that carry a choice (their entry has
 * tradeoffs), used often, outside background and rejected options; the Terms view lists the rest.
 */
const source: Source = {
  id: 'term',
  genres: ['service', 'migration', 'tool'],
  max: 2,
  find(ctx) {
    const by = new Map<string, TermMatch[]>();
    for (const t of ctx.terms) {
      if (t.uncertain || t.id.startsWith('doc:') || t.id.startsWith('unknown:')) continue;
      const list = by.get(t.id);
      if (list) list.push(t);
      else by.set(t.id, [t]);
    }
    const used = new Set<number>();
    const out: Candidate[] = [];
    const ranked = [...by].filter(([, ms]) => ms.length >= MIN_USES).sort((a, b) => b[1].length - a[1].length);
    for (const [id, matches] of ranked) {
      const entry = ctx.entries.get(id);
      if (!entry || !entry.askAbout.length || !entry.tradeoffs || entry.category === 'process' || entry.category === 'numbers') continue;
      const best = matches.slice(0, 300).map((m) => ({ m, s: ctx.sentenceAt(m.offset) }))
        .filter(({ s }) => s && !s.heading && !s.asks && !s.rejected && ctx.weight(s.role) > 0 && !used.has(s.start))
        .sort((a, b) => ctx.weight(b.s!.role) - ctx.weight(a.s!.role) || a.m.offset - b.m.offset)[0];
      if (!best?.s) continue;
      used.add(best.s.start);
      const quote = ctx.quote(best.m.offset, best.m.length, 80);
      const ask = entry.askAbout[0];
      out.push({
        id: `term:${id}`, source: 'term', category: TO_CATEGORY[entry.category], specific: false,
        text: TERMS.ask(quote, /^[A-Z][a-z]/.test(ask) ? ask[0].toLowerCase() + ask.slice(1) : ask), headline: TERMS.headline(entry.term), quote,
        why: TERMS.why(entry.term, matches.length), locations: matches.map((m) => ({ offset: m.offset, length: m.length })),
        severity: 44 + Math.min(8, matches.length), sentence: best.s.start,
      });
      if (out.length >= 6) break;
    }
    return out;
  },
};
export default source;
