import { phraseSource } from '../source.js';

/** A failure the design removes ("eliminating deadlock scenarios", "prevents data loss") is not a risk it carries. */
const PREVENTED = /\b(?:prevent\w*|avoid\w*|eliminat\w*|without|no|never|not|protects? against|reduc\w*)\b(?:\s+\S+){0,3}\s+(?:deadlocks?|data loss|starv\w*|failures?|outages?|loss|catastroph\w*)/i;

/** A goal or a scope line about the failure ("aims to ensure that no data is lost", "will not attempt to protect against DoS"), not a risk the plan carries. */
const NOT_A_RISK = /\b(?:ensur\w+|guarantee\w*) (?:that )?no\b|\bno (?:data|messages?|telemetry) (?:is|are|will be|gets?) (?:lost|dropped)\b|\b(?:will|does|do) not (?:attempt to |try to )?(?:protect|defend|guard)\b|\bout of scope\b/i;
const notPrevented = (s: { plain: string }) => !PREVENTED.test(s.plain) && !NOT_A_RISK.test(s.plain);

/** Ways the doc says things can go wrong: a hard failure, lost or duplicated data, starvation, a catastrophic bug. */
export default phraseSource({
  id: 'failure', category: 'risk', severity: 62, max: 3,
  rules: [
    { kind: 'duplicates', re: /\bduplicate (?:data|messages?|records?|deliver(?:y|ies)|requests?)\b|\bduplicates? (?:on|at) the (?:server|backend|receiver)/i, boost: 14 },
    // What kind of failure decides what a TPM asks: a bad config, an attack, starvation, a bad bug, a leak, lost data.
    { kind: 'misconfig', accept: notPrevented, re: /\bmisconfigur\w+\b[^.]{0,80}\b(?:could|can|may|might|would|will)\b|\b(?:could|can|may|might|would) (?:be )?(?:caused by|result from) (?:a )?misconfigur\w+/i, boost: 6 },
    { kind: 'attack', accept: notPrevented, re: /\b(?:can|could|may|might) be (?:attacked|exploited)\b|\bdenial[- ]of[- ]service\b|\b(?:traffic|load|retry) amplification\b|\b(?:traffic|retry) storms?\b/i, boost: 6 },
    { kind: 'starvation', accept: notPrevented, re: /\b(?:(?:nearly |could |can |may |might |would )?starv(?:e|es|ed|ing|ation))\b/i, boost: 4 },
    { kind: 'bug', accept: notPrevented, re: /\bbugs?\b[^.]{0,120}\b(?:catastrophic|(?:could|can|may|might|would) (?:cause|result in|lead to) (?:[\w-]+ ){0,4}?(?:outages?|failures?|data loss|loss|errors?))|\b(?:catastrophic|(?:could|can|may|might|would) (?:cause|result in|lead to) (?:[\w-]+ ){0,4}?(?:outages?|failures?))\b[^.]{0,80}\bbugs?\b/i, boost: 4 },
    { kind: 'leak', accept: notPrevented, re: /\b(?:could|may|might|would|can) (?:leak|expose|reveal|send the text of) (?:the |a |an )?(?:private|secret|sensitive|credentials?|personal|user|customer|internal)\b/i, boost: 6 },
    { kind: 'loss', accept: notPrevented, re: /\bdata loss\b|\blose (?:data|telemetry|messages|events|spans|writes)\b|\b(?:data|telemetry|messages|events|writes) (?:is|are|will be|may be|can be|could be) lost\b/i, boost: 4 },
    { kind: 'hard', accept: notPrevented, re: /\b(?:is|be|a) hard failure\b/i, boost: 2 },
    { kind: 'cutoff', accept: notPrevented, re: /\bexceed(?:s|ing)? the (?:termination |grace |deadline|time|memory|limit)\w*/i },
    // The generic follow-up (how likely, how many, what limits it) rated worst in blind reviews: it only fills a short list.
    { kind: 'failure', boost: -12, accept: notPrevented, re: /\b(?:(?:is|be|a) hard failure|catastrophic|(?:could|can|may|might|would) (?:cause|result in|lead to) (?:[\w-]+ ){0,4}?(?:outages?|failures?|data loss|loss|rejections?|rejected|starvation|overload|errors?|denial)|data loss|lose (?:data|telemetry|messages)|(?:nearly |could |can )?starv(?:e|es|ation)|deadlocks?|single point of failure|denial[- ]of[- ]service|(?:traffic|load|retry) (?:amplification|storms?)|blast radius|(?:could|may|might|would) (?:leak|expose|reveal|send the text of) (?:the |a |an )?(?:private|secret|sensitive|credentials?|personal|user|customer|internal)|exceed(?:s|ing)? the (?:termination |grace |deadline|time|memory|limit)\w*)\b/i },
  ],
});
