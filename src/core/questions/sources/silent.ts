import { phraseSource } from '../source.js';

/** Behaviour nobody is told about: "silently", "will be ignored", "without a validation error". */
/** What is ignored or dropped must be something a user configured or sent, not a comment in an example. */
const CONFIGURED = /\b(?:fields?|settings?|options?|config\w*|flags?|parameters?|annotations?|headers?|polic(?:y|ies)|labels?|algorithms?|attempts?)\b/i;

export default phraseSource({
  id: 'silent', category: 'reliability', severity: 80, max: 3,
  rules: [
    { kind: 'silent', re: /\b(?:silently|strip (?:it|them|the \w+) out|will strip\b|(?:will|would|is|are|be|get|gets) (?:simply |quietly )?(?:ignored|dropped|discarded|swallowed)|(?:treated|interpreted) as (?:disabled|unset|absent|if)|without (?:an?|any) (?:error|warning|notice|notification|log)|(?:not (?:be )?|without being )considered (?:a|an) (?:validation )?error|(?:would|will) (?:silently )?have no effect|fails? open|no (?:error|warning) (?:is|will be) (?:returned|raised|logged|shown))\b/i, accept: (s, m) => (/silently|error|effect|open/i.test(m[0]) || CONFIGURED.test(s.plain.slice(0, Math.max(0, s.plain.indexOf(m[0].trim().split(' ').pop() ?? '')) + 1))) && !/\b(?:can|may|could|should) (?:safely )?be (?:ignored|dropped)|ignored by (?:the )?users?\b|\b(?:instead of|rather than|than|without|avoid|prevent\w*) silently|\b(?:attack\w*|compromis\w*|malicious)\b|\b(?:do not|don't|does not) (?:understand|recogni[sz]e|know)|unknown (?:fields?|keys?|values?)|\b(?:in this context|by design|intentionally|as intended)\b|\b(?:is|are) set to\b|\bis (?:0|zero|unset|empty|null)\b/i.test(s.plain) },
  ],
});
