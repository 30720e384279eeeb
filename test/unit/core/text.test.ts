import { strict as assert } from 'node:assert';
import { clip, escapeHtml, escapeMarkdown, oneLine } from '../../../src/core/text';

describe('Text made inert (core/text.ts)', () => {
  const hostile = 'See [the docs](https://evil.example) <img src=x> $(alert) **bold** ~~gone~~ &amp; | cell\n# heading';

  it('escapes Markdown for files on one line, leaving plain punctuation readable', () => {
    const out = escapeMarkdown(hostile, 'file');
    assert.ok(!out.includes('\n'), 'one line');
    for (const escaped of ['\\[the docs\\]', '\\<img', '\\*\\*bold', '\\~\\~gone', '\\&amp;', '\\| cell', '\\# heading']) assert.ok(out.includes(escaped), `${escaped} in ${out}`);
    assert.equal(escapeMarkdown('99.95% of 1,000 req-per-s (p99)', 'file'), '99.95% of 1,000 req-per-s (p99)');
  });

  it('escapes Markdown for VS Code, theme icons and link parts included, keeping lines', () => {
    const out = escapeMarkdown(hostile, 'vscode');
    assert.ok(out.includes('\n'), 'lines kept');
    for (const escaped of ['\\$\\(alert\\)', '\\]\\(https', '\\<img', '\\*\\*bold']) assert.ok(out.includes(escaped), `${escaped} in ${out}`);
    assert.equal(escapeMarkdown('a.b-c (d)', 'vscode'), 'a\\.b\\-c \\(d\\)');
  });

  it('escapes HTML text and attributes, and puts text on one line or clips it', () => {
    assert.equal(escapeHtml(`<a href="x" title='y'>&</a>`), '&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;');
    assert.equal(oneLine(' a\n\tb\u0007 c '), 'a b c');
    assert.equal(clip('abcdef', 4), 'abc…');
  });
});
