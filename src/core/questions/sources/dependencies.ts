import type { DocContext, Sentence } from '../context';
import { phraseSource } from '../source';

/** The thing depended on is named: a proposal, ticket, feature gate, library, team or product, not "the configuration". */
function named(s: Sentence, m: RegExpExecArray, ctx: DocContext): boolean {
  const after = ctx.text.slice(s.start + m.index + m[0].length, Math.min(s.end, s.start + m.index + m[0].length + 70));
  return /^\s*(?:the |a |an |on |upon )?(?:\[|`|\*\*|(?:KEP|RFC|OTEP|gRFC|AIP|PEP|A)[- ]?\d|#\d|https?:|[A-Z][\w-]*[A-Z0-9][\w-]*|[A-Z][a-z]+(?:\s+[A-Z][\w-]*)+|[A-Z][a-z]{2,}\b(?! (?:is|are|was|the)\b))/.test(after)
    && !/^\s*(?:the |a |an )?(?:This|That|These|It|They|We|I)\b/.test(after);
}

/** Dependencies on other proposals, tickets, teams and libraries, and on code someone else maintains. */
export default phraseSource({
  id: 'dependency', category: 'dependency', severity: 72, max: 3,
  rules: [
    { kind: 'maintained', re: /\b(?:(?:a|the|our) fork of|imports? the|third[- ]party (?:library|package|dependency|code)|(?:is|are) maintained by|(?:the )?main contributors?|vendored)\b/i },
    { kind: 'depends', re: /\b(?:depends? (?:up)?on|dependent (?:up)?on|depending on|relies (?:up)?on|rely (?:up)?on|blocked (?:on|by)|requires? (?=\s*(?:the\s+)?(?:`|\[|KEP|[A-Z][a-z]+[A-Z]|[A-Z]{2,}))|builds? on (?:top of )?|waiting (?:on|for) (?=\s*(?:the\s+)?[A-Z[`]))/i, accept: named },
  ],
});
