// Docent's pure core: parsing, matching, analysis. Never imports 'vscode'; runs in Node, in the
// extension host and in a web worker.
export * from './glossary/types.js';
export { entryView, ENTRY_LABELS, type EntryView, type EntryExtra } from './glossary/entryView.js';
export { parseGlossaryFile, mergeGlossaries } from './glossary/load.js';
export { TermMatcher, surfaceForms, isAcronym, type TermMatch } from './matcher.js';
export type { TextRange } from './ranges.js';
export { DocumentAnalyzer, type Analysis, type AnalyzeOptions, type CodeBlock } from './analyze.js';
export { LineIndex } from './lines.js';
export { SECTION_KINDS, SECTION_ORDER, classifySection, missingSections, type SectionKind, type Heading } from './structure.js';
export { splitChunks } from './chunks.js';
export { findQuantities, downtimeBudget, formatCount, type Quantity, type QuantityKind } from './numbers.js';
export { parseMermaid, readDiagrams, type DocDiagrams, type Diagram } from './diagrams.js';
export {
  generateQuestions, askQuestions, capPerCategory, QUESTION_CATEGORIES, QUESTION_CATEGORY_LABELS, ASK_FIRST,
  GENRES, GENRE_LABELS, detectGenre, isGenre,
  type Question, type QuestionCategory, type QuestionSource, type QuestionLocation, type Genre, type GenreGuess,
} from './questions/index.js';
export {
  emptyReviewState, parseReviewState, serializeReviewState, setStatus, setNote, setGenre, addCustomQuestion, removeCustomQuestion, statusOf, QUESTION_STATUSES, QUESTION_STATUS_LABELS,
  type ReviewState, type QuestionStatus, type CustomQuestion, type StateTarget, type QuestionSnapshot,
} from './reviewState.js';
export {
  exportReview, reviewItems, carryOver, csvCell, shellWord, agenda, githubIssues, lineLink, webFileUrl, relativePath, isLinkStyle, isExportFormat,
  EXPORT_FORMATS, EXPORT_PROFILES, LINK_STYLES, type ExportFormat, type ExportOptions, type LinkStyle, type LinkOptions, type GithubIssue, type AgendaGroup,
  type ReviewDocument, type ReviewItem,
} from './export/index.js';
export { readDoc, type DocReport, type ReadOptions } from './report.js';
export { buildBrief, type Brief, type BriefLine } from './brief.js';
export { quoteAround } from './quotes.js';
export { escapeMarkdown, escapeHtml, oneLine, clip, type MarkdownTarget } from './text.js';
export { useTranslations, type Translations } from './l10n.js';
export { ReviewSessions, type ReviewStorage } from './reviewSessions.js';
export { findDefinitions, findUnknownWords, matchDefinitions, type DocDefinition, type UnknownWord } from './vocabulary.js';
export { markedTerms, OCCURRENCES, type Occurrences } from './marks.js';
