// Start-up and the render loop: load the page language and the engine,
// build the questions and the map, and re-render the result after every
// answer. Answers live only in state.js, so a language switch keeps them.
import { $, h } from './dom.js';
import { LANGS, pickLang, loadLang, applyTexts, setPageVars, t, tn, fmtDate, currentLang } from './i18n.js';
import { state, subscribe, setAnswer, toCase } from './state.js';
import * as Q from './questions.js';
import { initMap, setSelected, relabelMap } from './map.js';
import { initResult, renderResult, renderEmpty, renderError, summaryText } from './result.js';
import { initPaths, renderPaths } from './paths.js';
import { setPolicy, why } from './why.js';

const LANG_NAMES = { uk: 'Українська', ru: 'Русский', nl: 'Nederlands', en: 'English' };
let engine = null;
let policy = {};

async function start() {
  const boot = $('#boot');
  const [langOk, eng] = await Promise.all([
    loadLang(pickLang()).then(() => true, () => loadLang('uk').then(() => true, () => false)),
    import('../vybir.js').then(m => m.load(), e => { console.error(e); return null; }),
  ]);
  if (!langOk) return; // the static boot text (in two languages) stays visible
  applyTexts();
  buildLangSwitch();
  if (!eng) { boot.textContent = t('ui.engineMissing'); return; }
  engine = eng;
  policy = engine.policy();
  const regions = engine.regions();
  setPolicy(policy);
  setPageVars(() => ({ policyDate: fmtDate(policy.date) }));
  initResult({ byIso: new Map(regions.map(r => [r.iso, r])), policy });
  initPaths(policy);
  Q.buildQuestions($('#case'), regions, policy.date);
  await initMap($('#map'), regions, iso => setAnswer('region', iso)).catch(e => console.error(e));
  relabel();
  subscribe(update);
  boot.remove();
  document.body.classList.add('ready');
  update();
}

function buildLangSwitch() {
  const nav = $('#langs');
  nav.replaceChildren(...LANGS.map(code => h('button', {
    type: 'button', lang: code, class: 'lang', 'aria-pressed': String(code === currentLang()),
    onclick: () => switchLang(code),
  }, LANG_NAMES[code])));
}

async function switchLang(code) {
  if (code === currentLang()) return;
  try { await loadLang(code); } catch (e) { console.error(e); return; }
  for (const b of document.querySelectorAll('#langs button')) b.setAttribute('aria-pressed', String(b.lang === code));
  relabel();
  update();
}

/** Everything that carries words but not answers. */
function relabel() {
  applyTexts();
  document.title = t('ui.docTitle');
  if (!engine) return;
  Q.fillRegionOptions();
  Q.labelStepper();
  relabelMap();
  renderFooter();
}

function renderFooter() {
  const v = engine.version();
  $('#policy-line').replaceChildren(
    h('p', {}, tn('foot.policy', {
      title: policy.title, ref: v.policy.reference, date: fmtDate(v.policy.date),
      status: t('status.' + v.policy.status),
    })),
    why('foot-status', policy.statusCite || 'BN-4.4'),
    h('p', { class: 'muted small' }, t('foot.engine', { engine: v.engine, id: v.policy.id })));
}

let lastSummary = null;
function summary(text, mini = text) {
  if (text !== lastSummary) $('#summary').textContent = text;
  lastSummary = text;
  const m = $('#mini');
  if (m) m.textContent = mini;
}

function update() {
  Q.onAnswersChanged();
  setSelected(state.answers.region);
  const body = $('#result-body');
  const paths = $('#paths');
  const c = toCase();
  if (!c) {
    Q.clearErrors();
    renderEmpty(body);
    paths.hidden = true;
    summary(t('ui.chooseRegion'));
    return;
  }
  let a;
  try { a = engine.evaluate(c); } catch (e) {
    console.error(e);
    a = { error: { code: 'unknown', pointer: '', message: String(e) } };
  }
  if (a.error) {
    const text = Q.errorText(a.error);
    const step = Q.showError(a.error);
    renderError(body, step < 0 ? text : '', step < 0 ? null : () => Q.focusField(a.error));
    paths.hidden = true;
    summary(t('ui.errorIntro') + ' ' + text, '');
    return;
  }
  Q.clearErrors();
  renderResult(body, a);
  renderPaths($('#paths-body'), a);
  paths.hidden = false;
  summary(summaryText(a));
}

start();
