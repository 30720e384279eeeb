import type { DocContext, Sentence } from '../context.js';
import { phraseSource } from '../source.js';

/** The thing depended on is named: a proposal, ticket, feature gate, library, team or product, not "the configuration". */
function named(s: Sentence, m: RegExpExecArray, ctx: DocContext): boolean {
  const after = ctx.text.slice(s.start + m.index + m[0].length, Math.min(s.end, s.start + m.index + m[0].length + 80));
  return /^\s*(?:on |upon )?(?:the |a |an )?(?:`|\*\*)?(?:\[[^\]]+\]\(|(?:KEP|RFC|OTEP|gRFC|AIP|PEP|ADR)[- ]?\d|#\d|https?:|[A-Z][a-z]+[A-Z]\w*|[\w./-]+(?: [\w./-]+)? (?:feature gate|team|library|package|project|proposal|KEP|RFC|service|API|SDK|release|work|effort|initiative)s?\b)/.test(after);
}

/** Dependencies on other proposals, tickets, teams and libraries, and on code someone else maintains. */
export default phraseSource({
  id: 'dependency', category: 'dependency', severity: 80, max: 3,
  rules: [
    { kind: 'others', re: /\b(?:may|might|will|would) (?:need|have) (?:to be )?(?:updat\w+|chang\w+|modif\w+|adapt\w+)\b[^.]{0,30}\bto work with\b|\b(?:plugins?|vendors?|implementations|integrations|tools|controllers|operators|providers|clients) (?:will|may|might|would) (?:need|have) to (?:be )?(?:updat\w+|chang\w+|adapt\w+)/i },
    { kind: 'maintained', re: /\b(?:(?:a|the|our) fork of|imports? the|third[- ]party (?:library|package|dependency|code)|(?:is|are) maintained by|(?:the )?main contributors?|vendored)\b/i },
    { kind: 'depends', re: /\b(?:depends? (?:up)?on|relies (?:up)?on|rely (?:up)?on|blocked (?:on|by)|requires? (?=\s*(?:the\s+)?(?:`|\[|KEP|[A-Z][a-z]+[A-Z]|[A-Z]{2,}))|builds? on (?:top of )?|waiting (?:on|for) (?=\s*(?:the\s+)?[A-Z[`]))/i, accept: named },
  ],
});
