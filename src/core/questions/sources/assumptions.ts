import { phraseSource } from '../source';

/** What the design assumes out loud. */
export default phraseSource({
  id: 'assumption', category: 'risk', severity: 72, max: 2,
  rules: [
    { kind: 'assume', re: /\b(?:we (?:are )?assum(?:e|ing)|(?:this|the design|the proposal|the plan|it) assumes|(?:the|our|key) assumptions? (?:is|are|here))\b/i },
  ],
});
