import type { Sentence } from '../context.js';
import { phraseSource } from '../source.js';

const TBD = /\b(?:TBD|TBC|TODO|to be (?:decided|determined|defined|confirmed)|not yet (?:decided|determined|known|defined|designed|named)|(?:still|currently) (?:under development|being (?:designed|discussed|worked out|defined))|(?:yet )?to be (?:named|designed)|needs? to be (?:decided|agreed|worked out)|decision on this is not blocking)\b/i;

/** Open points in a section about future work are the doc's roadmap, not blockers. */
const notFuture = (s: Sentence) => !/\bfuture\b|\bnext steps\b|\blater\b/i.test(s.section?.text ?? '');

/** TBD, TODO, "still under development", "it is not yet clear what": things the doc has not settled. */
export default phraseSource({
  id: 'tbd', category: 'timeline', severity: 76, max: 3,
  rules: [
    { kind: 'shipped', accept: (s, _m, ctx) => ctx.shipped && notFuture(s), re: TBD },
    { kind: 'tbd', accept: notFuture, re: TBD },
    // "It is not yet clear what the minimum kernel will be" opens a sentence; "because it is not clear…" is a reason, not an open point.
    { kind: 'tbd', accept: notFuture, re: /^[\s>*_+-]*(?:\d+[.)]\s*)?(?:(?:It is|It's) (?:not (?:yet )?clear|unclear)|(?:We|I) do(?: not|n't) (?:yet )?know) (?:what|whether|how|if|which|when|who)\b/i },
  ],
});
