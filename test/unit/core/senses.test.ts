import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DocumentAnalyzer, TermMatcher, markedTerms, readDoc } from '../../../src/core';
import { loadGlossary } from '../../../src/bundledGlossary';
import { CORPUS } from '../helpers';

const glossary = loadGlossary();
const matcher = new TermMatcher(glossary);
const analyse = (text: string) => new DocumentAnalyzer(matcher).analyze(text).terms.map((t) => ({ id: t.id, text: text.slice(t.offset, t.offset + t.length), uncertain: t.uncertain }));
const corpus = (name: string) => readFileSync(join(CORPUS, name), 'utf8');
const idsFor = (text: string, surface: string) => [...new Set(analyse(text).filter((t) => t.text.toLowerCase() === surface).map((t) => t.id))];

describe('Senses of one word, chosen by the doc', () => {
  it('reads "metadata" in a gRPC proposal as request headers, and in a data doc as data about data', () => {
    assert.deepEqual(idsFor(corpus('grpc-a6-client-retries.md'), 'metadata'), ['metadata-rpc']);
    assert.deepEqual(idsFor('# Photo library\n\nEach photo keeps its metadata: the date, the camera and the place it was taken.\n', 'metadata'), ['metadata']);
  });

  it('reads "cluster" in an xDS doc as the xDS upstream group, and elsewhere as a group of machines', () => {
    const xds = idsFor(corpus('grpc-a50-outlier-detection.md'), 'cluster');
    assert.ok(xds.includes('cluster-xds'), xds.join());
    assert.deepEqual(idsFor('# Capacity\n\nWe add ten machines to the cluster before the holiday peak.\n', 'cluster'), ['cluster']);
  });

  it('marks the tracing "span" only where the doc is about tracing', () => {
    assert.deepEqual(idsFor('# Regions\n\nThe rollout spans three regions and two quarters.\n', 'spans'), []);
    assert.deepEqual(idsFor('# Tracing\n\nEach request starts a trace; every service call adds a span to the trace, exported with OpenTelemetry.\n', 'span'), ['span']);
  });

  it('keeps the general meaning, marked uncertain, when the context does not decide', () => {
    const t = analyse('# Plan\n\nThe metadata is stored next to the file.\n').find((x) => x.text === 'metadata');
    assert.ok(t);
    assert.equal(t.id, 'metadata');
  });
});

describe('One sense per doc', () => {
  const filler = `${'The rollout plan is reviewed by the owners every week before the next stage starts. '.repeat(6)}\n\n`;
  // Each decided use has two signals nearby ("tracer", "span context") that are no terms, so nothing counts across the doc.
  const decided = `The tracer keeps the span context with each span.\n\n${filler}The tracer copies the span context into the span.\n\n`;
  const bare = 'We keep each span for a week.\n\n';
  const spans = (text: string) => analyse(text).filter((t) => t.text === 'span').length;

  it('gives a sense decided in a quarter or more of the uses to the undecided ones', () => {
    const text = `# Notes\n\n${decided}${filler}## Retention\n\n${bare}${filler}${bare}`;
    assert.equal(spans(text), 4);
  });

  it('does not spread a sense decided in fewer than a quarter of the uses', () => {
    const text = `# Notes\n\n${decided}${filler}## Retention\n\n${`${bare}${filler}`.repeat(7)}`;
    assert.equal(spans(text), 2);
  });
});

describe('Identifier guards', () => {
  it('never matches inside a long header or flag name', () => {
    const text = '# Retries\n\nThe x-envoy-upstream-rq-per-try-timeout-ms header sets it, and the timeout is 250 ms per try.\n';
    const name = text.indexOf('x-envoy');
    const terms = new DocumentAnalyzer(matcher).analyze(text).terms;
    assert.deepEqual(terms.filter((t) => t.offset >= name && t.offset < name + 'x-envoy-upstream-rq-per-try-timeout-ms'.length), []);
    assert.ok(terms.some((t) => t.offset > text.indexOf('the timeout') && text.slice(t.offset, t.offset + t.length) === 'timeout'), 'the prose timeout is still a term');
  });

  it('never matches inside a Team::Group label', () => {
    const text = '# Owners\n\nOwned by group::Scalability::Projections; scalability of the store is a goal.\n';
    const terms = new DocumentAnalyzer(matcher).analyze(text).terms;
    const label = text.indexOf('Scalability::');
    assert.ok(!terms.some((t) => t.offset >= label && t.offset < label + 'Scalability::Projections'.length));
  });

  it('still matches short hyphenated terms such as fan-out and at-least-once', () => {
    const found = analyse('# Delivery\n\nThe router fans out each event with at-least-once delivery.\n').map((t) => t.text.toLowerCase());
    assert.ok(found.some((f) => f.includes('at-least-once')), found.join());
  });
});

describe('Names with punctuation', () => {
  it('matches C++, Node.js and HTTP/1.1 as written, and never a lone C', () => {
    const text = '# Stack\n\nThe agent is written in C++ and the UI in Node.js; it speaks HTTP/1.1. The chip runs at 85 °C in Rev C.\n';
    const found = analyse(text).map((t) => t.text);
    assert.ok(found.includes('C++'), found.join());
    assert.ok(found.includes('Node.js'), found.join());
    assert.ok(found.some((f) => f.startsWith('HTTP/1.1')), found.join());
    assert.ok(!found.includes('C'), 'no lone C');
  });
});

describe("The doc's own vocabulary", () => {
  const reviewOf = (text: string) => readDoc(text, new DocumentAnalyzer(matcher), glossary.entries);

  it('harvests "Long Form (ABBR)" and "ABBR (Long Form)" from a real KEP, and highlights later uses', () => {
    const text = corpus('kep-753-sidecar-containers.md');
    const r = reviewOf(text);
    assert.ok(r.definitions.some((d) => d.abbr?.short === 'SLO' && /service level objective/i.test(d.abbr.long)), r.definitions.map((d) => d.term).join());
  });

  it('defines a term from "X means", a Terminology section and a definition list', () => {
    const text = '# Plan\n\n## Terminology\n\n- **Hydrator**: the job that renders manifests into plain YAML for each environment.\n\n## Design\n\n"Dry branch" means the branch that holds the rendered manifests. The hydrator writes to the dry branch on every merge.\n';
    const r = reviewOf(text);
    const terms = r.definitions.map((d) => d.term);
    assert.ok(terms.includes('Hydrator'), terms.join());
    assert.ok(terms.includes('Dry branch'), terms.join());
    const later = text.lastIndexOf('dry branch');
    assert.ok(r.analysis.terms.some((t) => t.id === 'doc:dry branch' && t.offset === later), 'later use is highlighted');
  });

  it('takes a phrase the doc introduces in emphasis and goes on using as its own term, over the glossary words inside it', () => {
    const text = corpus('kep-1040-priority-and-fairness.md');
    const r = reviewOf(text);
    const level = r.definitions.find((d) => d.id === 'doc:priority level');
    assert.ok(level?.introduced, r.definitions.filter((d) => d.introduced).map((d) => d.term).join());
    assert.match(level.text, /exactly one priority level/);
    const uses = r.analysis.terms.filter((t) => t.id === 'doc:priority level');
    assert.ok(uses.length >= 10, `${uses.length} uses`);
    // No glossary term is left inside one of its uses.
    for (const u of uses) assert.ok(!r.analysis.terms.some((t) => t !== u && t.offset >= u.offset && t.offset < u.offset + u.length));
  });

  it('does not take emphasis for stress, a label, or a word used once as an introduced term', () => {
    const r = reviewOf('# Plan\n\nThis is *not* supported. Start a _staging_ cluster first. **Note**: the staging cluster is small.\n\nWe add a *fence token* here. Staging clusters are staging.\n');
    assert.deepEqual(r.definitions.filter((d) => d.introduced).map((d) => d.term), []);
  });

  it('does not read "this means" or "Note that this means" as a definition', () => {
    const r = reviewOf('# Retries\n\nNote that this means the delay may be shorter. This means more load.\n');
    assert.deepEqual(r.definitions, []);
  });

  it('marks acronyms and API kinds nothing explains, used three times or in a heading, and not everyday capitals', () => {
    const r = reviewOf('# The FooBar controller\n\nThe QXZ sends a FooBar. The QXZ retries. The QXZ is owned by the OK team in the US. TODO: more.\n');
    const words = r.unknown.map((w) => w.word);
    assert.ok(words.includes('QXZ') && words.includes('FooBar'), words.join());
    assert.ok(!words.includes('OK') && !words.includes('US') && !words.includes('TODO'));
    assert.ok(r.analysis.terms.filter((t) => t.id === 'unknown:QXZ').length === 3);
  });
});

describe('Inflections of case-sensitive words', () => {
  it('finds "nodes" for the case-sensitive "node", and O(1) as written but never a bare "on"', () => {
    const text = '# Cluster\n\nThe cluster has three nodes. Lookups are O(1) on average, based on the index.\n';
    const found = analyse(text).map((t) => `${t.text}=${t.id}`);
    assert.ok(found.includes('nodes=node'), found.join());
    assert.ok(found.includes('O(1)=big-o-notation'), found.join());
    assert.ok(!found.some((f) => /^on=/i.test(f)), found.join());
  });
});

describe('Calm highlights', () => {
  it('marks a frequent term once per section and every use of a rare one', () => {
    const terms = [
      { id: 'a', offset: 10, length: 1 }, { id: 'a', offset: 20, length: 1 }, { id: 'b', offset: 25, length: 1 }, { id: 'a', offset: 30, length: 1 },
      { id: 'a', offset: 110, length: 1 }, { id: 'b', offset: 120, length: 1 }, { id: 'a', offset: 130, length: 1 },
    ];
    const at = (ts: { offset: number }[]) => ts.map((t) => t.offset);
    assert.deepEqual(at(markedTerms(terms, [0, 100], 'calm')), [10, 25, 110, 120], 'a (5 uses) once per section; b (2 uses) always');
    assert.deepEqual(at(markedTerms(terms, [0, 100], 'firstPerSection')), [10, 25, 110, 120]);
    assert.deepEqual(at(markedTerms(terms.slice(0, 4), [0], 'calm')), [10, 20, 25, 30], 'three uses or fewer: every one');
    assert.equal(markedTerms(terms, [0, 100], 'all').length, terms.length);
  });
});
