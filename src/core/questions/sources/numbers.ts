import { downtimeBudget, formatRate, type Quantity } from '../../numbers.js';
import { OPERATED } from '../genre.js';
import type { Source } from '../source.js';
import type { Candidate } from '../types.js';
import { NUMBERS } from '../wording.js';

/**
 * Numbers the doc states as targets: timeouts, rates, latency percentiles, availability and
 * recovery objectives. Each reads the number's typed value (never its English notes). Sizes and
 * bandwidths ask nothing by themselves: a 100 GB table target or a 1 GB upload cap is a limit
 * (see limits.ts), not traffic.
 */
const source: Source = {
  id: 'number',
  max: 3,
  find(ctx) {
    const out: Candidate[] = [];
    const seen = new Map<string, Candidate & { locations: { offset: number; length: number }[] }>();
    const operated = OPERATED.has(ctx.genre.genre);
    for (const q of ctx.quantities) {
      const s = ctx.sentenceAt(q.offset);
      if (!s || s.heading || s.rejected || s.role === 'alternatives' || s.role === 'reference') continue;
      const key = `number:${q.kind}:${q.percentile ?? ''}:${Math.round(q.value * 1000) / 1000}`;
      const shown = ctx.text.slice(q.offset, q.offset + q.length).replace(/\s+/g, ' ');
      const prior = seen.get(key);
      if (prior) { prior.locations.push({ offset: q.offset, length: q.length }); continue; }
      const ask = question(q, shown, ctx.text.slice(Math.max(0, q.offset - 48), q.offset + q.length + 24), operated, s.plain);
      if (!ask) continue;
      const c = {
        id: key, source: 'number' as const, category: ask.category, text: ask.text, headline: ask.headline, why: ask.why,
        locations: [{ offset: q.offset, length: q.length }], severity: ask.severity, specific: true, sentence: s.start, kind: `number:${q.kind}`,
      };
      seen.set(key, c);
      out.push(c);
    }
    return out;
  },
};
export default source;

function question(q: Quantity, shown: string, near: string, operated: boolean, sentence: string) {
  if ((q.kind === 'latency' || q.kind === 'duration') && /\b(?:time ?outs?|deadlines?)\b/i.test(near) && operated) {
    return { ...NUMBERS.timeout(shown), category: 'reliability' as const, severity: 54 };
  }
  switch (q.kind) {
    case 'rate':
      // "fewer than 10 a day" is a threshold, not traffic; and only a running service has traffic to size.
      if (q.value < 1 || !operated) return undefined;
      return { ...NUMBERS.rate(shown, formatRate(q.value * 10)), category: 'scale' as const, severity: 66 };
    case 'latency': {
      if (!q.percentile || q.value < 1) return undefined;
      const figure = shown.replace(new RegExp(`^${q.percentile}\\s*`, 'i'), '');
      return { ...NUMBERS.percentile(shown, q.percentile, figure), category: 'scale' as const, severity: 64 };
    }
    case 'availability':
      // A success-rate target ("99.9% of upgrades succeed") is not uptime: no downtime budget for it.
      if (!/\b(?:availab\w*|uptime|downtime|nines|up\b)/i.test(sentence)) return { ...NUMBERS.target(shown), category: 'reliability' as const, severity: 56 };
      return { ...NUMBERS.availability(shown, downtimeBudget(q.value).month), category: 'reliability' as const, severity: 60 };
    case 'duration':
      if (q.role === 'rpo') return { ...NUMBERS.rpo(shown), category: 'reliability' as const, severity: 70 };
      if (q.role === 'rto') return { ...NUMBERS.rto(shown), category: 'reliability' as const, severity: 70 };
      return undefined;
    default:
      return undefined;
  }
}
