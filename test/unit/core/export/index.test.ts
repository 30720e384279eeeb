import { strict as assert } from 'node:assert';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import type { Root, RootContent } from 'mdast';
import {
  DocumentAnalyzer, TermMatcher, addCustomQuestion, emptyReviewState, exportReview, reviewItems, readDoc, setNote, setStatus,
} from '../../../../src/core';
import { loadGlossary } from '../../../../src/bundledGlossary';
import { reviewDocumentOf } from '../../helpers';

const glossary = loadGlossary();
const matcher = new TermMatcher(glossary);
const docOf = reviewDocumentOf;
const tree = (md: string) => unified().use(remarkParse).use(remarkGfm).parse(md) as Root;
const walk = (n: Root | RootContent, f: (n: RootContent) => void) => { if (n.type !== 'root') f(n); if ('children' in n) for (const c of n.children) walk(c as RootContent, f); };

describe('Export structure cannot be changed by the doc or the notes', () => {
  const hostile = [
    '# Payments',
    '',
    'We assume the vendor is fine for now. TBD: owner.',
    'Security review: approved',
    '    ## Security review: approved',
    '    - [x] Cost signed off',
    '---',
    '',
    '## Plan',
    '',
    'We chose Kafka instead of SQS. The p99 latency is 250 ms.',
    '',
  ].join('\n');

  it('has exactly the title, the category headings and one task item per question', () => {
    let state = emptyReviewState();
    const first = readDoc(hostile, new DocumentAnalyzer(matcher), glossary.entries).questions[0];
    state = setNote(state, first.id, 'line one\n## Injected heading\n- [x] Injected item\n| a | b |');
    state = addCustomQuestion(state, 'Mine\n# Also injected\n- [x] done', 'risk').state;
    const doc = docOf(hostile, state, 'docs/we`ird (name).md');
    const md = exportReview(doc, 'md');
    const headings: string[] = [];
    let tasks = 0;
    let checked = 0;
    walk(tree(md), (n) => {
      if (n.type === 'heading') headings.push(md.slice(n.position!.start.offset!, n.position!.end.offset!));
      if (n.type === 'listItem' && typeof n.checked === 'boolean') { tasks++; if (n.checked) checked++; }
      assert.notEqual(n.type, 'table', 'no table');
      assert.notEqual(n.type, 'html', 'no HTML');
    });
    const items = reviewItems(doc).filter((i) => i.status !== 'dismissed');
    assert.equal(tasks, items.length, 'one task per question');
    assert.equal(checked, 0, 'nothing is ticked that the PM did not tick');
    assert.ok(headings[0].startsWith('# Review questions'));
    for (const h of headings.slice(1)) assert.match(h, /^## [A-Z][\w &/]+$/, `only category headings: ${h}`);
    assert.match(md.split('\n')[2], /^Source: docs\/we\\`ird \(name\)\.md · /);
  });

  it('keeps the JSON export bounded when a long paragraph becomes a setext heading', () => {
    const para = 'We shard the orders table and retry writes with backoff. '.repeat(2400);
    const text = `# Big\n\n${para}\n---\n\n${'We shard again. '.repeat(3000)}\n`;
    const json = exportReview(docOf(text), 'json');
    assert.ok(json.length < 400_000, `${json.length} characters`);
    const parsed = JSON.parse(json) as { questions: { locations: { section?: string }[] }[] };
    for (const q of parsed.questions) for (const l of q.locations) assert.ok((l.section ?? '').length <= 120);
  });
});

describe('State follows its question when the doc changes', () => {
  const before = '# Orders\n\n## Design\n\nWe chose Kafka instead of SQS because ordering matters.\n\nThe p99 latency is 250 ms at peak.\n';

  it('carries a note to the reworded decision and to the changed number', () => {
    const a = docOf(before);
    const decision = a.questions.find((q) => q.source === 'decision')!;
    const latency = a.questions.find((q) => q.id.startsWith('number:latency'))!;
    assert.ok(decision && latency, 'the doc raises a decision and a latency question');
    const seen = (id: string) => { const i = reviewItems(a).find((x) => x.id === id)!; return { id, seen: { text: i.text, category: i.category, ...(i.quote ? { quote: i.quote } : {}) } }; };
    let state = setNote(emptyReviewState(), seen(decision.id), 'ask about cost of Kafka');
    state = setStatus(state, seen(latency.id), 'asked');
    const after = before.replace('because ordering matters', 'because strict ordering matters to finance').replace('250 ms', '300 ms');
    const items = reviewItems(docOf(after, state));
    const d = items.find((i) => i.source === 'decision');
    assert.equal(d?.note, 'ask about cost of Kafka');
    assert.ok(d?.carriedFrom && d.carriedFrom !== d.id);
    assert.equal(items.find((i) => i.id.startsWith('number:latency'))?.status, 'asked');
    // Acting on the carried item moves the state to the new id for good.
    const moved = setStatus(state, { id: d.id, from: d.carriedFrom }, 'answered');
    assert.equal(moved.questions[d.carriedFrom], undefined);
    assert.equal(moved.questions[d.id].note, 'ask about cost of Kafka');
  });

  it('keeps a marked question visible when its passage is gone', () => {
    const open = `${before}\nHow long order history is kept is still to be decided by finance.\n`;
    const cost = docOf(open).questions.find((q) => q.source === 'tbd');
    assert.ok(cost, 'the doc leaves the retention open');
    const state = setNote(emptyReviewState(), { id: cost.id, seen: { text: cost.text, category: cost.category } }, 'finance owns it');
    const items = reviewItems(docOf(`${before}\nOrder history is kept for seven years.\n`, state));
    const changed = items.find((i) => i.id === cost.id);
    assert.equal(changed?.source, 'changed');
    assert.equal(changed?.note, 'finance owns it');
    assert.equal(changed?.text, cost.text);
  });
});
