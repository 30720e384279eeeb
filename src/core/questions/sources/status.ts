import { hash, norm } from '../source.js';
import type { Source } from '../source.js';
import type { Candidate } from '../types.js';
import { STATUS } from '../wording.js';

const STATUS_LINE = /^[ \t]*(?:[-*][ \t]+)?(?:\*\*)?status(?:\*\*)?[ \t]*:[ \t]*(?:\*\*)?[ \t]*["']?(draft|provisional|proposed|proposal|wip|work in progress|in progress|ongoing|under review|pending|in review)\b/im;
const SHIPPED = /\b(?:(?:has been|was|were) (?:implemented|shipped|released|launched|rolled out) in\b|(?:implemented|shipped|released|landed) in (?:v?\d|Go \d|Kubernetes \d|release)|graduated to (?:GA|stable|beta)|is now (?:GA|generally available|stable|enabled by default))/i;
const PHASE = /\b(?:phase|stage|milestone|iteration|step) (?:[1-9]|one|two|three|four|I{1,3}|IV)\b/gi;
const DATED = /\b(?:(?:19|20)\d\d|Q[1-4]|H[12]|v?\d+\.\d+|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.? \d|quarter|FY\d\d|sprint|weeks?|months?|release \d)/i;

/** A status line the content contradicts, and a plan in phases without a single date. */
const source: Source = {
  id: 'status',
  max: 2,
  find(ctx) {
    const out: Candidate[] = [];
    const head = ctx.text.slice(0, 4000);
    const status = STATUS_LINE.exec(head);
    if (status) {
      const shipped = ctx.sentences.find((s) => !s.heading && s.role !== 'alternatives' && SHIPPED.test(s.plain));
      if (shipped) {
        const m = SHIPPED.exec(ctx.text.slice(shipped.start, shipped.end));
        const at = shipped.start + (m?.index ?? 0);
        const say = STATUS.stale(status[1], ctx.quote(at, m?.[0].length ?? 0, 90));
        out.push({ id: `status:stale:${hash(norm(shipped.plain))}`, source: 'status', category: 'timeline', ...say, locations: [{ offset: status.index, length: status[0].length }, { offset: at, length: m?.[0].length ?? 0 }], severity: 66, specific: true, sentence: shipped.start });
      }
    }
    // Phases named in the design or plan, none with a date, version or quarter anywhere near.
    const phases = ctx.sentences.filter((s) => s.role !== 'alternatives' && s.role !== 'reference' && s.role !== 'background' && (PHASE.lastIndex = 0, PHASE.test(s.plain)));
    const named = new Set(phases.map((s) => (s.plain.match(PHASE) ?? [])[0]?.toLowerCase()));
    if (named.size >= 2 && !phases.some((s) => DATED.test(ctx.text.slice(s.start, Math.min(ctx.text.length, s.end + 300))))) {
      const first = phases[0];
      PHASE.lastIndex = 0;
      const m = PHASE.exec(ctx.text.slice(first.start, first.end));
      const at = first.start + (m?.index ?? 0);
      const say = STATUS.undated(ctx.quote(at, m?.[0].length ?? 0, 70));
      out.push({ id: 'status:undated', source: 'status', category: 'timeline', ...say, locations: phases.slice(0, 4).map((s) => ({ offset: s.start, length: 0 })), severity: 62, specific: true, sentence: first.start });
    }
    return out;
  },
};
export default source;
