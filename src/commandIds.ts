// Docent's command and view ids, named once. Plain data (no 'vscode' import), so the manifest
// test can hold package.json against it.

/** Every command Docent contributes (package.json `contributes.commands`). */
export const Command = {
  revealRange: 'docent.revealRange',
  showSidebar: 'docent.showSidebar',
  openSample: 'docent.openSample',
  openBrief: 'docent.openBrief',
  openMeetingMode: 'docent.openMeetingMode',
  setGenre: 'docent.setGenre',
  markAsked: 'docent.question.markAsked',
  markAnswered: 'docent.question.markAnswered',
  dismiss: 'docent.question.dismiss',
  reopen: 'docent.question.reopen',
  editNote: 'docent.question.editNote',
  copyQuestion: 'docent.question.copy',
  removeQuestion: 'docent.question.remove',
  addQuestion: 'docent.questions.add',
  addQuestionOnSelection: 'docent.questions.addSelection',
  showMore: 'docent.questions.showMore',
  showOpenOnly: 'docent.questions.showOpenOnly',
  showAll: 'docent.questions.showAll',
  askAboutTerm: 'docent.askAboutTerm',
  export: 'docent.export',
  exportMarkdown: 'docent.exportMarkdown',
  exportCsv: 'docent.exportCsv',
  exportJson: 'docent.exportJson',
  copyQuestions: 'docent.copyQuestions',
  lookUpTerm: 'docent.lookUpTerm',
  explainSelection: 'docent.explainSelection',
  addToTeamGlossary: 'docent.addToTeamGlossary',
  markTermKnown: 'docent.markTermKnown',
  unmarkTermKnown: 'docent.unmarkTermKnown',
  toggleHighlights: 'docent.toggleHighlights',
  openGlossarySource: 'docent.openGlossarySource',
} as const;
export type CommandId = (typeof Command)[keyof typeof Command];

/** Docent's views (package.json `contributes.views`). */
export const View = {
  questions: 'docent.questions',
  terms: 'docent.terms',
  health: 'docent.health',
} as const;

/** A `command:` link for trusted hover Markdown: `id` with its arguments JSON-encoded. */
export function commandLink(id: CommandId, ...args: unknown[]): string {
  return `command:${id}${args.length ? `?${encodeURIComponent(JSON.stringify(args))}` : ''}`;
}
