// Docent: the Review Brief's page script. It only sends the PM's clicks to the extension, which
// owns the review state; the page is rendered again from that state after each change.
(() => {
  'use strict';
  // eslint-disable-next-line no-undef
  const vscode = acquireVsCodeApi();
  const saved = vscode.getState() || {};
  const meeting = document.body.dataset.meeting === 'true';
  vscode.setState({ ...saved, meeting });
  // Re-rendering replaces the page: keep the reader's place.
  if (typeof saved.scroll === 'number') window.scrollTo(0, saved.scroll);
  if (saved.focus) {
    const el = document.querySelector(`[data-id="${CSS.escape(saved.focus.id)}"] [data-action="${CSS.escape(saved.focus.action)}"]`);
    if (el) el.focus();
  }
  let pending = 0;
  window.addEventListener('scroll', () => {
    cancelAnimationFrame(pending);
    pending = requestAnimationFrame(() => vscode.setState({ ...vscode.getState(), scroll: window.scrollY }));
  }, { passive: true });

  const remember = (id, action) => vscode.setState({ ...vscode.getState(), scroll: window.scrollY, focus: { id, action } });

  document.addEventListener('click', (e) => {
    const target = e.target instanceof Element ? e.target : null;
    if (!target) return;
    const mode = target.closest('button.mode');
    if (mode) {
      vscode.postMessage({ type: 'mode', meeting: mode.dataset.mode === 'meeting' });
      return;
    }
    const line = target.closest('button.line');
    if (line) {
      vscode.postMessage({ type: 'reveal', line: Number(line.dataset.line) });
      return;
    }
    const button = target.closest('button[data-action]');
    const row = target.closest('[data-id]');
    if (!button || !row) return;
    const id = row.dataset.id;
    const action = button.dataset.action;
    remember(id, action);
    if (action === 'note') vscode.postMessage({ type: 'note', id });
    else if (action === 'asked') vscode.postMessage({ type: 'status', id, status: row.classList.contains('s-asked') ? 'open' : 'asked' });
    else if (action === 'dismissed') vscode.postMessage({ type: 'status', id, status: row.classList.contains('s-dismissed') ? 'open' : 'dismissed' });
  });

  document.addEventListener('change', (e) => {
    const box = e.target instanceof HTMLInputElement && e.target.dataset.action === 'answered' ? e.target : null;
    const row = box && box.closest('[data-id]');
    if (!box || !row) return;
    remember(row.dataset.id, 'answered');
    vscode.postMessage({ type: 'status', id: row.dataset.id, status: box.checked ? 'answered' : 'open' });
  });
})();
