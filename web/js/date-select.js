// A date as three selects (day, month, year) in place of a date field, for
// kiosks: nothing to type. The answer is "YYYY-MM-DD", or "" while the date
// is optional and not (fully) given. Days past a month's end are pulled back
// to its last day, so every date the selects can make exists.
import { h, $$ } from './dom.js';
import { t } from './i18n.js';
import { state, setAnswer, subscribe } from './state.js';

const pad = n => String(n).padStart(2, '0');
const daysIn = (y, m) => new Date(Date.UTC(y, m, 0)).getUTCDate();

/** Replaces the date field for answer key k; years from `from` to `to`; optional adds "not given". */
export function dateSelect(k, { from, to, optional }) {
  const input = document.getElementById(`f-${k}`);
  const label = document.querySelector(`label[for="f-${k}"]`);
  if (!input || !label) return;
  label.id = `l-${k}`;
  input.hidden = true;
  const none = optional ? [h('option', { value: '' })] : [];
  const sel = (part, n0, n1) => h('select', { class: 'ds-' + part, 'data-part': part },
    none.map(o => o.cloneNode()), range(n0, n1).map(n => h('option', { value: String(n) }, String(n))));
  const box = h('div', { class: 'date-select', role: 'group', 'aria-labelledby': `l-${k}`, id: `ds-${k}` },
    sel('day', 1, 31), sel('month', 1, 12), sel('year', to, from));
  input.after(box);
  box.addEventListener('change', e => {
    e.stopPropagation(); // the form's own handler reads fields by name; these have none
    const [d, m, y] = ['day', 'month', 'year'].map(p => Number(box.querySelector(`[data-part="${p}"]`).value));
    setAnswer(k, d && m && y ? `${y}-${pad(m)}-${pad(Math.min(d, daysIn(y, m)))}` : '');
  });
  const show = () => {
    const v = state.answers[k];
    const [y, m, d] = /^\d{4}-\d{2}-\d{2}$/.test(v) ? v.split('-').map(Number) : [0, 0, 0];
    for (const s of $$('select', box)) {
      const want = String({ day: d, month: m, year: y }[s.dataset.part] || '');
      if (s.value !== want) s.value = want;
    }
  };
  subscribe(show);
  show();
  relabel(box, optional);
}

function range(a, b) {
  const out = [];
  for (let n = a; a <= b ? n <= b : n >= b; n += a <= b ? 1 : -1) out.push(n);
  return out;
}

/** Month names and labels in the page language. */
export function relabelDateSelects() {
  for (const box of $$('.date-select')) relabel(box, !!box.querySelector('option[value=""]'));
}

function relabel(box, optional) {
  for (const s of $$('select', box)) {
    s.setAttribute('aria-label', t('kiosk.' + s.dataset.part));
    if (optional) s.options[0].textContent = t('kiosk.' + s.dataset.part) + ': —';
  }
  const names = t('fmt.monthNames').split(' '); // a month on its own: "березень", not a date's "березня"
  for (const o of $$('[data-part="month"] option', box)) {
    if (o.value) o.textContent = names[Number(o.value) - 1];
  }
}
