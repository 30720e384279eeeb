import { strict as assert } from 'node:assert';
import { DocumentAnalyzer, TermMatcher } from '../../../src/core';
import { fixtureGlossary, termsIn } from '../helpers';

describe('Markdown prose', () => {
  it('finds terms in paragraphs, headings, lists, tables, quotes, emphasis and link text', () => {
    const doc = [
      '# Sharding plan',
      '',
      'We add a *read replica* and **fan-out** calls.',
      '',
      '- each shard has a cache',
      '',
      '| Component | Latency |',
      '|-----------|---------|',
      '| cache     | p99     |',
      '',
      '> The SLO is tight.',
      '',
      'See [the replication doc](https://example.com/replication).',
    ].join('\n');
    assert.deepEqual(termsIn(doc).map(([id]) => id), [
      'sharding', 'read-replica', 'fan-out', 'sharding', 'cache', 'latency', 'cache', 'percentile-latency', 'slo', 'replication',
    ]);
  });

  it('reads a later "---", text, "---" block as a rule and a heading, not as front matter', () => {
    // Only the first lines of a doc can be front matter; this block sits after the title.
    const doc = ['# Plan', '', 'Intro.', '', '---', 'The cache is sharded', '---', '', 'More text.'].join('\n');
    const analysis = new DocumentAnalyzer(new TermMatcher(fixtureGlossary())).analyze(doc);
    assert.deepEqual(termsIn(doc).map(([id]) => id), ['cache', 'sharding']);
    assert.ok(analysis.headings.some((h) => h.text === 'The cache is sharded'), JSON.stringify(analysis.headings));
  });

  it('never looks inside code, HTML, URLs, autolinks, images or front matter', () => {
    const doc = [
      '---',
      'title: sharding and cache',
      '---',
      '',
      '```yaml',
      'cache: sharding',
      '```',
      '',
      '    indented code with a cache',
      '',
      'Inline `cache` code, <span title="cache">html</span>, <https://cache.example.com/shard>,',
      'www.shard.example.com, ![a cache diagram](cache.png) and [text](https://x.io/cache).',
      '',
      '<!--',
      '',
      'a comment about sharding',
      '',
      '-->',
      '',
      '[cache]: https://example.com/cache',
    ].join('\n');
    assert.deepEqual(termsIn(doc), []);
  });

  it('reports exact UTF-16 offsets on CRLF, BOM, tabs, emoji and astral characters', () => {
    const doc = '\uFEFF# 😀 Sharding\r\n\r\nA tab\there, then 𝒳 read replica and 🚀🚀 p99 latency.\r\n';
    const analysis = new DocumentAnalyzer(new TermMatcher(fixtureGlossary())).analyze(doc);
    const slices = analysis.terms.map((t) => doc.slice(t.offset, t.offset + t.length));
    assert.deepEqual(slices, ['Sharding', 'read replica', 'p99 latency']);
    assert.equal(analysis.headings[0].text, '😀 Sharding');
    assert.equal(analysis.headings[0].offset, 1);
  });

  it('keeps a fenced block with blank lines together', () => {
    const doc = 'Intro on sharding.\n\n```\ncode\n\ncache here\n```\n\nAfter: cache.\n';
    assert.deepEqual(termsIn(doc).map(([, t]) => t), ['sharding', 'cache']);
  });

  it('keeps indented list continuations as prose', () => {
    const doc = '1. First step uses a cache.\n\n    Continued: the shard moves.\n\n2. Next.\n';
    assert.deepEqual(termsIn(doc).map(([, t]) => t), ['cache', 'shard']);
  });
});

describe('Plain-text reading (when the parse budget is spent)', () => {
  it('keeps the lines of a paragraph in one prose range, and list items, quotes and headings apart', async () => {
    const { plainChunk } = await import('../../../src/core/markdown');
    const text = 'Approaches include using a sliding\nwindow and a decay.\n\n# Next\nA line.\n- item one\n- item two\n';
    const ranges = plainChunk(text, 'test').prose.map((r) => text.slice(r.start, r.end));
    assert.ok(ranges.includes('Approaches include using a sliding\nwindow and a decay.'), JSON.stringify(ranges));
    assert.ok(ranges.includes('- item one') && ranges.includes('- item two'), JSON.stringify(ranges));
    assert.ok(ranges.some((r) => r.startsWith('# Next')) && ranges.includes('A line.'), JSON.stringify(ranges));
  });
});
