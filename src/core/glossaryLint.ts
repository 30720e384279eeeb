import { surfaceForms } from './matcher.js';
import { parseGlossaryFile } from './glossary/load.js';
import type { RawEntry } from './glossary/types.js';

/** A bundled definition longer than this no longer reads at a glance in a hover. */
const MAX_DEFINITION_WORDS = 45;
const PLACEHOLDER = /\b(TODO|TBD|FIXME|lorem ipsum|xxx)\b|^\s*\.\.\.\s*$/i;
/** Fields every bundled entry fills (team entries may leave them out). */
const REQUIRED = ['term', 'definition', 'whyItMatters', 'askAbout', 'related', 'example', 'learnMore'] as const;

export interface GlossaryLint {
  readonly errors: string[];
  readonly warnings: string[];
  readonly entries: number;
  readonly files: number;
}

/**
 * The surface forms an entry claims, as the matcher will compile them: exact-case forms as
 * written, the others lower-cased. Two entries claiming one form compete for the same words.
 */
export function claimedForms(raw: RawEntry): string[] {
  const entry = { term: raw.term ?? '', aliases: raw.aliases ?? [], abbreviations: raw.abbreviations ?? [], caseSensitive: raw.caseSensitive ?? false, inflect: raw.inflect ?? true };
  return [...new Set(surfaceForms(entry).filter((f) => f.text.trim()).map((f) => (f.exactCase ? f.text.trim() : f.text.trim().toLowerCase())))];
}

/**
 * The quality bar of the bundled glossary, over its files' texts (`file` as "glossary/x.yaml"):
 * what the core's reader reports (YAML, schema, duplicate ids), then the bundled-only rules —
 * every field filled, no placeholders, 2–4 questions, short definitions that do not use their own
 * term, one general entry per surface form, related ids that exist.
 */
export function lintGlossary(files: readonly { file: string; text: string }[], { allowDangling = false } = {}): GlossaryLint {
  const errors: string[] = [];
  const warnings: string[] = [];
  const name = (file: string) => file.replace(/^.*\//, '');
  const byId = new Map<string, string>();
  const byForm = new Map<string, { where: string; signals: boolean }[]>();
  const all: { entry: RawEntry; where: string }[] = [];
  for (const { file, text } of files) {
    const layer = parseGlossaryFile(text, file);
    for (const p of layer.problems) (p.severity === 'error' ? errors : warnings).push(`${name(file)}:${p.line}: ${p.message}`);
    for (const { raw: entry, source } of layer.entries) {
      const where = `${name(file)}:${source.line}: ${entry.id}`;
      all.push({ entry, where });
      if (byId.has(entry.id)) errors.push(`${where}: duplicate id (also ${byId.get(entry.id)})`);
      byId.set(entry.id, where);
      if (!entry.category) errors.push(`${where}: no category and the file has no area`);
      for (const k of REQUIRED) {
        const v = entry[k];
        if (v === undefined || (Array.isArray(v) && v.length === 0 && k !== 'related')) errors.push(`${where}: missing ${k}`);
      }
      for (const [k, v] of Object.entries(entry)) {
        const texts = typeof v === 'string' ? [v] : Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : v && typeof v === 'object' ? Object.values(v).filter((x): x is string => typeof x === 'string') : [];
        for (const t of texts) if (!t.trim() || PLACEHOLDER.test(t)) errors.push(`${where}: placeholder or empty text in ${k}`);
      }
      if (entry.askAbout && (entry.askAbout.length < 2 || entry.askAbout.length > 4)) errors.push(`${where}: askAbout needs 2 to 4 questions, has ${entry.askAbout.length}`);
      if (entry.definition) {
        const words = entry.definition.trim().split(/\s+/).length;
        if (words > MAX_DEFINITION_WORDS) errors.push(`${where}: definition has ${words} words (limit ${MAX_DEFINITION_WORDS})`);
        const definition = entry.definition.toLowerCase();
        const own = [entry.term, ...(entry.aliases ?? [])].filter((s): s is string => !!s).map((s) => s.toLowerCase());
        const used = own.find((s) => new RegExp(`(^|[^\\p{L}\\p{N}])${s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}([^\\p{L}\\p{N}]|$)`, 'u').test(definition));
        if (used) errors.push(`${where}: definition uses its own term "${used}"`);
      }
      for (const form of claimedForms(entry)) {
        const claims = byForm.get(form) ?? [];
        // Several entries may share a form when each but one (the general sense) names its signals.
        const general = claims.filter((c) => !c.signals);
        if (!entry.signals && general.length > 0) errors.push(`${where}: surface form "${form}" is also claimed by ${general[0].where} (give one of them "signals" if they are two senses)`);
        claims.push({ where, signals: Boolean(entry.signals) });
        byForm.set(form, claims);
      }
    }
  }
  for (const { entry, where } of all) {
    for (const r of entry.related ?? []) {
      if (!byId.has(r)) (allowDangling ? warnings : errors).push(`${where}: related id "${r}" does not exist`);
      if (r === entry.id) errors.push(`${where}: related to itself`);
    }
  }
  return { errors, warnings, entries: all.length, files: files.length };
}
