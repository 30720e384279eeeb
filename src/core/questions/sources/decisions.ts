import { phraseSource } from '../source.js';

/** "We chose X rather than Y", "instead of Y, we use X": a decision with the alternative it names. */
export const DECISION = /\b(?:we (?:chose|choose|decided|opted|selected|picked|prefer) (?:to )?[^.]{3,80}?(?:instead of|rather than|over)\b|(?:instead of|rather than|in favou?r of) [^.]{3,60}?,? we (?:chose|choose|decided|use|will use|opted|prefer))/i;

/** A choice made against a named alternative, in the design itself (not in background, not among rejected options). */
export default phraseSource({
  id: 'decision', category: 'tradeoff', severity: 50, max: 1, roles: ['design', 'risks', 'rollout'],
  rules: [
    { kind: 'choice', re: DECISION },
  ],
});
