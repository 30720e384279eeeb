import { phraseSource } from '../source.js';

/** Manual steps, and checks done only by hand. */
export default phraseSource({
  id: 'manual', category: 'operations', severity: 56, max: 2,
  rules: [
    { kind: 'tested', re: /\b(?:(?:tests?|testing) (?:was|were) (?:done|run|performed) manually|manual(?:ly)? (?:tests?|testing|runs?)|tested (?:manually|by hand)|manually (?:tested|verified|checked))\b/i, boost: 22 },
    { kind: 'manual', accept: (s) => !/\b(?:in case|if (?:something|things|anything) goes?|emergenc\w*|disaster)\b|\b(?:no|without|not (?:require|need)\w*|eliminat\w*|avoid\w*|removes? the need for)\b(?:\s+\S+){0,3}\s+manual/i.test(s.plain), re: /\b(?:manual (?:steps?|process|intervention|work|effort|approvals?|reviews?|configuration|operations?|toil|cleanup|migration)|manually (?:run|trigger|configure|update|approve|create|delete|merge|copy|edit|rotate|restart|apply|migrate|clean))\w*/i },
  ],
});
