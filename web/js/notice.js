// Banners at the top of the page: a newer version is ready, a shared link
// could not be read, this copy is faulty. Kept as text keys, so a language
// switch rewords them; each may carry one button.
import { h, $ } from './dom.js';
import { t } from './i18n.js';

const shown = new Map(); // id -> {key, vars, kind, action}

/** kind: 'info' (polite) or 'error' (alert). action: {key, run}. vars: an object, or a function giving one (worded anew in each language). */
export function notice(id, key, { vars, kind = 'info', action } = {}) {
  shown.set(id, { key, vars, kind, action });
  render();
}

export function dismiss(id) {
  if (shown.delete(id)) render();
}

export const relabelNotices = () => render();

function render() {
  const box = $('#notices');
  if (!box) return;
  box.replaceChildren(...[...shown].map(([id, n]) => h('div', {
    class: 'notice ' + n.kind, id: 'notice-' + id, role: n.kind === 'error' ? 'alert' : 'status',
  }, h('p', {}, t(n.key, typeof n.vars == 'function' ? n.vars() : n.vars)),
  n.action ? h('button', { type: 'button', class: 'btn', onclick: n.action.run }, t(n.action.key)) : null,
  h('button', { type: 'button', class: 'btn close', 'aria-label': t('notice.close'), onclick: () => dismiss(id) }, '×'))));
}
