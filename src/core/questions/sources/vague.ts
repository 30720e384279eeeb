import { phraseSource } from '../source.js';

/**
 * Acceptance words without a number: "not noticeably slower", "reasonable", "a small number".
 * Only where the doc sets a criterion (goals, tests, graduation, risks), not in its narrative.
 */
export default phraseSource({
  id: 'vague', category: 'clarifying', severity: 68, max: 2, roles: ['goals', 'testing', 'rollout', 'risks', 'design'],
  rules: [
    {
      kind: 'criterion',
      re: /\b(?:(?:not )?(?:noticeably|significantly|meaningfully|substantially) (?:slower|faster|worse|better|higher|lower|more|less)|reasonabl[ey] (?:fast|quick|small|low|high|performance|latency|amount)|(?:good|fast|small|low) enough|(?:a )?small number of|in a timely (?:manner|fashion)|acceptable (?:performance|latency|overhead|level|impact|cost))\b/i,
      // A criterion ("ensure it is not noticeably slower"), not a reported result ("significantly faster than every other queue").
      accept: (s) => /\b(?:ensure|must|criteria|criterion|target|goal|acceptance|graduat\w*|verify)\b/i.test(s.plain),
    },
  ],
});
