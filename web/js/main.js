// Start-up and the render loop: load the page language and the engine,
// build the questions and the map, and re-render the result after every
// answer. Answers live only in state.js, so a language switch keeps them.
import { $, h } from './dom.js';
import { LANGS, LANG_NAMES, pickLang, loadLang, applyTexts, setPageVars, t, tn, has, fmtDate, currentLang } from './i18n.js';
import { state, subscribe, setAnswer, toCase, replaceAnswers, resetAnswers } from './state.js';
import * as Q from './questions.js';
import { initMap, setSelected, relabelMap } from './map.js';
import { initResult, renderResult, renderEmpty, renderError, summaryText } from './result.js';
import { initPaths, renderPaths } from './paths.js';
import { setPolicy, why } from './why.js';
import { notice, relabelNotices } from './notice.js';
import { initShare, readLink, answersFromLink, syncLink, relabelShare, forgetLink } from './share.js';
import { initOffline } from './offline.js';
import { checkPolicy } from './integrity.js';

const KIOSK = new URLSearchParams(location.search).has('kiosk');
const PRO = new URLSearchParams(location.search).has('pro');
let engine = null;
let policy = {};
let byIso = new Map();
let sha256 = '';
let lastAssessment = null;
let kiosk = null;
let pro = null; // pro.js, the view for professionals, once asked for

async function start() {
  if (KIOSK) document.documentElement.classList.add('kiosk');
  const boot = $('#boot');
  const [langOk, eng] = await Promise.all([
    loadLang(pickLang()).then(() => true, () => loadLang('uk').then(() => true, () => false)),
    import('../vybir.js').then(m => m.load(wasmOptions()), e => { console.error(e); return null; }),
  ]);
  if (!langOk) return; // the static boot text (in two languages) stays visible
  applyTexts();
  buildLangSwitch();
  if (!eng) { boot.textContent = t('ui.engineMissing'); return; }
  engine = eng;
  policy = engine.policy();
  const regions = engine.regions();
  const check = checkPolicy(engine, policy, regions);
  sha256 = check.actual;
  if (!check.ok) {
    boot.textContent = t('integrity.policyMismatch', check);
    boot.setAttribute('role', 'alert');
    return;
  }
  byIso = new Map(regions.map(r => [r.iso, r]));
  setPolicy(policy);
  setPageVars(() => ({ policyDate: fmtDate(policy.date) }));
  initResult({ byIso, policy });
  initPaths(policy);
  Q.buildQuestions($('#case'), regions, policy.date);
  await initMap($('#map'), regions, iso => setAnswer('region', iso)).catch(e => console.error(e));
  initShare(engine, { onForget: () => { resetAnswers(); Q.syncControls(); Q.goStep(0, false); } });
  $('#print-lawyer').addEventListener('click', printForLawyer);
  $('.skip').addEventListener('click', e => { e.preventDefault(); Q.goStep(Q.STEP_COUNT); });
  if (KIOSK) {
    kiosk = await import('./kiosk.js');
    await kiosk.initKiosk({ setLang: switchLang }, policy.date);
  } else {
    const b = $('#pro-toggle');
    b.hidden = false;
    b.addEventListener('click', () => setPro(b.getAttribute('aria-pressed') != 'true').then(update));
    if (PRO) await setPro(true);
  }
  relabel();
  subscribe(update);
  restoreLink();
  addEventListener('hashchange', restoreLink);
  boot.remove();
  document.body.classList.add('ready');
  update();
  initOffline();
}

/** The single-file build carries the WASM inline (base64); otherwise it is fetched beside vybir.js. */
function wasmOptions() {
  const el = document.getElementById('vybir-wasm');
  if (!el) return {};
  const bin = atob(el.textContent.trim());
  const wasmBinary = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) wasmBinary[i] = bin.charCodeAt(i);
  return { wasmBinary };
}

/** A shared link in the fragment fills in its answers; a broken one is said so, and dropped. */
function restoreLink() {
  const link = readLink(engine);
  if (!link) return;
  if (link.error) {
    const key = has('error.' + link.error.code) ? 'error.' + link.error.code : 'error.fragment.syntax';
    notice('link', key, { kind: 'error' });
    forgetLink();
    return;
  }
  replaceAnswers(answersFromLink(link.case));
  Q.syncControls();
  if (link.policy === policy.id) notice('link', 'share.restored');
  else {
    // Made under another policy version: what changed for this case (from the
    // outcome the link carries) is worded by a module loaded only now.
    const a = lastAssessment;
    import('./policy-change.js').then(m => m.policyNotice(link, a, policy), e => console.error(e));
  }
}

async function setPro(on) {
  try {
    pro ??= await import('./pro.js');
    await pro.setPro(on, byIso, policy);
  } catch (e) { console.error(e); }
}

async function printForLawyer() {
  if (!lastAssessment) return;
  try {
    const m = await import('./print.js');
    await m.printForLawyer({ a: lastAssessment, answers: state.answers, policy, byIso, version: engine.version(), sha256 });
  } catch (e) {
    console.error(e);
    notice('print', 'print.failed', { kind: 'error' });
  }
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
  relabelNotices();
  relabelShare();
  kiosk?.relabelKiosk();
}

function renderFooter() {
  const v = engine.version();
  $('#policy-line').replaceChildren(
    h('p', {}, tn('foot.policy', {
      title: policy.title, ref: v.policy.reference, date: fmtDate(v.policy.date),
      status: t('status.' + v.policy.status),
    })),
    why('foot-status', policy.statusCite || 'BN-4.4'),
    h('p', { class: 'muted small' }, t('foot.engine', { engine: v.engine, id: v.policy.id })),
    h('p', { class: 'muted small hash', id: 'policy-sha256' }, t('foot.sha256', { hash: sha256 })));
}

let lastSummary = null;
function summary(text, mini = text) {
  if (text !== lastSummary) $('#summary').textContent = text;
  lastSummary = text;
  const m = $('#mini');
  if (m) m.textContent = mini;
}

function update() {
  show();
  pro?.render(toCase(), lastAssessment);
}

function show() {
  Q.onAnswersChanged();
  setSelected(state.answers.region);
  const body = $('#result-body');
  const paths = $('#paths');
  const c = toCase();
  lastAssessment = null;
  if (!c) {
    syncLink(null);
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
    syncLink(null);
    summary(t('ui.errorIntro') + ' ' + text, '');
    return;
  }
  Q.clearErrors();
  renderResult(body, a);
  renderPaths($('#paths-body'), a);
  paths.hidden = false;
  lastAssessment = a;
  syncLink(c);
  summary(summaryText(a));
}

start();
