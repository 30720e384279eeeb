import * as l10n from '@vscode/l10n';
import { LineCounter, parseDocument, isMap, isSeq, type Node as YamlNode } from 'yaml';
import validateSchema from './schemaValidator.generated.js';
import type { Category, GlossaryEntry, GlossaryLayer, GlossaryProblem, Glossary, RawEntry, SourceRef } from './types.js';
import { CATEGORIES } from './types.js';

interface AjvError { instancePath: string; message?: string; keyword: string; params: Record<string, unknown> }

/** glossary/schema.json, precompiled by ajv (`npm run glossary:schema`): no code is generated at run time. */
const validateFile = validateSchema as unknown as { (data: unknown): boolean; errors?: AjvError[] | null };

/**
 * Parse one glossary file (YAML or JSON text). Never throws: every problem is reported with
 * file and line, and entries that are valid are kept even when others in the file are not.
 */
export function parseGlossaryFile(text: string, file: string): GlossaryLayer {
  const lc = new LineCounter();
  const problems: GlossaryProblem[] = [];
  const at = (offset: number | undefined, message: string, entryId?: string, severity: 'error' | 'warning' = 'error') => {
    const pos = offset === undefined ? { line: 1, col: 1 } : lc.linePos(offset);
    problems.push({ file, line: pos.line, column: pos.col, message, severity, entryId });
  };
  let doc: ReturnType<typeof parseDocument>;
  let data: unknown;
  try {
    doc = parseDocument(text, { lineCounter: lc, prettyErrors: false, uniqueKeys: true });
    if (doc.errors.length > 0) {
      for (const e of doc.errors) at(e.pos[0], l10n.t('YAML syntax: {0}', e.message.split('\n')[0]));
      return { file, entries: [], disable: [], problems };
    }
    // toJS refuses documents whose aliases would expand without bound ("billion laughs").
    data = doc.toJS({ maxAliasCount: 1000 });
  } catch (e) {
    at(0, l10n.t('This glossary file cannot be read: {0}.', e instanceof Error ? e.message.split('\n')[0] : String(e)));
    return { file, entries: [], disable: [], problems };
  }
  if (data === null || data === undefined) return { file, entries: [], disable: [], problems };
  if (typeof data !== 'object' || Array.isArray(data) || !isMap(doc.contents)) {
    at(0, l10n.t('A glossary file must be a mapping with an "entries" list (see glossary/schema.json).'));
    return { file, entries: [], disable: [], problems };
  }
  const nodeAt = (path: (string | number)[]): YamlNode | undefined => {
    for (let i = path.length; i >= 0; i--) {
      const n = doc.getIn(path.slice(0, i), true) as YamlNode | undefined;
      if (n && typeof n === 'object' && 'range' in n && n.range) return n;
    }
    return undefined;
  };
  const offsetOf = (path: (string | number)[]) => nodeAt(path)?.range?.[0];

  // Schema validation (precompiled at build time, no code generation at run time).
  const badEntries = new Set<number>();
  let fileLevelError = false;
  if (!validateFile(data)) {
    for (const err of (validateFile.errors ?? []) as AjvError[]) {
      const path = err.instancePath.split('/').slice(1).map((s) => (/^\d+$/.test(s) ? Number(s) : s.replace(/~1/g, '/').replace(/~0/g, '~')));
      const entryIndex = path[0] === 'entries' && typeof path[1] === 'number' ? path[1] : undefined;
      if (entryIndex !== undefined) badEntries.add(entryIndex);
      else fileLevelError = true;
      const id = entryIndex !== undefined ? idAt(data, entryIndex) : undefined;
      at(offsetOf(path), describeAjvError(err), id);
    }
  }
  const obj = data as { area?: Category; disable?: unknown; entries?: unknown };
  const area = typeof obj.area === 'string' && (CATEGORIES as readonly string[]).includes(obj.area) ? obj.area : undefined;
  const disable = Array.isArray(obj.disable) ? obj.disable.filter((x): x is string => typeof x === 'string') : [];
  const entries: { raw: RawEntry; source: SourceRef }[] = [];
  if (Array.isArray(obj.entries)) {
    const seen = new Map<string, number>();
    obj.entries.forEach((raw: unknown, i: number) => {
      if (badEntries.has(i)) return;
      const e = raw as RawEntry;
      const offset = offsetOf(['entries', i]);
      const line = offset === undefined ? 1 : lc.linePos(offset).line;
      if (seen.has(e.id)) {
        at(offset, l10n.t('Duplicate id "{0}" (first defined on line {1}); this one is ignored.', e.id, seen.get(e.id) ?? 1), e.id);
        return;
      }
      seen.set(e.id, line);
      entries.push({ raw: area && !e.category ? { ...e, category: area } : e, source: { file, line } });
    });
  } else if (!fileLevelError && !isSeq(doc.get('entries', true))) {
    at(0, l10n.t('A glossary file needs an "entries" list.'));
  }
  return { file, area, entries, disable, problems };
}

function idAt(data: unknown, index: number): string | undefined {
  const entry = (data as { entries?: unknown[] }).entries?.[index] as { id?: unknown } | undefined;
  return typeof entry?.id === 'string' ? entry.id : undefined;
}

function describeAjvError(err: AjvError): string {
  const where = err.instancePath ? err.instancePath.replace(/^\/entries\/\d+\/?/, '').replace(/\//g, '.') : '';
  const field = where ? `"${where}" ` : '';
  switch (err.keyword) {
    case 'additionalProperties':
      return where ? l10n.t('Unknown field "{0}" in {1}. Allowed fields are listed in glossary/schema.json.', String(err.params.additionalProperty), where) : l10n.t('Unknown field "{0}". Allowed fields are listed in glossary/schema.json.', String(err.params.additionalProperty));
    case 'required':
      return where ? l10n.t('Missing required field "{0}" in {1}.', String(err.params.missingProperty), where) : l10n.t('Missing required field "{0}".', String(err.params.missingProperty));
    case 'enum':
      return l10n.t('{0}must be one of: {1}.', field, (err.params.allowedValues as string[]).join(', '));
    case 'pattern':
      return l10n.t('{0}must be a kebab-case id such as "read-replica".', field);
    default:
      return `${field}${err.message ?? 'is invalid'}.`;
  }
}

/**
 * Merge glossary layers in order: later layers add entries, override fields of existing entries,
 * and disable entries by id. Entries that cannot be completed are reported, never silently dropped.
 */
export function mergeGlossaries(layers: readonly GlossaryLayer[]): Glossary {
  const raw = new Map<string, { raw: RawEntry; source: SourceRef }>();
  const problems: GlossaryProblem[] = [];
  for (const layer of layers) {
    problems.push(...layer.problems);
    for (const id of layer.disable) raw.delete(id);
    for (const { raw: e, source } of layer.entries) {
      const prev = raw.get(e.id);
      raw.set(e.id, prev ? { raw: { ...prev.raw, ...stripUndefined(e) }, source } : { raw: e, source });
    }
  }
  const entries = new Map<string, GlossaryEntry>();
  for (const [id, { raw: e, source }] of raw) {
    if (!e.term || !e.definition || !e.category) {
      const missing = ['term', 'definition', 'category'].filter((k) => !e[k as keyof RawEntry]);
      problems.push({ file: source.file, line: source.line, column: 1, severity: 'error', entryId: id,
        message: l10n.t('Entry "{0}" is new here, so it needs {1} (or set "area" for the file).', id, missing.join(', ')) });
      continue;
    }
    entries.set(id, {
      id,
      term: e.term,
      category: e.category,
      aliases: e.aliases ?? [],
      abbreviations: e.abbreviations ?? [],
      caseSensitive: e.caseSensitive ?? false,
      inflect: e.inflect ?? true,
      definition: e.definition,
      whyItMatters: e.whyItMatters,
      askAbout: e.askAbout ?? [],
      tradeoffs: e.tradeoffs,
      related: e.related ?? [],
      example: e.example,
      learnMore: e.learnMore,
      signals: e.signals,
      ...(e.noun ? { noun: true } : {}),
      source,
    });
  }
  for (const e of entries.values()) {
    for (const r of e.related) {
      if (!entries.has(r) && e.source) {
        problems.push({ file: e.source.file, line: e.source.line, column: 1, severity: 'warning', entryId: e.id,
          message: l10n.t('Entry "{0}" lists related id "{1}", which no glossary defines.', e.id, r) });
      }
    }
  }
  return { entries, problems };
}

function stripUndefined<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
}
