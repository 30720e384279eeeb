import { strict as assert } from 'node:assert';
import * as vscode from 'vscode';
import type { DocentApi, DocentExports } from '../../src/activate';
import type { EngineChannel } from '../../src/analysisClient';
import type { EngineResponse } from '../../src/core/engine';
import { EXTENSION_ID, hoverAt, openDoc, report, waitFor, workspaceFile } from './util';

const SAMPLE = 'checkout-orders-redesign.md';

async function api(): Promise<DocentApi> {
  const ext = vscode.extensions.getExtension<DocentExports>(EXTENSION_ID)!;
  await openDoc(SAMPLE);
  await waitFor('Docent to activate', () => ext.isActive);
  return ext.exports.getApi(1);
}

type Node = Parameters<DocentApi['questionsView']['getTreeItem']>[0];

describe('Review sidebar, export and team glossaries in a real extension host', () => {
  before(async () => {
    const docent = await api();
    await waitFor('the review of the sample to load', async () => {
      await docent.review.ready;
      return docent.review.document?.uri.path.endsWith(SAMPLE) && docent.review.items().length > 0;
    });
  });

  it('hover shows what it is, why it matters and one question, then More… (the full entry) and I know this term', async () => {
    const doc = await openDoc(SAMPLE);
    const hover = (await hoverAt(doc, 'idempotency key')).join('\n');
    assert.match(hover, /Why it matters/);
    assert.match(hover, /Ask in the review:\*\* [^\n]+\n\n\[More…\]\(command:docent\.lookUpTerm\?/, 'one question, then More… opens the full entry');
    assert.match(hover, /\[I know this term\]\(command:docent\.markTermKnown\?[^)]*\)$/, 'I know this term is the last line');
    assert.match(hover, /"The full entry: (?:the tradeoff, )?\d+ more questions, related terms, where to learn more"/, 'More… says what the entry page adds');
    assert.doesNotMatch(hover, /Related:|Learn more:|Tradeoff:/, 'the rest lives in the entry page');
    assert.doesNotMatch(hover, /command:(?!docent\.)/, 'no command links except Docent\'s own');
  });

  it('hover on a number shows its conversions', async () => {
    const doc = await openDoc(SAMPLE);
    const hover = (await hoverAt(doc, '99.95%')).join('\n');
    assert.match(hover, /availability/);
    assert.match(hover, /4 h 2\d min/, `downtime per year in: ${hover}`);
  });

  it('lists ranked questions by category; each reveals its passage', async () => {
    const docent = await api();
    const view = docent.questionsView;
    const roots = view.getChildren() as Node[];
    const labels = roots.map((n) => String(view.getTreeItem(n).label));
    assert.equal(labels[0], 'Ask first', labels.join(', '));
    assert.ok(labels.includes('Scale & performance') && labels.includes('Clarifying'), labels.join(', '));
    const questions = roots.flatMap((r) => view.getChildren(r) as Node[]);
    const rateNode = questions.find((n) => n.kind === 'question' && n.item.id.startsWith('number:rate') && n.item.text.includes('15k TPS'));
    assert.ok(rateNode, `a question about 15k TPS in ${questions.map((n) => view.getTreeItem(n).label).join(' | ')}`);
    const item = view.getTreeItem(rateNode);
    assert.match(String(item.accessibilityInformation?.label), /^Is 15k TPS the peak or the average/, `the full question is read out: ${item.accessibilityInformation?.label}`);
    assert.ok(String(item.label).length <= 60, 'the row shows a short headline');
    assert.equal(item.command?.command, 'docent.revealRange');
    await vscode.commands.executeCommand(item.command!.command, ...(item.command!.arguments ?? []));
    const editor = vscode.window.activeTextEditor!;
    const line = editor.document.lineAt(editor.selection.start.line).text;
    assert.ok(line.includes('15k TPS'), `revealed line ${editor.selection.start.line}: ${line} (${editor.document.uri.toString()}; args ${JSON.stringify(item.command!.arguments)})`);
    assert.equal(editor.document.getText(editor.selection), '15k TPS', 'clicking selects the words that raised the question');
  });

  it('marks, notes and answers questions through the view commands and keeps them after a fresh load', async () => {
    const docent = await api();
    const view = docent.questionsView;
    const find = (prefix: string) => {
      for (const root of view.getChildren() as Node[]) {
        for (const n of view.getChildren(root) as Node[]) if (n.kind === 'question' && n.item.id.startsWith(prefix)) return n;
      }
      return undefined;
    };
    await vscode.commands.executeCommand('docent.question.markAsked', find('missing:sections'));
    await vscode.commands.executeCommand('docent.question.dismiss', find('number:rate'));
    await docent.review.setNote('missing:sections', 'Ana owns the estimate');
    assert.equal(find('missing:sections')!.kind === 'question' && (find('missing:sections') as { item: { status: string } }).item.status, 'asked');
    assert.equal(view.getTreeItem(find('missing:sections')!).contextValue, 'docent.question.asked');
    // A second store over the same workspace storage sees the state (what a window reload reads).
    const stored = docent.review.state;
    await docent.review.follow(vscode.window.activeTextEditor!.document);
    assert.deepEqual(docent.review.state, stored);
    assert.equal(docent.review.state.questions['missing:sections'].note, 'Ana owns the estimate');
    assert.equal(Object.entries(docent.review.state.questions).find(([id]) => id.startsWith('number:rate'))?.[1].status, 'dismissed');
  });

  it('adds the PM\'s own question and shows it under My questions', async () => {
    const docent = await api();
    await vscode.commands.executeCommand('docent.questions.add', 'Who approves the Black Friday freeze?');
    const view = docent.questionsView;
    const mine = (view.getChildren() as Node[]).find((n) => n.kind === 'mine');
    assert.ok(mine);
    const items = (view.getChildren(mine) as Node[]).map((n) => String(view.getTreeItem(n).label));
    assert.ok(items.includes('Who approves the Black Friday freeze?'));
  });

  it('exports the questions with their state as Markdown, CSV and JSON', async () => {
    await api();
    const folder = vscode.workspace.workspaceFolders![0].uri;
    for (const format of ['md', 'csv', 'json'] as const) {
      const target = vscode.Uri.joinPath(folder, `export-test.${format}`);
      await vscode.commands.executeCommand('docent.export', format, target);
      const text = new TextDecoder().decode(await vscode.workspace.fs.readFile(target));
      if (format === 'md') {
        assert.match(text, /^# Review questions: Checkout orders store redesign/);
        assert.match(text, /The doc has no .* sections: .* _\(asked\)_/);
        assert.match(text, /^## Ask first\n\n- \[ \] /m);
        assert.match(text, /_Note:_ Ana owns the estimate/);
        assert.match(text, /## My questions\n\n- \[ \] Who approves the Black Friday freeze\?/);
      } else if (format === 'csv') {
        assert.match(text, /^id,category,priority,status,question,why,section,line,note,ask_first\r\n/);
        assert.match(text, /missing:sections,Clarifying,\d+,asked,/);
        assert.match(text, /,yes\r\n/, 'Ask first questions are flagged');
      } else {
        const json = JSON.parse(text);
        assert.equal(json.questions.find((q: { id: string }) => q.id.startsWith('number:rate')).status, 'dismissed');
      }
      await vscode.workspace.fs.delete(target);
    }
  });

  it('reports an unwritable export target without throwing or writing anything', async () => {
    await api();
    const folder = vscode.workspace.workspaceFolders![0].uri;
    const target = vscode.Uri.joinPath(folder, 'no-such-dir', 'deeper', '\u0000bad.md');
    await vscode.commands.executeCommand('docent.export', 'md', target);
    await assert.rejects(Promise.resolve(vscode.workspace.fs.stat(target)));
  });

  it('merges a team glossary, re-reads it on change, and shows diagnostics at the bad line', async () => {
    const docent = await api();
    const file = workspaceFile('.docent/glossary.yaml');
    const yaml = [
      'area: data',
      'entries:',
      '  - id: orders-ledger',
      '    term: orders ledger',
      '    aliases: ["!!!"]',
      '    definition: The append-only record of every order state change, owned by payments-platform.',
      '  - id: broken',
      '    term: broken entry',
      '    colour: red',
      '    definition: Has a field the schema does not know.',
      '',
    ].join('\n');
    // Written from outside the editor (as a git checkout would) into a folder that did not exist:
    // the file watcher may or may not see it, and opening a doc must pick it up either way.
    await vscode.workspace.fs.writeFile(file, new TextEncoder().encode(yaml));
    const doc = await vscode.workspace.openTextDocument({ language: 'markdown', content: '# Note\n\nEvery change lands in the orders ledger first.\n' });
    await vscode.window.showTextDocument(doc);
    await waitFor('the team entry to load', () => docent.glossary.glossary.entries.has('orders-ledger'));
    const diags = await waitFor('a diagnostic on line 7', () => vscode.languages.getDiagnostics(file).find((d) => /Unknown field "colour"/.test(d.message)));
    assert.equal(diags.range.start.line, 6, 'the entry that has the unknown field starts on line 7');
    assert.ok(!docent.glossary.glossary.entries.has('broken'));
    const hover = await waitFor('a hover from the team glossary', async () => (await hoverAt(doc, 'orders ledger')).join('\n').replace(/\\(.)/g, '$1').includes('append-only record') || undefined);
    assert.ok(hover);
    // The analysis worker compiles the entries it is sent: what it cannot use is shown at the entry too.
    const never = await waitFor('the worker\'s problem as a diagnostic', () => vscode.languages.getDiagnostics(file).find((d) => /"!!!" has no letters or digits/.test(d.message)));
    assert.equal(never.range.start.line, 2, 'at the entry that claims the form');
    // Edited in the editor: the change applies before it is saved.
    const teamDoc = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(file));
    await teamDoc.edit((e) => e.replace(new vscode.Range(0, 0, teamDoc.document.lineCount, 0), yaml.replace('orders ledger', 'orders journal')));
    await waitFor('the edited term to apply unsaved', () => docent.glossary.glossary.entries.get('orders-ledger')?.term === 'orders journal');
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    await vscode.workspace.fs.delete(file, { recursive: true });
    // Deleted from outside too: the watcher may miss it (as it may miss the folder's creation),
    // and closing the team file made the doc active again before the delete, so showing the doc
    // would fire nothing. Opening a Markdown doc after the delete is the check the service promises.
    const after = await vscode.workspace.openTextDocument({ language: 'markdown', content: '# After\n\nThe orders ledger is gone.\n' });
    await vscode.window.showTextDocument(after);
    await waitFor('the team entry to go away', () => !docent.glossary.glossary.entries.has('orders-ledger'));
  });

  it('computes decorations for all occurrences or the first per section', async () => {
    const docent = await api();
    const doc = await openDoc(SAMPLE);
    const state = (await docent.analyses.request(doc))!;
    const all = docent.highlighter.ranges(state, 'all');
    const first = docent.highlighter.ranges(state, 'firstPerSection');
    assert.equal(all.length, state.report.analysis.terms.length);
    const calm = docent.highlighter.ranges(state, 'calm');
    assert.ok(first.length < all.length && first.length > 10, `${first.length} of ${all.length}`);
    assert.ok(calm.length >= first.length && calm.length <= all.length, `calm ${calm.length}`);
    for (const t of all) assert.ok(!doc.getText(state.toRange(t.offset, t.length)).includes('`'), 'never inside code');
  });

  it('highlights terms in the built-in Markdown preview', async () => {
    await api();
    const html = await vscode.commands.executeCommand<string>('markdown.api.render', '# T\n\nWe shard the table. `shard` in code.');
    assert.match(html, /<span class="docent-term" data-docent-id="sharding" title="sharding: [^"]+" data-docent-term="sharding" data-docent-def="[^"]+" data-docent-why="[^"]+" data-docent-ask="[^"]+">shard<\/span>/);
    assert.equal((html.match(/class="docent-term"/g) ?? []).length, 1, 'code is not marked');
  });

  it('looks up terms and opens the glossary source', async () => {
    const docent = await api();
    await vscode.commands.executeCommand('docent.openGlossarySource', 'sharding');
    const editor = await waitFor('the glossary source', () => (vscode.window.activeTextEditor?.document.uri.scheme === 'docent-glossary-source' ? vscode.window.activeTextEditor : undefined));
    const entry = docent.glossary.glossary.entries.get('sharding')!;
    assert.match(editor.document.lineAt(editor.selection.start.line).text, /id: sharding/);
    assert.equal(editor.selection.start.line + 1, entry.source!.line);
    const page = await vscode.workspace.openTextDocument(vscode.Uri.parse('docent-glossary:/sharding.md'));
    assert.match(page.getText(), /^# sharding\n/);
    assert.match(page.getText(), /## Ask in the review/);
  });
});

describe('Analysis off the main thread', () => {
  it('opens the Review Brief beside the doc, escaped under a strict CSP, and re-renders when the PM ticks a question; meeting mode shows only open ones', async () => {
    const docent = await api();
    await openDoc(SAMPLE);
    await vscode.commands.executeCommand('docent.openBrief');
    const panel = docent.brief.panel!;
    assert.ok(panel, 'a panel is open');
    await waitFor('the brief to take focus', () => vscode.window.activeTextEditor === undefined);
    assert.ok(docent.termsView.getChildren().length > 0, 'Terms in this Doc keeps showing the doc while the brief has focus');
    assert.equal(panel.viewType, 'docent.brief');
    const html = () => docent.brief.panel!.webview.html;
    await waitFor('the brief to render the sample', () => html().includes('Checkout orders store redesign'));
    assert.match(html(), /<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src [^;]+; script-src 'nonce-[0-9a-f]{32}'; img-src [^;"]+;">/);
    assert.equal((html().match(/<script\b/g) ?? []).length, 1, 'only Docent\'s own script');
    for (const part of ['What it proposes', 'Components and calls', 'Key numbers', 'What it leaves open', 'Ask first']) assert.ok(html().includes(part), part);
    assert.match(html(), /Web checkout <span aria-label="calls">→<\/span> Checkout API/);
    assert.match(html(), /<strong>15k TPS<\/strong>/);
    const item = docent.review.items().find((i) => i.askFirst)!;
    const row = () => new RegExp(`data-id="${item.id.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}">\\n<label class="tick"><input type="checkbox" data-action="answered"( checked)?`).exec(html());
    assert.equal(row()?.[1], undefined, 'open at first');
    await docent.review.setStatus(item.id, 'answered');
    await waitFor('the brief to show it answered', () => row()?.[1] === ' checked');
    await vscode.commands.executeCommand('docent.openMeetingMode');
    await waitFor('meeting mode', () => html().includes('<body class="meeting"'));
    assert.equal(row(), null, 'an answered question leaves the meeting agenda');
    assert.match(html(), /\d+ questions open/);
    await docent.review.setStatus(item.id, 'open');
    panel.dispose();
  });

  it('runs in a worker and keeps the extension host responsive on a 2 MB document', async () => {
    const docent = await api();
    assert.equal(docent.analysis.mode, 'worker');
    const big = Array.from({ length: 2500 }, (_, i) => `## Part ${i}\n\nWe shard the orders table, keep a read replica, and cache reads with a TTL of 10 minutes at 15k TPS.\n\n| a | b |\n|---|---|\n| fan-out | p99 latency |\n`).join('\n').repeat(3);
    const doc = await vscode.workspace.openTextDocument({ language: 'markdown', content: big });
    const analysis = docent.analyses.request(doc);
    // While the worker analyses, the extension host's event loop must keep turning.
    let worst = 0;
    let done = false;
    void analysis.then(() => { done = true; });
    while (!done) {
      const t = Date.now();
      await new Promise((r) => setTimeout(r, 10));
      worst = Math.max(worst, Date.now() - t - 10);
    }
    const state = await analysis;
    assert.ok(state && state.report.analysis.terms.length > 10000, `terms: ${state?.report.analysis.terms.length}`);
    assert.ok(worst < 500, `the event loop stalled for ${worst} ms`);
    report(`${(big.length / 1e6).toFixed(1)} MB analysed in the worker; worst event-loop delay meanwhile ${worst} ms`);
  });
});

describe('Quieting known terms', () => {
  it('stops underlining a term the PM marks as known, and hovers still explain it', async () => {
    const docent = await api();
    const doc = await openDoc(SAMPLE);
    const state = (await docent.analyses.request(doc))!;
    await vscode.commands.executeCommand('docent.markTermKnown', 'sharding');
    try {
      const known = new Set(vscode.workspace.getConfiguration('docent').get<string[]>('highlight.knownTerms'));
      assert.ok(known.has('sharding'));
      const ranges = docent.highlighter.ranges(state, 'all', known);
      assert.ok(ranges.every((t) => !/^shard/i.test(doc.getText(state.toRange(t.offset, t.length)))), 'no sharding underline');
      assert.ok(ranges.length > 0 && ranges.length < state.report.analysis.terms.length);
      const hover = (await hoverAt(doc, 'shard the orders')).join('\n');
      assert.match(hover, /Why it matters/);
    } finally {
      await vscode.commands.executeCommand('docent.unmarkTermKnown', 'sharding');
    }
    assert.ok(!vscode.workspace.getConfiguration('docent').get<string[]>('highlight.knownTerms')!.includes('sharding'));
  });
});

describe('Review state and renames', () => {
  it('follows a rename made in VS Code', async () => {
    const docent = await api();
    const folder = vscode.workspace.workspaceFolders![0].uri;
    const from = vscode.Uri.joinPath(folder, 'rename-me.md');
    const to = vscode.Uri.joinPath(folder, 'renamed.md');
    await vscode.workspace.fs.writeFile(from, new TextEncoder().encode('# Rename test\n\nWe shard the ledger. The cost is TBD.\n'));
    const doc = await vscode.workspace.openTextDocument(from);
    await vscode.window.showTextDocument(doc);
    await docent.review.follow(doc);
    await docent.review.setStatus('missing:sections', 'answered');
    await docent.review.setNote('missing:sections', 'Budget agreed with finance');
    const edit = new vscode.WorkspaceEdit();
    edit.renameFile(from, to);
    assert.ok(await vscode.workspace.applyEdit(edit));
    const renamed = await vscode.workspace.openTextDocument(to);
    await vscode.window.showTextDocument(renamed);
    await waitFor('the state under the new name', async () => {
      await docent.review.follow(renamed);
      return docent.review.state.questions['missing:sections']?.note === 'Budget agreed with finance';
    });
    assert.equal(docent.review.state.questions['missing:sections'].status, 'answered');
    await vscode.workspace.fs.delete(to);
  });
});

describe('Analysis watchdog', () => {
  it('stops a stuck analysis with a clear error and carries on with a fresh worker', async () => {
    const { AnalysisClient, AnalysisRestarted, inProcessChannel } = await import('../../src/analysisClient');
    const { loadGlossary } = await import('../../src/bundledGlossary');
    let started = 0;
    const posted: string[] = [];
    // The first "worker" starts the first request and never finishes it; the second is the real engine.
    const stuck = (): EngineChannel => {
      let listener: (m: EngineResponse) => void = () => {};
      return {
        post: (m) => { posted.push(m.type); if (m.type === 'analyze' && m.uri === 'untitled:stuck') setTimeout(() => listener({ type: 'started', id: m.id }), 10); },
        onMessage: (l) => { listener = l; }, onFailure: () => {}, terminate: () => {},
      };
    };
    const client = new AnalysisClient(() => (started++ === 0 ? stuck() : inProcessChannel()), () => loadGlossary(), 300);
    try {
      // Queued behind the stuck one, never started: it must not count towards the watchdog, and
      // it fails as a restart (worth a retry), not as a slow document.
      const queued = client.analyze('untitled:queued', 1, '# Queued\n\nWe shard.');
      await assert.rejects(client.analyze('untitled:stuck', 1, '# Stuck\n\nWe shard.'), /took longer than 0.3 s and was stopped/);
      await assert.rejects(queued, (e: Error) => e instanceof AnalysisRestarted);
      assert.equal(client.restarts, 1);
      const result = await client.analyze('untitled:ok', 1, '# Fine\n\nWe shard the table.');
      assert.ok(result && result.report.analysis.terms.some((t) => t.id === 'sharding'));
      // The stuck worker got its translations and glossary, then the two requests: no analysis loop.
      assert.deepEqual(posted, ['translations', 'glossary', 'analyze', 'analyze'], 'the stuck worker was sent its setup and the two requests, nothing more');
    } finally {
      client.dispose();
    }
  });

  it('restarts a worker that dies on its own, and stops using workers after repeated deaths', async () => {
    const { AnalysisClient, inProcessChannel } = await import('../../src/analysisClient');
    const { loadGlossary } = await import('../../src/bundledGlossary');
    let created = 0;
    const dying = (): EngineChannel => {
      let fail: (reason: string) => void = () => {};
      return {
        post: (m) => { if (m.type === 'analyze') setTimeout(() => fail('out of memory'), 5); },
        onMessage: () => {}, onFailure: (l) => { fail = l; }, terminate: () => {},
      };
    };
    const client = new AnalysisClient(() => { created++; return created <= 4 ? dying() : inProcessChannel(); }, () => loadGlossary(), 5000);
    try {
      for (let i = 0; i < 4; i++) await assert.rejects(client.analyze(`untitled:d${i}`, 1, '# D\n\nWe shard.'), /out of memory/);
      assert.equal(client.mode, 'in-process');
      const result = await client.analyze('untitled:after', 1, '# Fine\n\nWe shard the table.');
      assert.ok(result && result.report.analysis.terms.some((t) => t.id === 'sharding'));
    } finally {
      client.dispose();
    }
  });
});
