// The result, as a phone user reads it top-down: a short headline with the
// memo's certainty and "not legal advice"; the two paths with the dates;
// why (the statements with their sources); background; what the memo
// leaves open; what would change the outcome. Every sentence is one of the
// engine's statements; the page decides only where it stands.
import { h } from './dom.js';
import { t, tn, regionName, compareRegions } from './i18n.js';
import { initStatements, statement, values } from './statements.js';
import { pathsView, onKeepPath, onWithdrawPath } from './paths.js';
import { contextChart } from './charts.js';

let ctx = { byIso: new Map(), policy: {} };
export const initResult = c => { ctx = c; initStatements(c.policy, [...c.byIso.values()]); };

export const stepOf = (a, rule) => a.trace.find(x => x.rule === rule) || {};
const card = (cls, titleKey, ...body) => h('section', { class: 'card ' + cls }, h('h3', {}, tn(titleKey)), body);

export function summaryText(a) {
  const r = ctx.byIso.get(a.region);
  return `${regionName(r)}: ${t('grade.short' + a.grade)} · ${t('outlookShort.' + a.outlook)}`;
}

// A statement's place: on a path, in the background, among the open
// questions, or with the reasons (the rest).
const onPath = s => onKeepPath(s.id) || onWithdrawPath(s.id);
const isContext = s => !onPath(s) && s.modality === 'context' && !s.id.startsWith('region.');
const isOpen = s => !onPath(s) && s.modality === 'open';

export function renderResult(body, a) {
  const vals = values(a);
  const at = test => a.statements.filter(test);
  const reasons = at(s => !onPath(s) && !isContext(s) && !isOpen(s) && s.id !== 'policy.advised');
  body.replaceChildren(
    headline(a, vals),
    pathsView(a, vals),
    card('reasons', 'section.why', reasons.map(s => statement(s, vals, areasAfter(s, a)))),
    card('context', 'section.context', at(isContext).map(s => statement(s, vals, contextChart(s.id, ctx.policy)))),
    card('open', 'section.open', at(isOpen).map(s => statement(s, vals))),
    whatIfCard(a));
}

function headline(a, vals) {
  const advised = a.statements.find(s => s.id === 'policy.advised');
  return h('section', { class: 'card headline o-' + a.outlook },
    h('p', { class: 'lead' }, h('span', { class: 'badge g' + a.grade }, t('grade.short' + a.grade)), ' ', tn('headline.' + a.outlook, vals)),
    h('p', { class: 'not-advice' }, h('strong', {}, t('foot.notAdvice'))),
    advised ? statement(advised, vals) : null);
}

// The regions of the internal protection alternative, after the statement that names them.
function areasAfter(s, a) {
  if (s.id !== 'ipa.in-principle' && s.id !== 'ipa.may-be-examined') return null;
  const names = a.internalProtection.areas.map(iso => ctx.byIso.get(iso) || { iso }).sort(compareRegions).map(regionName);
  return h('ul', { class: 'chips' }, names.map(n => h('li', {}, n)));
}

function whatIfCard(a) {
  const items = a.whatIf || [];
  return card('whatif', 'res.whatIfTitle',
    items.length ? h('ul', { class: 'whatif' }, items.map(w => {
      const changes = [
        w.grade !== a.grade ? t('whatIf.grade', { v: t('grade.short' + w.grade) }) : null,
        w.outlook !== a.outlook ? t('whatIf.outlook', { v: t('outlookShort.' + w.outlook) }) : null,
        w.transitionDocumentEligible !== a.transitionDocument.eligible
          ? t('whatIf.td', { v: t('eligibleShort.' + w.transitionDocumentEligible) }) : null,
      ].filter(Boolean);
      return h('li', {}, h('p', {}, h('strong', {}, t(`whatIf.${w.input}.${w.value}`)), ': ', changes.join('; ')));
    })) : h('p', { class: 'muted' }, t('whatIf.none')),
    h('p', { class: 'muted small' }, t('whatIf.note')));
}

export function renderEmpty(body) {
  body.replaceChildren();
}

/** The error itself is in the live summary (and beside its field); this adds a way to the field. */
export function renderError(body, text, onGo) {
  body.replaceChildren(h('div', { class: 'card error' },
    text ? h('p', { class: 'err-text' }, text) : null,
    onGo ? h('button', { type: 'button', class: 'btn', onclick: onGo }, t('ui.errorGoTo')) : null));
}
