// The two paths side by side: keep the asylum application, or withdraw it
// for the transition document (a proposal), each with the engine's
// statements that bear on it, and the dates that matter.
import { h } from './dom.js';
import { t, tn, fmtDate } from './i18n.js';
import { statement } from './statements.js';

// Where a statement stands: the first rule that matches its id.
const KEEP = ['outlook.', 'tp.refusal-keeps-tp', 'tp.no-right-to-asylum', 'deadline.', 'open.td-after-refusal'];
const WITHDRAW = ['td.', 'open.withdrawal-undo', 'open.after-three-years', 'open.td-without-tp'];
const matches = (id, list) => list.some(p => (p.endsWith('.') ? id.startsWith(p) : id === p));
export const onKeepPath = id => matches(id, KEEP);
export const onWithdrawPath = id => matches(id, WITHDRAW);

// Someone who has not applied for asylum has nothing to keep or withdraw:
// for them the paths are applying, or the transition document without an
// application (which the engine's statements call open).
export const pathTitles = a => (a.trace.find(s => s.rule === 'transition-document')?.asylumApplication === 'no'
  ? ['paths.apply', 'paths.withoutApplication'] : ['paths.keep', 'paths.withdraw']);

export function pathsView(a, vals) {
  const of = test => a.statements.filter(s => test(s.id)).map(s => statement(s, vals));
  const [keepTitle, withdrawTitle] = pathTitles(a);
  return h('section', { id: 'paths', class: 'paths', 'aria-labelledby': 'p-title' },
    h('h3', { id: 'p-title' }, t('paths.title')),
    h('div', { class: 'two' },
      h('section', { class: 'path keep', 'aria-labelledby': 'path-keep' }, h('h4', { id: 'path-keep' }, tn(keepTitle)), of(onKeepPath)),
      h('section', { class: 'path withdraw', 'aria-labelledby': 'path-withdraw' }, h('h4', { id: 'path-withdraw' }, tn(withdrawTitle)), of(onWithdrawPath))),
    timeline(a));
}

function timeline(a) {
  const tp = a.temporaryProtection;
  const ev = [{ date: a.asOf, key: 'time.today', cls: 'today' }];
  if (tp.scenario === 'extension-2028') {
    ev.push({ date: tp.lastDay, key: 'time.tpLast2028', cls: 'scenario' });
    ev.push({ date: tp.firstDayWithout, key: 'time.tpEnd2028', cls: 'scenario' });
  } else {
    ev.push({ date: tp.lastDay, key: 'time.tpLast' });
    ev.push({ date: tp.firstDayWithout, key: 'time.tpEnd' });
  }
  if (a.decisionDeadline) ev.push({ date: a.decisionDeadline.date, key: 'time.deadline', cls: 'deadline' });
  ev.sort((x, y) => (x.date < y.date ? -1 : x.date > y.date ? 1 : x.cls === 'today' ? -1 : 0));
  const months = a.trace.find(s => s.rule === 'decision-deadline')?.months;
  return h('section', { class: 'timeline', 'aria-labelledby': 'tl-title' },
    h('h4', { id: 'tl-title' }, tn('time.title')),
    h('p', { class: 'muted' }, t('scenario.' + tp.scenario)),
    h('ol', {}, ev.map(e => {
      const past = e.cls !== 'today' && e.date < a.asOf;
      return h('li', { class: [e.cls, past ? 'past' : ''].filter(Boolean).join(' ') },
        h('time', { datetime: e.date }, fmtDate(e.date)),
        h('p', {}, tn(e.key, { months }), past ? ` (${t('time.past')})` : ''));
    })),
    h('p', { class: 'mine' }, t(tp.activeOnAsOf ? 'time.tpActive' : 'time.tpEnded', { date: fmtDate(a.asOf) })));
}
