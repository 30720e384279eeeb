import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DocumentAnalyzer, TermMatcher, buildBrief, emptyReviewState, readDoc, setStatus, type ReviewState } from '../../../src/core';
import { loadGlossary } from '../../../src/bundledGlossary';
import { CORPUS, ROOT } from '../helpers';

const glossary = loadGlossary();
const matcher = new TermMatcher(glossary);
function briefOf(file: string, state: ReviewState = emptyReviewState()) {
  const text = readFileSync(file, 'utf8');
  const r = readDoc(text, new DocumentAnalyzer(matcher), glossary.entries, { path: file });
  return { r, brief: buildBrief(r, { title: r.title ?? 'Doc', file, text, headings: r.analysis.headings, questions: r.questions, state }) };
}

describe('Review Brief', () => {
  it('reads the sample: front matter, its own summary, components and calls, numbers with conversions, open items, the agenda', () => {
    const { r, brief } = briefOf(join(ROOT, 'samples', 'checkout-orders-redesign.md'));
    assert.equal(brief.title, 'Checkout orders store redesign');
    assert.equal(brief.genre, 'Service or platform change');
    assert.equal(brief.status, 'draft for design review');
    assert.equal(brief.owner, 'payments-platform');
    assert.match(brief.summary!.text, /^The checkout service writes every order to a single PostgreSQL primary\./);
    assert.ok(brief.components.includes('Checkout API'));
    assert.deepEqual(brief.calls[0], { from: 'Web checkout', to: 'Checkout API' });
    assert.equal(brief.numbers[0].text, '99.95%', 'targets first');
    assert.ok(brief.numbers.some((n) => n.text === '15k TPS' && n.notes.some((x) => /per second/.test(x))));
    assert.ok(brief.openItems.some((o) => /TBD/.test(o.text)));
    assert.deepEqual(brief.groups.map((g) => g.title)[0], 'Ask first');
    assert.equal(brief.groups.at(-1)!.title, 'Missing sections');
    assert.equal(brief.groups.reduce((n, g) => n + g.items.length, 0), r.questions.length);
  });

  it('reads a real KEP and a gRFC: status line, named alternatives, no template leftovers, dismissed questions left out', () => {
    const kep = briefOf(join(CORPUS, 'kep-753-sidecar-containers.md')).brief;
    assert.match(kep.summary!.text, /^Sidecar containers are a new type of containers/);
    assert.ok(kep.alternatives.some((a) => /^Alternative 1\. Sidecar containers as a separate collection$/.test(a.text)), kep.alternatives.map((a) => a.text).join(' | '));
    const file = join(CORPUS, 'grpc-a6-client-retries.md');
    const first = briefOf(file);
    assert.equal(first.brief.status, 'Implemented');
    assert.equal(first.brief.genre, 'Protocol or specification');
    const id = first.r.questions[0].id;
    const dismissed = briefOf(file, setStatus(emptyReviewState(), id, 'dismissed')).brief;
    assert.ok(!dismissed.groups.some((g) => g.items.some((i) => i.id === id)));
  });
});
