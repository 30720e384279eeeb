import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DocumentAnalyzer, TermMatcher, loadGlossary } from '../../src/core';
import { generateQuestions, capPerCategory, rankAndMerge, type Question, type QuestionInput } from '../../src/core/questions';
import { quoteAround } from '../../src/core/snippets';
import { ROOT, corpusDocs } from './helpers';

const glossary = loadGlossary();
const matcher = new TermMatcher(glossary);

function questionsFor(text: string, extra: Partial<QuestionInput> = {}): Question[] {
  const a = new DocumentAnalyzer(matcher).analyze(text);
  return generateQuestions({ text, terms: a.terms, headings: a.headings, prose: a.prose, entries: glossary.entries, ...extra });
}

describe('Question engine', () => {
  const sample = readFileSync(join(ROOT, 'samples', 'checkout-orders-redesign.md'), 'utf8');
  const qs = questionsFor(sample);
  const byId = new Map(qs.map((q) => [q.id, q]));

  it('asks about the standard sections the doc lacks, and not about the ones it has', () => {
    for (const id of ['missing:cost', 'missing:timeline', 'missing:alternatives', 'missing:risks', 'missing:security']) assert.ok(byId.has(id), id);
    for (const id of ['missing:goals', 'missing:non-goals', 'missing:rollout', 'missing:open-questions', 'missing:context']) assert.ok(!byId.has(id), id);
    assert.equal(byId.get('missing:cost')!.category, 'cost');
  });

  it("fills the glossary's questions with the doc's own words", () => {
    const shard = byId.get('term:sharding');
    assert.ok(shard, 'a question about sharding');
    assert.match(shard.text, /^On “.*shard.*”: /);
    assert.equal(shard.text, `On “${shard.quote}”: ${shard.headline[0].toLowerCase()}${shard.headline.slice(1)}`, 'the sidebar headline is the question without its quote');
    assert.ok(shard.text.includes('customer_id'), shard.text);
    assert.ok(shard.locations.length >= 5, 'every occurrence is a location');
    for (const l of shard.locations) assert.match(sample.slice(l.offset, l.offset + l.length), /^shard/i);
  });

  it('turns soft spots into who/when questions', () => {
    const tbd = qs.find((q) => q.source === 'soft-spot' && q.text.includes('TBD'));
    assert.ok(tbd);
    assert.equal(tbd.category, 'timeline');
    assert.match(tbd.text, /who owns/);
  });

  it('asks what happens when a diagram dependency is down', () => {
    const withDeps = questionsFor(sample, { dependencies: [
      { from: 'Checkout API', to: 'Shard router', offset: 10 },
      { from: 'Web checkout', to: 'Checkout API', offset: 10 },
      { from: 'Shard router', to: 'Checkout API', offset: 10 },
    ] });
    const q = withDeps.find((x) => x.id === 'diagram:checkout api');
    assert.ok(q);
    assert.equal(q.text, 'What happens to Web checkout and Shard router when Checkout API is slow or down, and which team owns Checkout API?');
  });

  it('asks about stated numbers', () => {
    const withNumbers = questionsFor(sample, { quantities: [
      { kind: 'rate', offset: sample.indexOf('15k TPS'), length: 7, value: 15000, unit: 'per second', notes: ['≈ 1.3 billion a day'] },
      { kind: 'availability', offset: sample.indexOf('99.95%'), length: 6, value: 99.95, unit: '%', notes: ['allows 4 h 23 min down a year'] },
    ] });
    const rate = withNumbers.find((q) => q.id.startsWith('number:rate'));
    assert.equal(rate?.text, 'Is 15k TPS the peak or the average, how was it measured, and what breaks first at 10x (150,000 per second)?');
    const avail = withNumbers.find((q) => q.id.startsWith('number:availability'));
    assert.match(avail!.text, /^99\.95% availability allows 4 h 23 min down a year: /);
  });

  it('keeps ids stable when an unrelated part of the doc changes', () => {
    const edited = sample.replace('## Rollout', 'An unrelated new paragraph about the weather.\n\n## Rollout');
    const after = new Set(questionsFor(edited).map((q) => q.id));
    for (const q of qs) assert.ok(after.has(q.id), `${q.id} survives the edit`);
  });

  it('merges near-duplicates and keeps their locations', () => {
    const a: Question = { id: 'a', category: 'risk', text: 'What happens if the cache is down for an hour?', headline: 'What happens if the cache is down for an hour?', why: '', priority: 50, source: 'term', locations: [{ offset: 1, length: 1 }], specific: true };
    const b: Question = { ...a, id: 'b', text: 'What happens if the cache is down for an hour??', priority: 40, locations: [{ offset: 9, length: 1 }] };
    const merged = rankAndMerge([a, b]);
    assert.equal(merged.length, 1);
    assert.deepEqual(merged[0].locations.map((l) => l.offset), [1, 9], 'the kept question\'s own evidence comes first');
    assert.deepEqual(rankAndMerge([{ ...b, priority: 60 }, a])[0].locations.map((l) => l.offset), [9, 1]);
  });

  it('caps each category and says how many more there are', () => {
    const { shown, more } = capPerCategory(qs, 2);
    const perCat = new Map<string, number>();
    for (const q of shown) perCat.set(q.category, (perCat.get(q.category) ?? 0) + 1);
    assert.ok([...perCat.values()].every((n) => n <= 2));
    assert.equal(shown.length + [...more.values()].reduce((x, y) => x + y, 0), qs.length);
  });

  it('quotes a sentence without Markdown syntax, inside its own block', () => {
    const text = '- First item about [the cache](http://x) and `code`.\n- Second item: **sharding** by customer_id.\n';
    const at = text.indexOf('sharding');
    assert.equal(quoteAround(text, at, 8), 'Second item: sharding by customer_id');
  });

  it('raises no two identical questions and anchors every located question in the doc (corpus)', () => {
    for (const { name, text } of corpusDocs()) {
      const list = questionsFor(text);
      const texts = list.map((q) => q.text);
      assert.equal(new Set(texts).size, texts.length, `${name}: duplicate question text`);
      assert.equal(new Set(list.map((q) => q.id)).size, list.length, `${name}: duplicate id`);
      for (const q of list) {
        assert.ok(q.text.length < 320, `${name}: overlong question ${q.text}`);
        for (const l of q.locations) assert.ok(l.offset >= 0 && l.offset + l.length <= text.length);
      }
    }
  });
});
