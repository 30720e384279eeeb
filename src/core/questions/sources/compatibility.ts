import { phraseSource } from '../source.js';

const BREAKS = /\b(?:breaking changes?|(?:backwards?[- ])?incompatib(?:le|ility)|will (?:stop|no longer) (?:work|be (?:usable|supported|able))|stop being usable|(?:will|would|could|may|might) break\b(?!\s+\w+(?:\s+\w+)?\s+(?:out|down|up|into|apart)\b)|breaks existing|unexpectedly (?:allow|deny|break)|(?:will|would) start (?:denying|rejecting|failing)|some (?:users|customers|clusters|people|platforms|distributions|operators) (?:will|may|might|would) (?:not be able|be unable) to)/i;
const notDenied = (s: { plain: string }) => !/\b(?:zero|no|without|avoid\w*|not a) breaking changes?\b|\bexample\b/i.test(s.plain);

/** Breaking changes, skew, downgrade, rollback, deprecation and steps that cannot be undone. */
export default phraseSource({
  id: 'compatibility', category: 'risk', severity: 78, max: 3,
  rules: [
    { kind: 'oneWay', re: /\b(?:cannot be (?:undone|reverted|rolled back|reversed)|irreversibl[ey]|one[- ]way (?:door|migration|change|operation)|no way (?:back|to (?:undo|revert|roll back)))\b/i, boost: 4 },
    { kind: 'breaksShipped', accept: (s, _m, ctx) => ctx.shipped && notDenied(s), re: BREAKS, boost: 2 },
    { kind: 'breaks', accept: notDenied, re: BREAKS, boost: 2 },
    { kind: 'skew', re: /\b(?:must be upgraded (?:before|first)|(?:all|every) (?:cluster )?nodes?(?:,[^.]*)? must be upgraded|(?:version skew|mixed[- ]version)[^.]{0,80}\b(?:not supported|must|will fail|breaks?|cannot|unsafe)|(?:not supported|must not|cannot)[^.]{0,60}\b(?:version skew|mixed[- ]version))/i },
    { kind: 'downgrade', accept: (s) => !/\bdowngrade attacks?\b/i.test(s.plain), re: /\b(?:downgrad(?:e|es|ed|ing)|roll(?:ing|ed)?[- ]?back)\b[^.]{0,60}\b(?:requires?|must|cannot|can't|not (?:be )?(?:supported|possible|safe)|will (?:fail|break|lose)|drain\w*|delet\w+|recreat\w+|lost|data loss)|\b(?:cannot|can't|not possible to|no way to) (?:be )?(?:downgrad\w+|roll(?:ed)? back)/i },
    { kind: 'replaced', re: /\b(?:(?:is|are) (?:now )?(?:obsolete|superseded)|(?:has been|was|is being) replaced by)\b/i },
    // A removal still to come puts a date on the plan; a deprecation years ago is background.
    { kind: 'removal', boost: -4, re: /\b(?:(?:is|are|will be|being) deprecated (?:in|and|as of)\b|(?:is|are|will be) (?:removed|dropped) in (?:v?\d|Go \d|Kubernetes \d|RHEL|release|version|the (?:next|upcoming))|(?:is|are) (?:likely|going|scheduled|planned|expected) to be (?:removed|dropped)|will be (?:removed|dropped) (?:entirely|completely)\b|(?:reaches|reached|at) end of life\b)/i, alsoIn: ['background'], accept: (s) => !/\b(?:this (?:field|flag|gate|env(?:ironment)? var\w*)|the (?:feature )?gate|environment variable)\b/i.test(s.plain) },
  ],
});
