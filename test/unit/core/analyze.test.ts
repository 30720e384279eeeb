import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { DocumentAnalyzer, TermMatcher, splitChunks, classifySection, missingSections } from '../../../src/core';
import { loadGlossary } from '../../../src/bundledGlossary';
import { corpusDocs, fixtureGlossary } from '../helpers';

describe('DocumentAnalyzer', () => {
  const matcher = new TermMatcher(fixtureGlossary());

  it('re-reads only the chunk that an edit touched', () => {
    const paras = Array.from({ length: 50 }, (_, i) => `Paragraph ${i} talks about sharding and a cache.`);
    const analyzer = new DocumentAnalyzer(matcher);
    const first = analyzer.analyze(paras.join('\n\n'));
    assert.equal(first.stats.parsed, 50);
    paras[20] = paras[20].replace('cache', 'read replica');
    const second = analyzer.analyze(paras.join('\n\n'));
    assert.deepEqual(second.stats, { chunks: 50, reused: 49, parsed: 1 });
    assert.equal(second.terms.filter((t) => t.id === 'read-replica').length, 1);
    const fresh = new DocumentAnalyzer(matcher).analyze(paras.join('\n\n'));
    assert.deepEqual(second.terms, fresh.terms, 'incremental result equals a fresh analysis');
  });

  it('can analyse only the visible range first', () => {
    const doc = Array.from({ length: 100 }, (_, i) => `Line ${i}: cache.`).join('\n\n');
    const start = doc.indexOf('Line 40:');
    const part = new DocumentAnalyzer(matcher).analyze(doc, { range: { start, end: start + 100 } });
    assert.ok(part.partial);
    assert.ok(part.stats.parsed <= 8 && part.stats.parsed < part.stats.chunks / 10, `parsed ${part.stats.parsed} chunks`);
    assert.ok(part.terms.every((t) => t.offset >= start - 20 && t.offset <= start + 120));
  });

  describe('adversarial input finishes, degrades, and says so', () => {
    const cases: Record<string, string> = {
      'nested list markers': '- '.repeat(5000) + 'sharding',
      'nested block quotes': '> '.repeat(5000) + 'sharding',
      'runs of backticks': '\\``'.repeat(10000) + ' sharding',
      'emphasis soup': '**_* '.repeat(10000) + ' sharding',
      'unclosed links': '[]('.repeat(10000) + ' sharding',
      'one 1 MB line': 'sharding '.repeat(120000),
      '20,000 table rows': '| a | b |\n|---|---|\n' + '| cache | shard |\n'.repeat(20000),
    };
    for (const [name, text] of Object.entries(cases)) {
      it(name, () => {
        const analysis = new DocumentAnalyzer(matcher).analyze(text);
        assert.ok(analysis.terms.length > 0, 'terms are still found');
        for (const t of analysis.terms.slice(0, 50)) assert.match(text.slice(t.offset, t.offset + t.length), /^(sharding|cache|shard)$/);
        if (name !== '20,000 table rows') assert.ok(analysis.degraded.length > 0, 'says it degraded');
      });
    }
  });

  it('never throws and always reports offsets that slice to a surface form (fuzz)', () => {
    const alphabet = fc.constantFrom('sharding', 'read replica', 'p99', ' ', '\n', '\n\n', '`', '```', '*', '_', '[', ']', '(', ')', '<', '>', '#', '-', '|', '\\', '😀', '\r\n', '\t', 'cache', '---', 'x', 'SLO', 'fan-out');
    fc.assert(fc.property(fc.array(alphabet, { maxLength: 200 }), (parts) => {
      const text = parts.join('');
      const analysis = new DocumentAnalyzer(matcher).analyze(text);
      let last = -1;
      for (const t of analysis.terms) {
        assert.ok(t.offset > last && t.offset + t.length <= text.length);
        last = t.offset + t.length - 1;
        const slice = text.slice(t.offset, t.offset + t.length).toLowerCase();
        // A compound ends with the entry's own form, after at most two modifier words ("shardingread replica").
        assert.match(slice, t.compound ? /^(?:[\p{L}\p{N}_-]+[ -]){1,2}(sharding|(read[\s>-]*)?replica|p99|cache|slo|fan-out)$/u : /^(sharding|(read[\s>-]*)?replica|p99|cache|slo|fan-out)$/);
      }
    }), { numRuns: 300 });
  });

  it('chunks always cover the document exactly', () => {
    fc.assert(fc.property(fc.string({ unit: fc.constantFrom('a', '\n', ' ', '`', '~', '-', '<!--', '-->', '+') , maxLength: 300 }), (text) => {
      const chunks = splitChunks(text);
      assert.equal(chunks.map((c) => c.text).join(''), text);
      let at = 0;
      for (const c of chunks) {
        assert.equal(c.start, at);
        at += c.text.length;
      }
    }), { numRuns: 500 });
  });
});

describe('Design-doc structure', () => {
  it('recognises common heading variants', () => {
    const cases: [string, string | undefined][] = [
      ['Background', 'context'], ['Motivation', 'context'], ['Goals', 'goals'], ['Non-Goals', 'non-goals'],
      ['Out of scope', 'non-goals'], ['Proposal', 'design'], ['Design Details', 'design'], ['Alternatives Considered', 'alternatives'],
      ['Risks and Mitigations', 'risks'], ['Security Considerations', 'security'], ['Scalability', 'scalability'],
      ['Monitoring and alerting', 'reliability'], ['Rollout Plan', 'rollout'], ['Upgrade / Downgrade Strategy', 'rollout'],
      ['Test Plan', 'testing'], ['Cost', 'cost'], ['Implementation History', 'timeline'], ['Open Questions', 'open-questions'],
      ['Acknowledgements', undefined],
    ];
    for (const [title, kind] of cases) assert.equal(classifySection(title), kind, title);
  });

  it('lists the standard sections a doc lacks', () => {
    const missing = missingSections([{ kind: 'context' }, { kind: 'design' }, { kind: 'rollout' }]);
    assert.ok(missing.includes('cost') && missing.includes('alternatives') && !missing.includes('design'));
  });
});

describe('Corpus', () => {
  const docs = corpusDocs();
  const matcher = new TermMatcher(loadGlossary());

  it('has the fixture design docs', () => assert.ok(docs.length >= 20, `${docs.length} docs`));

  for (const { name, text } of docs) {
    it(`${name}: analyses with exact offsets and finds its headings`, () => {
      // No time budget: this checks what is read, not how fast (npm run bench measures that).
      const analysis = new DocumentAnalyzer(matcher).analyze(text, { parseBudgetMs: Infinity });
      assert.deepEqual(analysis.degraded, []);
      assert.ok(analysis.headings.length > 0);
      for (const t of analysis.terms) {
        const slice = text.slice(t.offset, t.offset + t.length);
        assert.ok(slice.length > 0 && !/^\s|\s$/.test(slice), `"${slice}" at ${t.offset}`);
        assert.ok(matcher.match(slice.replace(/\s+/g, ' ')).length > 0, `"${slice}" re-matches`);
      }
    });
  }
});
