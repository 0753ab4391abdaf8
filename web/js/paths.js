// The two paths side by side (keep the asylum application, or withdraw it
// for the transition document) and the dates that matter. What is settled
// and what the memo leaves open are kept apart (POLICY.md, "open points").
// They lie below the first screen: like the map, they are drawn from the
// first time the browser is idle after the first result (initPaths) on.
import { h, $ } from './dom.js';
import { t, tn, fmtDate } from './i18n.js';
import { stmt } from './why.js';
import { stepOf } from './result.js';

let policy = null;

/** Starts drawing the paths, with the assessment shown now (or null). */
export function initPaths(p, a) {
  policy = p;
  showPaths(a);
}

/** The paths for an assessment; null hides them. */
export function showPaths(a) {
  if (!policy) return;
  $('#paths').hidden = !a;
  if (a) {
    $('#paths-body').replaceChildren(
      stmt('p-intro', tn('paths.intro'), 'BN-4.1', 'intro'),
      timeline(a),
      h('div', { class: 'two' }, keepPath(a), withdrawPath(a)));
  }
}

const part = (key, ...items) => [h('h4', {}, t(key)), items.filter(Boolean)];

function keepPath(a) {
  const dl = a.decisionDeadline;
  return h('section', { class: 'path keep', 'aria-labelledby': 'path-keep' },
    h('h3', { id: 'path-keep' }, tn('paths.keep')),
    part('paths.gives',
      stmt('k-gives', tn('paths.keepGives'), ['BN-4.2', 'EU-2011/95 art. 15']),
      stmt('k-outlook', tn('paths.keepOutlook', { outlook: t('outlookShort.' + a.outlook) }), stepOf(a, 'outlook').cite, 'mine')),
    part('paths.requires',
      stmt('k-req1', tn('paths.keepReq1'), 'BN-4.2'),
      stmt('k-req2', tn('paths.keepReq2'), ['BN-4.1', 'BN-4.2'])),
    part('paths.settled',
      stmt('k-set1', tn('paths.keepSet1'), 'BN-4.2'),
      stmt('k-set2', dl ? tn(dl.passed ? 'paths.keepDeadlinePassed' : 'paths.keepDeadline', { date: fmtDate(dl.date) })
        : tn('paths.keepNoDate'), ['BN-4.3', 'BN-fn7', 'EU-1182/71 art. 3'], dl ? 'mine' : '')),
    part('paths.open',
      stmt('k-open1', tn('open.afterRefusal'), 'BN-4.1', 'open'),
      a.internalProtection.presumed ? stmt('k-open2', tn('open.waiver'), 'BN-4.1d', 'open') : null));
}

function withdrawPath(a) {
  const td = a.transitionDocument;
  return h('section', { class: 'path withdraw', 'aria-labelledby': 'path-withdraw' },
    h('h3', { id: 'path-withdraw' }, tn('paths.withdraw')),
    part('paths.gives',
      stmt('w-gives', tn('paths.wdGives', { years: td.validityYears }), 'BN-fn4')),
    part('paths.requires',
      td.requiresWithdrawal ? stmt('w-req1', tn('paths.wdReq1'), 'BN-4.1') : null,
      stmt('w-req2', tn('paths.wdReq2'), ['BN-4.1', 'BN-fn4']),
      stmt('w-elig', tn('eligible.' + td.eligible), stepOf(a, 'transition-document').cite, 'mine elig-' + td.eligible)),
    part('paths.settled',
      stmt('w-set1', tn('paths.wdSet1', { years: td.validityYears }), 'BN-fn4')),
    part('paths.open',
      stmt('w-open1', tn('open.proposal'), ['BN-4.1', 'BN-4.4'], 'open'),
      stmt('w-open2', tn('open.extension'), 'BN-fn3', 'open')));
}

function timeline(a) {
  const tp = a.temporaryProtection;
  const current = policy.temporaryProtection?.lastDay;
  const ev = [{ date: a.asOf, key: 'time.today', cls: 'today' }];
  if (tp.scenario === 'extension-2028') {
    if (current) ev.push({ date: current, key: 'time.tpLastCurrent', cite: 'BN-4.2' });
    ev.push({ date: tp.lastDay, key: 'time.tpLast2028', cite: 'BN-fn3', cls: 'scenario' });
    ev.push({ date: tp.firstDayWithout, key: 'time.tpEnd2028', cite: 'BN-fn3', cls: 'scenario' });
  } else {
    ev.push({ date: tp.lastDay, key: 'time.tpLast', cite: 'BN-4.2' });
    ev.push({ date: tp.firstDayWithout, key: 'time.tpEnd', cite: 'BN-4.1' });
  }
  if (a.decisionDeadline) ev.push({ date: a.decisionDeadline.date, key: 'time.deadline', cite: ['BN-4.3', 'EU-1182/71 art. 3'], cls: 'deadline' });
  ev.sort((x, y) => (x.date < y.date ? -1 : x.date > y.date ? 1 : x.cls === 'today' ? -1 : 0));
  return h('section', { class: 'timeline card', 'aria-labelledby': 'tl-title' },
    h('h3', { id: 'tl-title' }, tn('time.title')),
    h('p', { class: 'muted' }, t('scenario.' + tp.scenario)),
    h('ol', {}, ev.map(e => {
      const past = e.cls !== 'today' && e.date < a.asOf;
      return h('li', { class: [e.cls, past ? 'past' : ''].filter(Boolean).join(' ') },
        h('time', { datetime: e.date }, fmtDate(e.date)),
        e.cite ? stmt('tl-' + e.key, [tn(e.key), past ? ` (${t('time.past')})` : ''], e.cite) : h('p', {}, tn(e.key)));
    })),
    stmt('tl-active', tn(tp.activeOnAsOf ? 'time.tpActive' : 'time.tpEnded', { date: fmtDate(a.asOf) }), stepOf(a, 'temporary-protection').cite, 'mine'));
}
