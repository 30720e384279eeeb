import { strict as assert } from 'node:assert';
import { AnalysisEngine, type EngineResponse } from '../../../src/core/engine';
import { fixtureGlossary } from '../helpers';

/** An engine whose deferred work runs when the test says, and the messages it sent. */
function engine() {
  const sent: EngineResponse[] = [];
  const queue: (() => void)[] = [];
  const e = new AnalysisEngine((r) => sent.push(r), (fn) => queue.push(fn));
  return { e, sent, run: () => { while (queue.length) queue.shift()!(); } };
}

describe('Analysis engine (the worker side of the channel)', () => {
  it('compiles the merged glossary it is sent, and reports a form that can never match at its entry', () => {
    const { e, sent, run } = engine();
    const entries = [...fixtureGlossary().entries.values()];
    const bad = { ...entries[0], id: 'only-punctuation', term: 'ledger tail', aliases: ['!!!'], source: { file: 'file:///w/.docent/glossary.yaml', line: 7 } };
    e.receive({ type: 'glossary', entries: [...entries, bad] });
    const loaded = sent.find((m) => m.type === 'glossary');
    assert.ok(loaded && loaded.type === 'glossary');
    assert.equal(loaded.entries, entries.length + 1);
    assert.deepEqual(loaded.problems.map((p) => [p.entryId, p.file, p.line]), [['only-punctuation', 'file:///w/.docent/glossary.yaml', 7]]);
    e.receive({ type: 'analyze', id: 1, uri: 'mem:/a.md', version: 1, text: '# A\n\nThe ledger tail is read by a replica.\n' });
    run();
    const result = sent.find((m) => m.type === 'result');
    assert.ok(result && result.type === 'result');
    assert.ok(result.report.analysis.terms.some((t) => t.id === 'only-punctuation'), 'the team entry is matched');
  });

  it('analyses only the newest of several waiting requests for one doc, and says the others were superseded', () => {
    const { e, sent, run } = engine();
    e.receive({ type: 'glossary', entries: [...fixtureGlossary().entries.values()] });
    e.receive({ type: 'analyze', id: 1, uri: 'mem:/a.md', version: 1, text: '# A\n' });
    e.receive({ type: 'analyze', id: 2, uri: 'mem:/a.md', version: 2, text: '# A\n\nMore.\n' });
    run();
    assert.deepEqual(sent.filter((m) => m.type !== 'glossary').map((m) => [m.type, 'id' in m ? m.id : undefined]), [['superseded', 1], ['started', 2], ['result', 2]]);
  });
});
