import { phraseSource } from '../source.js';

/** Temporary fixes and workarounds. */
export default phraseSource({
  id: 'stopgap', category: 'timeline', severity: 64, max: 2,
  rules: [
    { kind: 'remains', re: /\b(?:will|would) (?:continue|keep) (?:to (?:use|stream|rely on|run|support|speak|go through)|using|running|streaming)\b|\b(?:permanently |indefinitely )?maintain(?:ing)? (?:\w+ ){0,2}(?:backends|implementations|code ?paths|copies|forks|versions)\b/i },
    { kind: 'stopgap', re: /\b(?:for the time being|temporary (?:fix|solution|workaround|measure|hack|approach|mitigation)|short[- ]term (?:fix|solution|workaround)|stopgap|hacky)\b/i },
  ],
});
