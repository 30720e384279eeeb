import { strict as assert } from 'node:assert';
import * as vscode from 'vscode';
import { loadGlossary } from '../../src/bundledGlossary';
import type { DocentExports } from '../../src/activate';
import { EXTENSION_ID, hoverAt, openDoc, report, waitFor } from './util';

const SAMPLE = 'checkout-orders-redesign.md';
const glossary = loadGlossary();

describe('Docent in a real VS Code extension host', () => {
  it('is installed and stays inactive until a Markdown file opens', async () => {
    const ext = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(ext, `${EXTENSION_ID} is installed`);
    assert.equal(ext.isActive, false, 'not activated by start-up');
    await vscode.workspace.openTextDocument({ language: 'plaintext', content: 'sharding' });
    assert.equal(ext.isActive, false, 'not activated by a plain-text file');
    await openDoc(SAMPLE);
    await waitFor('activation on a Markdown document', () => ext.isActive);
    const { activationMs } = (ext.exports as DocentExports).getApi(1);
    assert.equal(typeof activationMs, 'number');
    assert.throws(() => (ext.exports as DocentExports).getApi(2 as 1), /no API version 2/);
    report(`activation took ${activationMs} ms (glossary of ${glossary.entries.size} entries)`);
  });

  it('shows the glossary definition on hover over a term', async () => {
    const doc = await openDoc(SAMPLE);
    const texts = await waitFor('a hover on "shard"', async () => {
      const t = await hoverAt(doc, 'shard the orders table');
      return t.length ? t : undefined;
    });
    const entry = glossary.entries.get('sharding');
    assert.ok(entry, 'the bundled glossary has "sharding"');
    const hover = texts.join('\n').replace(/\\(.)/g, '$1');
    assert.ok(hover.includes(entry.definition.trim().slice(0, 60)), `hover shows the definition; got: ${hover.slice(0, 300)}`);
    assert.ok(hover.includes('Why it matters'), 'hover explains why it matters');
  });

  it('shows no term hover inside code', async () => {
    const doc = await openDoc(SAMPLE);
    const texts = await hoverAt(doc, 'Kafka --> Fulfilment');
    assert.equal(texts.filter((t) => t.includes('Why it matters')).length, 0, `no glossary hover in a code block; got ${texts.join(' | ').slice(0, 200)}`);
  });

  it('contributes its sidebar view and commands', async () => {
    const ext = vscode.extensions.getExtension(EXTENSION_ID)!;
    const views = ext.packageJSON.contributes.views.docent.map((v: { id: string }) => v.id);
    assert.ok(views.includes('docent.terms'));
    const commands = await vscode.commands.getCommands(true);
    const contributed = (ext.packageJSON.contributes.commands as { command: string }[]).map((c) => c.command);
    assert.ok(contributed.length > 25, `${contributed.length} commands`);
    for (const c of contributed) assert.ok(commands.includes(c), `${c} has a handler in the running extension`);
    await vscode.commands.executeCommand('workbench.view.extension.docent');
    await vscode.commands.executeCommand('docent.terms.focus');
  });
});
