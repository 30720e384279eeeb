import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { DocumentAnalyzer, TermMatcher, type TextRange } from '../../../src/core';
import { loadGlossary } from '../../../src/bundledGlossary';
import { findQuantities, downtimeBudget, formatCount, type Quantity } from '../../../src/core/numbers';
import { ROOT, corpusDocs } from '../helpers';

const whole = (text: string): TextRange[] => [{ start: 0, end: text.length }];

/** Every quantity in `text` (all of it prose), checking that each slice is exact. */
function scan(text: string, ranges: readonly TextRange[] = whole(text)): Quantity[] {
  const qs = findQuantities(text, ranges);
  for (const q of qs) assert.ok(q.offset >= 0 && q.length > 0 && q.offset + q.length <= text.length, `bad span ${q.offset}+${q.length}`);
  return qs;
}

/** [kind, slice, value] for each quantity in `text`. */
function found(text: string): [string, string, number][] {
  return scan(text).map((q) => [q.kind, text.slice(q.offset, q.offset + q.length), +q.value.toPrecision(6)]);
}

/** The only quantity in `text`. */
function one(text: string): Quantity & { slice: string } {
  const qs = scan(text);
  assert.equal(qs.length, 1, `expected one quantity in ${JSON.stringify(text)}, got ${JSON.stringify(qs.map((q) => text.slice(q.offset, q.offset + q.length)))}`);
  return { ...qs[0], slice: text.slice(qs[0].offset, qs[0].offset + qs[0].length) };
}

const proseOf = (text: string) => new DocumentAnalyzer(new TermMatcher(loadGlossary())).analyze(text).prose;

describe('findQuantities', () => {
  describe('rates', () => {
    it('reads TPS, QPS and per-second forms with commas, decimals and multipliers', () => {
      assert.deepEqual(found('We saw 4,200 TPS, want 15k TPS, then 1.2M QPS; the cache takes 300 req/s and 500 writes per second.'), [
        ['rate', '4,200 TPS', 4200], ['rate', '15k TPS', 15000], ['rate', '1.2M QPS', 1.2e6], ['rate', '300 req/s', 300], ['rate', '500 writes per second', 500],
      ]);
      assert.deepEqual(found('Spikes of 15k-TPS, 2,000 rps, 800 ops/s, 300 msgs/sec, 40 reads per sec and 900/s.'), [
        ['rate', '15k-TPS', 15000], ['rate', '2,000 rps', 2000], ['rate', '800 ops/s', 800], ['rate', '300 msgs/sec', 300], ['rate', '40 reads per sec', 40], ['rate', '900/s', 900],
      ]);
    });

    it('normalises per minute, hour and day to per second', () => {
      assert.deepEqual(found('About 2M requests per day, 50k events/min, 10 million events per day, 3,600 jobs an hour.'), [
        ['rate', '2M requests per day', 23.1481], ['rate', '50k events/min', 833.333], ['rate', '10 million events per day', 115.741], ['rate', '3,600 jobs an hour', 1],
      ]);
    });

    it('gives the daily and monthly volume and the 10x headroom', () => {
      const q = one('Handle 15k TPS of order writes.');
      assert.equal(q.unit, 'per second');
      // 15,000 x 86,400 = 1.296 billion a day; x 30 days = 38.9 billion a month.
      assert.deepEqual(q.notes, ['= 15,000 per second', '≈ 1.3 billion a day', '≈ 39 billion a month (30 days)', '10x is 150,000 per second']);
      assert.deepEqual(one('2M requests per day').notes, ['≈ 23 per second', '= 2 million a day', '≈ 60 million a month (30 days)', '10x is 231 per second']);
    });

    it('does not read a bare multiplier or count as a rate', () => {
      assert.deepEqual(found('We keep 100k items, 5K events and 2M keys; scale by 2x.'), []);
    });
  });

  describe('latencies', () => {
    it('reads ns, µs, μs, us, ms and milliseconds, spaced or glued', () => {
      assert.deepEqual(found('Calls take 1.2ns, 3.1µs, 4 μs, 10 us, 250ms, 80 ms and 20 milliseconds.'), [
        ['latency', '1.2ns', 0.0000012], ['latency', '3.1µs', 0.0031], ['latency', '4 μs', 0.004], ['latency', '10 us', 0.01],
        ['latency', '250ms', 250], ['latency', '80 ms', 80], ['latency', '20 milliseconds', 20],
      ]);
    });

    it('converts to seconds and compares with a cross-continent round trip', () => {
      const q = one('Keep it under 250 ms.');
      assert.equal(q.unit, 'ms');
      assert.deepEqual(q.notes, ['= 0.25 s', 'about 3x a cross-continent network round trip (~80 ms)']);
      assert.deepEqual(one('a 3.1µs lock').notes.slice(0, 1), ['= 0.0031 ms']);
    });

    it('ties a latency to its percentile, before or after it', () => {
      const cases: [string, string, string][] = [
        ['p99 latency under 250 ms', '250 ms', 'p99'],
        ['p99 of 80ms', '80ms', 'p99'],
        ['p99 < 250ms', '250ms', 'p99'],
        ['250 ms at p99', '250 ms', 'p99'],
        ['250 ms (p95)', '250 ms', 'p95'],
        ['the 99th percentile is 80 ms', '80 ms', 'p99'],
        ['the 99.9th percentile is 900 ms', '900 ms', 'p99.9'],
        ['p999 of 900 ms', '900 ms', 'p999'],
        ['P99.9 latency: 1.2 s', '1.2 s', 'p99.9'],
        ['median response time is 40 ms', '40 ms', 'p50'],
      ];
      for (const [text, slice, percentile] of cases) {
        const q = one(text);
        assert.equal(q.slice, slice, text);
        assert.equal(q.percentile, percentile, text);
      }
      assert.deepEqual(one('p99 of 250 ms').notes.at(-1), '1 request in 100 is slower than this');
      assert.equal(one('Keep it under 250 ms.').percentile, undefined);
    });

    it('gives each latency the nearest percentile in its own sentence', () => {
      const text = 'p50 is 20 ms and p99 is 250 ms. Writes take 900 ms.';
      assert.deepEqual(scan(text).map((q) => q.percentile), ['p50', 'p99', undefined]);
    });

    it('reads seconds as a latency only with latency words nearby or after another latency', () => {
      assert.deepEqual(found('p99 latency for `POST /orders` rose from 80 ms to 1.4 s.'), [['latency', '80 ms', 80], ['latency', '1.4 s', 1400]]);
      assert.deepEqual(found('A timeout of 30 s.'), [['latency', '30 s', 30000]]);
      assert.deepEqual(found('The request takes 2 seconds.'), [['latency', '2 seconds', 2000]]);
      assert.deepEqual(found('We re-sync every 30 seconds.'), [['duration', '30 seconds', 30]]);
      assert.equal(scan('rose from 80 ms to 1.4 s')[1].notes[0], '= 1,400 ms');
    });
  });

  describe('availability', () => {
    it('reads percentages with availability words or several nines', () => {
      assert.deepEqual(found('Meet a 99.95% availability SLO.'), [['availability', '99.95%', 99.95]]);
      assert.deepEqual(found('Uptime target 99.99 percent; SLA 99.95 %; 95% availability.'), [
        ['availability', '99.99 percent', 99.99], ['availability', '99.95 %', 99.95], ['availability', '95%', 95],
      ]);
      assert.deepEqual(found('Aim for 99.9% of requests to succeed.'), [['availability', '99.9%', 99.9]]);
    });

    it('reads "three nines" and friends', () => {
      assert.deepEqual(found('three nines, four-nines, five 9s and 4 nines'), [
        ['availability', 'three nines', 99.9], ['availability', 'four-nines', 99.99], ['availability', 'five 9s', 99.999], ['availability', '4 nines', 99.99],
      ]);
      assert.equal(one('we promise five nines').notes[0], '= 99.999%');
    });

    it('ignores percentages that are not availability', () => {
      assert.deepEqual(found('95% of users are in the US; a canary of 1% of traffic; 50% cheaper.'), []);
      assert.deepEqual(found('The clock runs at 99.9986% speed.'), []);
      assert.deepEqual(found('S3 offers 99.999999999% durability.'), []);
      assert.deepEqual(found('Availability is 120% of plan.'), []);
    });

    it('states the downtime budget (365.25-day year, 30-day month)', () => {
      // 0.1% of 365.25 days = 31,557.6 s = 8 h 45 min 58 s; of 30 days = 2,592 s; of a week = 604.8 s; of a day = 86.4 s.
      assert.deepEqual(one('99.9% availability').notes, [
        'allows 8 h 46 min of downtime a year', '43 min 12 s a month (30 days)', '10 min 5 s a week', '1.4 min a day',
      ]);
    });
  });

  describe('sizes', () => {
    it('reads decimal and binary units and words', () => {
      assert.deepEqual(found('Keep 1.5 TB hot, 500GB warm, 2 PiB cold; pages of 8 KiB; a 2 gigabytes cap; 600B of memory.'), [
        ['size', '1.5 TB', 1.5e12], ['size', '500GB', 5e11], ['size', '2 PiB', +(2 * 1024 ** 5).toPrecision(6)], ['size', '8 KiB', 8192],
        ['size', '2 gigabytes', 2e9], ['size', '600B', 600],
      ]);
    });

    it('gives bytes and the other base', () => {
      assert.deepEqual(one('a 1 TB disk').notes, ['= 1 trillion bytes', '1 TB ≈ 931 GiB']);
      assert.deepEqual(one('2 PiB').notes, ['= 2.3 quadrillion bytes', '2 PiB ≈ 2.25 PB']);
    });

    it('does not read billions of things or literal prefixes as bytes', () => {
      assert.deepEqual(found('a 1.5B-parameter model with 1.5B parameters; 0b or 0B for binary'), []);
    });
  });

  describe('bandwidth', () => {
    it('reads bits per second, bytes per second, and Mb as megabits', () => {
      assert.deepEqual(found('A 1 Gbps link, 10 Gbit/s uplinks, 200 MB/s disks, a 100 Mb line, 50 Mbps.'), [
        ['bandwidth', '1 Gbps', 1e9], ['bandwidth', '10 Gbit/s', 1e10], ['bandwidth', '200 MB/s', 1.6e9], ['bandwidth', '100 Mb', 1e8], ['bandwidth', '50 Mbps', 5e7],
      ]);
    });

    it('gives bytes per second and the time to move 1 TB', () => {
      // 8e12 bits / 1e9 bit/s = 8,000 s = 2 h 13 min 20 s.
      assert.deepEqual(one('a 1 Gbps link').notes, ['= 125 MB per second', 'moves 1 TB in about 2 h 13 min']);
      assert.deepEqual(one('200 MB/s').notes, ['= 1.6 Gbit/s', 'moves 1 TB in about 1 h 23 min']);
    });
  });

  describe('durations', () => {
    it('reads seconds to weeks, spaced, glued and hyphenated', () => {
      assert.deepEqual(found('Retry for 30 seconds, 5 min, 15 minutes, 4 hours, 2 h, 7 days, 90 days, 1 week, 7d and a 10-minute TTL.'), [
        ['duration', '30 seconds', 30], ['duration', '5 min', 300], ['duration', '15 minutes', 900], ['duration', '4 hours', 14400],
        ['duration', '2 h', 7200], ['duration', '7 days', 604800], ['duration', '90 days', 7776000], ['duration', '1 week', 604800],
        ['duration', '7d', 604800], ['duration', '10-minute', 600],
      ]);
    });

    it('explains RPO, RTO and TTL', () => {
      const text = 'RPO of 15 minutes. RTO of 4 hours. Entries have a 10 minute TTL.';
      assert.deepEqual(scan(text).map((q) => q.notes), [
        ['= 15 minutes', 'up to 15 minutes of data may be lost'],
        ['= 4 hours', 'service may be down up to 4 hours'],
        ['= 10 minutes', 'cached data may be up to 10 minutes old'],
      ]);
      assert.deepEqual(one('We keep logs for 90 days.').notes, ['= 90 days (about 3 months)']);
      // The nearest keyword decides: here retention, although a TTL is mentioned too.
      assert.deepEqual(scan('TTL 300s; retention 30d').map((q) => q.notes.at(-1)), ['cached data may be up to 5 minutes old', 'data is kept for 30 days']);
    });
  });

  describe('ranges', () => {
    it('reports a range as one quantity valued at its upper bound', () => {
      assert.deepEqual(found('Expect 100–200 ms, 1 to 2 hours and 10k-20k TPS.'), [
        ['latency', '100–200 ms', 200], ['duration', '1 to 2 hours', 7200], ['rate', '10k-20k TPS', 20000],
      ]);
      assert.equal(one('100-200 ms').notes.at(-1), 'the upper end of the range');
    });

    it('does not make a range out of a decreasing pair', () => {
      assert.deepEqual(found('cut from 500 to 250 ms'), [['latency', '250 ms', 250]]);
    });
  });

  describe('false positives', () => {
    it('ignores versions, instance types, standards, protocols, dates, sections and addresses', () => {
      const text = 'v1.2, Kubernetes 1.28, m6i.2xlarge, ISO 9001, HTTP/2, 2024-05-01, section 3.5, 10.0.0.1, 10.0.0.1:8080, v99.9, 1.2.3 ms, k8s, 12:30';
      assert.deepEqual(found(text), []);
    });

    it('ignores decades, "10s of", plural digits and units in other case', () => {
      assert.deepEqual(found('In the 1990s and the 90s, 10s of thousands of 0s and 1s; 5 MS; 3 S.'), []);
    });

    it('needs a whole word on both sides', () => {
      assert.deepEqual(found('x250ms, 250msx, 250ms2, id_5ms, 5 msgs'), []);
    });
  });

  describe('contract', () => {
    it('looks only inside the given ranges', () => {
      const text = 'Prose with 250 ms. `code 300 ms` and more prose with 15k TPS.';
      const code = text.indexOf('`');
      const ranges = [{ start: 0, end: code }, { start: text.indexOf('` and') + 1, end: text.length }];
      assert.deepEqual(scan(text, ranges).map((q) => text.slice(q.offset, q.offset + q.length)), ['250 ms', '15k TPS']);
    });

    it('does not read a unit cut by the end of a range', () => {
      const text = 'p99 of 250ms here';
      assert.deepEqual(scan(text, [{ start: 0, end: text.indexOf('ms') + 1 }]), []);
    });

    it('returns sorted, non-overlapping quantities even for overlapping or unsorted ranges', () => {
      const text = 'a 5 ms b 10 GB c 3 nines d';
      const qs = scan(text, [{ start: 9, end: text.length }, { start: 0, end: text.length }, { start: 0, end: 12 }]);
      assert.deepEqual(qs.map((q) => text.slice(q.offset, q.offset + q.length)), ['5 ms', '10 GB', '3 nines']);
    });

    it('accepts odd ranges without throwing', () => {
      const text = '5 ms';
      for (const r of [{ start: -5, end: 100 }, { start: 3, end: 1 }, { start: NaN, end: NaN }, { start: 0, end: Infinity }, { start: 1.5, end: 4 }]) {
        assert.doesNotThrow(() => findQuantities(text, [r]));
      }
      assert.deepEqual(findQuantities(text, [{ start: -5, end: 100 }]).map((q) => q.offset), [0]);
      assert.deepEqual(findQuantities('', whole('')), []);
    });

    it('keeps non-breaking spaces and en dashes in the slice', () => {
      assert.deepEqual(found('250\u00a0ms and 1\u20132\u202fs'), [['latency', '250\u00a0ms', 250], ['latency', '1\u20132\u202fs', 2000]]);
    });

    it('never throws, and every quantity lies inside a given range (property)', () => {
      const unit = fc.constantFrom('1', '9', '0', '.', ',', ' ', '-', '–', '/', '%', 'k', 'M', 'B', 'ms', 's', 'µs', 'GB', 'GiB', 'Mb', 'ps', 'TPS',
        'req', 'per', ' second', ' day', 'p99', 'nines', 'three', 'latency', 'SLO', 'RPO', '\n', '`', 'to', 'a', 'x', '😀', '\u00a0');
      const range = fc.record({ start: fc.integer({ min: -5, max: 250 }), end: fc.integer({ min: -5, max: 250 }) });
      fc.assert(fc.property(fc.array(unit, { maxLength: 80 }), fc.array(range, { maxLength: 4 }), (parts, ranges) => {
        const text = parts.join('');
        const qs = findQuantities(text, ranges);
        let reached = -1;
        for (const q of qs) {
          assert.ok(q.offset >= reached, 'sorted and non-overlapping');
          reached = q.offset + q.length;
          assert.ok(ranges.some((r) => q.offset >= r.start && q.offset + q.length <= r.end), `inside a range: ${q.offset}+${q.length}`);
          assert.ok(Number.isFinite(q.value) && q.notes.length > 0);
          assert.ok(!/^\s|\s$/.test(text.slice(q.offset, q.offset + q.length)), 'no surrounding spaces');
        }
      }), { numRuns: 2000 });
    });

    it('finishes on adversarial input (1 MB of digits and dots, 100k "9.9")', () => {
      let seed = 7;
      const rnd = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
      const digitsAndDots = Array.from({ length: 1 << 20 }, () => (rnd() < 0.3 ? '.' : String(Math.floor(rnd() * 10)))).join('');
      assert.deepEqual(findQuantities(digitsAndDots, whole(digitsAndDots)), []);
      const nines = '9.9'.repeat(100_000);
      assert.deepEqual(findQuantities(nines, whole(nines)), []);
      const spaced = '9.9 '.repeat(100_000) + 'ms';
      assert.deepEqual(findQuantities(spaced, whole(spaced)).map((q) => q.offset), [spaced.length - '9.9 ms'.length]);
      const long = '1'.repeat(1 << 20) + ' ms';
      assert.deepEqual(findQuantities(long, whole(long)), []);
    });
  });

  describe('on real documents', () => {
    it('finds the numbers of the sample design doc', () => {
      const text = readFileSync(join(ROOT, 'samples', 'checkout-orders-redesign.md'), 'utf8');
      const qs = findQuantities(text, proseOf(text));
      assert.deepEqual(qs.map((q) => [q.kind, text.slice(q.offset, q.offset + q.length), q.percentile ?? '']), [
        ['rate', '4,200 TPS', ''], ['rate', '5,000 TPS', ''], ['latency', '80 ms', 'p99'], ['latency', '1.4 s', 'p99'], ['rate', '15k TPS', ''],
        ['latency', '250 ms', 'p99'], ['availability', '99.95%', ''], ['duration', '10 minute', ''], ['latency', '300 ms', ''],
      ]);
    });

    it('keeps every quantity of the corpus inside prose, with exact slices', function () {
      this.timeout(60_000); // the full-glossary analysis of 26 documents, not findQuantities, is the slow part
      let total = 0;
      for (const { name, text } of corpusDocs()) {
        const prose = proseOf(text);
        const qs = findQuantities(text, prose);
        total += qs.length;
        let reached = -1;
        for (const q of qs) {
          const slice = text.slice(q.offset, q.offset + q.length);
          assert.equal(slice.length, q.length, name);
          assert.ok(q.offset >= reached, `${name}: sorted, non-overlapping`);
          reached = q.offset + q.length;
          assert.ok(prose.some((r) => q.offset >= r.start && q.offset + q.length <= r.end), `${name}: ${JSON.stringify(slice)} is in prose`);
          assert.ok(/^[\d~]/.test(slice) || /^(?:two|three|four|five|six|seven|eight|nine)\b/i.test(slice), `${name}: ${JSON.stringify(slice)} starts with a number`);
        }
      }
      assert.ok(total > 50, `found ${total} quantities in the corpus`);
    });
  });
});

describe('downtimeBudget', () => {
  it('gives human strings per year, 30-day month, week and day', () => {
    assert.deepEqual(downtimeBudget(99.9), { year: '8 h 46 min', month: '43 min 12 s', week: '10 min 5 s', day: '1.4 min' });
    assert.deepEqual(downtimeBudget(99.99), { year: '52 min 36 s', month: '4.3 min', week: '1 min', day: '8.6 s' });
    assert.equal(downtimeBudget(99.995).day, '4.3 s');
    assert.equal(downtimeBudget(90).year, '37 d'); // 36.5 days: whole days from ten days up
    assert.equal(downtimeBudget(99).year, '3 d 16 h'); // 87.66 hours
    assert.deepEqual(downtimeBudget(100), { year: '0 s', month: '0 s', week: '0 s', day: '0 s' });
    assert.doesNotThrow(() => downtimeBudget(NaN));
  });
});

describe('formatCount', () => {
  it('says counts the way a person would', () => {
    const cases: [number, string][] = [
      [1.296e9, '1.3 billion'], [3.888e10, '39 billion'], [3.888e7, '39 million'], [12_960, '12,960'], [864, '864'],
      [999_999_999.6, '1 billion'], [999_999.7, '1 million'], [1.5e12, '1.5 trillion'], [23.148, '23'], [2.5, '2.5'], [0.0231, '0.023'], [0, '0'],
    ];
    for (const [n, s] of cases) assert.equal(formatCount(n), s, String(n));
    assert.equal(formatCount(NaN), 'NaN');
  });
});
