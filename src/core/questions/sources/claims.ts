import { phraseSource } from '../source';

/** Beliefs, estimates and hedges stated as facts: "we believe", "should be fine", "educated estimates". */
export default phraseSource({
  id: 'claim', category: 'risk', severity: 72, max: 3,
  rules: [
    { kind: 'hedge', re: /\bshould (?:be )?(?:fine|enough|sufficient|ok(?:ay)?|rare|negligible|minimal|small|fast enough|straightforward|easy|trivial|acceptable|cheap)\b/i, boost: 2 },
    { kind: 'belief', re: /\b(?:we (?:believe|hope|expect|think|anticipate|estimate)|I (?:believe|think|expect|hope)|(?:educated|rough) (?:estimates?|guess(?:es)?)|(?:is|are) (?:just |only )?(?:an? )?(?:estimates?|guess(?:es)?)\b|(?:is|are) (?:believed|estimated|assumed) to|(?<!n't |not )seems? to (?!be possible)|(?:is|are) unlikely to|not (?:expected|likely) to|similar results are expected|has been (?:yet )?estimated)/i },
  ],
});
