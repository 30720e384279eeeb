import type { Analysis } from './analyze';
import type { DocumentAnalyzer } from './analyze';
import { readDiagrams, type DocDiagrams } from './diagrams';
import type { GlossaryEntry } from './glossary/types';
import { LineIndex } from './lines';
import { findQuantities, type Quantity } from './numbers';
import { generateQuestions, type Question } from './questions';

/** Everything Docent knows about one version of a document: the single entry point for the glue and the CLI. */
export interface DocReview {
  readonly analysis: Analysis;
  readonly quantities: readonly Quantity[];
  readonly diagrams: DocDiagrams;
  readonly questions: readonly Question[];
  readonly lines: LineIndex;
  /** The doc's first heading, or undefined. */
  readonly title?: string;
}

/** Analyse `text` (incrementally, through `analyzer`) and derive numbers, diagrams and questions. */
export function reviewText(text: string, analyzer: DocumentAnalyzer, entries: ReadonlyMap<string, GlossaryEntry>): DocReview {
  const analysis = analyzer.analyze(text);
  const quantities = findQuantities(text, analysis.prose);
  const diagrams = readDiagrams(analysis.code);
  const questions = generateQuestions({
    text, terms: analysis.terms, headings: analysis.headings, prose: analysis.prose, entries, quantities,
    dependencies: serviceDependencies(diagrams),
  });
  const title = (analysis.headings.find((h) => h.depth === 1) ?? analysis.headings[0])?.text;
  return { analysis, quantities, diagrams, questions, lines: new LineIndex(text), ...(title ? { title } : {}) };
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
