// "Print for a lawyer": an A4 summary (three pages, four for the longest
// case) of the answers, every statement of the result with the memo's
// certainty (the open questions too, so that on paper nothing reads as
// settled), the two paths and the sections they rest on, in the page language
// with the Dutch beside it, so a Dutch lawyer can read what a Ukrainian
// client printed. It is what every print gives, the button's and Ctrl+P's
// alike (print-hook.js; css/print.css hides the rest of the page). The
// browser's beforeprint cannot wait, so the sheet is built synchronously from
// the Dutch texts loaded ahead (preload). Removed again after printing.
import { h, $ } from './dom.js';
import { t, tn, loadDict, currentLang, fmtDate, LANG_NAMES as NAMES } from './i18n.js';
import { CLAIMS, hasOccupiedPart } from './state.js';
import { values, words } from './statements.js';
import { onKeepPath, onWithdrawPath, pathTitles } from './paths.js';


let dutch = null;

/** Loads the Dutch texts the second column needs (once). */
export async function preload() {
  dutch ??= await loadDict('nl');
}

/** Builds the sheet now. ctx: {a (assessment), answers, policy, byIso, version, sha256}. Without the
 *  Dutch texts (not loaded yet) the sheet has the page language only. */
export function buildSheet(ctx) {
  const lang = currentLang();
  const langs = lang === 'nl' || !dutch ? [lang] : [lang, 'nl'];
  const cols = langs.map(l => ({ l, d: l === lang ? undefined : dutch }));
  // one row: the same text in each language. fn(c) gives nodes for column c.
  const row = (fn, key) => h('tr', {}, key ? h('th', { scope: 'row', class: 'ps-key' }, key) : null, cols.map(c => h('td', { lang: c.l }, fn(c))));
  const txt = (key, vars) => c => tn(key, typeof vars === 'function' ? vars(c) : vars, c.d);
  const qa = (qKey, answer) => row(c => [h('strong', {}, tn(qKey, null, c.d)), ' ', answer(c)]);
  const table = (titleKey, rows, keyed = false) => h('section', { class: 'ps-part' + (keyed ? ' keyed' : '') },
    h('h2', {}, cols.map((c, i) => [i ? ' · ' : '', h('span', { lang: c.l }, t(titleKey, null, c.d))])),
    h('table', {}, h('thead', {}, h('tr', {}, keyed ? h('td', {}) : null, cols.map(c => h('th', { lang: c.l, scope: 'col' }, NAMES[c.l])))),
      h('tbody', {}, rows.filter(Boolean))));

  const { a, answers, policy, byIso, version, sha256 } = ctx;
  const vals = Object.fromEntries(cols.map(c => [c.l, values(a, c.d, c.l)]));
  const said = test => a.statements.filter(s => test(s) && s.modality !== 'context')
    .map(s => row(c => [words(s, vals[c.l], c.d), cites([s.cite])]));
  const region = c => byIso.get(a.region)?.names?.[c.l] || a.region;
  const date = iso => c => fmtDate(iso, c.d);
  const yn = v => c => t(v === null || v === undefined ? 'print.notAnswered' : v ? 'ui.yes' : 'ui.no', null, c.d);
  const sheet = h('article', { id: 'print-sheet', class: 'print-sheet', lang },
    h('header', { class: 'ps-head' },
      h('h1', {}, 'Vybir', cols.map(c => [' · ', h('span', { lang: c.l }, t('print.title', null, c.d))])),
      h('p', {}, cols.map((c, i) => [i ? ' · ' : '', h('span', { lang: c.l }, t('print.assessed', { date: fmtDate(a.asOf, c.d) }, c.d))])),
      cols.map(c => h('p', { lang: c.l }, tn('foot.policy', {
        title: policy.title, ref: version.policy.reference, date: fmtDate(version.policy.date, c.d), status: t('status.' + version.policy.status, null, c.d),
      }, c.d))),
      h('p', { class: 'ps-hash' }, `SHA-256 ${sha256} · ${t('foot.engine', { engine: version.engine, id: version.policy.id }, cols[cols.length - 1].d)}`)),
    table('print.answers', [
      qa('q.region.label', region),
      hasOccupiedPart(a.region) ? qa('q.occupied.label', yn(answers.occupiedArea)) : null,
      qa('q.risk.label', yn(answers.personalRiskFactors)),
      qa('q.obstacles.label', yn(answers.relocationObstacles)),
      qa('q.claims.label', c => {
        const list = CLAIMS.filter(x => answers.claims.includes(x)).map(x => t('claim.' + x, null, c.d));
        return list.length ? list.join('; ') : t('print.none', null, c.d);
      }),
      qa('q.tp.label', c => t({ yes: 'ui.yes', no: 'ui.no', unknown: 'ui.dontKnow' }[answers.temporaryProtection] || 'print.notAnswered', null, c.d)),
      qa('q.permit.label', yn(answers.regularPermit)),
      qa('q.application.label', c => t({ yes: 'ui.yes', no: 'ui.no', unknown: 'ui.dontKnow' }[answers.asylumApplication] || 'print.notAnswered', null, c.d)),
      qa('q.appDate.label', c => (answers.asylumApplicationDate ? fmtDate(answers.asylumApplicationDate, c.d) : t('print.notGiven', null, c.d))),
      qa('q.ext.label', yn(answers.tpExtension2028)),
      qa('q.asOf.label', date(a.asOf)),
    ]),
    // Every statement but the background, with the memo's certainty and its
    // section: the open questions too, so that on paper nothing reads as settled.
    table('print.result', said(s => !onKeepPath(s.id) && !onWithdrawPath(s.id))),
    table(pathTitles(a)[0], said(s => onKeepPath(s.id))),
    table(pathTitles(a)[1], said(s => onWithdrawPath(s.id))),
    table('print.citations', [...new Set(a.statements.map(s => s.cite))].map(id => row(c => t('citeSection.' + id, null, c.d),
      h('strong', { class: 'cid' }, id))), true),
    h('footer', { class: 'ps-foot' }, cols.map(c => h('p', { lang: c.l }, t('foot.notAdvice', null, c.d)))));
  $('#print-sheet')?.remove();
  document.body.append(sheet);
  document.documentElement.classList.add('print-sheet');
  return sheet;
}

const cites = ids => {
  const list = ids.filter(Boolean);
  return list.length ? h('span', { class: 'cid' }, ` [${list.join(', ')}]`) : null;
};

export function removeSheet() {
  $('#print-sheet')?.remove();
  document.documentElement.classList.remove('print-sheet');
}

/** Prepares the sheet (ahead of the print dialog, which builds it again on beforeprint). */
export async function prepareSheet(ctx) {
  await preload();
  return buildSheet(ctx);
}
