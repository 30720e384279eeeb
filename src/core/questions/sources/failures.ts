import { phraseSource } from '../source';

/** Ways the doc says things can go wrong: a hard failure, lost or duplicated data, starvation, a catastrophic bug. */
export default phraseSource({
  id: 'failure', category: 'risk', severity: 74, max: 3,
  rules: [
    { kind: 'duplicates', re: /\bduplicate (?:data|messages?|records?|deliver(?:y|ies)|requests?)\b|\bduplicates? (?:on|at) the (?:server|backend|receiver)/i, boost: 2 },
    { kind: 'failure', re: /\b(?:(?:is|be|a) hard failure|catastrophic|(?:could|can|may|might|would) (?:cause|result in|lead to) (?:[\w-]+ ){0,4}?(?:outages?|failures?|data loss|loss|rejections?|rejected|starvation|overload|errors?|denial)|data loss|lose (?:data|telemetry|messages)|(?:nearly |could |can )?starv(?:e|es|ation)|deadlocks?|single point of failure|denial[- ]of[- ]service|(?:traffic|load|retry) (?:amplification|storms?)|blast radius)\b/i },
  ],
});
