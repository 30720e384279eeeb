#!/usr/bin/env node
// `npm run glossary:schema`: compiles glossary/schema.json with ajv into the standalone validator
// the core imports (src/core/glossary/schemaValidator.generated.ts), so the core needs neither ajv
// nor a bundler at run time and generates no code while running. The unit tests fail when the
// committed file no longer matches the schema.
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Ajv from 'ajv';
import standalone from 'ajv/dist/standalone/index.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
export const TARGET = join(root, 'src', 'core', 'glossary', 'schemaValidator.generated.ts');

export function generate() {
  // unicode: false counts string lengths in UTF-16 units, so the code needs no ajv runtime helper.
  const ajv = new Ajv({ allErrors: true, strict: false, unicode: false, logger: false, code: { source: true, esm: true } });
  const validate = ajv.compile(JSON.parse(readFileSync(join(root, 'glossary', 'schema.json'), 'utf8')));
  return `// @ts-nocheck\n// Generated from glossary/schema.json by \`npm run glossary:schema\`; do not edit.\n${standalone.default ? standalone.default(ajv, validate) : standalone(ajv, validate)}\n`;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  writeFileSync(TARGET, generate());
  console.log(`wrote ${TARGET}`);
}
