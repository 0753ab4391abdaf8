// The "why" of a statement: which section it rests on (id, section label
// from the policy's citation table, a short summary in the page language),
// marking citations that are general law rather than the memo.
import { h } from './dom.js';
import { t, tn } from './i18n.js';

let citations = {};
let reference = '';
const openKeys = new Set(); // keeps a "why" open across re-renders

export function setPolicy(policy) {
  citations = policy.citations || {};
  reference = policy.reference || '';
}

export function why(key, ...cites) {
  const ids = [...new Set(cites.flat().filter(Boolean))];
  if (!ids.length) return null;
  const d = h('details', { class: 'why', open: openKeys.has(key) },
    h('summary', {}, h('span', { class: 'why-q' }, t('ui.why')), ' ', h('span', { class: 'cid' }, ids.join(' · '))),
    h('dl', {}, ids.map(id => {
      const c = citations[id] || {};
      return [
        h('dt', {},
          h('span', { class: 'cid' }, id), ' ',
          c.outsideMemo
            ? h('span', { class: 'law' }, t('ui.generalLaw'), ': ', c.section || '')
            : h('span', {}, t('ui.memoSection', { ref: reference }), ' ', c.section || '')),
        h('dd', {}, tn('cite.' + id)),
      ];
    })));
  d.addEventListener('toggle', () => (d.open ? openKeys.add(key) : openKeys.delete(key)));
  return d;
}

/** A statement (nodes or text) with its "why" below it. */
export function stmt(key, content, cites, cls = '') {
  return h('div', { class: ('stmt ' + cls).trim() }, h('p', {}, content), why(key, cites));
}
