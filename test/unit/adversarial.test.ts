import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { DocumentAnalyzer, TermMatcher, mergeGlossaries, parseGlossaryFile, readDoc, exportReview, emptyReviewState } from '../../src/core';
import { loadGlossary } from '../../src/bundledGlossary';
import { ADVERSARIAL, aliasHeavyGlossary, randomDoc } from '../fixtures/adversarial';

const glossary = loadGlossary();
const matcher = new TermMatcher(glossary);
const review = (text: string) => readDoc(text, new DocumentAnalyzer(matcher), glossary.entries);

describe('Adversarial documents: the full review finishes and stays bounded', () => {
  for (const [name, make] of Object.entries(ADVERSARIAL)) {
    it(name, function () {
      this.timeout(60_000); // a generous ceiling for slow machines; npm run bench measures the real time
      const text = make();
      const r = review(text);
      assert.ok(r.questions.length <= 80, `${r.questions.length} questions`);
      const perKind = new Map<string, number>();
      for (const q of r.questions) perKind.set(q.source, (perKind.get(q.source) ?? 0) + 1);
      for (const [kind, n] of perKind) assert.ok(n <= 4, `${n} ${kind} questions`);
      assert.ok(r.questions.filter((q) => q.askFirst).length <= 5);
      for (const q of r.questions) {
        assert.ok(q.text.length < 400, `short question: ${q.text.slice(0, 80)}`);
        for (const l of q.locations) assert.ok(l.offset >= 0 && l.offset + l.length <= text.length);
      }
      for (const t of r.analysis.terms) assert.ok(t.offset >= 0 && t.offset + t.length <= text.length);
      const md = exportReview({ title: r.title ?? 'x', file: 'x.md', text, headings: r.analysis.headings, questions: r.questions, state: emptyReviewState() }, 'md');
      assert.ok(md.length < 200_000, `${md.length} characters of export`);
    });
  }

  it('reads a 1 MB line as plain text, and says why', () => {
    const r = review(ADVERSARIAL['one 1 MB prose line']());
    assert.equal(r.analysis.degraded.length, 1);
    assert.match(r.analysis.degraded[0], /^a block of \d+ KB$/);
    assert.ok(r.analysis.terms.some((t) => t.id === 'sharding'), 'terms are still found in it');
  });

  it('raises at most a few questions from a storm of soft spots', () => {
    const r = review(ADVERSARIAL['soft-spot storm (TBD, assume, for now… 12,000 times)']());
    const sources = r.questions.map((q) => q.source);
    // Each sentence is a fragment too short to quote back ("We assume X."): nothing to ask, quickly.
    assert.ok(sources.length <= 5, sources.join());
    for (const s of new Set(sources)) assert.ok(sources.filter((x) => x === s).length <= 2, sources.join());
  });
});

describe('Adversarial team glossaries', () => {
  it('reads a file that uses one anchor 100 times, and keeps every entry', () => {
    const layer = parseGlossaryFile(aliasHeavyGlossary(100), '.docent/team.yaml');
    assert.deepEqual(layer.problems, []);
    assert.equal(layer.entries.length, 101);
    assert.equal(mergeGlossaries([layer]).entries.get('term-50')?.definition, 'A definition the team wrote once.');
  });

  it('refuses an alias bomb with one clear problem instead of throwing', () => {
    const bomb = ['a: &a [x, x, x, x, x, x, x, x, x, x]', 'b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]', 'c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]',
      'd: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c]', 'entries: [*d, *d, *d, *d, *d, *d, *d, *d, *d, *d]'].join('\n');
    const layer = parseGlossaryFile(bomb, '.docent/bomb.yaml');
    assert.equal(layer.entries.length, 0);
    assert.equal(layer.problems.length, 1);
    assert.match(layer.problems[0].message, /cannot be read/);
  });
});

describe('Fuzz: generated documents never break the review', () => {
  it('reviews 300 random docs without throwing, with offsets inside the text (npm run fuzz runs 10,000)', () => {
    fc.assert(fc.property(randomDoc, (text) => {
      const r = review(text);
      for (const t of r.analysis.terms) assert.ok(t.offset >= 0 && t.offset + t.length <= text.length && t.length > 0);
      for (const q of r.questions) for (const l of q.locations) assert.ok(l.offset >= 0 && l.offset + l.length <= text.length);
      exportReview({ title: r.title ?? 'x', file: 'x.md', text, headings: r.analysis.headings, questions: r.questions, state: emptyReviewState() }, 'md');
    }), { numRuns: 300 });
  });
});
