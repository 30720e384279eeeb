import { strict as assert } from 'node:assert';
import * as vscode from 'vscode';
import type { DocentApi, DocentExports } from '../../src/activate';
import { EXTENSION_ID, openDoc, waitFor } from './util';

const SAMPLE = 'checkout-orders-redesign.md';

type QNode = Parameters<DocentApi['questionsView']['getTreeItem']>[0];
type HNode = Parameters<DocentApi['healthView']['getTreeItem']>[0];

async function api(): Promise<DocentApi> {
  const ext = vscode.extensions.getExtension<DocentExports>(EXTENSION_ID)!;
  await ext.activate();
  return ext.exports.getApi(1);
}

describe('Ask first and the kind of doc, in the real host', () => {
  let docent: DocentApi;
  let doc: vscode.TextDocument;
  before(async () => {
    docent = await api();
    doc = await openDoc(SAMPLE);
    await docent.review.follow(doc);
    await waitFor('the sample\'s questions', () => docent.review.items().length > 0);
  });
  after(async () => {
    await vscode.commands.executeCommand('docent.setGenre', 'detect');
  });

  const roots = () => docent.questionsView.getChildren() as QNode[];
  const genreRow = () => {
    const node = (docent.healthView.getChildren() as HNode[]).find((n) => n.kind === 'genre')!;
    return docent.healthView.getTreeItem(node);
  };

  it('opens the sidebar with an Ask first group of at most five questions about the doc', () => {
    const first = roots()[0];
    const item = docent.questionsView.getTreeItem(first);
    assert.equal(item.label, 'Ask first');
    const rows = docent.questionsView.getChildren(first) as QNode[];
    assert.ok(rows.length >= 1 && rows.length <= 5, `${rows.length} rows`);
    for (const r of rows) {
      assert.ok(r.kind === 'question' && r.item.askFirst, 'only Ask first questions');
      assert.ok(String(docent.questionsView.getTreeItem(r).label).length <= 60, 'a short headline');
    }
    // Not listed twice: the categories below hold the rest.
    const ids = new Set(rows.map((r) => (r.kind === 'question' ? r.item.id : '')));
    for (const root of roots().slice(1)) {
      for (const r of docent.questionsView.getChildren(root) as QNode[]) if (r.kind === 'question') assert.ok(!ids.has(r.item.id), r.item.id);
    }
  });

  it('shows the detected kind of doc in Doc Health', () => {
    const row = genreRow();
    assert.equal(row.label, 'Service or platform change');
    assert.match(String(row.description), /detected/);
    assert.equal(row.command?.command, 'docent.setGenre');
  });

  it('asks again for the kind of doc the PM chooses, and remembers the choice', async () => {
    const before = docent.review.items().map((i) => i.id);
    assert.ok(before.some((id) => id.startsWith('diagram:')), 'a service doc asks about its diagram\'s dependencies');
    await vscode.commands.executeCommand('docent.setGenre', 'library');
    await waitFor('the questions asked for a library', () => docent.review.snapshot?.report.genre.genre === 'library');
    const after = docent.review.items();
    assert.ok(!after.some((i) => i.id.startsWith('diagram:')), 'no service-only questions for a library');
    assert.notDeepEqual(after.map((i) => i.id), before, 'the list changed');
    assert.equal(genreRow().label, 'Library, language or API proposal');
    assert.match(String(genreRow().description), /chosen by you/);
    assert.equal(docent.review.state.genre, 'library', 'stored with the PM\'s review state');
    // A fresh read of the doc (what a reload does) asks for the chosen genre again.
    await docent.review.follow(doc);
    await waitFor('the stored genre to apply', () => docent.review.snapshot?.report.genre.chosen === true);
    await vscode.commands.executeCommand('docent.setGenre', 'detect');
    await waitFor('the detected genre again', () => docent.review.snapshot?.report.genre.chosen === false);
    assert.equal(docent.review.state.genre, undefined);
    assert.ok(docent.review.items().some((i) => i.id.startsWith('diagram:')));
  });
});
