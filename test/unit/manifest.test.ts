import { strict as assert } from 'node:assert';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { QUESTION_STATUSES } from '../../src/core';
import { Command } from '../../src/commandIds';
import { ROOT } from './helpers';

/**
 * The extension manifest against the code: a command the palette or a menu shows must have a
 * handler and a title, every %key% must be translated, and every `viewItem` a menu's `when`
 * clause tests must be a contextValue some view really sets.
 */
const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
const nls = JSON.parse(readFileSync(join(ROOT, 'package.nls.json'), 'utf8')) as Record<string, string>;

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) => (d.isDirectory() ? sources(join(dir, d.name)) : d.name.endsWith('.ts') ? [readFileSync(join(dir, d.name), 'utf8')] : []));
}
const src = sources(join(ROOT, 'src')).join('\n');

/** The contextValues the views set: literals, and the question rows' `docent.question.<status>[.user]`. */
const CONTEXT_VALUES = [
  ...[...src.matchAll(/contextValue = (?:known \? )?'([^']+)'(?: : '([^']+)')?/g)].flatMap((m) => [m[1], m[2]].filter(Boolean)),
  ...QUESTION_STATUSES.flatMap((s) => [`docent.question.${s}`, `docent.question.${s}.user`]),
];

describe('Extension manifest', () => {
  const commands = manifest.contributes.commands as { command: string; title: string }[];

  it('contributes exactly the commands named in src/commandIds.ts, each with a title', () => {
    assert.deepEqual(commands.map((c) => c.command).sort(), Object.values(Command).sort());
    for (const c of commands) assert.ok(c.title, `${c.command} has a title`);
  });

  it('registers a handler for every command id, once, and no command by a literal id', () => {
    const handled = [...src.matchAll(/\bcommand\(Command\.(\w+),/g)].map((m) => m[1]);
    assert.deepEqual([...handled].sort(), Object.keys(Command).sort(), 'one command(Command.x, …) per id');
    assert.deepEqual([...src.matchAll(/registerCommand\('([^']+)'/g)].map((m) => m[1]), [], 'ids come from Command');
  });

  it('menus name only contributed commands', () => {
    const contributed = new Set(commands.map((c) => c.command));
    for (const [where, items] of Object.entries(manifest.contributes.menus as Record<string, { command?: string }[]>)) {
      for (const item of items) if (item.command) assert.ok(contributed.has(item.command), `${where}: ${item.command}`);
    }
  });

  it('translates every %key% in package.nls.json', () => {
    const keys = [...JSON.stringify(manifest).matchAll(/"%([^%"]+)%"/g)].map((m) => m[1]);
    assert.ok(keys.length > 30, `${keys.length} keys`);
    for (const k of keys) assert.ok(nls[k], `package.nls.json has "${k}"`);
  });

  it('tests only viewItems some view sets, and each test matches one', () => {
    assert.ok(CONTEXT_VALUES.includes('docent.term') && CONTEXT_VALUES.includes('docent.unknownWord'), CONTEXT_VALUES.join());
    const clauses = JSON.stringify(manifest.contributes.menus).match(/viewItem [=~]+ (?:\/(?:\\\\.|[^/])+\/|[\w.]+)/g) ?? [];
    assert.ok(clauses.length > 5, `${clauses.length} clauses`);
    for (const clause of clauses) {
      const [, op, value] = /viewItem ([=~]+) (.+)/.exec(clause)!;
      const test = op === '=~' ? new RegExp(value.slice(1, -1).replace(/\\\\/g, '\\')) : undefined;
      const hits = CONTEXT_VALUES.filter((v) => (test ? test.test(v) : v === value));
      assert.ok(hits.length > 0, `"${clause}" matches a contextValue (${CONTEXT_VALUES.join(', ')})`);
    }
  });
});
