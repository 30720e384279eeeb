// Docent: the glossary hover in VS Code's Markdown preview. Reads only the escaped data attributes
// Docent's markdown-it plugin put on `.docent-term` spans and writes them as text (textContent,
// never HTML), so nothing from the doc or the glossary can run.
(() => {
  'use strict';
  let tip = null;
  let owner = null;

  const hide = () => {
    if (tip) tip.remove();
    tip = null;
    owner = null;
  };

  const line = (cls, label, text) => {
    const p = document.createElement('p');
    p.className = cls;
    if (label) {
      const b = document.createElement('strong');
      b.textContent = `${label}: `;
      p.appendChild(b);
    }
    p.appendChild(document.createTextNode(text));
    return p;
  };

  const show = (el) => {
    if (owner === el) return;
    hide();
    const d = el.dataset;
    if (!d.docentTerm) return;
    // The styled hover replaces the browser's plain tooltip.
    if (el.hasAttribute('title')) {
      d.docentTitle = el.getAttribute('title');
      el.removeAttribute('title');
    }
    tip = document.createElement('div');
    tip.className = 'docent-tip';
    tip.setAttribute('role', 'tooltip');
    tip.appendChild(line('docent-tip-term', '', d.docentTerm));
    tip.appendChild(line('docent-tip-def', '', d.docentDef || ''));
    if (d.docentWhy) tip.appendChild(line('docent-tip-why', 'Why it matters', d.docentWhy));
    if (d.docentAsk) tip.appendChild(line('docent-tip-ask', 'Ask in the review', d.docentAsk));
    document.body.appendChild(tip);
    owner = el;
    const r = el.getBoundingClientRect();
    const width = Math.min(420, document.documentElement.clientWidth - 16);
    tip.style.maxWidth = `${width}px`;
    const left = Math.max(8, Math.min(r.left, document.documentElement.clientWidth - tip.offsetWidth - 8));
    // Below the word, or above it when the window has no room below.
    const below = r.bottom + 6 + tip.offsetHeight <= window.innerHeight;
    const top = below ? r.bottom + 6 : Math.max(8, r.top - 6 - tip.offsetHeight);
    tip.style.left = `${left + window.scrollX}px`;
    tip.style.top = `${top + window.scrollY}px`;
  };

  const termOf = (target) => (target && target.closest ? target.closest('.docent-term') : null);
  document.addEventListener('mouseover', (e) => {
    const el = termOf(e.target);
    if (el) show(el);
    else if (tip && !termOf(e.relatedTarget)) hide();
  });
  document.addEventListener('mouseout', (e) => {
    if (owner && termOf(e.target) === owner && termOf(e.relatedTarget) !== owner) hide();
  });
  document.addEventListener('keydown', (e) => { if (e.key === 'Escape') hide(); });
  window.addEventListener('scroll', hide, { passive: true });
})();
