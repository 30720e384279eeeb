import { phraseSource } from '../source';

/** TBD, TODO, "still under development", "not the final name": things the doc has not settled. */
export default phraseSource({
  id: 'tbd', category: 'timeline', severity: 76, max: 3,
  rules: [
    { kind: 'tbd', re: /\b(?:TBD|TBC|TODO|to be (?:decided|determined|defined|confirmed)|not yet (?:decided|determined|known|defined|designed|named)|(?:still|currently) (?:under development|being (?:designed|discussed|worked out|defined))|not the final name|(?:yet )?to be (?:named|designed)|needs? to be (?:decided|agreed|worked out)|decision on this is not blocking)\b/i },
  ],
});
