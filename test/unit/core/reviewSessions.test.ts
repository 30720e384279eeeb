import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { ReviewSessions, emptyReviewState, parseReviewState, serializeReviewState, setNote, setStatus, type ReviewState } from '../../../src/core';

/** Storage whose reads and writes take random, interleaving amounts of time, as VS Code's may. */
class SlowStorage {
  readonly data = new Map<string, unknown>();
  constructor(private readonly delays: () => number) {}
  #wait() { return new Promise((r) => setTimeout(r, this.delays())); }
  async load(key: string): Promise<ReviewState> {
    await this.#wait();
    return parseReviewState(this.data.get(key)).state;
  }
  async save(key: string, state: ReviewState): Promise<void> {
    const copy = JSON.parse(JSON.stringify(serializeReviewState(state)));
    await this.#wait();
    this.data.set(key, copy);
  }
}

type Op =
  | { kind: 'switch'; doc: number }
  | { kind: 'tick'; q: number }
  | { kind: 'note'; q: number; text: string }
  | { kind: 'reload' }
  | { kind: 'rename'; doc: number };

const op: fc.Arbitrary<Op> = fc.oneof(
  fc.record({ kind: fc.constant('switch' as const), doc: fc.integer({ min: 0, max: 3 }) }),
  fc.record({ kind: fc.constant('tick' as const), q: fc.integer({ min: 0, max: 4 }) }),
  fc.record({ kind: fc.constant('note' as const), q: fc.integer({ min: 0, max: 4 }), text: fc.string({ minLength: 1, maxLength: 12 }).filter((s) => s.trim().length > 0) }),
  fc.record({ kind: fc.constant('reload' as const) }),
  fc.record({ kind: fc.constant('rename' as const), doc: fc.integer({ min: 0, max: 3 }) }),
);

describe('Review state bound to its document (property)', () => {
  it('never loses or misattributes a note or a tick across switches, renames, reloads and slow storage', async function () {
    this.timeout(120_000);
    await fc.assert(fc.asyncProperty(fc.array(op, { minLength: 1, maxLength: 40 }), fc.integer({ min: 0, max: 2 ** 31 - 1 }), async (ops, seed) => {
      let rnd = seed;
      const storage = new SlowStorage(() => { rnd = (rnd * 1103515245 + 12345) % 2 ** 31; return rnd % 4; });
      let sessions = new ReviewSessions(storage);
      // What the PM did, per document name: the truth the store must end up holding.
      const expected = new Map<string, Map<string, { status: string; note?: string }>>();
      const names = ['doc0', 'doc1', 'doc2', 'doc3'];
      let current = 'doc0';
      let pending: Promise<unknown>[] = [];
      const open = (key: string) => sessions.open(key, () => storage.load(key));
      void open(current);
      for (const o of ops) {
        switch (o.kind) {
          case 'switch':
            current = names[o.doc];
            void open(current); // not awaited: the PM clicks before the state has loaded
            break;
          case 'tick': {
            const id = `q${o.q}`;
            const e = expected.get(current) ?? new Map();
            e.set(id, { ...e.get(id), status: 'answered' });
            expected.set(current, e);
            pending.push(sessions.update(current, (s) => setStatus(s, id, 'answered')));
            break;
          }
          case 'note': {
            const id = `q${o.q}`;
            const e = expected.get(current) ?? new Map();
            e.set(id, { status: e.get(id)?.status ?? 'open', note: o.text.trim() });
            expected.set(current, e);
            pending.push(sessions.update(current, (s) => setNote(s, id, o.text)));
            break;
          }
          case 'reload':
            // A window reload: every queued write finishes (VS Code flushes storage), then a fresh start.
            await Promise.all(pending);
            pending = [];
            sessions = new ReviewSessions(storage);
            void open(current);
            break;
          case 'rename': {
            // The current doc takes a new name; its state and queued changes follow it.
            const to = `${current}-renamed${o.doc}`;
            await Promise.all(pending);
            pending = [];
            await sessions.settled(current);
            if (storage.data.has(current)) { storage.data.set(to, storage.data.get(current)); storage.data.delete(current); }
            sessions.rename(current, to);
            if (expected.has(current)) { expected.set(to, expected.get(current)!); expected.delete(current); }
            names[names.indexOf(current)] = to;
            current = to;
            break;
          }
        }
      }
      await Promise.all(pending);
      for (const [doc, qs] of expected) {
        const stored = parseReviewState(storage.data.get(doc)).state;
        for (const [id, want] of qs) {
          assert.equal(stored.questions[id]?.status, want.status, `${doc} ${id} status`);
          assert.equal(stored.questions[id]?.note, want.note, `${doc} ${id} note`);
        }
        assert.deepEqual(Object.keys(stored.questions).sort(), [...qs.keys()].sort(), `${doc}: no question from another doc`);
      }
      for (const key of storage.data.keys()) assert.ok(expected.has(key), `${key} holds only what was done to it`);
    }), { numRuns: 2000 });
  });

  it('applies a change made while the state is still loading to the loaded state, not to an empty one', async () => {
    const storage = new SlowStorage(() => 5);
    storage.data.set('b', { version: 1, questions: { cost: { status: 'answered', note: 'budget agreed with finance', updated: 'x' } }, custom: [] });
    const sessions = new ReviewSessions(storage);
    void sessions.open('b', () => storage.load('b'));
    await sessions.update('b', (s) => setStatus(s, 'risk', 'asked'));
    const stored = parseReviewState(storage.data.get('b')).state;
    assert.equal(stored.questions.cost.note, 'budget agreed with finance');
    assert.equal(stored.questions.risk.status, 'asked');
  });

  it('refuses a change for a document it never opened', async () => {
    await assert.rejects(new ReviewSessions(new SlowStorage(() => 0)).update('nowhere', (s) => s), /No review open/);
  });
});

describe('Review state read tolerantly, written back whole', () => {
  it('keeps an entry with an unknown status verbatim, and replaces it only when the PM changes it', () => {
    const raw = { version: 1, questions: { a: { status: 'parked', note: 'from a newer Docent', updated: 'x' }, b: { status: 'asked', updated: 'y' } }, custom: [] };
    const { state, problems } = parseReviewState(raw);
    assert.equal(problems.length, 1);
    assert.deepEqual((serializeReviewState(setStatus(state, 'b', 'answered')) as { questions: Record<string, unknown> }).questions.a, raw.questions.a);
    const changed = serializeReviewState(setStatus(state, 'a', 'open')) as { questions: Record<string, { status: string }> };
    assert.equal(changed.questions.a.status, 'open');
    assert.deepEqual(serializeReviewState(emptyReviewState()), emptyReviewState());
  });
});
