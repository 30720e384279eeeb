import { phraseSource } from '../source';

/** A failure the design removes ("eliminating deadlock scenarios", "prevents data loss") is not a risk it carries. */
const PREVENTED = /\b(?:prevent\w*|avoid\w*|eliminat\w*|without|no|never|not|protects? against|reduc\w*)\b(?:\s+\S+){0,3}\s+(?:deadlocks?|data loss|starv\w*|failures?|outages?|loss|catastroph\w*)/i;

/** Ways the doc says things can go wrong: a hard failure, lost or duplicated data, starvation, a catastrophic bug. */
export default phraseSource({
  id: 'failure', category: 'risk', severity: 62, max: 3,
  rules: [
    { kind: 'duplicates', re: /\bduplicate (?:data|messages?|records?|deliver(?:y|ies)|requests?)\b|\bduplicates? (?:on|at) the (?:server|backend|receiver)/i, boost: 14 },
    { kind: 'failure', accept: (s) => !PREVENTED.test(s.plain), re: /\b(?:(?:is|be|a) hard failure|catastrophic|(?:could|can|may|might|would) (?:cause|result in|lead to) (?:[\w-]+ ){0,4}?(?:outages?|failures?|data loss|loss|rejections?|rejected|starvation|overload|errors?|denial)|data loss|lose (?:data|telemetry|messages)|(?:nearly |could |can )?starv(?:e|es|ation)|deadlocks?|single point of failure|denial[- ]of[- ]service|(?:traffic|load|retry) (?:amplification|storms?)|blast radius|(?:could|may|might|would) (?:leak|expose|reveal|send the text of) (?:the |a |an )?(?:private|secret|sensitive|credentials?|personal|user|customer|internal)|exceed(?:s|ing)? the (?:termination |grace |deadline|time|memory|limit)\w*)\b/i },
  ],
});
