import { phraseSource } from '../source.js';

/** Performance numbers from one machine, one OS or one version. */
export default phraseSource({
  id: 'benchmark', category: 'scale', severity: 78, max: 1, roles: ['design', 'risks', 'rollout', 'testing', 'other', 'goals', 'background', 'reference'],
  rules: [
    { kind: 'setup', re: /\b(?:(?:was|were) (?:run|ran|measured|executed|performed) (?:on|using)|(?:running|run) on (?:on )?(?:a|my|one|an) (?:system|machine|laptop|workstation|desktop|VM|MacBook)|i[3579][- ]\d{4}\w*|darwin\/(?:amd64|arm64)|\d+ ?GB (?:of )?RAM|on (?:a|my) (?:laptop|MacBook|workstation))/i },
  ],
});
