import type { Sentence } from '../context.js';
import { phraseSource } from '../source.js';

const ASKED = /^[\s>*_-]*(?:\d+[.)]\s*)?(?:\*\*[^*]{0,40}\*\*:?\s*)?(?:[^?,]{3,80},\s*)?(?:should|shall|do|does|can|could|would|will|is|are|how|what|which|when|who|whether)\b[^?]{15,260}\?\s*$/i;
const asksItself = (s: Sentence) => s.asks && (s.role === 'open' || /\b(?:we|us|our|this|the (?:new|proposed))\b/i.test(s.plain)) && !/^\s*(?:why|what is|what are)\b/i.test(s.plain);

/** The doc's own unanswered questions ("Should this be a deque instead?") and the points it calls open. */
export default phraseSource({
  id: 'open-question', category: 'clarifying', severity: 80, questions: true, rejected: true, max: 6, quote: 140,
  // Not in rollout or test sections: a readiness questionnaire's prompts ("How can this feature be disabled?") are a template, not the doc's questions.
  roles: ['design', 'open', 'risks', 'other', 'alternatives'],
  rules: [
    {
      // A library or protocol fixes its answer at release: whether it can still change is the question.
      kind: 'api',
      re: ASKED,
      accept: (s, _m, ctx) => (ctx.genre.genre === 'library' || ctx.genre.genre === 'protocol') && asksItself(s),
    },
    {
      kind: 'asked',
      re: ASKED,
      // A sentence that asks, in a section of open points or with "we" deciding: not a rhetorical "Why do we need this?".
      accept: asksItself,
    },
    { kind: 'open', re: /\b(?:(?:is|remains?|are) (?:still )?(?:an )?open (?:question|issue)s?|(?:an|the) open question (?:is|remains)|(?:is|are|remains?) (?:still )?unresolved\b|(?:has|have) not (?:yet )?been (?:decided|resolved|agreed))/i },
  ],
});
