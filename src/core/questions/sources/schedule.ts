import { phraseSource } from '../source.js';

/** A date or release the doc promises: is it still on track, and what does it hang on? */
export default phraseSource({
  id: 'schedule', category: 'timeline', severity: 58, max: 2, roles: ['design', 'rollout', 'goals', 'other', 'background', 'risks'],
  rules: [
    { kind: 'dated', re: /\b(?:will|should|is (?:planned|expected|scheduled) to|are (?:planned|expected|scheduled) to|we (?:intend|plan|aim) to) (?:be )?(?:implemented|available|released|shipped|ship|delivered|done|completed|ready|enabled|launched|land|landed|GA|promoted|graduate|turned on)\b[^.;]{0,60}?\b(?:in|by|before|for|during) (?:(?:the )?(?:first|second|third|fourth|last) (?:quarter|half)|Q[1-4]|H[12]|(?:early|mid|late)[- ]20\d\d|20\d\d|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*|v?\d+\.\d+|(?:Go|Kubernetes|k8s|release|version|milestone) ?v?\d)/i },
  ],
});
