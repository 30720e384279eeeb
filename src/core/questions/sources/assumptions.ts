import { phraseSource } from '../source.js';

/** What the design assumes out loud. */
export default phraseSource({
  id: 'assumption', category: 'risk', severity: 72, max: 2,
  rules: [
    // An assumption the next lines admit is false today is a gap (asked by the gap source), not a bet.
    { kind: 'assume', accept: (s, _m, ctx) => !/\bnot (?:actually |really )?true\b|\bis not the case\b|\bdoes not (?:actually )?hold\b/i.test(ctx.text.slice(s.end, s.end + 300)), re: /\b(?:we (?:are )?assum(?:e|ing)|(?:the design|the proposal|the plan|this (?:design|proposal|plan|KEP|approach)) assumes|(?:the|our|key) assumptions? (?:is|are|here))\b/i },
  ],
});
