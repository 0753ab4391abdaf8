// The result: grade and what it means, the internal protection alternative,
// the outlook with its reasons, the memo's finding per group, what would
// change the outcome (whatIf) and the core's own trace. Codes come from the
// core; every word comes from the language file.
import { h } from './dom.js';
import { t, tn, regionName, compareNames } from './i18n.js';
import { stmt, why } from './why.js';

let ctx = { byIso: new Map(), policy: {} };
export const initResult = c => { ctx = c; };

export const stepOf = (a, rule) => a.trace.find(x => x.rule === rule) || {};
const card = (cls, titleKey, ...body) => h('section', { class: 'card ' + cls }, h('h3', {}, tn(titleKey)), body);
const badge = g => h('span', { class: 'badge g' + g }, t('grade.short' + g));
const OUTLOOK_CITE = { 'not-supported': 'BN-4.1', 'refusal-expected-ipa': 'BN-3', 'individual-assessment': 'BN-4.1d' };

export function summaryText(a) {
  const r = ctx.byIso.get(a.region);
  return `${regionName(r)}: ${t('grade.short' + a.grade)} · ${t('outlookShort.' + a.outlook)}`;
}

export function renderResult(body, a) {
  body.replaceChildren(gradeCard(a), ipaCard(a), outlookCard(a), groupsCard(a), whatIfCard(a), traceDetails(a));
}

function gradeCard(a) {
  const g = stepOf(a, 'grade');
  const rr = stepOf(a, 'real-risk');
  return card('grade', 'res.gradeTitle',
    h('p', { class: 'lead' }, h('strong', {}, regionName(ctx.byIso.get(a.region))), ' ', badge(a.grade), ' ', t('grade.name' + a.grade)),
    stmt('grade', tn('grade.means' + a.grade), [g.cite, 'EU-2011/95 art. 15']),
    g.basis === 'occupied-part' ? stmt('occ', tn('res.occupiedPart'), 'BN-fn5') : null,
    a.region === 'UA-48' ? stmt('myk-open', tn('open.mykolaiv'), ['BN-3', 'BN-fn5'], 'open') : null,
    stmt('real-risk', tn('realRisk.' + a.realRisk), rr.cite));
}

function ipaCard(a) {
  const ip = a.internalProtection;
  const st = stepOf(a, 'internal-protection');
  if (!ip.presumed) return card('ipa', 'res.ipaTitle', stmt('ipa', tn('ipa.notPresumed'), st.cite));
  const names = ip.areas.map(iso => regionName(ctx.byIso.get(iso))).sort(compareNames);
  return card('ipa', 'res.ipaTitle',
    stmt('ipa', tn('ipa.presumed', { n: names.length }), st.cite),
    h('ul', { class: 'chips' }, names.map(n => h('li', {}, n))),
    stmt('ipa-not', tn('ipa.notCrimea'), 'BN-2.1d'),
    a.grade === 3 ? stmt('ipa-same', tn('ipa.sameGrade'), 'BN-4.1d') : null,
    stmt('ipa-waiver', tn(ip.waiverPossible ? 'ipa.waiver' : 'ipa.noWaiver'), 'BN-4.1d', ip.waiverPossible ? 'open' : ''));
}

function outlookCard(a) {
  const ip = a.internalProtection;
  const reasons = [
    t('reason.grade', { grade: t('grade.short' + a.grade) }),
    t('realRiskShort.' + a.realRisk),
    ip.presumed ? t('reason.ipa', { n: ip.areas.length }) : null,
    ip.presumed ? t(ip.waiverPossible ? 'reason.waiver' : 'reason.noWaiver') : null,
  ].filter(Boolean);
  return card('outlook o-' + a.outlook, 'res.outlookTitle',
    h('p', { class: 'lead' }, h('strong', {}, t('outlookShort.' + a.outlook))),
    stmt('outlook', tn('outlook.' + a.outlook), stepOf(a, 'outlook').cite),
    h('p', { class: 'sub' }, t('res.reasons')),
    h('ul', { class: 'reasons' }, reasons.map(r => h('li', {}, r))));
}

export function figures(claim) {
  const g = (ctx.policy.groups || []).find(x => x.claim === claim);
  const f = g?.figures || {};
  const series = o => Object.entries(o.byYear).map(([y, v]) => `${y}: ${v}`).join(', ');
  if (f.rsfPressFreedomRank) return { ranks: series(f.rsfPressFreedomRank), outOf: f.rsfPressFreedomRank.outOf };
  if (f.rainbowEuropeScore) return { scores: series(f.rainbowEuropeScore), outOf: f.rainbowEuropeScore.outOf, year: f.hateCrimesRoseIn };
  return {};
}

function groupsCard(a) {
  return card('groups', 'res.groupsTitle',
    stmt('groups', tn('groups.noSpecial'), stepOf(a, 'groups').cite || 'BN-2.1e'),
    a.groups.length ? null : h('p', { class: 'muted' }, t('groups.none')),
    a.groups.map(g => h('div', { class: 'group' },
      h('h4', {}, tn('claim.' + g.claim)),
      stmt('g-' + g.claim, tn('finding.' + g.finding, figures(g.claim)), g.cite))));
}

function whatIfCites(w, a) {
  return [
    w.grade !== a.grade ? 'BN-fn5' : null,
    w.outlook !== a.outlook ? OUTLOOK_CITE[w.outlook] : null,
    w.transitionDocumentEligible !== a.transitionDocument.eligible ? 'BN-4.1' : null,
  ];
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
      return h('li', {}, h('p', {}, h('strong', {}, t(`whatIf.${w.input}.${w.value}`)), ': ', changes.join('; ')),
        why('w-' + w.input, whatIfCites(w, a)));
    })) : h('p', { class: 'muted' }, t('whatIf.none')),
    h('p', { class: 'muted small' }, t('whatIf.note')));
}

function traceDetails(a) {
  const fact = ([k, v]) => `${k}: ${k === 'basis' ? t('basis.' + v) : Array.isArray(v) ? v.length : v}`;
  return h('details', { class: 'trace card' },
    h('summary', {}, t('rule.title')),
    h('ol', {}, a.trace.map(st => h('li', {},
      h('strong', {}, t('rule.' + st.rule)), ' ', h('span', { class: 'cid' }, st.cite), ' ',
      h('code', { class: 'facts' }, Object.entries(st).filter(([k]) => k !== 'rule' && k !== 'cite').map(fact).join(' · '))))));
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
