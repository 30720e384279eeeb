import { phraseSource } from '../source.js';

const LATER = /\b(?:(?:is|are|will be|has been|have been) (?:deferred|postponed|left (?:for|to) (?:a )?(?:later|future|follow-up))|can be postponed|future work|left as future|(?:in|to|for) a (?:future|later|separate|follow-up|subsequent) (?:KEP|proposal|RFC|OTEP|release|phase|iteration|doc(?:ument)?|design|version|milestone)|not (?:addressed|covered|included|tackled) (?:in|by) (?:this|the current)|remains? open\b|due to time (?:limitations|constraints)|not (?:(?:yet )?part of|in scope for|included in) this (?:proposal|KEP|design|RFC|OTEP|doc(?:ument)?|blueprint|iteration|phase|release|version|change))/i;

/** "If we add support for this in a future version…" is a condition, and "we propose to change X in a future version" the plan itself: neither is a deferral. */
const HYPOTHETICAL = /\bif (?:we|you|they|someone|a user|users)\b[^.]{0,80}\b(?:future|later|follow-up|subsequent)\b|\b(?:we|I) propose (?:to|that)\b/i;

/** What the doc leaves for later or puts out of scope: what ships without it. */
export default phraseSource({
  id: 'deferred', category: 'timeline', severity: 74, max: 3,
  rules: [
    // A doc that has shipped asks whether the follow-up happened, not what launches without it.
    { kind: 'laterShipped', accept: (s, _m, ctx) => ctx.shipped && !HYPOTHETICAL.test(s.plain), re: LATER, alsoIn: ['alternatives'] },
    { kind: 'later', accept: (s) => !HYPOTHETICAL.test(s.plain), re: LATER, alsoIn: ['alternatives'] },
    { kind: 'scope', re: /\b(?:(?:is|are) (?:considered )?out(?:side)? of (?:the )?scope|outside (?:of )?the scope|out of scope for|we are not (?:concerned|worried) (?:with|about)|(?:this (?:KEP|proposal|design|RFC|OTEP)|it) (?:does|will) not (?:address|protect|cover|solve))\b/i, boost: -8, alsoIn: ['background'] },
    // Behaviour the design declines to provide is missed by someone: who, and do they learn of it?
    { kind: 'notAttempted', re: /\b(?:(?:(?:this|the|our) (?:[\w-]+ )?(?:KEP|proposal|design|RFC|OTEP|protocol|backend|implementation|library|package|system|service|mode|API)|we|it) (?:does|do|will) not (?:attempt|try) to|makes no attempt to|(?:this (?:KEP|proposal|design|RFC|OTEP)|it) (?:does|will) not (?:expose|handle|change))\b/i, boost: -8 },
  ],
});
