import { phraseSource } from '../source.js';

/** Things customers or users must do, or will notice: how are they told? */
export default phraseSource({
  id: 'customer', category: 'clarifying', severity: 64, max: 1, genres: ['service', 'migration', 'tool'],
  rules: [
    { kind: 'customers', re: /\b(?:customers?|end users?|users) (?:will (?:need|have) to|must (?:now )?(?:update|change|migrate|re-?configure|opt|move|upgrade)|need to (?:update|change|migrate|re-?configure|upgrade)|have to (?:update|change|migrate|re-?configure|upgrade)|will (?:lose|no longer|notice|see (?:an? )?(?:error|outage|downtime)))\b/i },
  ],
});
