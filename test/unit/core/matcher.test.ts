import { strict as assert } from 'node:assert';
import { TermMatcher } from '../../../src/core';
import { loadGlossary } from '../../../src/bundledGlossary';
import { fixtureGlossary } from '../helpers';

describe('TermMatcher', () => {
  const matcher = new TermMatcher(fixtureGlossary());
  const found = (text: string) => matcher.match(text).map((m) => [m.id, text.slice(m.offset, m.offset + m.length)]);

  it('finds plurals and verb forms of a word', () => {
    assert.deepEqual(found('We shard users; shards are sharded by region. Sharding helps.'), [
      ['sharding', 'shard'], ['sharding', 'shards'], ['sharding', 'sharded'], ['sharding', 'Sharding'],
    ]);
  });

  it('treats hyphen, space and joined spellings as one term', () => {
    assert.deepEqual(found('fan-out, fan out, fanout, Fan-Out and fan\u2011out'), [
      ['fan-out', 'fan-out'], ['fan-out', 'fan out'], ['fan-out', 'fanout'], ['fan-out', 'Fan-Out'], ['fan-out', 'fan\u2011out'],
    ]);
  });

  it('matches acronyms only in their own case, words in any case', () => {
    assert.deepEqual(found('the CAP theorem; a cap on spend; REST APIs; take a rest; SLOs and slo'), [
      ['cap-theorem', 'CAP theorem'], ['rest', 'REST'], ['slo', 'SLOs'],
    ]);
    assert.deepEqual(found('LATENCY and Latency'), [['latency', 'LATENCY'], ['latency', 'Latency']]);
  });

  it('prefers the longest term and never overlaps', () => {
    assert.deepEqual(found('p99 latency and read replicas with at-least-once delivery'), [
      ['percentile-latency', 'p99 latency'], ['read-replica', 'read replicas'], ['at-least-once', 'at-least-once delivery'],
    ]);
    assert.deepEqual(found('a replica and its latency'), [['replication', 'replica'], ['latency', 'latency']]);
  });

  it('respects Unicode word boundaries and identifiers', () => {
    assert.deepEqual(found('shardé caches_x shard_key réplica résumé'), []);
    assert.deepEqual(found('see shard.go or node.shard or me@cache.io'), []);
    assert.deepEqual(found('import database/sql and cache/v2, but TCP/IP and Cache/Shard are prose'), [['cache', 'Cache'], ['sharding', 'Shard']]);
    assert.deepEqual(found('Ünïcode cache, 😀cache😀'), [['cache', 'cache'], ['cache', 'cache']]);
  });

  it('matches expansions of abbreviations in any case and mixed-case abbreviations exactly', () => {
    assert.deepEqual(found('Transactions per second (TPS) on K8s, not k8s'), [
      ['tps', 'Transactions per second'], ['tps', 'TPS'], ['kubernetes', 'K8s'],
    ]);
  });

  it('joins the words of a term across a line break', () => {
    assert.deepEqual(found('a read\nreplica'), [['read-replica', 'read\nreplica']]);
  });

  it('does not read CamelCase identifiers as joined phrases', () => {
    assert.deepEqual(found('the FanOut type and the fanout step'), [['fan-out', 'fanout']]);
  });

  it('compiles each surface form once', () => {
    assert.ok(matcher.formCount > 20);
  });
});

describe('Nouns that are also verbs (noun: true)', () => {
  const bundled = new TermMatcher(loadGlossary());
  const maps = (text: string) => bundled.match(text).filter((m) => m.id === 'map-data-structure').map((m) => text.slice(m.offset, m.offset + m.length));

  it('matches "map" where it names the data structure', () => {
    // From corpus docs (kep-1040, otep-0097, go-60078).
    assert.deepEqual(maps('What if we would simply store an in-memory map from tuple into the cost?'), ['map']);
    assert.deepEqual(maps('The value is an array or map of values, and there is only one map entry.'), ['map', 'map']);
  });

  it('does not match it where it is the verb', () => {
    // From corpus docs (crdb-distributed-sql, grpc-a42, otep-0097, kep-563).
    assert.deepEqual(maps('The key idea is that we can map SQL to a logical model, which maps the computation to nodes.'), []);
    assert.deepEqual(maps('The xDS LB policy does not\nmap exactly to a gRPC policy; existing log formats map to the fields.'), []);
  });
});
