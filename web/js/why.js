// The "why" of a statement: the section it rests on (its label in the page
// language, from the memo or marked as general law) and how sure the memo
// is. The citation comes from the engine with the statement; the page only
// words it.
import { h } from './dom.js';
import { t } from './i18n.js';

let citations = {};
let reference = '';
const openKeys = new Set(); // keeps a "why" open across re-renders

export function setPolicy(policy) {
  citations = policy.citations || {};
  reference = policy.reference || '';
}

/** The section's name in the page language, marked when it is general law. */
export function sectionLabel(cite) {
  const c = citations[cite] || {};
  const name = t('citeSection.' + cite);
  return c.outsideMemo ? `${t('ui.generalLaw')}: ${name}` : `${t('ui.memoSection', { ref: reference })} ${name}`;
}

export function why(key, cite) {
  if (!cite) return null;
  const d = h('details', { class: 'why', open: openKeys.has(key) },
    h('summary', {}, h('span', { class: 'why-q' }, t('ui.why')), ' ', h('span', { class: 'why-sec' }, t('citeSection.' + cite))),
    h('p', { class: 'why-body' + (citations[cite]?.outsideMemo ? ' law' : '') }, sectionLabel(cite), ' ', h('span', { class: 'cid' }, `(${cite})`)));
  d.addEventListener('toggle', () => (d.open ? openKeys.add(key) : openKeys.delete(key)));
  return d;
}
