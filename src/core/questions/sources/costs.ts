import { phraseSource } from '../source.js';

/** Costs the doc admits: slower, more memory, an extra round trip, load moved elsewhere. */
export default phraseSource({
  id: 'cost', category: 'scale', severity: 72, max: 2,
  rules: [
    { kind: 'slower', re: /\b(?:(?:\d+(?:\.\d+)?x|\d+(?:\.\d+)? to \d+(?:\.\d+)? times|~?\d+(?:\.\d+)? ?%) (?:slower|more (?:memory|CPU|expensive|storage|bandwidth|latency))|(?:will|would|could|may) slow (?:down )?|slows? down\b|adds? (?:an? )?(?:extra |additional )?(?:latency|overhead|round[- ]trip)|(?:extra|additional) (?:round[- ]trips?|request\/response|latency|overhead|CPU|memory)|non-negligible (?:latency|overhead|cost)|more (?:memory|CPU) than|(?:shifts?|moves?) (?:the )?(?:\w+ )?(?:load|cost|burden) (?:to|onto) |increased burden|(?:sending|send|sends) (?:up to \w+ )?multiple copies|two request\/response trips)/i, accept: (s) => !/\b(?:not|never|no longer|won't) slows?\b|\battack\w*|\b(?:not much|no|without|little|minimal|negligible|less|lower|reduces?|reduced|avoids?)\b(?:\s+\w+){0,2}\s+(?:overhead|latency|slower|cost|memory|CPU|round[- ]trips?)\b/i.test(s.plain) },
  ],
});
