// The view for professionals (?pro, or the button at the foot of the page):
// every question on one screen (no stepper, also on a phone), every step of
// the core's trace open with its cite and facts (worded, with the raw codes
// beside the words), the case as JSON to copy, and the assessment to download
// as JSON. Loaded only when asked for. Nothing leaves the device: the copy
// goes to the clipboard, the download is made in the page (a Blob).
// Its own layout (body.pro-layout, css/pro.css): on a desktop the
// questions, the result with the two paths, and this panel stand side by
// side from the first screen, each column scrolling on its own.
import { h, $, loadStyle } from './dom.js';
import { t, tn, fmtDate, regionName } from './i18n.js';
import { sectionLabel } from './why.js';

let on = false;
let byIso = new Map();
let policy = {};

/** Turns the view on or off; the address keeps it (?pro), so a reload stays in it. */
export async function setPro(value, regions, pol) {
  on = value;
  byIso = regions;
  policy = pol;
  if (on) await loadStyle('css/pro.css');
  document.documentElement.classList.toggle('pro', on);
  document.body.classList.toggle('pro-layout', on);
  $('#pro-toggle').setAttribute('aria-pressed', String(on));
  if (on) $('#q-asOf').open = true;
  const params = location.search.slice(1).split('&').filter(p => p && p.split('=')[0] !== 'pro');
  if (on) params.push('pro');
  try {
    history.replaceState(history.state, '', location.pathname + (params.length ? '?' + params.join('&') : '') + location.hash);
  } catch { /* file: pages may refuse a new query; the view works all the same */ }
  if (!on) $('#pro-view')?.remove();
  // The caseload panel comes and goes with the view (js/caseload.js, loaded only then).
  if (on || $('#caseload')) import('./caseload.js').then(m => m.caseloadPanel(on, byIso, policy), e => console.error(e));
}

/** After every re-render: c the case (or null), a its assessment (or null when there is none or an error). */
export function render(c, a) {
  if (!on) return;
  let view = $('#pro-view');
  if (!view) $('.layout').append(view = h('section', { id: 'pro-view', class: 'pro-view', 'aria-labelledby': 'pro-title' }));
  const status = h('p', { class: 'pro-status', role: 'status' });
  const area = c && h('textarea', { id: 'pro-case', class: 'pro-case', readOnly: true, rows: 14, spellcheck: 'false', text: JSON.stringify(c, null, 2) });
  view.replaceChildren(...[
    h('h2', { id: 'pro-title' }, t('pro.toggle')),
    c ? null : h('p', { class: 'muted' }, t('ui.chooseRegion')),
    // the case and its buttons first: short, and on the first screen; the long trace below
    c ? h('section', { class: 'card' },
      h('label', { for: 'pro-case', class: 'qlabel' }, t('pro.case')), area,
      h('div', { class: 'actions' },
        h('button', { type: 'button', class: 'btn', id: 'pro-copy', onclick: () => copy(area, status) }, t('pro.copy')),
        a ? h('button', { type: 'button', class: 'btn', id: 'pro-download', onclick: () => download(a) }, t('pro.download')) : null),
      status) : null,
    a ? h('section', { class: 'card', 'aria-labelledby': 'pro-trace-title' },
      h('h3', { id: 'pro-trace-title' }, t('rule.title')), trace(a)) : null].filter(Boolean));
}

function trace(a) {
  return h('ol', { class: 'pro-trace' }, a.trace.map(st => h('li', {},
    h('h4', {}, t('rule.' + st.rule), ' ', h('code', { class: 'rule' }, st.rule)),
    h('p', {}, h('code', { class: 'cid' }, st.cite), ' ', sectionLabel(st.cite)),
    h('dl', {}, Object.entries(st).filter(([k]) => k !== 'rule' && k !== 'cite').map(([k, v]) => [
      h('dt', {}, h('code', {}, k)),
      h('dd', {}, h('code', {}, JSON.stringify(v)), words(k, v, st))])))));
}

const WORDS = {
  region: v => regionName(byIso.get(v)), grade: v => t('grade.short' + v), basis: 'basis.', realRisk: 'realRiskShort.',
  outlook: 'outlookShort.', eligible: 'eligibleShort.', claim: 'claim.', temporaryProtection: v => t(v === 'unknown' ? 'ui.dontKnow' : 'ui.' + v),
  asylumApplication: v => t(v === 'unknown' ? 'ui.dontKnow' : 'ui.' + v),
};

/** The value in the page's words, after its code: " — …" (none for counts and ids). */
function words(k, v, st) {
  const w = WORDS[k];
  const said = typeof v === 'boolean' ? t(v ? 'ui.yes' : 'ui.no')
    : typeof w === 'function' ? w(v, st)
      : w ? t(w + v)
        : /^\d{4}-\d{2}-\d{2}$/.test(v) ? fmtDate(v) : null;
  return said ? [' — ', said] : null;
}

async function copy(area, status) {
  try {
    await navigator.clipboard.writeText(area.value);
    status.textContent = t('share.copied');
  } catch { // no clipboard (or no permission): select it all for Ctrl+C
    area.focus();
    area.select();
    status.textContent = t('pro.selected');
  }
}

function download(a) {
  const url = URL.createObjectURL(new Blob([JSON.stringify(a, null, 2) + '\n'], { type: 'application/json' }));
  const link = h('a', { href: url, download: `vybir-${a.region}-${a.asOf}.json`, hidden: true });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
