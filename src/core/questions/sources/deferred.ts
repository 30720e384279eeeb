import { phraseSource } from '../source';

/** What the doc leaves for later or puts out of scope: what ships without it. */
export default phraseSource({
  id: 'deferred', category: 'timeline', severity: 74, max: 3,
  rules: [
    { kind: 'later', re: /\b(?:(?:is|are|will be|has been|have been) (?:deferred|postponed|left (?:for|to) (?:a )?(?:later|future|follow-up))|can be postponed|future work|left as future|(?:in|to|for) a (?:future|later|separate|follow-up|subsequent) (?:KEP|proposal|RFC|OTEP|release|phase|iteration|doc(?:ument)?|design|version|milestone)|not (?:addressed|covered|included|tackled) (?:in|by) (?:this|the current)|remains? open\b|due to time (?:limitations|constraints)|not (?:(?:yet )?part of|in scope for|included in) this (?:proposal|KEP|design|RFC|OTEP|doc(?:ument)?|blueprint|iteration|phase|release|version|change))/i, alsoIn: ['alternatives'] },
    { kind: 'scope', re: /\b(?:(?:is|are) (?:considered )?out(?:side)? of (?:the )?scope|outside (?:of )?the scope|out of scope for|we are not (?:concerned|worried) (?:with|about)|(?:does|do|will) not (?:attempt|try) to|makes no attempt to|(?:this (?:KEP|proposal|design|RFC|OTEP)|it) (?:does|will) not (?:expose|address|protect|cover|handle|solve|change))\b/i, boost: -8, alsoIn: ['background'] },
  ],
});
