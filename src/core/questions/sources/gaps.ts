import { phraseSource } from '../source.js';

/** What the doc admits it lacks: untested parts, missing tests or metrics, known hazards and races. */
export default phraseSource({
  id: 'gap', category: 'risk', severity: 80, max: 6,
  rules: [
    { kind: 'untested', re: /\b(?:(?:is|are|has|have|was|were) not (?:yet )?(?:been )?(?:tested|measured|benchmarked|validated|verified|load[- ]tested)|not yet (?:tested|measured|benchmarked|validated)|never (?:got|had|ran|did|made)\b[^.]{0,30}\b(?:measurements?|numbers|benchmarks?|comparisons?|tests?)|(?:do|does|did) not (?:currently |yet )?have (?:any )?(?:an? )?(?:apples-to-apples |integration |e2e |automated |performance )?(?:comparisons?|tests|benchmarks|numbers|data|measurements))\b/i },
    { kind: 'missing', re: /\b(?:(?:there (?:is|are)|we have) no (?:plan|numbers|data|metrics|tests?|SLOs?|owner|analysis|benchmarks?)\b(?! (?:types?|structures?|models?|formats?|paths?)\b)|(?:we|users|operators|clients|admins|administrators|customers) (?:have|has) no way|there is no way for (?:users|operators|clients|admins|administrators|customers|us)|no (?:such )?analysis has|(?:do|does) not (?:provide|offer|have) (?:a|any) (?:mechanism|way|means)|no (?:SLOs?|SLIs?|metrics|alerts|tests) (?:are|is|have been|were) (?:proposed|defined|planned|available)|(?:does|do) not have (?:any )?(?:integration|e2e|unit) tests|is not (?:actually )?true today|we (?:only )?recently realized|(?:do|does|did) not (?:show|prove|demonstrate) that|no coordination (?:between|with|across)|(?:is|was|were) (?:judged |deemed |considered )?not applicable|Mitigations?:\s*None|metrics (?:are|is) (?:still )?(?:missing|needed|not (?:yet )?(?:available|implemented))|(?:the following )?metrics are needed|known (?:issues?|limitations?|bugs?|gaps?)\b)/i, accept: (s) => !/\b(?:are|were|is|was|been|all) (?:now )?(?:fixed|resolved|addressed|closed)\b/i.test(s.plain) },
    { kind: 'unsafe', re: /\b(?:(?:is|are) not (?:safe|thread[- ]safe) for|not safe for concurrent use|not thread[- ]safe|(?:is|are) vulnerable to|open to abuse|can be abused)\b/i },
    { kind: 'race', re: /\b(?:is racey|is racy|racey\b|(?:there is|there's|we have|has|leaves?|introduces?) (?:a|an|some) (?:small |potential |known |benign )?race\b|race (?:condition|window) (?:exists|remains|is possible|can occur|may occur))/i },
  ],
});
