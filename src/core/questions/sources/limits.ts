import type { DocContext, Sentence } from '../context.js';
import { phraseSource, type Source } from '../source.js';

/** A number that reads as a version, a date, a section or an issue number rather than a quantity. */
const NOT_A_LIMIT = /^(?:v?\d+\.\d+(?:\.\d+)?|(?:19|20)\d\d|#\d+)$/;

/** What a limit someone reaches is about: requests, attempts, sizes, time, people. Internal constants (a slice's growth, a hash's bits) are not. */
const SUBJECT = /\b(?:requests?|attempts?|retr(?:y|ies)|calls?|connections?|streams?|users?|clients?|tenants?|customers?|jobs?|pods?|nodes?|replicas?|workers?|queues?|items?|objects?|messages?|events?|spans?|files?|uploads?|size|bytes|[KMGT]i?B|memory|disk|storage|quota|rate|per (?:second|minute|hour|day)|time ?outs?|deadlines?|seconds?|minutes?|hours?|days?|ms\b|concurrency|batch(?:es)?|backoff|interval|percent|%|ejection|failures?|errors?)\b/i;

/** A digit within reach of the limit word, that is not a version, year or reference. */
function hasNumber(s: Sentence, m: RegExpExecArray, ctx: DocContext): boolean {
  const raw = ctx.text.slice(s.start, s.end);
  const around = raw.slice(m.index, m.index + m[0].length + 40);
  const nums = around.match(/(?<![\w.])[#v]?\d[\d.,]*(?:\s?(?:%|ms|s|seconds?|minutes?|hours?|days?|[KMGT]i?B|bytes?|x|times|connections?|attempts?|requests?|retries|items?|entries|nodes?|pods?))?/g) ?? [];
  // "greater than 0", "at least 1": a validity rule, not a limit anyone chose.
  return nums.map((n) => n.trim().replace(/[.,]+$/, '')).some((n) => !NOT_A_LIMIT.test(n) && !/^v/.test(n) && !/^\d+\.\d+\./.test(n) && !/^[01]$/.test(n));
}

/** Defaults, caps, limits and thresholds the doc sets: where does each number come from? */
const phrases = phraseSource({
  id: 'limit', category: 'scale', severity: 64, max: 3, quote: 110,
  rules: [
    { kind: 'config', boost: 10, re: /`[A-Za-z_][\w.-]{3,}\s*[:=]\s*["']?(?:[2-9]|\d{2,})[\w.%]*["']?`/, accept: (s) => /\b(?:defaults?|limits?|max\w*|min\w*|threshold|time ?outs?|interval|size|set (?:it )?to|configur\w*)\b/i.test(s.plain) },
    { kind: 'percent', boost: 12, re: /\b(?:threshold|ratio|exceeds?|above|below|greater than|less than|more than|at least|at most|over|under|up to)\b[^.;:]{0,40}?\d+(?:\.\d+)? ?%/i, accept: hasNumber },
    {
      kind: 'limit',
      re: /\b(?:defaults? (?:to|of|is|value (?:is|of))|by default|maximum|max(?:imum)? (?:of|is)|at most|no more than|capped (?:at|to)|caps? (?:of|at)|limit(?:ed)? (?:of|to|is)|a (?:hard |soft )?limit|threshold|minimum (?:of|is)|(?:are|is) treated as)\b/i,
      accept: (s, m, ctx) => hasNumber(s, m, ctx) && SUBJECT.test(s.plain),
    },
  ],
});

/** Examples ("For example if a request can hold at most 100 spans…") are not the doc's settings. */
const EXAMPLE = /^(?:for example|for instance|e\.g\.|as an example|say|suppose|imagine|consider)\b/i;

/** One question per number: "up to 16" said three times is one limit. */
const source: Source = {
  ...phrases,
  find(ctx) {
    const seen = new Set<string>();
    return phrases.find(ctx).filter((c) => {
      const s = ctx.sentenceAt(c.sentence ?? 0);
      if (s && (EXAMPLE.test(s.plain) || /\bbenchmark|\b(?:perf|scale|e2e|integration|unit) (?:test|job)s?\b|\btest (?:job|config\w*|setup)\b/i.test(s.plain))) return false;
      const nums = (c.quote?.match(/\d[\d.,]*/g) ?? []).filter((n) => !/^[01]$/.test(n)).join(',');
      if (nums && seen.has(nums)) return false;
      if (nums) for (const n of nums.split(',')) seen.add(n);
      seen.add(nums);
      return true;
    });
  },
};
export default source;
