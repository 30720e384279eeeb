import { SECTION_KINDS, missingSections, type SectionKind } from '../../structure';
import { OPERATED } from '../genre';
import type { Source } from '../source';
import { MISSING } from '../wording';

/** Sections every design doc is expected to have, whatever its genre. */
const ALWAYS: readonly SectionKind[] = ['context', 'goals', 'non-goals', 'alternatives', 'risks', 'open-questions'];
/** Sections expected of docs about something a team runs. */
const RUNNING: readonly SectionKind[] = ['rollout', 'testing', 'security', 'reliability', 'scalability', 'dependencies', 'timeline'];

/**
 * The standard sections the doc lacks, folded into one Doc Health item ranked below every
 * question about the doc's own content, with one short question per missing section.
 */
const source: Source = {
  id: 'missing-section',
  max: 1,
  find(ctx) {
    const expected = new Set<SectionKind>([...ALWAYS, ...(OPERATED.has(ctx.genre.genre) ? RUNNING : ['testing' as const])]);
    const missing = missingSections(ctx.input.headings).filter((k) => expected.has(k));
    if (missing.length === 0) return [];
    const labels = missing.map((k) => SECTION_KINDS[k].label.toLowerCase());
    return [{
      id: 'missing:sections', source: 'missing-section', category: 'clarifying', specific: false,
      headline: MISSING.headline(labels), text: MISSING.text(labels), why: MISSING.why,
      details: missing.map((k) => MISSING.section[k]).filter(Boolean),
      locations: ctx.title ? [{ offset: ctx.title.offset, length: 0 }] : [], severity: 10,
    }];
  },
};
export default source;
