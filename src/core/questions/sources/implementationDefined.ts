import { phraseSource } from '../source.js';

/** Behaviour the doc leaves to each implementation or leaves undefined. */
export default phraseSource({
  id: 'implementation-defined', category: 'clarifying', severity: 56, max: 2,
  rules: [
    { kind: 'impl', re: /\b(?:implementation[- ](?:defined|dependent|dependant|specific)|(?:up|left) to (?:the|each|individual) (?:implementations?|implementers?|implementors?|vendors?|languages?)|(?:is|are|remains?) (?:left )?(?:unspecified|undefined)|undefined behaviou?r|not (?:specified|defined) (?:by|in) (?:this|the) (?:spec(?:ification)?|proposal|document|RFC)|at the discretion of)\b/i },
  ],
});
