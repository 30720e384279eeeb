import { readFileSync, statSync } from 'node:fs';
import { relative } from 'node:path';
import {
  DocumentAnalyzer, LineIndex, TermMatcher, loadGlossary, parseGlossaryFile, missingSections,
  SECTION_KINDS, CATEGORY_LABELS, type Glossary, type GlossaryLayer,
} from './core';

const USAGE = `Usage:
  docent analyze FILE [--json] [--glossary FILE]...   Terms, sections and gaps of a Markdown design doc
  docent lookup TERM [--glossary FILE]...              The glossary entry a word or phrase resolves to
  docent terms [--json] [--glossary FILE]...           The loaded glossary (bundled + extra files)`;

class CliError extends Error {}

function main(argv: string[]): number {
  const args = [...argv];
  const flag = (name: string) => {
    const i = args.indexOf(name);
    if (i === -1) return false;
    args.splice(i, 1);
    return true;
  };
  const extraGlossaries: string[] = [];
  for (let i = args.indexOf('--glossary'); i !== -1; i = args.indexOf('--glossary')) {
    const file = args[i + 1];
    if (!file) throw new CliError('--glossary needs a file name');
    extraGlossaries.push(file);
    args.splice(i, 2);
  }
  const json = flag('--json');
  if (flag('--help') || flag('-h') || args.length === 0) {
    console.log(USAGE);
    return args.length === 0 && !json ? 0 : 0;
  }
  const [command, ...rest] = args;
  const glossary = load(extraGlossaries);
  switch (command) {
    case 'analyze': return analyze(rest, glossary, json);
    case 'lookup': return lookup(rest.join(' '), glossary);
    case 'terms': return terms(glossary, json);
    default: throw new CliError(`unknown command "${command}"\n${USAGE}`);
  }
}

function load(files: string[]): Glossary {
  const layers: GlossaryLayer[] = files.map((f) => parseGlossaryFile(readText(f, 'glossary'), f));
  const glossary = loadGlossary(layers);
  const errors = glossary.problems.filter((p) => p.severity === 'error');
  for (const p of errors) console.error(`${p.file}:${p.line}:${p.column}: ${p.message}`);
  if (errors.length && layers.some((l) => l.problems.length)) {
    throw new CliError(`${errors.length} problem(s) in the glossary files; the good entries were kept, but fix these first`);
  }
  return glossary;
}

function readText(file: string, what: string): string {
  let stat;
  try {
    stat = statSync(file);
  } catch {
    throw new CliError(`cannot read ${what} file "${file}": no such file`);
  }
  if (stat.isDirectory()) throw new CliError(`"${file}" is a directory, not a ${what} file`);
  const buf = readFileSync(file);
  if (buf.subarray(0, 8000).includes(0)) throw new CliError(`"${file}" looks like a binary file, not Markdown or YAML text`);
  return buf.toString('utf8');
}

function analyze(rest: string[], glossary: Glossary, json: boolean): number {
  if (rest.length !== 1) throw new CliError(`analyze needs exactly one file\n${USAGE}`);
  const file = rest[0];
  const text = readText(file, 'Markdown');
  const analysis = new DocumentAnalyzer(new TermMatcher(glossary)).analyze(text);
  const lines = new LineIndex(text);
  const terms = analysis.terms.map((t) => ({ id: t.id, text: text.slice(t.offset, t.offset + t.length), offset: t.offset, length: t.length, ...lines.position(t.offset) }));
  const sections = analysis.headings.map((h) => ({ title: h.text, line: lines.position(h.offset).line, depth: h.depth, kind: h.kind ?? null }));
  const missing = missingSections(analysis.headings);
  if (json) {
    console.log(JSON.stringify({ file, terms, sections, missing, degraded: analysis.degraded.length > 0, degradedReasons: analysis.degraded }, null, 2));
    return 0;
  }
  const counts = new Map<string, number>();
  for (const t of terms) counts.set(t.id, (counts.get(t.id) ?? 0) + 1);
  console.log(`${relative(process.cwd(), file) || file}: ${terms.length} term occurrences, ${counts.size} distinct terms, ${sections.length} headings`);
  if (analysis.degraded.length) console.log(`Read partly as plain text: ${analysis.degraded.join('; ')}`);
  console.log('\nTerms (most frequent first):');
  for (const [id, n] of [...counts].sort((a, b) => b[1] - a[1])) {
    const e = glossary.entries.get(id)!;
    console.log(`  ${e.term.padEnd(32)} ${String(n).padStart(3)}×  ${e.definition.length > 90 ? e.definition.slice(0, 87) + '...' : e.definition}`);
  }
  console.log(`\nStandard sections missing: ${missing.length ? missing.map((k) => SECTION_KINDS[k].label).join(', ') : 'none'}`);
  return 0;
}

function lookup(query: string, glossary: Glossary): number {
  if (!query.trim()) throw new CliError('lookup needs a term, for example: docent lookup "read replica"');
  const matcher = new TermMatcher(glossary);
  const hit = matcher.match(query).find((m) => m.offset === 0 && m.length === query.trim().length) ?? matcher.match(query)[0];
  if (!hit) throw new CliError(`no glossary entry for "${query}"`);
  const e = glossary.entries.get(hit.id)!;
  console.log(`${e.term} (${e.id}, ${CATEGORY_LABELS[e.category]})\n\n${e.definition}`);
  if (e.whyItMatters) console.log(`\nWhy it matters: ${e.whyItMatters}`);
  if (e.askAbout.length) console.log(`\nAsk in the review:\n${e.askAbout.map((q) => `  - ${q}`).join('\n')}`);
  if (e.source) console.log(`\nSource: ${e.source.file}:${e.source.line}`);
  return 0;
}

function terms(glossary: Glossary, json: boolean): number {
  const entries = [...glossary.entries.values()].sort((a, b) => a.id.localeCompare(b.id));
  if (json) console.log(JSON.stringify(entries, null, 2));
  else for (const e of entries) console.log(`${e.id.padEnd(36)} ${e.term}`);
  return 0;
}

try {
  process.exitCode = main(process.argv.slice(2));
} catch (e) {
  if (e instanceof CliError) {
    console.error(`docent: ${e.message}`);
    process.exitCode = 2;
  } else {
    console.error(`docent: unexpected error: ${e instanceof Error ? e.stack : String(e)}`);
    process.exitCode = 1;
  }
}
