#!/usr/bin/env node
// Quality checks for the bundled glossary (glossary/*.yaml), run by `npm run glossary:lint`
// and by the unit tests. Prints one line per problem with file:line and exits 1 on errors.
import { readFileSync, readdirSync } from 'node:fs';
import { join, dirname, basename } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseDocument, LineCounter } from 'yaml';
import Ajv from 'ajv';

const here = dirname(fileURLToPath(import.meta.url));
const DEFAULT_DIR = join(here, '..', 'glossary');
const MAX_DEFINITION_WORDS = 45;
const PLACEHOLDER = /\b(TODO|TBD|FIXME|lorem ipsum|xxx)\b|^\s*\.\.\.\s*$/i;
const REQUIRED = ['term', 'definition', 'whyItMatters', 'askAbout', 'related', 'example', 'learnMore'];

/** Surface forms an entry claims, lower-cased unless they are case-sensitive acronyms. */
export function claimedForms(entry) {
  const forms = [];
  const add = (s, exactCase) => forms.push(exactCase ? s.trim() : s.trim().toLowerCase());
  const isAcronym = (s) => /^[A-Z0-9][A-Z0-9/&.+-]*[A-Z0-9]$/.test(s) && /[A-Z]/.test(s);
  if (entry.term) add(entry.term, isAcronym(entry.term) || entry.caseSensitive);
  for (const a of entry.aliases ?? []) add(a, isAcronym(a) || entry.caseSensitive);
  for (const ab of entry.abbreviations ?? []) {
    add(ab.abbr, true);
    add(ab.expansion, false);
  }
  return [...new Set(forms)];
}

function lineOf(doc, lc, path) {
  const node = doc.getIn(path, true);
  const offset = node?.range?.[0];
  return offset === undefined ? 1 : lc.linePos(offset).line;
}

/**
 * Lint every glossary file in `dir`.
 * @returns {{ errors: string[], warnings: string[], entries: number }}
 */
export function lintGlossary(dir = DEFAULT_DIR, { allowDangling = false } = {}) {
  const schema = JSON.parse(readFileSync(join(dir, 'schema.json'), 'utf8'));
  const validate = new Ajv({ allErrors: true, strict: false }).compile(schema);
  const errors = [];
  const warnings = [];
  const byId = new Map();
  const byForm = new Map();
  const all = [];
  const files = readdirSync(dir).filter((f) => /\.ya?ml$/.test(f)).sort();
  for (const f of files) {
    const path = join(dir, f);
    const lc = new LineCounter();
    const doc = parseDocument(readFileSync(path, 'utf8'), { lineCounter: lc, prettyErrors: false });
    for (const e of doc.errors) errors.push(`${f}:${lc.linePos(e.pos[0]).line}: YAML: ${e.message.split('\n')[0]}`);
    if (doc.errors.length) continue;
    const data = doc.toJS();
    if (!validate(data)) {
      for (const e of validate.errors) {
        const segs = e.instancePath.split('/').slice(1).map((s) => (/^\d+$/.test(s) ? Number(s) : s));
        errors.push(`${f}:${lineOf(doc, lc, segs)}: schema: ${e.instancePath || '/'} ${e.message}`);
      }
    }
    (data.entries ?? []).forEach((entry, i) => {
      const line = lineOf(doc, lc, ['entries', i]);
      const where = `${f}:${line}: ${entry.id}`;
      all.push({ entry, where, file: f });
      if (byId.has(entry.id)) errors.push(`${where}: duplicate id (also ${byId.get(entry.id)})`);
      byId.set(entry.id, where);
      if (!entry.category && !data.area) errors.push(`${where}: no category and the file has no area`);
      for (const k of REQUIRED) {
        const v = entry[k];
        if (v === undefined || (Array.isArray(v) && v.length === 0 && k !== 'related')) errors.push(`${where}: missing ${k}`);
      }
      for (const [k, v] of Object.entries(entry)) {
        const texts = typeof v === 'string' ? [v] : Array.isArray(v) ? v.filter((x) => typeof x === 'string') : typeof v === 'object' ? Object.values(v).filter((x) => typeof x === 'string') : [];
        for (const t of texts) if (!t.trim() || PLACEHOLDER.test(t)) errors.push(`${where}: placeholder or empty text in ${k}`);
      }
      if (entry.askAbout && (entry.askAbout.length < 2 || entry.askAbout.length > 4)) errors.push(`${where}: askAbout needs 2 to 4 questions, has ${entry.askAbout.length}`);
      if (entry.definition) {
        const words = entry.definition.trim().split(/\s+/).length;
        if (words > MAX_DEFINITION_WORDS) errors.push(`${where}: definition has ${words} words (limit ${MAX_DEFINITION_WORDS})`);
        const defLower = entry.definition.toLowerCase();
        const own = [entry.term, ...(entry.aliases ?? [])].filter(Boolean).map((s) => s.toLowerCase());
        for (const s of own) {
          const re = new RegExp(`(^|[^\\p{L}\\p{N}])${s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}([^\\p{L}\\p{N}]|$)`, 'u');
          if (re.test(defLower)) { errors.push(`${where}: definition uses its own term "${s}"`); break; }
        }
      }
      for (const form of claimedForms(entry)) {
        const claims = byForm.get(form) ?? [];
        // Several entries may share a form when each but one (the general sense) names its signals.
        const general = claims.filter((c) => !c.signals);
        if (!entry.signals && general.length > 0) errors.push(`${where}: surface form "${form}" is also claimed by ${general[0].where} (give one of them "signals" if they are two senses)`);
        claims.push({ id: entry.id, where, signals: Boolean(entry.signals) });
        byForm.set(form, claims);
      }
    });
  }
  for (const { entry, where } of all) {
    for (const r of entry.related ?? []) {
      if (!byId.has(r)) (allowDangling ? warnings : errors).push(`${where}: related id "${r}" does not exist`);
      if (r === entry.id) errors.push(`${where}: related to itself`);
    }
  }
  return { errors, warnings, entries: all.length, files: files.length };
}

if (process.argv[1] && basename(process.argv[1]) === 'glossary-lint.mjs') {
  const allowDangling = process.argv.includes('--allow-dangling');
  const dirArg = process.argv.slice(2).find((a) => !a.startsWith('--'));
  const { errors, warnings, entries, files } = lintGlossary(dirArg ?? DEFAULT_DIR, { allowDangling });
  for (const w of warnings) console.log(`warning ${w}`);
  for (const e of errors) console.log(`error ${e}`);
  console.log(`${entries} entries in ${files} files: ${errors.length} errors, ${warnings.length} warnings`);
  process.exit(errors.length ? 1 : 0);
}
