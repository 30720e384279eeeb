import type { Analysis } from './analyze.js';
import type { DocumentAnalyzer } from './analyze.js';
import { readDiagrams, type DocDiagrams } from './diagrams.js';
import type { GlossaryEntry } from './glossary/types.js';
import { findQuantities, type Quantity } from './numbers.js';
import { askQuestions, type Genre, type GenreGuess, type Question } from './questions/index.js';
import { findDefinitions, findUnknownWords, matchDefinitions, type DocDefinition, type UnknownWord } from './vocabulary.js';
import type { TermMatch } from './matcher.js';

/**
 * Everything Docent knows about one version of a document: the single entry point for the glue and
 * the CLI. Plain data (offsets only), so it crosses a worker boundary as it is; whoever needs lines
 * builds one LineIndex of the text.
 */
export interface DocReport {
  /** The analysis, its terms including the doc's own definitions (`doc:` ids) and unknown words (`unknown:` ids). */
  readonly analysis: Analysis;
  /** Terms the doc defines itself, in the doc's words. */
  readonly definitions: readonly DocDefinition[];
  /** Technical-looking words neither the glossary nor the doc explains, most used first. */
  readonly unknown: readonly UnknownWord[];
  readonly quantities: readonly Quantity[];
  readonly diagrams: DocDiagrams;
  readonly questions: readonly Question[];
  /** What kind of doc the questions were asked for: detected, or chosen by the PM. */
  readonly genre: GenreGuess;
  /** The doc's first heading, or undefined. */
  readonly title?: string;
}

export interface ReadOptions {
  /** The doc's path or URI: a genre signal. */
  readonly path?: string;
  /** The genre the PM chose; detected when absent. */
  readonly genre?: Genre;
}

/** Analyse `text` (incrementally, through `analyzer`) and derive numbers, diagrams and questions. */
export function readDoc(text: string, analyzer: DocumentAnalyzer, entries: ReadonlyMap<string, GlossaryEntry>, options: ReadOptions = {}): DocReport {
  const own = withOwnVocabulary(text, analyzer.analyze(text), entries);
  const { analysis } = own;
  const quantities = findQuantities(text, analysis.prose);
  const diagrams = readDiagrams(analysis.code);
  const { questions, genre } = askQuestions({
    text, terms: analysis.terms, headings: analysis.headings, prose: analysis.prose, entries, quantities,
    dependencies: serviceDependencies(diagrams), ...options,
  });
  const title = (analysis.headings.find((h) => h.depth === 1) ?? analysis.headings[0])?.text;
  return {
    analysis, definitions: own.definitions, unknown: own.unknown,
    quantities, diagrams, questions, genre, ...(title ? { title } : {}),
  };
}

/**
 * The glossary's terms plus the doc's own vocabulary: the terms it defines, where no glossary term
 * stands (a word both explain keeps its glossary entry; the hover adds the doc's definition, found
 * in DocReport.definitions), and the technical-looking words nothing explains.
 */
function withOwnVocabulary(text: string, analysis: Analysis, entries: ReadonlyMap<string, GlossaryEntry>): { analysis: Analysis; definitions: DocDefinition[]; unknown: UnknownWord[] } {
  const definitions = findDefinitions(text, analysis.prose, analysis.headings);
  const docTerms = matchDefinitions(text, analysis.prose, definitions, analysis.terms);
  // A doc term may stand over glossary terms inside it ("priority level" over "priority"): those give way.
  // Both lists are sorted and without overlaps, so one pointer walks the doc terms.
  let d = 0;
  const inside = (t: TermMatch) => {
    while (d < docTerms.length && docTerms[d].offset + docTerms[d].length <= t.offset) d++;
    return d < docTerms.length && docTerms[d].offset <= t.offset && t.offset + t.length <= docTerms[d].offset + docTerms[d].length;
  };
  const known = docTerms.length ? [...analysis.terms.filter((t) => !inside(t)), ...docTerms].sort((a, b) => a.offset - b.offset) : analysis.terms;
  const defined = new Set(definitions.flatMap((d) => [d.term.toLowerCase(), ...(d.abbr ? [d.abbr.short.toLowerCase()] : [])]));
  const found = findUnknownWords(text, analysis.prose, analysis.headings, known, entries);
  const unknown = found.words.filter((w) => !defined.has(w.word.toLowerCase()));
  const ids = new Set(unknown.map((w) => w.id));
  const extra = found.matches.filter((m) => ids.has(m.id));
  if (docTerms.length === 0 && extra.length === 0) return { analysis, definitions, unknown };
  return { analysis: { ...analysis, terms: [...known, ...extra].sort((a, b) => a.offset - b.offset) }, definitions, unknown };
}

/**
 * The diagram edges that describe systems calling systems. Flowcharts of a process (decision
 * diamonds, "Lease valid?" steps) are not service dependencies: asking who owns "Lease valid?"
 * would be noise. Replies in sequence diagrams are not dependencies either.
 */
function serviceDependencies(d: DocDiagrams) {
  const step = new Set(d.components.filter((c) => c.shape === 'other' || /\?\s*$/.test(c.label)).map((c) => c.label));
  const store = new Set(d.components.filter((c) => c.shape === 'database' || c.shape === 'queue').map((c) => c.label));
  return d.dependencies
    .filter((e) => !e.reply && !step.has(e.from) && !step.has(e.to))
    .map((e) => ({ ...e, fromStore: store.has(e.from), toStore: store.has(e.to) }));
}
