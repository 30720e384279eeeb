import { readFileSync, readdirSync, statSync, writeFileSync, renameSync, existsSync, rmSync, realpathSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { relative, dirname, basename, join, resolve } from 'node:path';
import { execFileSync } from 'node:child_process';
import { parseArgs } from 'node:util';
import {
  DocumentAnalyzer, LineIndex, TermMatcher, parseGlossaryFile, missingSections, readDoc, exportReview, emptyReviewState,
  parseReviewState, capPerCategory, entryView, ENTRY_LABELS, useTranslations, type Translations, QUESTION_CATEGORIES,
  SECTION_KINDS, QUESTION_CATEGORY_LABELS, EXPORT_FORMATS, EXPORT_PROFILES, GENRES, GENRE_LABELS, isGenre, isExportFormat,
  isLinkStyle, LINK_STYLES, webFileUrl, type LinkOptions, type LinkStyle, type ExportFormat, type Genre, type Glossary,
  type GlossaryEntry, type GlossaryLayer, type DocReport,
} from './core';
import { loadGlossary } from './bundledGlossary';

/** The usage text, built when shown (its profile labels follow --locale). */
const usage = () => `Usage:
  docent analyze FILE [--json] [--genre G] [--glossary FILE]...
                                                         Terms, numbers, sections, gaps and review questions of a design doc
  docent export FILE --format F [--links L] [-o OUT] [--state FILE] [--genre G] [--glossary FILE]...
                                                         The review questions in an export profile
  docent lookup TERM [--glossary FILE]...                The glossary entry a word or phrase resolves to
  docent terms [--json] [--glossary FILE]...             The loaded glossary (bundled + extra files)
  Any command takes --locale L: labels in l10n/bundle.l10n.L.json (for example qps-ploc, the pseudo-locale)

--format F is one of:
${EXPORT_FORMATS.map((f) => `  ${f.padEnd(8)} ${EXPORT_PROFILES[f].label}: ${EXPORT_PROFILES[f].detail}`).join('\n')}
--links L sets how line references link to the doc: ${LINK_STYLES.join(', ')} (default relative; web uses
  the repository's origin remote and HEAD commit, GitHub or GitLab).
--genre G asks the questions for a kind of doc instead of the detected one: ${GENRES.join(', ')}.

Exit codes: 0 success, 2 bad input (missing or binary file, bad glossary, unwritable output), 1 unexpected error.`;

class CliError extends Error {}

/** The bundle of `locale` shipped in l10n/ (none is needed for English). */
function translationsFor(locale: string): Translations | undefined {
  if (/^en(-|$)/i.test(locale)) return undefined;
  const dir = join(__dirname, '..', 'l10n');
  const file = join(dir, `bundle.l10n.${locale.toLowerCase()}.json`);
  if (!/^[a-z]{2,3}(-[a-z0-9]+)*$/i.test(locale) || !existsSync(file)) {
    const have = existsSync(dir) ? readdirSync(dir).map((f) => /^bundle\.l10n\.(.+)\.json$/.exec(f)?.[1]).filter(Boolean) : [];
    throw new CliError(`no translations for locale "${locale}" (available: en${have.length ? `, ${have.join(', ')}` : ''})`);
  }
  return JSON.parse(readFileSync(file, 'utf8')) as Translations;
}

const OPTIONS = {
  glossary: { type: 'string', multiple: true },
  json: { type: 'boolean' },
  format: { type: 'string', short: 'f' },
  output: { type: 'string', short: 'o' },
  state: { type: 'string' },
  genre: { type: 'string' },
  links: { type: 'string' },
  locale: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

/** The command line read by node:util's parseArgs, its errors said in Docent's words. */
function readArgs(argv: string[]): ReturnType<typeof parseArgs<{ args: string[]; options: typeof OPTIONS; allowPositionals: true; strict: true }>> {
  try {
    return parseArgs({ args: argv, options: OPTIONS, allowPositionals: true, strict: true });
  } catch (e) {
    const code = (e as { code?: string }).code;
    // "Unknown option '--colour'…", "Option '-f, --format <value>' argument missing": the long name.
    const name = /'([^']*?)(?: <value>)?'/.exec(e instanceof Error ? e.message : '')?.[1].split(', ').pop() ?? '';
    if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') throw new CliError(`unknown option "${name}"\n${usage()}`);
    if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') throw new CliError(`${name} needs a value`);
    throw new CliError(`${e instanceof Error ? e.message : String(e)}\n${usage()}`);
  }
}

function main(argv: string[]): number {
  const { values, positionals: args } = readArgs(argv);
  if (values.locale) useTranslations(translationsFor(values.locale));
  const extraGlossaries = values.glossary ?? [];
  const json = values.json ?? false;
  const format = values.format;
  const out = values.output;
  const stateFile = values.state;
  const genreName = values.genre;
  const linkName = values.links;
  if (linkName !== undefined && !isLinkStyle(linkName)) throw new CliError(`unknown link style "${linkName}": use ${LINK_STYLES.join(', ')}`);
  if (genreName !== undefined && !isGenre(genreName)) throw new CliError(`unknown genre "${genreName}": use ${GENRES.join(', ')}`);
  const genre = genreName as Genre | undefined;
  if (values.help || args.length === 0) {
    console.log(usage());
    return 0;
  }
  const [command, ...rest] = args;
  const glossary = load(extraGlossaries);
  switch (command) {
    case 'analyze': return analyze(rest, glossary, json, genre);
    case 'export': return exportCommand(rest, glossary, format, out, stateFile, genre, (linkName as LinkStyle | undefined) ?? 'relative');
    case 'lookup': return lookup(rest.join(' '), glossary);
    case 'terms': return terms(glossary, json);
    default: throw new CliError(`unknown command "${command}"\n${usage()}`);
  }
}

function load(files: string[]): Glossary {
  const layers: GlossaryLayer[] = files.map((f) => parseGlossaryFile(readText(f, 'glossary'), f));
  const glossary = loadGlossary(layers);
  const errors = glossary.problems.filter((p) => p.severity === 'error');
  for (const p of errors) console.error(`${p.file}:${p.line}:${p.column}: ${p.message}`);
  if (errors.length) throw new CliError(`${errors.length} problem(s) in the glossary files; the good entries were kept, but fix these first`);
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
  let buf: Buffer;
  try {
    buf = readFileSync(file);
  } catch (e) {
    throw new CliError(`cannot read ${what} file "${file}": ${(e as NodeJS.ErrnoException).code ?? String(e)}`);
  }
  if (buf.subarray(0, 8000).includes(0)) throw new CliError(`"${file}" looks like a binary file, not Markdown or YAML text`);
  return buf.toString('utf8');
}

function read(file: string, glossary: Glossary, genre: Genre | undefined): { text: string; report: DocReport } {
  const text = readText(file, 'Markdown');
  return { text, report: readDoc(text, new DocumentAnalyzer(new TermMatcher(glossary)), glossary.entries, { path: file, ...(genre ? { genre } : {}) }) };
}

function analyze(rest: string[], glossary: Glossary, json: boolean, genre: Genre | undefined): number {
  if (rest.length !== 1) throw new CliError(`analyze needs exactly one file\n${usage()}`);
  const file = rest[0];
  const { text, report: r } = read(file, glossary, genre);
  const { analysis } = r;
  const lines = new LineIndex(text);
  const pos = (offset: number) => lines.position(offset);
  const terms = analysis.terms.map((t) => {
    const entry = glossary.entries.get(t.id);
    const source = t.id.startsWith('doc:') ? 'doc' : t.id.startsWith('unknown:') ? 'unknown' : termSource(entry);
    return {
      id: t.id, text: text.slice(t.offset, t.offset + t.length), offset: t.offset, length: t.length, ...pos(t.offset),
      source, sense: entry?.signals ? t.id : 'general', ...(t.uncertain ? { uncertain: true } : {}), ...(t.compound ? { explains: text.slice(t.offset + t.compound.from, t.offset + t.compound.from + t.compound.length) } : {}), ...(t.modifier ? { modifier: { id: t.modifier.id, text: text.slice(t.offset + t.modifier.from, t.offset + t.modifier.from + t.modifier.length) } } : {}),
    };
  });
  const sections = analysis.headings.map((h) => ({ title: h.text, line: pos(h.offset).line, depth: h.depth, kind: h.kind ?? null }));
  const missing = missingSections(analysis.headings);
  const quantities = r.quantities.map((q) => ({
    kind: q.kind, text: text.slice(q.offset, q.offset + q.length), offset: q.offset, length: q.length, value: q.value, unit: q.unit,
    ...(q.percentile ? { percentile: q.percentile } : {}), notes: q.notes, ...pos(q.offset),
  }));
  const questions = r.questions.map((q) => ({
    id: q.id, category: q.category, text: q.text, headline: q.headline, why: q.why, priority: q.priority, source: q.source,
    ...(q.askFirst ? { askFirst: true } : {}), ...(q.details ? { details: q.details } : {}), locations: q.locations.map((l) => pos(l.offset)),
  }));
  if (json) {
    console.log(JSON.stringify({
      file, terms, definitions: r.definitions.map((d) => ({ term: d.term, text: d.text, line: pos(d.offset).line, ...(d.abbr ? { abbr: d.abbr } : {}) })), unknown: r.unknown, quantities, sections, missing,
      components: r.diagrams.components.map((c) => c.label),
      dependencies: r.diagrams.dependencies.filter((d) => !d.reply).map((d) => ({ from: d.from, to: d.to, ...(d.label ? { label: d.label } : {}) })),
      degraded: analysis.degraded.length > 0, degradedReasons: analysis.degraded,
      genre: r.genre,
      questions,
    }, null, 2));
    return 0;
  }
  const counts = new Map<string, number>();
  for (const t of terms) counts.set(t.id, (counts.get(t.id) ?? 0) + 1);
  console.log(`${relative(process.cwd(), file) || file}: ${terms.length} term occurrences, ${counts.size} distinct terms, ${quantities.length} numbers, ${sections.length} headings, ${questions.length} review questions`);
  if (analysis.degraded.length) console.log(`Read partly as plain text: ${analysis.degraded.join('; ')}`);
  console.log('\nTerms (most frequent first):');
  for (const [id, n] of [...counts].sort((a, b) => b[1] - a[1])) {
    const e = glossary.entries.get(id)!;
    console.log(`  ${e.term.padEnd(32)} ${String(n).padStart(3)}×  ${e.definition.length > 90 ? e.definition.slice(0, 87) + '...' : e.definition}`);
  }
  if (quantities.length) {
    console.log('\nNumbers:');
    for (const q of quantities) console.log(`  ${q.text.padEnd(20)} ${q.notes.slice(0, 2).join('; ')}`);
  }
  console.log(`\nStandard sections missing: ${missing.length ? missing.map((k) => SECTION_KINDS[k].label).join(', ') : 'none'}`);
  console.log(`\nKind of doc: ${GENRE_LABELS[r.genre.genre]} (${r.genre.chosen ? 'chosen with --genre' : `detected from ${r.genre.because}; change with --genre`})`);
  const first = r.questions.filter((q) => q.askFirst);
  if (first.length) {
    console.log('\nAsk first:');
    for (const q of first) console.log(`    - ${q.text}`);
  }
  const { shown, more } = capPerCategory(r.questions.filter((q) => !q.askFirst), 3);
  console.log('\nMore review questions (3 per category):');
  let category = '';
  for (const q of [...shown].sort((a, b) => QUESTION_CATEGORIES.indexOf(a.category) - QUESTION_CATEGORIES.indexOf(b.category) || b.priority - a.priority)) {
    if (q.category !== category) console.log(`  ${QUESTION_CATEGORY_LABELS[(category = q.category)]}${more.get(q.category) ? ` (+${more.get(q.category)} more)` : ''}`);
    console.log(`    - ${q.text}`);
  }
  return 0;
}

function exportCommand(rest: string[], glossary: Glossary, format: string | undefined, out: string | undefined, stateFile: string | undefined, genre: Genre | undefined, style: LinkStyle): number {
  if (rest.length !== 1) throw new CliError(`export needs exactly one file\n${usage()}`);
  if (!format) throw new CliError(`export needs --format ${EXPORT_FORMATS.join('|')}`);
  if (!isExportFormat(format)) throw new CliError(`unknown export format "${format}": use ${EXPORT_FORMATS.join(', ')}`);
  const file = rest[0];
  const { text, report: r } = read(file, glossary, genre);
  let state = emptyReviewState();
  if (stateFile) {
    let data: unknown;
    try {
      data = JSON.parse(readText(stateFile, 'review state'));
    } catch (e) {
      if (e instanceof CliError) throw e;
      throw new CliError(`"${stateFile}" is not valid JSON: ${(e as Error).message}`);
    }
    const parsed = parseReviewState(data);
    for (const p of parsed.problems) console.error(`${stateFile}: ${p}`);
    state = parsed.state;
  }
  const output = exportReview({
    title: r.title ?? basename(file), file: out ? relative(dirname(out), file) || basename(file) : file, text, headings: r.analysis.headings, questions: r.questions, state,
  }, format as ExportFormat, { links: linkOptions(style, file) });
  if (!out) {
    process.stdout.write(output);
    return 0;
  }
  if (sameFile(out, file)) throw new CliError(`refusing to write the export over the design doc itself ("${out}"); choose another -o`);
  writeAtomically(out, output);
  console.error(`Wrote ${r.questions.length + state.custom.length} questions to ${out}`);
  return 0;
}

/** The links an export uses; a web link needs the doc in a Git repository with a GitHub or GitLab remote. */
function linkOptions(style: LinkStyle, file: string): LinkOptions {
  if (style === 'absolute') return { style, absolutePath: resolve(file) };
  if (style !== 'web') return { style };
  const git = (...args: string[]) => execFileSync('git', ['-C', dirname(resolve(file)), ...args], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], timeout: 10_000 }).trim();
  let url: string | undefined;
  try {
    const root = git('rev-parse', '--show-toplevel');
    const remote = git('remote', 'get-url', 'origin');
    url = webFileUrl(remote, git('rev-parse', 'HEAD'), relative(realpathSync(root), realpathSync(resolve(file))).split('\\').join('/'));
  } catch {
    url = undefined;
  }
  if (!url) throw new CliError(`--links web needs "${file}" in a Git repository with an "origin" remote on GitHub or GitLab and a commit; use --links relative`);
  return { style, webUrl: url };
}

/** Write to a temporary file beside the target, then rename: a crash never leaves half a file. */
function writeAtomically(target: string, content: string): void {
  const dir = dirname(target);
  // No folder is created on the user's behalf (and recursive mkdir can spin on special file systems such as /proc).
  if (!existsSync(dir)) throw new CliError(`cannot write "${target}": the folder "${dir}" does not exist; nothing was written`);
  // An unguessable name, created exclusively ('wx'): a planted file or symlink is never followed.
  const tmp = join(dir, `.${basename(target)}.${randomBytes(8).toString('hex')}.tmp`);
  try {
    writeFileSync(tmp, content, { flag: 'wx', mode: 0o644 });
    renameSync(tmp, target);
  } catch (e) {
    rmSync(tmp, { force: true });
    throw new CliError(`cannot write "${target}": ${(e as NodeJS.ErrnoException).code ?? String(e)}; nothing was written (use no -o to print to the terminal instead)`);
  }
}

function lookup(query: string, glossary: Glossary): number {
  if (!query.trim()) throw new CliError('lookup needs a term, for example: docent lookup "read replica"');
  const matcher = new TermMatcher(glossary);
  const find = (q: string) => matcher.match(q).find((m) => m.offset === 0 && m.length === q.trim().length) ?? matcher.match(q)[0];
  // Acronyms match only in capitals inside documents; someone typing "slo" at a prompt means SLO.
  const hit = find(query) ?? find(query.toUpperCase());
  if (!hit) throw new CliError(`no glossary entry for "${query}" (try "docent terms" for the list)`);
  const v = entryView(glossary.entries.get(hit.id)!, glossary.entries);
  console.log(`${v.term}${v.expansion ? ` (${v.expansion})` : ''} · ${v.category}\n\n${v.definition}`);
  if (v.whyItMatters) console.log(`\n${ENTRY_LABELS.whyItMatters}: ${v.whyItMatters}`);
  if (v.tradeoff) console.log(`\n${ENTRY_LABELS.tradeoff}: ${[v.tradeoff.gain && `${ENTRY_LABELS.gain.toLowerCase()}: ${v.tradeoff.gain}`, v.tradeoff.cost && `${ENTRY_LABELS.cost.toLowerCase()}: ${v.tradeoff.cost}`].filter(Boolean).join(' ')}`);
  if (v.askAbout.length) console.log(`\n${ENTRY_LABELS.askAbout}:\n${v.askAbout.map((q) => `  - ${q}`).join('\n')}`);
  if (v.example) console.log(`\n${ENTRY_LABELS.example}: "${v.example}"`);
  if (v.aliases.length) console.log(`\n${ENTRY_LABELS.aliases}: ${v.aliases.join(', ')}`);
  if (v.related.length) console.log(`\n${ENTRY_LABELS.related}: ${v.related.join(', ')}`);
  if (v.learnMore) console.log(`${ENTRY_LABELS.learnMore}: ${v.learnMore}`);
  if (v.source) console.log(`\nSource: ${v.source.file}:${v.source.line} (id ${v.id})`);
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

/** Where a term's explanation comes from: the bundled glossary or a team glossary. */
function termSource(entry: GlossaryEntry | undefined): 'bundled' | 'team' {
  return !entry?.source || entry.source.file.startsWith('glossary/') ? 'bundled' : 'team';
}

/** True when both paths name one file (through symlinks too); false when `a` does not exist yet. */
function sameFile(a: string, b: string): boolean {
  try {
    return realpathSync(a) === realpathSync(b);
  } catch {
    return false;
  }
}
