import { phraseSource } from '../source.js';

/** Optional behaviour that protects something (auth, encryption, waiting for acknowledgements), not an optional field. */
const BEHAVIOUR = /\b(?:auth\w*|encrypt\w*|TLS|mTLS|sign(?:ed|ing|ature)s?|verif\w*|validat\w*|acknowledg\w*|wait\w*|retr(?:y|ies)|backups?|monitor\w*|review\w*|migrat\w*|rollback|audit\w*)\b/i;

/** What the doc makes optional or only recommends: what is the default, and who skips it? */
export default phraseSource({
  id: 'optional', category: 'reliability', severity: 54, max: 2,
  rules: [
    { kind: 'optional', accept: (s) => BEHAVIOUR.test(s.plain), re: /\b(?:(?:is|are|be) (?:optional|only recommended|(?:strongly |highly )recommended)|optionally (?:wait|retry|send|use|enable|verify|check|sign|encrypt|authenticate)\w*)\b/i },
  ],
});
