/**
 * `npm run glossary:lint [-- DIR --allow-dangling]`: the bundled glossary's quality checks
 * (src/core/glossaryLint.ts) over glossary/*.yaml, one line per problem with file:line; exits 1
 * on errors. The unit tests run the same checks.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { lintGlossary } from '../src/core/glossaryLint';
import { ROOT } from './corpus';

const { values, positionals } = parseArgs({ options: { 'allow-dangling': { type: 'boolean', default: false } }, allowPositionals: true });
const dir = resolve(positionals[0] ?? join(ROOT, 'glossary'));
const files = readdirSync(dir).filter((f) => /\.ya?ml$/.test(f)).sort().map((f) => ({ file: `glossary/${f}`, text: readFileSync(join(dir, f), 'utf8') }));
const { errors, warnings, entries } = lintGlossary(files, { allowDangling: values['allow-dangling'] });
for (const w of warnings) console.log(`warning ${w}`);
for (const e of errors) console.log(`error ${e}`);
console.log(`${entries} entries in ${files.length} files: ${errors.length} errors, ${warnings.length} warnings`);
process.exit(errors.length ? 1 : 0);
