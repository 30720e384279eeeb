import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DocumentAnalyzer, TermMatcher, findQuantities } from '../../../src/core';
import { loadGlossary } from '../../../src/bundledGlossary';
import { askQuestions, generateQuestions, capPerCategory, detectGenre, ASK_FIRST, type Question, type QuestionInput, type QuestionSource } from '../../../src/core/questions';
import { quoteAround } from '../../../src/core/quotes';
import { PHRASES } from '../../../src/core/questions/wording';
import { ROOT, corpusDocs } from '../helpers';

const glossary = loadGlossary();
const matcher = new TermMatcher(glossary);

function input(text: string, extra: Partial<QuestionInput> = {}): QuestionInput {
  const a = new DocumentAnalyzer(matcher).analyze(text);
  return { text, terms: a.terms, headings: a.headings, prose: a.prose, entries: glossary.entries, quantities: findQuantities(text, a.prose), ...extra };
}

function questionsFor(text: string, extra: Partial<QuestionInput> = {}): Question[] {
  return generateQuestions(input(text, extra));
}

/** A small doc with the sentence under the given section. */
function doc(sentence: string, section = 'Design Details'): string {
  return `# A proposal\n\n## ${section}\n\n${sentence}\n`;
}

function sourcesOf(sentence: string, section?: string): QuestionSource[] {
  return questionsFor(doc(sentence, section)).map((q) => q.source);
}

/**
 * Each source on real sentences from the corpus (the doc named in the comment): it fires where a
 * senior TPM would ask, and stays quiet on a sentence that looks similar but is not the case.
 */
const CASES: { source: QuestionSource; fires: string; quiet: string; section?: string }[] = [
  // grpc-a6-client-retries / kep-753-sidecar-containers
  { source: 'silent', fires: 'Values greater than 5 are treated as 5 without being considered a validation error.', quiet: 'Sidecar requests are usually lower than the sum of the other requests, and can be ignored by users in those cases.' },
  // kep-1040-priority-and-fairness / kep-753
  { source: 'gap', fires: 'No such analysis has yet been done for any of the proposals.', quiet: 'All known issues are fixed.' },
  // kep-3866-nftables-proxy / grpc-a6
  { source: 'gap', fires: 'This is not yet tested, but some kernel nftables developers have confirmed that it ought to work.', quiet: 'Implementations must avoid potential scheduling race conditions when canceling pending requests.' },
  // go-25530-sumdb / kep-753
  { source: 'compatibility', fires: 'Proxies that serve modified copies of public modules will be incompatible with the new checks and stop being usable.', quiet: "When the new functionality wasn't yet used, downgrade will not be affected." },
  // kep-753 / go-25530
  { source: 'compatibility', fires: 'Note, downgrade requires node drain.', quiet: 'For this reason (and also to avoid downgrade attacks), the go command refuses to continue.' },
  // go-27935-unbounded-queue (an open question in its Open Questions section / a rhetorical one in Background)
  { source: 'open-question', fires: 'Should we change this value to 64 or maybe make it configurable?', quiet: 'Why does Go need a new queue?', section: 'Open Questions/Issues' },
  // grpc-a6
  { source: 'limit', fires: 'maxAttempts in both retryPolicy and hedgingPolicy have, by default, a client-side maximum value of 5.', quiet: 'maxAttempts MUST be specified and MUST be a JSON integer value greater than 1.' },
  // otep-0035-otlp
  { source: 'failure', fires: 'The client will typically choose to re-send such data to guarantee delivery, which may result in duplicate data on the server side.', quiet: 'The server may respond with a retry delay.' },
  // go-25530 / kep-1040
  { source: 'tbd', fires: 'That policy is still under development.', quiet: 'We seem to be agreed on at least one important point: each request is assigned to exactly one category.' },
  // otep-0035
  { source: 'deferred', fires: 'These goals were not addressed as part of this RFC and remain open.', quiet: 'These goals are addressed by the acknowledgement mechanism.' },
  // grpc-a50-outlier-detection / kep-3866
  { source: 'claim', fires: 'We believe that this behavior difference will be acceptable for the following reasons.', quiet: 'It doesn\'t seem to be possible to "spoof" this after the socket is created.' },
  // kep-4006-spdy-to-websockets
  { source: 'dependency', fires: 'This feature gate depends on the NodeDeclaredFeatures feature gate.', quiet: 'The number of streams depends on the size of the request.' },
  // kep-753
  { source: 'cost', fires: 'Switching to the new sidecars approach will slow down Pod start for Istio.', quiet: 'A restart of a sidecar is similar to a regular container restart, so not much additional overhead will be created.' },
  // otep-0035
  { source: 'implementation-defined', fires: 'The value of retry_delay is determined by the server and is implementation dependant.', quiet: 'The value of retry_delay is determined by the server.' },
  // go-27935
  { source: 'benchmark', fires: 'Above code was run on Go version "go1.11 darwin/amd64".', quiet: 'Above code shows how the queue is used.' },
  // grpc-a50
  { source: 'gate', fires: 'This environment variable protection will be removed once the feature has proven stable.', quiet: 'The feature is disabled by default.' },
  // grpc-a6 / otep-0156-columnar-encoding
  { source: 'left-out', fires: 'Clients cannot override retry policy set by the service config.', quiet: 'A fallback mechanism can be used where the new protocol is not supported by the target.' },
  // otep-0156 / otep-0035
  { source: 'optional', fires: 'An authentication mechanism is highly recommended to protect against malicious traffic.', quiet: 'Sequential operation is recommended when simplicity of implementation is desirable.' },
  // kep-753 / go-25530
  { source: 'manual', fires: 'Upgrade->downgrade->upgrade testing was done manually using the following steps.', quiet: 'No go command (only a manual rm -rf $GOPATH/pkg) will wipe out the memory of the latest observed tree size and hash.' },
  // grpc-a50-outlier-detection / grpc-a6
  { source: 'schedule', fires: 'This will be implemented in C++, Java, Go, and Node in the first quarter of 2022.', quiet: 'This is implemented in C++, Java, Go, and Node.' },
  // kep-4006 (a mitigation that sets a criterion) / go-27935 (a reported result)
  { source: 'vague', fires: 'Mitigation: Performance testing to ensure the WebSockets implementation is not noticeably slower than the current SPDY streaming implementation.', quiet: 'The new queue is significantly faster and still uses less memory than every other queue implementation.', section: 'Risks and Mitigations' },
  // kep-1040 / go-25530
  { source: 'assumption', fires: 'We assume that when the request-timeout handler aborts a request it is effective and the request stops using resources.', quiet: 'Assuming the module is in the cache, the go command reads it from there.' },
  // kep-4006
  { source: 'stopgap', fires: 'This leg will continue to stream the SPDY protocol.', quiet: 'This leg streams the WebSockets protocol.' },
  // go-60078-loopvar
  { source: 'left-out', fires: 'To use generics in a package, the go.mod must say go 1.18 or later.', quiet: 'To use generics in a package, the go.mod must name a version.' },
  // kep-1040
  { source: 'decision', fires: 'Lacking that confidence, we choose to reject the youngest rather than the oldest request of the queue.', quiet: 'Lacking that confidence, the queue rejects the youngest request.' },
  // kep-753
  { source: 'best-effort', fires: 'Restart of sidecar containers is a best effort.', quiet: 'Restart of sidecar containers follows the restart policy.', section: 'Non-Goals' },
  // Not in the corpus: the phrasing unseen platform docs use.
  { source: 'owner', fires: 'The owning team will decide how long backups are kept.', quiet: 'The Gitaly team will decide how long backups are kept.' },
];

/**
 * The kind of evidence decides the question a source asks: a bad configuration gets a guardrail
 * question, a hope that others step in gets "what if nobody does". Real corpus sentences again,
 * each with a look-alike that must not be asked that way.
 */
const KINDS: { source: keyof typeof PHRASES & QuestionSource; kind: string; fires: string; quiet: string; section?: string; extra?: Partial<QuestionInput> }[] = [
  // kep-1040-priority-and-fairness
  { source: 'failure', kind: 'misconfig', fires: 'A misconfiguration could reject requests incorrectly.', quiet: 'A misconfiguration is reported as an error when the server starts.' },
  // otep-0156-columnar-encoding / kep-1040
  { source: 'failure', kind: 'attack', fires: 'Without authentication, an OTel Arrow receiver can be attacked in multiple ways ranging from DoS, traffic amplification to sending sensitive data.', quiet: 'This KEP will not attempt to protect against denial-of-service attacks at lower levels in the stack.' },
  // crdb-change-data-capture / otep-0035-otlp
  { source: 'failure', kind: 'loss', fires: 'If the sink is down for too long, some data may be lost and the changefeed will be marked as failed.', quiet: 'The acknowledgement mechanism aims to ensure that no data is lost in-transit between the client and the server.' },
  // kep-3866-nftables-proxy (wrapped over lines, as in the doc)
  { source: 'failure', kind: 'bug', fires: 'Switching to the new backend can\'t really "fail", other than in the\ncase of bugs, which could have results ranging from "almost\nunnoticeable" to "utterly catastrophic".', quiet: 'Bugs found during the alpha will be fixed before the beta.', section: 'Rollout, Upgrade and Rollback Planning' },
  // go-25530-sumdb (wrapped over lines, as in the doc)
  { source: 'claim', kind: 'volunteers', fires: 'We hope that proxies run by various\norganizations in the Go community will also serve as auditors\nand double-check Go checksum database log entries.', quiet: 'Proxies run by various organizations in the Go community serve as auditors today.' },
  // otep-0156-columnar-encoding
  { source: 'claim', kind: 'feasible', fires: 'We believe that some of this benefit can be had even for unary gRPC and HTTP requests with large request batches.', quiet: 'Some of this benefit was measured for unary gRPC and HTTP requests with large request batches.' },
  // kep-3866 / grpc-a17-client-health-checking
  { source: 'tbd', kind: 'tbd', fires: 'It is not yet clear what the minimum kernel or nft command-line versions needed by the nftables backend will be.', quiet: 'We will not support health checking with pick_first, because it is not clear what the behavior of pick_first would be for unhealthy addresses.' },
  // kep-3866 / go-60078-loopvar
  { source: 'deferred', kind: 'notAttempted', fires: 'Thus, the nftables backend will not attempt to replicate these iptables-backend rules.', quiet: 'The change in #57001 ensures that Go 1.21 and later will not attempt to compile code marked go 1.30.' },
  // grpc-a27-xds-global-load-balancing / go-60078-loopvar
  { source: 'deferred', kind: 'later', fires: 'Providing a mechanism for endpoint-level weighting will be addressed in future work.', quiet: 'We propose to change for loop scoping in a future version of Go to be per-iteration instead of per-loop.' },
  // kep-3866 / kep-4006-spdy-to-websockets
  { source: 'compatibility', kind: 'removal', fires: 'In particular, Red Hat has declared that iptables is deprecated in RHEL 9 and is likely to be removed entirely in RHEL 10.', quiet: 'SPDY had been deprecated since 2015, and not all proxies support WebSockets.' },
  // kep-3866 / crdb-node-decommission
  { source: 'compatibility', kind: 'breaks', fires: 'It is possible some users will not be able to upgrade from the iptables and ipvs backends to nftables.', quiet: 'When a node will be removed from a cluster, mark the node as decommissioned.' },
  // kep-3866
  { source: 'dependency', kind: 'others', fires: 'Some CNI plugins, NetworkPolicy implementations, etc, may need updates in order to work with it.', quiet: 'Some CNI plugins and NetworkPolicy implementations already work with it.' },
  // kep-3866
  { source: 'stopgap', kind: 'remains', fires: 'We should have at least the start of a plan by the time this KEP goes GA, to ensure that we don\'t just end up permanently maintaining 3 backends instead of 2.', quiet: 'SIG Network owns the nftables backend and its tests.' },
  // kep-3866
  { source: 'gap', kind: 'untested', fires: 'In fact, we never got entirely clear measurements of this, because the 1000 node perf test still uses a different sync period.', quiet: 'In fact, we got clear measurements of this from the 1000 node perf test.' },
  // kep-3866: a data type is not data
  { source: 'gap', kind: 'missing', fires: 'There is no way for administrators to see which rules were skipped.', quiet: 'There is no data type that can store or match either an IPv4 address or an IPv6 address.' },
  // go-27935-unbounded-queue: a library's open question asks what can change after release
  { source: 'open-question', kind: 'api', fires: 'Should we also provide a safe for concurrent use implementation?', quiet: 'Why does Go need a new queue?', section: 'Open Questions/Issues', extra: { genre: 'library' } },
];

describe('Question kinds', () => {
  for (const c of KINDS) {
    it(`${c.source}:${c.kind}: “${c.fires.slice(0, 40).replace(/\n/g, ' ')}…”`, () => {
      const headline = (PHRASES[c.source] as Record<string, { headline: string }>)[c.kind].headline;
      const asked = (sentence: string) => questionsFor(doc(sentence, c.section), c.extra).filter((q) => q.source === c.source).map((q) => q.headline);
      assert.ok(asked(c.fires).includes(headline), `asks “${headline}” of: ${c.fires}\n  got: ${asked(c.fires).join(' | ')}`);
      assert.ok(!asked(c.quiet).includes(headline), `does not ask “${headline}” of: ${c.quiet}`);
    });
  }

  it('asks a shipped doc what its code did about a TODO, and a draft who settles it before launch', () => {
    // kep-1040-priority-and-fairness, as implemented and as a draft
    const todo = 'TODO: describe how N is estimated.';
    const headlines = (status: string) => questionsFor(`# A proposal\n\n* Status: ${status}\n\n## Design Details\n\n${todo}\n`).filter((q) => q.source === 'tbd').map((q) => q.headline);
    assert.deepEqual(headlines('Implemented'), [PHRASES.tbd.shipped.headline]);
    assert.deepEqual(headlines('Draft'), [PHRASES.tbd.tbd.headline]);
  });

  it('asks of an assumption only while the doc does not admit it is false', () => {
    // kep-1040-priority-and-fairness
    const assumed = 'We assume that when the request-timeout handler aborts a request it is effective and the request stops using resources.';
    assert.ok(sourcesOf(assumed).includes('assumption'));
    const admitted = questionsFor(doc(`${assumed} We know that this is not actually true today, but is intended.`));
    assert.ok(!admitted.some((q) => q.source === 'assumption'), 'an assumption the doc calls false is not asked as a bet');
    assert.ok(admitted.some((q) => q.source === 'gap'), 'it is asked as an admitted gap');
  });
});

describe('Question sources', () => {
  for (const c of CASES) {
    it(`${c.source}: “${c.fires.slice(0, 48)}…”`, () => {
      assert.ok(sourcesOf(c.fires, c.section).includes(c.source), `fires on: ${c.fires}`);
      assert.ok(!sourcesOf(c.quiet, c.section).includes(c.source), `quiet on: ${c.quiet}`);
    });
  }

  it('quotes the doc and points at the words that raised the question', () => {
    const text = doc('Values greater than 5 are treated as 5 without being considered a validation error.');
    const q = questionsFor(text).find((x) => x.source === 'silent')!;
    assert.equal(q.quote, 'Values greater than 5 are treated as 5 without being considered a validation error');
    assert.ok(q.text.includes(`“${q.quote}”`));
    assert.equal(text.slice(q.locations[0].offset, q.locations[0].offset + q.locations[0].length), 'without being considered a validation error');
    assert.ok(q.headline.length <= 60, q.headline);
  });

  it('asks nothing from a rejected option or from the background as if it were the plan', () => {
    assert.deepEqual(sourcesOf('We have no way to figure out if a request used less concurrency than its estimate.', 'Motivation').filter((s) => s === 'gap'), []);
    assert.deepEqual(sourcesOf('This alternative would silently drop updates when the queue is full.', 'Alternatives Considered').filter((s) => s === 'silent'), []);
    // The same sentence in the design is a question.
    assert.ok(sourcesOf('We have no way to figure out if a request used less concurrency than its estimate.').includes('gap'));
  });

  it('sees a stale status line and a plan in phases without dates', () => {
    const text = '# Feature\n\n* Status: Draft\n\n## Design\n\nThis was implemented in Go 1.13 for all platforms.\n\n## Plan\n\nPhase 1 builds the reader.\n\nPhase 2 adds the writer.\n';
    const status = questionsFor(text).filter((q) => q.source === 'status');
    assert.equal(status.length, 2, status.map((q) => q.text).join('\n'));
    assert.match(status[0].text + status[1].text, /“Draft”/);
    const dated = text.replace('Phase 2 adds the writer.', 'Phase 2 adds the writer in Q3 2025.');
    assert.equal(questionsFor(dated).filter((q) => q.id === 'status:undated').length, 0);
  });

  it('reads availability from the typed value, never from its English notes', () => {
    const q = questionsFor(doc('The service targets 3 nines of availability.')).find((x) => x.source === 'number');
    assert.ok(q, 'a question about the target');
    assert.match(q.text, /^3 nines allows about 43 min/);
    assert.doesNotMatch(q.text, /allows =/);
  });
});

describe('Question engine', () => {
  const sample = readFileSync(join(ROOT, 'samples', 'checkout-orders-redesign.md'), 'utf8');
  const qs = questionsFor(sample);

  it('folds the missing standard sections into one item, ranked last, with a question per section', () => {
    const missing = qs.filter((q) => q.source === 'missing-section');
    assert.equal(missing.length, 1);
    assert.equal(qs[qs.length - 1], missing[0]);
    assert.match(missing[0].text, /alternatives considered/);
    assert.ok(missing[0].details && missing[0].details.length >= 2);
    assert.ok(missing[0].headline.length <= 60, missing[0].headline);
  });

  it('opens with at most five Ask first questions, each about the doc itself and from a different source', () => {
    for (const { name, text } of corpusDocs()) {
      const list = questionsFor(text, { path: name });
      const first = list.filter((q) => q.askFirst);
      assert.ok(first.length <= ASK_FIRST, name);
      assert.deepEqual(list.slice(0, first.length), first, `${name}: Ask first leads the list`);
      assert.equal(new Set(first.map((q) => q.source)).size, first.length, `${name}: one per source`);
      for (const q of first) assert.ok(q.specific && q.quote !== undefined || q.source === 'number' || q.source === 'status', `${name}: ${q.text}`);
    }
  });

  it('asks a library proposal nothing about monthly cost, paging or traffic', () => {
    const text = readFileSync(join(ROOT, 'test', 'fixtures', 'corpus', 'docs', 'go-27935-unbounded-queue.md'), 'utf8');
    const { questions, genre } = askQuestions(input(text, { path: 'go-27935-unbounded-queue.md' }));
    assert.equal(genre.genre, 'library');
    for (const q of questions) assert.doesNotMatch(q.text, /each month|paged|on-call|data cent|SLO|peak or the average/i, q.text);
    assert.ok(!questions.some((q) => q.source === 'diagram'));
  });

  it('lets the PM correct the genre, and a corrected genre changes what is asked', () => {
    const detected = askQuestions(input(sample));
    assert.equal(detected.genre.genre, 'service');
    assert.equal(detected.genre.chosen, false);
    const asLibrary = askQuestions(input(sample, { genre: 'library' }));
    assert.deepEqual(asLibrary.genre, { genre: 'library', chosen: true, because: 'chosen in Doc Health' });
    const missing = (r: typeof detected) => r.questions.find((q) => q.source === 'missing-section')?.text ?? '';
    assert.notEqual(missing(asLibrary), missing(detected));
  });

  it('detects genres from path, title and vocabulary', () => {
    const words = (w: string, n: number) => Array.from({ length: n }, () => w).join(' ');
    assert.equal(detectGenre(words('The firmware on the board reads the OTP fuses.', 20), 'Secure boot', undefined).genre, 'hardware');
    assert.equal(detectGenre(words('The package adds generics to the standard library API.', 20), 'Proposal: a queue', undefined).genre, 'library');
    assert.equal(detectGenre(words('Requests reach the service in two regions; on-call is paged.', 20), 'Orders', undefined).genre, 'service');
  });

  it('keeps ids stable when an unrelated part of the doc changes', () => {
    const edited = sample.replace('## Rollout', 'An unrelated new paragraph about the weather.\n\n## Rollout');
    const after = new Set(questionsFor(edited).map((q) => q.id));
    for (const q of qs) assert.ok(after.has(q.id), `${q.id} survives the edit`);
  });

  it('caps each category and says how many more there are', () => {
    const { shown, more } = capPerCategory(qs, 2);
    const perCat = new Map<string, number>();
    for (const q of shown) perCat.set(q.category, (perCat.get(q.category) ?? 0) + 1);
    assert.ok([...perCat.values()].every((n) => n <= 2));
    assert.equal(shown.length + [...more.values()].reduce((x, y) => x + y, 0), qs.length);
    assert.equal(capPerCategory(qs, 0).shown.length, qs.length, '0 shows every question');
  });

  it('quotes a sentence without Markdown syntax, inside its own block', () => {
    const text = '- First item about [the cache](http://x) and `code`.\n- Second item: **sharding** by customer_id.\n';
    const at = text.indexOf('sharding');
    assert.equal(quoteAround(text, at, 8), 'Second item: sharding by customer_id');
  });

  it('raises no two identical questions, one per sentence, and anchors every location in the doc (corpus)', () => {
    for (const { name, text } of corpusDocs()) {
      const list = questionsFor(text, { path: name });
      const texts = list.map((q) => q.text);
      assert.equal(new Set(texts).size, texts.length, `${name}: duplicate question text`);
      assert.equal(new Set(list.map((q) => q.id)).size, list.length, `${name}: duplicate id`);
      const quotes = list.filter((q) => q.quote).map((q) => q.quote);
      assert.equal(new Set(quotes).size, quotes.length, `${name}: one question per quoted sentence`);
      for (const q of list) {
        assert.ok(q.text.length < 340, `${name}: overlong question ${q.text}`);
        assert.ok(q.headline.length <= 60, `${name}: long headline ${q.headline}`);
        for (const l of q.locations) assert.ok(l.offset >= 0 && l.offset + l.length <= text.length);
      }
    }
  });
});
