// The questions: built once from a small spec, texts filled by applyTexts()
// so a language switch never touches the answers. One step at a time below
// 700px (stepper), all together above it (CSS decides what is visible).
import { h, $, $$ } from './dom.js';
import { t, tn, has, fmtDate, regionName, compareRegions } from './i18n.js';
import { state, setAnswer, seeResult, CLAIMS, hasOccupiedPart } from './state.js';

const STEPS = [
  { id: 'home', qs: [{ k: 'region', type: 'region', t: 'region' }, { k: 'occupiedArea', type: 'yn', t: 'occupied' }] },
  { id: 'risk', qs: [{ k: 'personalRiskFactors', type: 'yn', t: 'risk' }, { k: 'relocationObstacles', type: 'yn', t: 'obstacles' }] },
  { id: 'story', qs: [{ k: 'claims', type: 'claims', t: 'claims' }] },
  { id: 'status', qs: [{ k: 'temporaryProtection', type: 'tri', t: 'tp' }, { k: 'regularPermit', type: 'yn', t: 'permit' }, { k: 'asylumApplication', type: 'tri', t: 'application' }, { k: 'asylumApplicationDate', type: 'date', t: 'appDate' }] },
  { id: 'dates', qs: [{ k: 'tpExtension2028', type: 'toggle', t: 'ext' }, { k: 'asOf', type: 'date', t: 'asOf', advanced: true }] },
];
export const STEP_COUNT = STEPS.length;

let form;
let regions = [];
let policyDate = '';

const help = key => h('details', { class: 'help' },
  h('summary', { 'data-t': 'ui.help' }), h('p', { 'data-t': `q.${key}.help` }));
const errorLine = k => h('p', { class: 'err', id: `e-${k}`, hidden: true });

function radios(k, values, labels) {
  return h('div', { class: 'choices' }, values.map((v, i) =>
    h('label', { class: 'choice' },
      h('input', { type: 'radio', name: k, value: String(v) }),
      h('span', { 'data-t': labels[i] }))));
}

function question(q) {
  const { k } = q;
  switch (q.type) {
    case 'region':
      return h('div', { class: 'q', id: `q-${k}` },
        h('label', { for: `f-${k}`, class: 'qlabel', 'data-t': 'q.region.label' }),
        h('select', { id: `f-${k}`, name: k, 'aria-describedby': `e-${k}`, class: 'region-select' }),
        errorLine(k), help('region'),
        h('div', { id: 'map', class: 'map' }));
    case 'yn':
    case 'tri':
      return h('fieldset', { class: 'q', id: `q-${k}`, 'aria-describedby': `e-${k}` },
        h('legend', { class: 'qlabel', 'data-t': `q.${q.t}.label` }),
        q.type === 'yn' ? radios(k, [true, false], ['ui.yes', 'ui.no'])
          : radios(k, ['yes', 'no', 'unknown'], ['ui.yes', 'ui.no', 'ui.dontKnow']),
        errorLine(k), help(q.t));
    case 'claims':
      return h('fieldset', { class: 'q', id: `q-${k}`, 'aria-describedby': `e-${k}` },
        h('legend', { class: 'qlabel', 'data-t': 'q.claims.label' }),
        h('div', { class: 'checks' }, CLAIMS.map(c => h('label', { class: 'choice' },
          h('input', { type: 'checkbox', name: k, value: c }), h('span', { 'data-t': `claim.${c}` })))),
        errorLine(k), help('claims'));
    case 'toggle':
      return h('div', { class: 'q', id: `q-${k}` },
        h('label', { class: 'choice toggle' },
          h('input', { type: 'checkbox', name: k, id: `f-${k}`, 'aria-describedby': `e-${k}` }),
          h('span', { 'data-t': `q.${q.t}.label` })),
        errorLine(k), help(q.t));
    case 'date': {
      const body = [
        h('label', { for: `f-${k}`, class: 'qlabel', 'data-t': `q.${q.t}.label` }),
        h('input', { type: 'date', id: `f-${k}`, name: k, 'aria-describedby': `e-${k}`, class: 'date' }),
        errorLine(k), help(q.t)];
      return q.advanced
        ? h('details', { class: 'q advanced', id: `q-${k}` }, h('summary', { 'data-t': 'ui.advanced' }), body)
        : h('div', { class: 'q', id: `q-${k}` }, body);
    }
  }
  return null;
}

export function buildQuestions(formEl, regionList, policyDate_) {
  form = formEl;
  regions = regionList;
  policyDate = policyDate_;
  form.append(
    h('p', { class: 'progress', id: 'progress' }),
    ...STEPS.map((st, i) => h('section', { class: 'step', id: `step-${st.id}`, 'aria-labelledby': `sh-${st.id}`, 'data-step': i },
      h('h3', { id: `sh-${st.id}`, tabindex: -1, 'data-t': `q.step.${st.id}` }),
      st.qs.map(question))),
    h('div', { class: 'stepnav' },
      h('p', { class: 'mini', id: 'mini' }),
      h('button', { type: 'button', id: 'step-back', class: 'btn', 'data-t': 'ui.back', onclick: () => goStep(state.step - 1) }),
      h('button', { type: 'button', id: 'step-next', class: 'btn primary', onclick: next })));
  $('#f-asOf', form).min = policyDate;
  form.addEventListener('submit', e => e.preventDefault());
  form.addEventListener('input', onInput);
  form.addEventListener('change', onInput);
  syncControls();
  goStep(0, false);
}

// "Next" only moves on: an open question stays open. On the last step it asks for the result.
function next() {
  if (state.step === STEP_COUNT - 1) seeResult();
  goStep(state.step + 1);
}

/** The text key of a question's label, by its answer key (for the list of open questions). */
export function labelKey(k) {
  for (const st of STEPS) for (const q of st.qs) if (q.k === k) return q.type === 'region' ? 'q.region.label' : `q.${q.t}.label`;
  return '';
}

/** Moves to one question (its step on a phone) and puts the focus on its first control. */
export function goToQuestion(k) {
  const q = document.getElementById(`q-${k}`);
  if (!q) return;
  const step = Number(q.closest('.step')?.dataset.step ?? -1);
  if (step >= 0) goStep(step, false);
  q.scrollIntoView({ block: 'center' });
  const field = document.getElementById(`f-${k}`) || $('input', q);
  field?.focus({ preventScroll: true });
}

function onInput(e) {
  const el = e.target;
  const k = el.name;
  if (!k || !(k in state.answers)) return;
  let v;
  if (el.type === 'radio') {
    if (!el.checked) return;
    v = el.value === 'true' ? true : el.value === 'false' ? false : el.value;
  } else if (k === 'claims') v = $$('input[name="claims"]:checked', form).map(x => x.value);
  else if (el.type === 'checkbox') v = el.checked;
  else v = el.value;
  setAnswer(k, v);
}

/** Puts the answers into the controls (after a rebuild, or from a shared link later). */
export function syncControls() {
  const a = state.answers;
  for (const el of $$('input, select', form)) {
    const v = a[el.name];
    if (el.type === 'radio') el.checked = el.value === String(v);
    else if (el.name === 'claims') el.checked = v.includes(el.value);
    else if (el.type === 'checkbox') el.checked = !!v;
    else if (el.name in a && el.value !== v) el.value = v;
  }
  onAnswersChanged();
}

/** Things that depend on answers but are not results: which questions show, date limits. */
export function onAnswersChanged() {
  const a = state.answers;
  $('#q-occupiedArea', form).hidden = !hasOccupiedPart(a.region);
  const app = $('#f-asylumApplicationDate', form);
  if (/^\d{4}-\d{2}-\d{2}$/.test(a.asOf)) app.max = a.asOf; else app.removeAttribute('max');
  const sel = $('#f-region', form);
  if (sel.value !== a.region) sel.value = a.region;
}

/** Region options in the page language, sorted by name; grade shown in the text. */
export function fillRegionOptions() {
  const sel = $('#f-region', form);
  const sorted = [...regions].sort(compareRegions);
  sel.replaceChildren(
    h('option', { value: '' }, t('q.region.choose')),
    ...sorted.map(r => h('option', { value: r.iso }, `${regionName(r)} — ${t('grade.short' + r.grade)}`)));
  sel.value = state.answers.region;
}

export function goStep(i, focus = true) {
  i = Math.max(0, Math.min(STEP_COUNT, i));
  if (i === STEP_COUNT) { // past the last step: the result
    const res = document.getElementById('result');
    res.scrollIntoView({ block: 'start' });
    res.focus({ preventScroll: true });
    return;
  }
  state.step = i;
  for (const sec of $$('.step', form)) sec.classList.toggle('current', Number(sec.dataset.step) === i);
  labelStepper();
  if (focus) {
    const hd = $(`.step.current h3`, form);
    hd.focus({ preventScroll: true });
    if (matchMedia('(max-width: 699.98px)').matches) form.scrollIntoView({ block: 'start' });
  }
}

export function labelStepper() {
  const i = state.step;
  $('#progress', form).textContent = t('ui.step', { n: i + 1, total: STEP_COUNT, name: t(`q.step.${STEPS[i].id}`) });
  $('#step-back', form).disabled = i === 0;
  $('#step-next', form).replaceChildren(...tn(i === STEP_COUNT - 1 ? 'ui.toResult' : 'ui.next'));
}

/** Shows an error from evaluate next to its field; returns the field's step (or -1). */
export function showError(err) {
  clearErrors();
  const k = (err.pointer || '').split('/')[1] || '';
  const line = k && document.getElementById(`e-${k}`);
  if (!line) return -1;
  line.textContent = errorText(err);
  line.hidden = false;
  const field = document.getElementById(`f-${k}`) || document.getElementById(`q-${k}`);
  field?.setAttribute('aria-invalid', 'true');
  const adv = line.closest('details.advanced');
  if (adv) adv.open = true;
  return Number(line.closest('.step')?.dataset.step ?? -1);
}

export function clearErrors() {
  for (const e of $$('.err', form)) { e.hidden = true; e.textContent = ''; }
  for (const f of $$('[aria-invalid]', form)) f.removeAttribute('aria-invalid');
}

export function errorText(err) {
  const key = has('error.' + err.code) ? 'error.' + err.code : 'error.unknown';
  const date = d => (/^\d{4}-\d{2}-\d{2}$/.test(d) ? fmtDate(d) : d);
  return t(key, { code: err.code, asOf: date(state.answers.asOf), policyDate: date(policyDate) });
}

/** Moves to the field an error points at (switching step on a phone). */
export function focusField(err) {
  const k = (err.pointer || '').split('/')[1] || '';
  const line = document.getElementById(`e-${k}`);
  const step = Number(line?.closest('.step')?.dataset.step ?? -1);
  if (step >= 0) goStep(step, false);
  const field = document.getElementById(`f-${k}`) || $(`#q-${k} input`, form);
  field?.focus();
}
