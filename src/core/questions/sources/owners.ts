import { phraseSource } from '../source.js';

/** "The owning team", "someone will": work the doc assigns without naming who. */
export default phraseSource({
  id: 'owner', category: 'dependency', severity: 66, max: 2,
  rules: [
    { kind: 'unnamed', re: /\b(?:the owning team|owning teams?|(?:some|another|a separate|the responsible|the relevant) team (?:will|would|should|must|needs to)|someone (?:will|needs to|should|must|has to)|owner:?\s*(?:TBD|TBA|unknown|none)|(?:is|are) (?:still )?(?:un-?owned|unassigned))\b/i },
  ],
});
