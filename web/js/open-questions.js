// What is still open, above the result: before a result, which questions
// wait for an answer and a way to see the result now; with a result asked
// for early, which answers it assumed. Each open question is a button back
// to it, so nobody gets a verdict on answers they never gave unawares.
import { h, $ } from './dom.js';
import { t, tn } from './i18n.js';
import { state, unanswered, resultWanted, seeResult } from './state.js';
import { labelKey, goToQuestion } from './questions.js';

// What the engine takes for an open question (state.js toCase).
const ASSUMED = { temporaryProtection: 'ui.dontKnow' };

export function renderOpen() {
  const box = $('#result-open');
  const open = unanswered();
  const shown = resultWanted();
  if (shown && !open.length) { box.replaceChildren(); return; }
  const list = h('ul', { class: 'open-list' }, open.map(k => h('li', {},
    h('button', { type: 'button', class: 'linkish', 'data-q': k, onclick: () => goToQuestion(k) }, tn(labelKey(k))),
    shown ? h('span', { class: 'assumed' }, ' — ', t('ui.countedAs', { v: t(ASSUMED[k] || 'ui.no') })) : null)));
  box.replaceChildren(h('div', { class: 'card open-card' + (shown ? ' assumed-card' : '') },
    h('p', {}, t(shown ? 'ui.openShown' : state.answers.region ? 'ui.openIntro' : 'ui.chooseRegion')),
    list,
    !shown && state.answers.region
      ? h('button', { type: 'button', id: 'see-now', class: 'btn primary', onclick: () => { seeResult(); $('#result').focus(); } }, t('ui.seeNow'))
      : null));
}
