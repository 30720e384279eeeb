import { phraseSource } from '../source';

/** What the doc makes optional or only recommends: what is the default, and who skips it? */
export default phraseSource({
  id: 'optional', category: 'reliability', severity: 64, max: 2,
  rules: [
    { kind: 'optional', re: /\b(?:(?:is|are|be) (?:optional|only recommended|(?:strongly |highly )recommended)|optionally (?:wait|retry|send|use|enable|verify|check|sign|encrypt|authenticate)\w*)\b/i },
  ],
});
