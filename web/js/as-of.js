// The date of the assessment, said beside the result when it is not today:
// a shared link opened later carries the date it was made on, and the
// person should know that, and be able to assess as of today instead.
import { h, $ } from './dom.js';
import { t, fmtDate } from './i18n.js';
import { state, setAnswer, todayLocal } from './state.js';
import { syncControls } from './questions.js';

export function renderAsOf(shown) {
  const box = $('#as-of');
  const { asOf } = state.answers;
  const today = todayLocal();
  if (!shown || asOf === today || !/^\d{4}-\d{2}-\d{2}$/.test(asOf)) { box.replaceChildren(); return; }
  box.replaceChildren(
    h('span', {}, t(state.asOfFromLink ? 'ui.asOfLink' : 'ui.asOfOther', { date: fmtDate(asOf) })), ' ',
    h('button', { type: 'button', id: 'as-of-today', class: 'btn', onclick: () => { setAnswer('asOf', today); syncControls(); } }, t('ui.asOfToday')));
}
