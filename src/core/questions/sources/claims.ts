import { phraseSource } from '../source.js';

/** "I think we should…", "we believe Go should have…": a proposal's intent, not a claim to check. */
/** Conditionals and asides: "if we expect few results, this plan is faster", "not likely to be useful". */
const ASIDE = /\b(?:if|when|unless) (?:we|you|they|one) (?:expect|assume|believe|think)\b|\blikely to be useful\b|\b(?:we|they) (?:can|could) make\b|\bis important\b|\b(?:that|which) (?:we|I) (?:believe|think|expect)\b|\bwe (?:should|will|plan to|would) also\b|\blittle experience\b|\bseems? to be (?:roughly |broadly )?agreed\b|\bwhen we estimate\b|\bcurrent thinking\b|\bseems? to be converging\b|\bexpect that\b[^.]{0,60}\bmay\b/i;

/** The belief already names its evidence: "according to the benchmarks", "as the results show". */
const EVIDENCED = /\baccording to\b|\b(?:benchmarks?|measurements?|results|experiments?|tests?|suite) (?:show|shows|showed|demonstrate\w*|confirm\w*)\b|\bas (?:measured|shown|benchmarked)\b/i;
const believes = (s: { plain: string }) => s.plain.length >= 30 && !INTENT.test(s.plain) && !ASIDE.test(s.plain) && !EVIDENCED.test(s.plain);

const INTENT = /\b(?:believe|think|hope|expect)s?,? (?:that )?(?:we|Go|the \w+|it|this|they) (?:should|must|will want|want|need)\b|\b(?:we|I) (?:hope|expect) to\b/i;

/** Beliefs, estimates and hedges stated as facts: "we believe", "should be fine", "educated estimates". */
export default phraseSource({
  id: 'claim', category: 'risk', severity: 58, max: 3, roles: ['design', 'risks', 'rollout', 'open', 'testing', 'other'],
  rules: [
    { kind: 'hedge', re: /\bshould (?:be )?(?:fine|enough|sufficient|ok(?:ay)?|rare|negligible|minimal|small|fast enough|straightforward|easy|trivial|acceptable|cheap)\b/i, boost: -2 },
    { kind: 'unaffected', boost: 8, accept: (s) => s.plain.length >= 30 && !EVIDENCED.test(s.plain), re: /\b(?:(?:is|are) not (?:expected|likely) to be (?:affected|impacted)|expect (?:most |existing |all )?\w+ to be unaffected|should not (?:be )?(?:affect|impact)(?:ed)?|(?:no|little|low) (?:impact|effect) (?:is )?expected|given the low impact we expect)\b/i },
    // What the belief is about decides the question: that something can be done, that a cost is acceptable, that others will step up.
    { kind: 'volunteers', boost: 8, accept: (s) => believes(s), re: /\b(?:we|I) (?:hope|expect) (?:that )?(?:[\w-]+ ){1,12}?(?:will|would) (?:also )?(?:serve|act|run|adopt|help|contribute|volunteer|audit|double-check|step up|take (?:it )?over)\b/i },
    { kind: 'feasible', boost: 6, accept: (s) => believes(s), re: /\b(?:we (?:believe|think|expect)|I (?:believe|think)|(?:is|are) believed)\b[^.]{0,80}\b(?:(?:is|be|are) (?:possible|feasible|achievable|doable)|can be (?:had|done|achieved|built|implemented|reused))\b/i },
    { kind: 'acceptable', boost: 4, accept: (s) => believes(s), re: /\b(?:we (?:believe|think|expect)|I (?:believe|think))\b[^.]{0,80}\b(?:(?:will|would|should|is|be) (?:be )?(?:acceptable|tolerable|fine|not a (?:problem|concern)))/i },
    // Generic beliefs rated worst of all kinds in blind reviews: they fill a short list, they do not lead one.
    { kind: 'belief', boost: -6, accept: (s) => believes(s) && (!/\b(?:is|are) (?:just |only )?(?:an? )?(?:estimates?|guess(?:es)?)\b/i.test(s.plain) || /\d|\bSLO|\bnumbers?\b|\btargets?\b/.test(s.plain)), re: /\b(?:we (?:believe|hope|expect|think|anticipate)|we estimate (?=that|about|around|roughly|~|\d)|I (?:believe|think|expect|hope)|(?:educated|rough) (?:estimates?|guess(?:es)?)|(?:is|are) (?:just |only )?(?:an? )?(?:estimates?|guess(?:es)?)\b|(?:is|are) (?:believed|estimated|assumed) to|(?<!n't |not )seems? to (?!be (?:possible|important|necessary|reasonable|the (?:best|right|ideal|most|perfect|optimal))|support|make sense)|(?:is|are) unlikely to|not (?:expected|likely) to|similar results are expected|has been (?:yet )?estimated)/i },
  ],
});
