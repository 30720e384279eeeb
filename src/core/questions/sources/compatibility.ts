import { phraseSource } from '../source';

/** Breaking changes, skew, downgrade, rollback, deprecation and steps that cannot be undone. */
export default phraseSource({
  id: 'compatibility', category: 'risk', severity: 78, max: 3,
  rules: [
    { kind: 'oneWay', re: /\b(?:cannot be (?:undone|reverted|rolled back|reversed)|irreversibl[ey]|one[- ]way (?:door|migration|change|operation)|no way (?:back|to (?:undo|revert|roll back)))\b/i, boost: 4 },
    { kind: 'breaks', accept: (s) => !/\b(?:zero|no|without|avoid\w*|not a) breaking changes?\b|\bexample\b/i.test(s.plain), re: /\b(?:breaking changes?|(?:backwards?[- ])?incompatib(?:le|ility)|will (?:stop|no longer) (?:work|be (?:usable|supported|able))|stop being usable|(?:will|would|could|may|might) break\b(?!\s+\w+(?:\s+\w+)?\s+(?:out|down|up|into|apart)\b)|breaks existing|unexpectedly (?:allow|deny|break)|(?:will|would) start (?:denying|rejecting|failing))/i, boost: 2 },
    { kind: 'skew', re: /\b(?:must be upgraded (?:before|first)|(?:all|every) (?:cluster )?nodes?(?:,[^.]*)? must be upgraded|(?:version skew|mixed[- ]version)[^.]{0,80}\b(?:not supported|must|will fail|breaks?|cannot|unsafe)|(?:not supported|must not|cannot)[^.]{0,60}\b(?:version skew|mixed[- ]version))/i },
    { kind: 'downgrade', accept: (s) => !/\bdowngrade attacks?\b/i.test(s.plain), re: /\b(?:downgrad(?:e|es|ed|ing)|roll(?:ing|ed)?[- ]?back)\b[^.]{0,60}\b(?:requires?|must|cannot|can't|not (?:be )?(?:supported|possible|safe)|will (?:fail|break|lose)|drain\w*|delet\w+|recreat\w+|lost|data loss)|\b(?:cannot|can't|not possible to|no way to) (?:be )?(?:downgrad\w+|roll(?:ed)? back)/i },
    { kind: 'replaced', re: /\b(?:(?:is|are) (?:now )?(?:obsolete|superseded)|(?:has been|was|is being) replaced by)\b/i },
    { kind: 'removal', boost: -14, re: /\b(?:(?:is|are|was|were|will be|being|been) deprecated|(?:is|are|will be) (?:removed|dropped) in (?:v?\d|Go \d|Kubernetes \d|RHEL|release|version|the (?:next|upcoming))|(?:is|are) likely to be removed|end of life\b)/i, alsoIn: ['background'], accept: (s) => !/\b(?:this (?:field|flag|gate|env(?:ironment)? var\w*)|the (?:feature )?gate|environment variable)\b/i.test(s.plain) },
  ],
});
