import * as vscode from 'vscode';
import { Disposable } from '../base/disposable';
import { buildBrief, QUESTION_STATUS_LABELS, escapeHtml as h, type Brief, type QuestionStatus, type ReviewItem } from '../core';
import type { ReviewController } from '../review/controller';

const STATUSES: readonly QuestionStatus[] = ['open', 'asked', 'answered', 'dismissed'];

type Message =
  | { type: 'status'; id: string; status: QuestionStatus }
  | { type: 'note'; id: string }
  | { type: 'reveal'; line: number }
  | { type: 'mode'; meeting: boolean };

/**
 * The Review Brief: one page beside the doc that a PM reads before the meeting and keeps open
 * during it, with tick, asked, dismiss and note on every question, in sync with the sidebar (both
 * write through the ReviewController). Meeting mode shows only the open questions, large, in agenda
 * order. A webview with a strict CSP: only Docent's own script runs; every word from the doc is
 * HTML-escaped text.
 */
export class ReviewBrief extends Disposable {
  static readonly viewType = 'docent.brief';
  #panel: vscode.WebviewPanel | undefined;
  #meeting = false;
  #timer: ReturnType<typeof setTimeout> | undefined;

  constructor(private readonly review: ReviewController, private readonly extensionUri: vscode.Uri) {
    super();
    this.register(review.onDidChange(() => this.#schedule()));
  }

  get panel(): vscode.WebviewPanel | undefined {
    return this.#panel;
  }

  get meeting(): boolean {
    return this.#meeting;
  }

  /** Opens (or reveals) the brief beside the doc; `meeting` switches to meeting mode. */
  show(meeting = false): void {
    this.#meeting = meeting;
    if (this.#panel) {
      this.#panel.reveal(vscode.ViewColumn.Beside, false);
      this.#render();
      return;
    }
    this.attach(vscode.window.createWebviewPanel(ReviewBrief.viewType, vscode.l10n.t('Review Brief'), { viewColumn: vscode.ViewColumn.Beside, preserveFocus: false }, this.#options()));
  }

  /** Takes over a panel: a new one, or one VS Code restores after a reload. */
  attach(panel: vscode.WebviewPanel, meeting?: boolean): void {
    this.#panel?.dispose();
    this.#panel = panel;
    if (meeting !== undefined) this.#meeting = meeting;
    panel.webview.options = this.#options();
    panel.iconPath = vscode.Uri.joinPath(this.extensionUri, 'media', 'docent.svg');
    // The panel's listeners live as long as the panel, not as long as Docent.
    const messages = panel.webview.onDidReceiveMessage((m: Message) => this.#receive(m));
    const closed = panel.onDidDispose(() => {
      messages.dispose();
      closed.dispose();
      if (this.#panel === panel) this.#panel = undefined;
    });
    this.#render();
  }

  #options(): vscode.WebviewOptions & vscode.WebviewPanelOptions {
    return { enableScripts: true, enableCommandUris: false, localResourceRoots: [vscode.Uri.joinPath(this.extensionUri, 'media')], retainContextWhenHidden: false };
  }

  #schedule(): void {
    if (!this.#panel) return;
    if (this.#timer) clearTimeout(this.#timer);
    this.#timer = setTimeout(() => this.#render(), 150);
  }

  async #receive(m: Message): Promise<void> {
    const uri = this.review.document?.uri;
    if (!uri || !m || typeof m !== 'object') return;
    switch (m.type) {
      case 'status':
        if (typeof m.id === 'string' && STATUSES.includes(m.status)) await this.review.setStatus(m.id, m.status, uri);
        return;
      case 'note': {
        if (typeof m.id !== 'string') return;
        const current = this.review.state.questions[m.id]?.note ?? '';
        const note = await vscode.window.showInputBox({ title: vscode.l10n.t('Note on this question'), value: current, prompt: vscode.l10n.t('Who answered, what was decided, what to follow up. Empty removes the note.') });
        if (note !== undefined) await this.review.setNote(m.id, note.trim(), uri);
        return;
      }
      case 'reveal':
        if (Number.isInteger(m.line) && m.line >= 0) {
          const editor = await vscode.window.showTextDocument(uri, { viewColumn: vscode.ViewColumn.One, preserveFocus: false });
          const at = new vscode.Position(Math.min(m.line, editor.document.lineCount - 1), 0);
          editor.selection = new vscode.Selection(at, at);
          editor.revealRange(new vscode.Range(at, at), vscode.TextEditorRevealType.InCenter);
        }
        return;
      case 'mode':
        this.#meeting = !!m.meeting;
        this.#render();
        return;
    }
  }

  #render(): void {
    const panel = this.#panel;
    if (!panel) return;
    const a = this.review.snapshot;
    const doc = this.review.reviewDocument();
    const brief = a && doc ? buildBrief(a.report, doc, this.review.items()) : undefined;
    panel.title = this.#meeting ? vscode.l10n.t('Meeting: {0}', brief?.title ?? '') : vscode.l10n.t('Review Brief: {0}', brief?.title ?? '');
    panel.webview.html = page(panel.webview, this.extensionUri, brief, this.#meeting);
  }

  override dispose(): void {
    if (this.#timer) clearTimeout(this.#timer);
    this.#panel?.dispose();
    super.dispose();
  }
}

function page(webview: vscode.Webview, root: vscode.Uri, brief: Brief | undefined, meeting: boolean): string {
  const nonce = [...crypto.getRandomValues(new Uint8Array(16))].map((b) => b.toString(16).padStart(2, '0')).join('');
  const css = webview.asWebviewUri(vscode.Uri.joinPath(root, 'media', 'brief.css'));
  const js = webview.asWebviewUri(vscode.Uri.joinPath(root, 'media', 'brief.js'));
  const body = !brief
    ? `<p class="empty">${h(vscode.l10n.t('Open a Markdown design doc; the brief follows the doc Docent is reviewing.'))}</p>`
    : meeting ? meetingBody(brief) : briefBody(brief);
  return `<!DOCTYPE html>
<html lang="${h(vscode.env.language)}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src ${webview.cspSource}; script-src 'nonce-${nonce}'; img-src ${webview.cspSource};">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="${css}">
<title>${h(vscode.l10n.t('Review Brief'))}</title>
</head>
<body class="${meeting ? 'meeting' : 'brief'}" data-meeting="${meeting}">
<header class="bar">
  <button type="button" class="mode" data-mode="${meeting ? 'brief' : 'meeting'}">${h(meeting ? vscode.l10n.t('Back to the brief') : vscode.l10n.t('Meeting mode'))}</button>
</header>
<main>
${body}
</main>
<script nonce="${nonce}" src="${js}"></script>
</body>
</html>`;
}

function briefBody(b: Brief): string {
  const facts = [
    [vscode.l10n.t('Kind of doc'), b.genre],
    ...(b.status ? [[vscode.l10n.t('Status'), b.status]] : []),
    ...(b.owner ? [[vscode.l10n.t('Owner'), b.owner]] : []),
  ].map(([k, v]) => `<div><dt>${h(k)}</dt><dd>${h(v)}</dd></div>`).join('');
  const lineLink = (line: number, label?: string) => `<button type="button" class="line" data-line="${line}" title="${h(vscode.l10n.t('Show line {0} in the doc', line + 1))}">${h(label ?? vscode.l10n.t('line {0}', line + 1))}</button>`;
  const list = (items: readonly { text: string; line: number }[]) => `<ul>${items.map((i) => `<li>${h(i.text)} ${lineLink(i.line)}</li>`).join('')}</ul>`;
  const sections: string[] = [];
  if (b.summary) sections.push(`<section><h2>${h(vscode.l10n.t('What it proposes'))}</h2><blockquote>${h(b.summary.text)}</blockquote>${lineLink(b.summary.line, vscode.l10n.t('Read it in the doc'))}</section>`);
  if (b.components.length || b.calls.length) {
    sections.push(`<section><h2>${h(vscode.l10n.t('Components and calls'))}</h2>${b.components.length ? `<p class="chips">${b.components.map((c) => `<span class="chip">${h(c)}</span>`).join('')}</p>` : ''}${b.calls.length ? `<ul class="calls">${b.calls.map((c) => `<li>${h(c.from)} <span aria-label="${h(vscode.l10n.t('calls'))}">→</span> ${h(c.to)}${c.label ? ` <span class="muted">(${h(c.label)})</span>` : ''}</li>`).join('')}</ul>` : ''}</section>`);
  }
  if (b.numbers.length) sections.push(`<section><h2>${h(vscode.l10n.t('Key numbers'))}</h2><ul>${b.numbers.map((n) => `<li><strong>${h(n.text)}</strong> ${lineLink(n.line)}<div class="muted">${h(n.notes.join(' · '))}</div></li>`).join('')}</ul></section>`);
  if (b.decisions.length || b.alternatives.length) {
    sections.push(`<section><h2>${h(vscode.l10n.t('Decisions and alternatives'))}</h2>${b.decisions.length ? list(b.decisions) : ''}${b.alternatives.length ? `<h3>${h(vscode.l10n.t('Alternatives it names'))}</h3>${list(b.alternatives)}` : ''}</section>`);
  }
  if (b.openItems.length) sections.push(`<section><h2>${h(vscode.l10n.t('What it leaves open'))}</h2>${list(b.openItems)}</section>`);
  const total = b.groups.reduce((n, g) => n + g.items.length, 0);
  const questions = b.groups.map((g) => `<section class="group"><h3>${h(g.title)} <span class="muted">${g.items.length}</span></h3><ol class="questions">${g.items.map((i) => questionRow(i, false)).join('')}</ol></section>`).join('');
  return `<h1>${h(b.title)}</h1><dl class="facts">${facts}</dl>${sections.join('')}<section><h2>${h(vscode.l10n.t('Questions to bring ({0})', total))}</h2>${questions || `<p class="empty">${h(vscode.l10n.t('No questions for this doc.'))}</p>`}</section>`;
}

function meetingBody(b: Brief): string {
  const open = b.groups.map((g) => ({ ...g, items: g.items.filter((i) => i.status === 'open' || i.status === 'asked') })).filter((g) => g.items.length);
  const left = open.reduce((n, g) => n + g.items.length, 0);
  const rows = open.map((g) => `<section class="group"><h2>${h(g.title)}</h2><ol class="questions">${g.items.map((i) => questionRow(i, true)).join('')}</ol></section>`).join('');
  return `<h1>${h(b.title)}</h1><p class="left" role="status">${h(left === 1 ? vscode.l10n.t('1 question open') : vscode.l10n.t('{0} questions open', left))}</p>${rows || `<p class="empty">${h(vscode.l10n.t('Every question is answered or dismissed.'))}</p>`}`;
}

function questionRow(i: ReviewItem, meeting: boolean): string {
  const id = h(i.id);
  const line = i.locations[0]?.line;
  const status = i.status === 'open' ? '' : `<span class="status">${h(QUESTION_STATUS_LABELS[i.status])}</span>`;
  const details = i.details?.length ? `<ul class="details">${i.details.map((d) => `<li>${h(d)}</li>`).join('')}</ul>` : '';
  const why = !meeting && i.source !== 'user' ? `<p class="why muted">${h(i.why)}${line !== undefined ? ` <button type="button" class="line" data-line="${line}">${h(vscode.l10n.t('line {0}', line + 1))}</button>` : ''}</p>` : '';
  const note = i.note ? `<p class="note"><span aria-hidden="true">✎</span> ${h(i.note)}</p>` : '';
  return `<li class="question s-${h(i.status)}${i.askFirst ? ' first' : ''}" data-id="${id}">
<label class="tick"><input type="checkbox" data-action="answered"${i.status === 'answered' ? ' checked' : ''} aria-label="${h(vscode.l10n.t('Answered: {0}', i.headline))}"> <span class="text">${h(i.text)}</span></label> ${status}
${details}${why}${note}
<div class="actions">
<button type="button" data-action="asked" aria-pressed="${i.status === 'asked'}">${h(vscode.l10n.t('Asked'))}</button>
${meeting ? '' : `<button type="button" data-action="dismissed">${h(i.status === 'dismissed' ? vscode.l10n.t('Reopen') : vscode.l10n.t('Dismiss'))}</button>`}
<button type="button" data-action="note">${h(i.note ? vscode.l10n.t('Edit note…') : vscode.l10n.t('Note…'))}</button>
</div>
</li>`;
}
