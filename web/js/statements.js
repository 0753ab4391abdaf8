// One statement of the engine's, worded: its text in the page language with
// the values it names, a label for the memo's certainty, and its "why". The
// page adds no statement of its own and changes none.
import { h } from './dom.js';
import { t, tn, fmtDate as fmtDateIn, regionName } from './i18n.js';
import { why } from './why.js';

let policy = {};
let byIso = new Map();
export const initStatements = (p, regions) => { policy = p; byIso = new Map(regions.map(r => [r.iso, r])); };

const series = o => Object.entries(o.byYear).map(([y, v]) => `${y}: ${v}`).join(', ');
const number = n => (typeof n === 'number' ? n.toLocaleString(document.documentElement.lang || 'en') : n);

// The figures a group finding names, from the policy group that has it.
function findingValues(id) {
  const g = (policy.groups || []).find(x => x.findings.some(f => `finding.${f}` === id));
  const f = g?.figures || {};
  if (f.rsfPressFreedomRank) return { ranks: series(f.rsfPressFreedomRank), outOf: f.rsfPressFreedomRank.outOf };
  if (f.rainbowEuropeScore) return { scores: series(f.rainbowEuropeScore), outOf: f.rainbowEuropeScore.outOf, year: f.hateCrimesRoseIn };
  return {};
}

/** Every value a statement's text may name, for one assessment; in the
 *  page language, or with d and lang in another (the printout's Dutch). */
export function values(a, d = undefined, lang = null) {
  const tp = a.temporaryProtection, dl = a.decisionDeadline, c = policy.context || {};
  const fmtDate = iso => fmtDateIn(iso, d);
  const region = byIso.get(a.region);
  const app = a.trace.find(s => s.rule === 'decision-deadline')?.applicationDate;
  return {
    region: (lang && region?.names?.[lang]) || regionName(region), grade: t('grade.short' + a.grade, null, d), n: a.internalProtection.areas.length,
    asOf: fmtDate(a.asOf), lastDay: fmtDate(tp.lastDay), firstDayWithout: fmtDate(tp.firstDayWithout),
    tpLastDay: fmtDate(policy.temporaryProtection?.lastDay), tpPlannedEnd: fmtDate(policy.temporaryProtection?.plannedEnd),
    years: a.transitionDocument.validityYears, months: policy.decisionLimit?.months,
    applicationDate: app ? fmtDate(app) : '', monthsEnd: dl ? fmtDate(dl.monthsEnd) : '', deadline: dl ? fmtDate(dl.date) : '',
    memoRef: policy.reference, memoDate: fmtDate(policy.date),
    nearFront: c.civilianCasualties?.nearFrontPercent, longRange: c.civilianCasualties?.longRangePercent,
    increase: c.civilianCasualties?.increaseJanOct2025vs2024Percent,
    pending: number(c.pendingApplications?.count), pendingAsOf: fmtDate(c.pendingApplications?.asOf),
    departures: c.voluntaryDepartures?.totalAll, sameOblasts: c.otherStates?.sameOblastsExceptional,
    allUkraine: c.otherStates?.allUkraineExceptional, useIpa: c.otherStates?.useInternalProtection,
  };
}

/** The statement's words: its certainty label, then its text (nodes), in the page language or d's. */
export const words = (s, vals, d = undefined) => [
  h('span', { class: 'modality' }, t('modality.' + s.modality, null, d)), ' ',
  tn('stmt.' + s.id, { ...vals, ...findingValues(s.id) }, d)];

/** A statement as a block: its words and its why. `extra` follows the text (a list, a chart). */
export function statement(s, vals, extra = null) {
  return h('div', { class: `stmt m-${s.modality}`, 'data-statement': s.id }, h('p', {}, words(s, vals)), extra, why(s.id, s.cite));
}
