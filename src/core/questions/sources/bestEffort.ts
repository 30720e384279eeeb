import { phraseSource } from '../source.js';

/** Best-effort guarantees: what is lost when they fail. */
export default phraseSource({
  id: 'best-effort', category: 'reliability', severity: 54, max: 1,
  rules: [{ kind: 'best', re: /\bbest[- ]effort\b/i }],
});
