import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DocumentAnalyzer, TermMatcher } from '../../../src/core';
import { loadGlossary } from '../../../src/bundledGlossary';
import { generateQuestions } from '../../../src/core/questions';
import { emptyReviewState, parseReviewState, setStatus, setNote, addCustomQuestion, removeCustomQuestion, statusOf } from '../../../src/core/reviewState';
import { exportReview, csvCell, type ReviewDocument } from '../../../src/core/export';
import { ROOT } from '../helpers';

const NOW = new Date('2026-11-25T12:00:00Z');

describe('Review state', () => {
  it('records status and notes without mutating the previous state', () => {
    const s0 = emptyReviewState();
    const s1 = setStatus(s0, 'q1', 'asked', NOW);
    const s2 = setNote(s1, 'q1', '  Owner: Priya  ', NOW);
    assert.equal(statusOf(s0, 'q1'), 'open');
    assert.equal(statusOf(s2, 'q1'), 'asked');
    assert.equal(s2.questions.q1.note, 'Owner: Priya');
    assert.equal(setNote(s2, 'q1', '', NOW).questions.q1.note, undefined);
  });

  it('survives a JSON round trip and reads damaged records tolerantly', () => {
    const { state } = addCustomQuestion(setStatus(emptyReviewState(), 'q1', 'answered', NOW), 'Who signs off the budget?', 'cost', { quote: 'budget', line: 3 }, NOW);
    const round = parseReviewState(JSON.parse(JSON.stringify(state)));
    assert.deepEqual(round.state, state);
    assert.deepEqual(round.problems, []);
    const damaged = parseReviewState({ version: 1, questions: { ok: { status: 'dismissed', updated: 'x' }, bad: { status: 'maybe' }, nul: null }, custom: [{ id: 'u', text: '' }, 'junk', { id: 'v', text: 'Mine', category: 'nope' }] });
    assert.deepEqual(Object.keys(damaged.state.questions), ['ok']);
    assert.equal(damaged.state.custom.length, 1);
    assert.equal(damaged.state.custom[0].category, 'clarifying');
    assert.equal(damaged.problems.length, 4);
    for (const junk of [undefined, null, 42, 'x', [], { version: 7 }]) assert.doesNotThrow(() => parseReviewState(junk));
  });

  it('removes a custom question and its state', () => {
    const { state, id } = addCustomQuestion(emptyReviewState(), 'Mine?', 'risk', undefined, NOW);
    const s = removeCustomQuestion(setNote(state, id, 'n', NOW), id);
    assert.equal(s.custom.length, 0);
    assert.equal(s.questions[id], undefined);
  });
});

describe('Export', () => {
  const text = readFileSync(join(ROOT, 'samples', 'checkout-orders-redesign.md'), 'utf8');
  const glossary = loadGlossary();
  const a = new DocumentAnalyzer(new TermMatcher(glossary)).analyze(text);
  const questions = generateQuestions({ text, terms: a.terms, headings: a.headings, prose: a.prose, entries: glossary.entries });
  const tbd = questions.find((q) => q.source === 'tbd')!;
  let state = setStatus(emptyReviewState(), 'missing:sections', 'answered', NOW);
  state = setNote(state, 'missing:sections', 'Costs are in the finance sheet, says Ana', NOW);
  state = setStatus(state, tbd.id, 'dismissed', NOW);
  state = addCustomQuestion(state, 'Does finance accept a 2-week freeze?', 'timeline', { quote: 'Finance', line: 12 }, NOW).state;
  const doc: ReviewDocument = { title: 'Checkout orders store redesign', file: 'samples/checkout-orders-redesign.md', text, headings: a.headings, questions, state };

  it('writes a Markdown agenda grouped by category, with state, notes and line links', () => {
    const md = exportReview(doc, 'md', { now: NOW });
    assert.match(md, /^# Review questions: Checkout orders store redesign\n/);
    assert.match(md, /## My questions\n\n- \[ \] Does finance accept a 2-week freeze\?/);
    assert.match(md, /- \[x\] The doc has no alternatives considered, .* sections: ask the author .* _\(answered\)_/);
    assert.match(md, / {2}- _Note:_ Costs are in the finance sheet, says Ana/);
    assert.match(md, / {2}- Which other designs were considered, and why were they turned down\?/, 'the folded sections list their questions');
    assert.match(md, /## Dismissed\n\n- ~~“Cross-shard queries for the finance export are TBD”/);
    assert.match(md, /\[Open questions, line \d+\]\(samples\/checkout-orders-redesign\.md#L\d+\)/);
    const groups = md.split('\n').filter((l) => l.startsWith('## '));
    assert.deepEqual([groups[0], groups[1]], ['## Ask first', '## My questions']);
    assert.deepEqual(groups.slice(-2), ['## Missing sections', '## Dismissed'], 'the missing sections after every question about the doc’s words');
    assert.ok(groups.length > 4, 'categories in between');
    const asked = questions.filter((q) => q.askFirst && q.id !== tbd.id);
    assert.ok(asked.length >= 1);
    for (const q of asked) assert.equal(md.split(q.text.replace(/[\\`*_[\]<>|~#!&]/g, '\\$&')).length - 1, 1, `asked once: ${q.text}`);
  });

  it('writes one CSV row per question with safe quoting', () => {
    const csv = exportReview(doc, 'csv', { now: NOW });
    const rows = csv.trim().split('\r\n');
    assert.equal(rows[0], 'id,category,priority,status,question,why,section,line,note,ask_first');
    assert.equal(rows.length, questions.length + 1 + 1);
    assert.equal(csvCell('=SUM(A1)'), "'=SUM(A1)");
    assert.equal(csvCell('a "quoted", b'), '"a ""quoted"", b"');
  });

  it('writes the full model as JSON', () => {
    const json = JSON.parse(exportReview(doc, 'json', { now: NOW }));
    assert.equal(json.document.title, 'Checkout orders store redesign');
    assert.equal(json.questions.length, questions.length + 1);
    const missing = json.questions.find((q: { id: string }) => q.id === 'missing:sections');
    assert.deepEqual([missing.status, missing.note], ['answered', 'Costs are in the finance sheet, says Ana']);
    assert.ok(missing.details.length >= 2);
    assert.ok(json.questions.some((q: { askFirst?: boolean }) => q.askFirst));
    for (const q of json.questions) for (const l of q.locations) assert.ok(Number.isInteger(l.line) && Number.isInteger(l.character));
  });
});
