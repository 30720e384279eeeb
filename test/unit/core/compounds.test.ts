import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DocumentAnalyzer, TermMatcher } from '../../../src/core';
import { loadGlossary } from '../../../src/bundledGlossary';
import { CORPUS } from '../helpers';

const glossary = loadGlossary();
const matcher = new TermMatcher(glossary);
const corpus = (name: string) => readFileSync(join(CORPUS, name), 'utf8');

/** Every highlight of `text` as [surface, id, the entry's own words or undefined]. */
function highlights(text: string): [string, string, string | undefined][] {
  return new DocumentAnalyzer(matcher).analyze(text).terms.map((t) => {
    const surface = text.slice(t.offset, t.offset + t.length).replace(/\s+/g, ' ');
    const own = t.compound ? text.slice(t.offset + t.compound.from, t.offset + t.compound.from + t.compound.length) : undefined;
    return [surface, t.id, own];
  });
}
const find = (text: string, surface: string) => highlights(text).find(([s]) => s === surface);

describe('Compounds built on a known term', () => {
  it('highlights a corpus compound whole and records the word its entry explains', () => {
    const sumdb = corpus('go-25530-sumdb.md');
    const proxy = find(sumdb, 'corporate proxy');
    assert.ok(proxy, 'corporate proxy is one highlight');
    assert.equal(proxy[1], 'proxy');
    assert.equal(proxy[2], 'proxy');
    const hash = find(sumdb, 'signed tree hash');
    assert.ok(hash, 'two modifiers: signed tree hash');
    assert.equal(hash[2], 'hash');
  });

  it('takes a prefix glued by a hyphen and a generic head noun after the term', () => {
    assert.equal(find(corpus('grpc-a6-client-retries.md'), 'non-idempotent')?.[2], 'idempotent');
    const backoff = find(corpus('otep-0035-otlp.md'), 'backoff strategy');
    assert.ok(backoff, 'backoff strategy is one highlight');
    assert.equal(backoff[2], 'backoff');
  });

  it('uses a word whose sense was not confident as a modifier ("transparent retries")', () => {
    assert.ok(find(corpus('grpc-a6-client-retries.md'), 'transparent retries'));
  });

  it('never widens over function words, verbs after "to" or a subject, numbers or unknown acronyms', () => {
    const text = '# Plan\n\nWe route traffic through the proxy. To improve latency we use caching; the 3 proxies share one cache. The QXZ proxy logs.\n';
    const surfaces = highlights(text).map(([s]) => s);
    assert.ok(surfaces.includes('proxy'), surfaces.join());
    assert.ok(!surfaces.some((s) => /^(?:the|improve|3|QXZ) /i.test(s)), surfaces.join());
    assert.ok(surfaces.includes('latency'), surfaces.join());
  });

  it('never reaches into a path or a header name', () => {
    const text = '# Edge\n\nRequests go through the /srv/edge proxy and set the x-docent-ttl-cache-seconds header.\n';
    const surfaces = highlights(text).map(([s]) => s);
    assert.ok(surfaces.includes('proxy'), surfaces.join());
    assert.ok(!surfaces.some((s) => s.includes('/') || s.includes('docent')), surfaces.join());
  });
});

describe('Phrases of two known terms', () => {
  /** The highlight `surface` of `text`, with its head entry and its modifier's entry. */
  const pair = (text: string, surface: string) => {
    const t = new DocumentAnalyzer(matcher).analyze(text).terms.find((x) => text.slice(x.offset, x.offset + x.length).replace(/\s+/g, ' ') === surface);
    return t && { id: t.id, modifier: t.modifier?.id, head: t.compound && text.slice(t.offset + t.compound.from, t.offset + t.compound.from + t.compound.length), mod: t.modifier && text.slice(t.offset + t.modifier.from, t.offset + t.modifier.from + t.modifier.length) };
  };

  it('joins a known term that modifies the next one into one highlight explained by both ("OpenAPI schema")', () => {
    const kep = corpus('kep-753-sidecar-containers.md');
    const schema = pair(kep, 'OpenAPI schema');
    assert.ok(schema, 'OpenAPI schema is one highlight');
    assert.equal(schema.id, 'schema');
    assert.equal(schema.head, 'schema');
    assert.equal(schema.mod, 'OpenAPI');
    assert.ok(schema.modifier && glossary.entries.has(schema.modifier));
    assert.equal(pair(kep, 'SSL cert')?.mod, 'SSL');
    assert.equal(pair(corpus('kep-3866-nftables-proxy.md'), 'atomic transaction')?.mod, 'atomic');
  });

  it('does not join across punctuation, after "to" or a subject, a plural, or a verb that opens a sentence', () => {
    const text = '# Upgrade\n\nUpgrade Kubernetes first. We cache Kubernetes objects; clients proxy traffic. Send it to a proxy, Kubernetes handles the rest.\n';
    const terms = new DocumentAnalyzer(matcher).analyze(text).terms;
    assert.ok(terms.length > 0);
    for (const t of terms) assert.equal(t.modifier, undefined, text.slice(t.offset, t.offset + t.length));
  });
});

describe('Terms spelt with several hyphens', () => {
  it('matches "man-in-the-middle", which the header-name guard once took for an identifier', () => {
    const hit = find(corpus('go-25530-sumdb.md'), 'man-in-the-middle attacks');
    assert.ok(hit, highlights(corpus('go-25530-sumdb.md')).filter(([s]) => s.includes('middle')).join());
    assert.equal(hit[1], 'man-in-the-middle');
  });
});
