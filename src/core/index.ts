// Docent's pure core: parsing, matching, analysis. Never imports 'vscode'; runs in Node, in the
// extension host and in a web worker.
export * from './glossary/types';
export { parseGlossaryFile, mergeGlossaries } from './glossary/load';
export { bundledLayers, loadGlossary } from './glossary/bundled';
export { TermMatcher, surfaceForms, isAcronym, type TermMatch, type TextRange } from './matcher';
export { DocumentAnalyzer, type Analysis, type AnalyzeOptions, type Heading, type CodeBlock } from './analyze';
export { LineIndex } from './lines';
export { SECTION_KINDS, SECTION_ORDER, classifySection, missingSections, type SectionKind } from './structure';
export { splitChunks } from './blocks';
