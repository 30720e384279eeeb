// Docent's pure core: parsing, matching, analysis. Never imports 'vscode'; runs in Node, in the
// extension host and in a web worker.
export * from './glossary/types';
export { entryView, ENTRY_LABELS, type EntryView, type EntryExtra } from './glossary/entryView';
export { parseGlossaryFile, mergeGlossaries } from './glossary/load';
export { bundledLayers, loadGlossary } from './glossary/bundled';
export { TermMatcher, surfaceForms, isAcronym, type TermMatch } from './matcher';
export type { TextRange } from './ranges';
export { DocumentAnalyzer, type Analysis, type AnalyzeOptions, type Heading, type CodeBlock } from './analyze';
export { LineIndex } from './lines';
export { SECTION_KINDS, SECTION_ORDER, classifySection, missingSections, type SectionKind } from './structure';
export { splitChunks } from './chunks';
export { findQuantities, downtimeBudget, formatCount, type Quantity, type QuantityKind } from './numbers';
export { parseMermaid, readDiagrams, type DocDiagrams, type Diagram } from './diagrams';
export {
  generateQuestions, askQuestions, capPerCategory, QUESTION_CATEGORIES, QUESTION_CATEGORY_LABELS, ASK_FIRST,
  GENRES, GENRE_LABELS, detectGenre, isGenre,
  type Question, type QuestionCategory, type QuestionSource, type QuestionLocation, type Genre, type GenreGuess,
} from './questions';
export {
  emptyReviewState, parseReviewState, serializeReviewState, setStatus, setNote, setGenre, addCustomQuestion, removeCustomQuestion, statusOf, QUESTION_STATUSES, QUESTION_STATUS_LABELS,
  type ReviewState, type QuestionStatus, type CustomQuestion, type StateTarget, type QuestionSnapshot,
} from './reviewState';
export {
  exportReview, reviewItems, carryOver, csvCell, shellWord, agenda, githubIssues, lineLink, webFileUrl, relativePath, isLinkStyle, isExportFormat,
  EXPORT_FORMATS, EXPORT_PROFILES, LINK_STYLES, type ExportFormat, type ExportOptions, type LinkStyle, type LinkOptions, type GithubIssue, type AgendaGroup,
  type ReviewDocument, type ReviewItem,
} from './export';
export { readDoc, type DocReport, type ReadOptions } from './report';
export { buildBrief, type Brief, type BriefLine } from './brief';
export { quoteAround } from './quotes';
export { escapeMarkdown, escapeHtml, oneLine, clip, type MarkdownTarget } from './text';
export { useTranslations, type Translations } from './l10n';
export { ReviewSessions, type ReviewStorage } from './reviewSessions';
export { findDefinitions, findUnknownWords, matchDefinitions, type DocDefinition, type UnknownWord } from './vocabulary';
export { markedTerms, OCCURRENCES, type Occurrences } from './marks';
