/**
 * Where the scripts and the bench find design docs to sweep: `--corpus=DIR` (a folder of `.md`
 * files, or a folder holding `docs/`), else the project's wider corpus `../shared/corpus/docs` when
 * it sits beside the repository. Without either, `fallback` (the bench uses the repository's own
 * fixtures) or a clear error naming what to pass.
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const ROOT = resolve(__dirname, '..', '..');
export const FIXTURE_CORPUS = join(ROOT, 'test', 'fixtures', 'corpus', 'docs');
const SHARED_CORPUS = join(ROOT, '..', 'shared', 'corpus', 'docs');

export class CorpusError extends Error {}

export function corpusDir(argv: readonly string[] = process.argv, fallback?: string): string {
  const given = argv.find((a) => a.startsWith('--corpus='))?.slice('--corpus='.length);
  if (given !== undefined) {
    const dir = resolve(given);
    const docs = existsSync(join(dir, 'docs')) && statSync(join(dir, 'docs')).isDirectory() ? join(dir, 'docs') : dir;
    if (!existsSync(docs) || !statSync(docs).isDirectory()) throw new CorpusError(`--corpus=${given}: no such folder.`);
    return docs;
  }
  if (existsSync(SHARED_CORPUS)) return SHARED_CORPUS;
  if (fallback) return fallback;
  throw new CorpusError(
    `No design-doc corpus: ${SHARED_CORPUS} does not exist. Pass a folder of Markdown design docs with --corpus=DIR ` +
    `(for example --corpus=test/fixtures/corpus, the 27 docs this repository ships).`);
}

export function readCorpus(dir: string): { name: string; text: string }[] {
  const docs = readdirSync(dir).filter((f) => f.endsWith('.md')).sort().map((name) => ({ name, text: readFileSync(join(dir, name), 'utf8') }));
  if (docs.length === 0) throw new CorpusError(`${dir} holds no .md files.`);
  return docs;
}

/** Runs a script's main with the corpus errors printed as one line and exit code 2. */
export function withCorpus(main: (docs: { name: string; text: string }[], dir: string) => void, fallback?: string): void {
  try {
    const dir = corpusDir(process.argv, fallback);
    main(readCorpus(dir), dir);
  } catch (e) {
    if (!(e instanceof CorpusError)) throw e;
    console.error(e.message);
    process.exitCode = 2;
  }
}
