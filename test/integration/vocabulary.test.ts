import { strict as assert } from 'node:assert';
import * as vscode from 'vscode';
import type { DocentApi, DocentExports } from '../../src/activate';
import { EXTENSION_ID, hoverAt, report, waitFor, workspaceFile } from './util';

async function api(): Promise<DocentApi> {
  const ext = vscode.extensions.getExtension<DocentExports>(EXTENSION_ID)!;
  await ext.activate();
  return ext.exports.getApi(1);
}

const DOC = [
  '# Manifest hydration',
  '',
  '## Terminology',
  '',
  '- **Hydrator**: the job that renders each app\'s manifests into plain YAML for every environment.',
  '',
  '## Design',
  '',
  'The Service Level Objective (SLO) stays as it is. The hydrator writes to the dry branch; the QXZ picks it up.',
  'The QXZ retries twice, and the QXZ is owned by the platform team. Each QXZ run is logged.',
  'Requests leave through a corporate proxy. The checkout SLO is reviewed monthly.',
  'Traffic goes through L7 proxies. Each request gets exactly one _priority level_ here.',
  'The priority level decides the queue, and a priority level has a quota.',
  '',
].join('\n');

describe('The doc\'s own words and words nothing explains, in the real host', () => {
  let doc: vscode.TextDocument;
  before(async () => {
    await api();
    doc = await vscode.workspace.openTextDocument({ language: 'markdown', content: DOC });
    await vscode.window.showTextDocument(doc);
  });

  it('explains a term the doc defines, in the doc\'s words, with its line', async () => {
    const hover = await waitFor('a doc-definition hover', async () => {
      const h = (await hoverAt(doc, 'hydrator writes')).join('\n').replace(/\\(.)/g, '$1');
      return /Defined in this doc \(line 5\)/.test(h) ? h : undefined;
    });
    assert.match(hover, /renders each app's manifests into plain YAML/);
  });

  it('shows the doc\'s definition above the glossary entry when both explain a word', async () => {
    const hover = (await hoverAt(doc, 'SLO) stays')).join('\n').replace(/\\(.)/g, '$1');
    assert.match(hover, /Defined in this doc \(line 9\)/);
    assert.match(hover, /Why it matters/, 'the bundled entry follows');
  });

  it('explains a compound by its key word and says which word the entry is for', async () => {
    const hover = (await hoverAt(doc, 'corporate proxy')).join('\n').replace(/\\(.)/g, '$1');
    assert.match(hover, /^\*\*proxy\*\* \(in “corporate proxy”\) · _APIs & service boundaries_/m);
    assert.match(hover, /Why it matters/);
  });

  it('shows the doc\'s definition of the entry\'s own word on a compound built on it', async () => {
    const hover = (await hoverAt(doc, 'checkout SLO')).join('\n').replace(/\\(.)/g, '$1');
    assert.match(hover, /\(in “checkout SLO”\)/);
    assert.match(hover, /Defined in this doc \(line 9\)/);
  });

  it('explains a phrase of two known terms by both entries, the head first', async () => {
    const hover = (await hoverAt(doc, 'L7 proxies')).join('\n').replace(/\\(.)/g, '$1');
    assert.match(hover, /^\*\*proxy\*\* \(in “L7 proxies”\)/m);
    assert.match(hover, /\*\*L7\*\* \(layer 7, OSI model\): /, "the other word's definition follows, named as the doc writes it");
    assert.ok(hover.indexOf('OSI model') < hover.indexOf('Why it matters'), 'above the fold, before why it matters');
    assert.match(hover, /More about OSI model…\]\(command:docent\.lookUpTerm\?/);
  });

  it('explains a phrase the doc introduces in emphasis with the sentence that introduces it', async () => {
    const hover = (await hoverAt(doc, 'priority level decides')).join('\n').replace(/\\(.)/g, '$1');
    assert.match(hover, /Introduced in this doc \(line 12\)/);
    assert.match(hover, /Each request gets exactly one priority level here/);
  });

  it('says plainly when nothing explains a word, and both actions work', async () => {
    const docent = await api();
    const hover = (await hoverAt(doc, 'QXZ picks')).join('\n');
    assert.match(hover.replace(/\\(.)/g, '$1'), /Neither Docent's glossary nor this doc explains “QXZ”/);
    assert.match(hover, /command:docent\.askAboutTerm\?/);
    assert.match(hover, /command:docent\.addToTeamGlossary\?/);

    report('vocab: hover ok');
    await docent.review.follow(doc);
    report('vocab: followed');
    await vscode.commands.executeCommand('docent.askAboutTerm', 'QXZ', doc.uri.toString());
    report('vocab: asked');
    await waitFor('the question under My questions', () => docent.review.items().some((i) => i.source === 'user' && i.text.includes('“QXZ”')));

    const file = workspaceFile('.docent/glossary.yaml');
    try {
      report('vocab: adding');
      await vscode.commands.executeCommand('docent.addToTeamGlossary', 'QXZ');
      report('vocab: added');
      const editor = await waitFor('the team glossary open with the stub', () => (vscode.window.activeTextEditor?.document.uri.toString() === file.toString() ? vscode.window.activeTextEditor : undefined));
      assert.match(editor.document.getText(), /\n {2}- id: qxz\n {4}term: "QXZ"\n {4}category: process\n/);
      assert.match(editor.document.getText(editor.selection), /What QXZ means in our team/, 'the definition is selected for typing');
      await editor.edit((e) => e.replace(editor.selection, 'Our queue exchange for order events.'));
      await editor.document.save();
      await waitFor('the team entry to load', () => docent.glossary.glossary.entries.get('qxz')?.definition === 'Our queue exchange for order events.');
    } finally {
      await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
      await vscode.workspace.fs.delete(vscode.Uri.joinPath(file, '..'), { recursive: true });
    }
  });
});
