import { phraseSource } from '../source.js';

/** Feature gates, flags and defaults: when does it go on for everyone, and when does the gate go away? */
export default phraseSource({
  id: 'gate', category: 'operations', severity: 68, max: 1,
  rules: [
    { kind: 'removal', re: /\b(?:(?:will be|is) removed once|proven stable|once (?:it|the feature|this) (?:is|has) (?:been )?(?:proven|stable|mature)|until (?:it|the feature) (?:is|has) (?:proven|stable))\b/i, boost: 4 },
    { kind: 'default', boost: -8, re: /\b(?:(?:enabled|turned on|on) by default|default[- ]on|(?:enable|turn on|switch) (?:it |this )?by default|(?:becomes?|become|will be) the default)\b/i, accept: (s) => !/\bdisabled by default\b/i.test(s.plain) && /\b(?:feature|gate|flag|version|release|v?\d+\.\d+|GA|beta|alpha|stable|opt[- ]?(?:in|out)|rollout)\b/i.test(s.plain) && !/\b(?:given that|since|because)\b[^.]{0,40}\bby default\b/i.test(s.plain) },
  ],
});
