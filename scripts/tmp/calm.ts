import { DocumentAnalyzer, TermMatcher, loadGlossary, reviewText, markedTerms } from '../../src/core';
import { corpusDir, readCorpus } from '../corpus';
const g = loadGlossary(); const m = new TermMatcher(g);
let all = 0, calm = 0, first = 0, densest = 0, densestCalm = 0, unknown = 0, defs = 0, docsWithDefs = 0;
for (const d of readCorpus(corpusDir())) {
  const r = reviewText(d.text, new DocumentAnalyzer(m), g.entries);
  const heads = r.analysis.headings.map((h) => h.offset);
  const terms = r.analysis.terms;
  all += terms.length; calm += markedTerms(terms, heads, 'calm').length; first += markedTerms(terms, heads, 'firstPerSection').length;
  unknown += r.unknown.length; defs += r.definitions.length; if (r.definitions.length) docsWithDefs++;
  // the densest paragraph: most marks in one prose block
  const per = new Map<number, { a: number; c: number }>();
  const calmSet = new Set(markedTerms(terms, heads, 'calm'));
  for (const t of terms) { const p = d.text.lastIndexOf('\n\n', t.offset); const e = per.get(p) ?? { a: 0, c: 0 }; e.a++; if (calmSet.has(t)) e.c++; per.set(p, e); }
  for (const e of per.values()) if (e.a > densest) { densest = e.a; densestCalm = e.c; }
}
console.log(`marks: all ${all}, calm ${calm} (${Math.round(100 * calm / all)}%), firstPerSection ${first} (${Math.round(100 * first / all)}%); densest paragraph ${densest} marks -> ${densestCalm} in calm; unknown words ${unknown}; doc definitions ${defs} in ${docsWithDefs} docs`);
