// Start-up and the render loop: load the page language and the engine,
// build the questions, show the result, then (once the browser is idle) the
// paths and the map; re-render after every answer. Answers live only in
// state.js, so a language switch keeps them. No verdict before the person
// has answered: the result shows once the questions are answered or asked
// for (state.js resultWanted).
import { $, h } from './dom.js';
import { LANGS, LANG_NAMES, pickLang, loadLang, applyTexts, setPageVars, t, tn, has, fmtDate, currentLang } from './i18n.js';
import { state, subscribe, setAnswer, toCase, replaceAnswers, resetAnswers, resultWanted, setRegionsWithOccupiedPart } from './state.js';
import * as Q from './questions.js';
import { loadMapSvg, prepareMap, initMap, setSelected, relabelMap } from './map.js';
import { initResult, renderResult, renderEmpty, renderError, summaryText } from './result.js';
import { setPolicy, why } from './why.js';
import { notice, relabelNotices } from './notice.js';
import { initShare, readLink, answersFromLink, syncLink, relabelShare, forgetLink } from './share.js';
import { initOffline } from './offline.js';
import { checkPolicy } from './integrity.js';
import { renderOpen } from './open-questions.js';
import { renderAsOf } from './as-of.js';
import { initPrint, printSoon } from './print-hook.js';

const KIOSK = new URLSearchParams(location.search).has('kiosk');
const PRO = new URLSearchParams(location.search).has('pro');
let engine = null;
let policy = {};
let byIso = new Map();
let sha256 = '';
let lastAssessment = null;
let kiosk = null;
let pro = null; // pro.js, the view for professionals, once asked for

// What the first result needs is asked for at once, as the page starts: the
// language file and the engine (and its .wasm).
const langReady = loadLang(pickLang()).then(() => true, () => loadLang('uk').then(() => true, () => false));
// A failed import, fetch, compile or start of the .wasm (a 404, a damaged
// file) all end here, as null: the page then says the engine is missing.
const engineReady = import('../vybir.js').then(m => m.load(wasmOptions())).catch(e => { console.error(e); return null; });

async function start() {
  if (KIOSK) document.documentElement.classList.add('kiosk');
  const boot = $('#boot');
  // The engine's part needs no texts: it runs while they may still be on their way.
  engine = await engineReady;
  let regions = [];
  let check = null;
  // Start-up is cut into tasks (nextTask) so that no one of them holds the
  // page for long: the engine's first run (compiling its code as it goes),
  // the texts, the questions and the first render each take a few
  // milliseconds on a fast machine but four times that on a cheap phone.
  if (engine) {
    policy = engine.policy();
    regions = policy.regions; // what engine.regions() returns (core/src/api.cpp), without parsing it twice
    await nextTask();
    check = checkPolicy(engine, policy, regions);
  }
  if (!(await langReady)) return; // the static boot text (in two languages) stays visible
  await nextTask();
  applyTexts();
  buildLangSwitch();
  if (!engine) { engineMissing(boot); return; }
  sha256 = check.actual;
  if (!check.ok) {
    boot.textContent = t('integrity.policyMismatch', check);
    boot.setAttribute('role', 'alert');
    return;
  }
  byIso = new Map(regions.map(r => [r.iso, r]));
  setRegionsWithOccupiedPart(regions);
  setPolicy(policy);
  setPageVars(() => ({ policyDate: fmtDate(policy.date) }));
  initResult({ byIso, policy });
  await nextTask();
  // The questions as they are first seen, whole, in one task: their words,
  // the step label, the list of regions, which questions show (painted half
  // done, an empty step label filled in later would move them down).
  Q.buildQuestions($('#case'), regions, policy.date);
  if ($('#map')) prepareMap($('#map'), regions);
  applyTexts($('#case'));
  Q.labelStepper();
  Q.fillRegionOptions();
  Q.onAnswersChanged();
  boot.remove(); // it lies over the questions (position: absolute): nothing moves
  await nextTask();
  initShare(engine, { onForget: () => { resetAnswers(); Q.syncControls(); Q.goStep(0, false); } });
  initPrint(() => lastAssessment && { a: lastAssessment, answers: state.answers, policy, byIso, version: engine.version(), sha256 });
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
  document.body.classList.add('started');
  await nextTask(); // the result's column fills in below and beside what is painted
  subscribe(update);
  if (!restoreLink()) update(); // a shared link's answers render through the subscription
  addEventListener('hashchange', restoreLink);
  // The result is on screen in the next frame. The map is made once the
  // browser is idle after it; its file is asked for only then, so that it
  // does not compete with the result for the connection.
  await idleAfterNextFrame();
  const svg = await loadMapSvg().catch(e => { console.error(e); return null; });
  if (svg) initMap($('#map'), regions, svg, iso => setAnswer('region', iso));
  document.body.classList.add('ready');
  // The offline copy last: its downloads (every file, all languages) must
  // not compete with what the first screen needs.
  initOffline();
}

/** Resolves in a task of its own: what comes after lets the browser paint and take input first. */
function nextTask() {
  return new Promise(res => setTimeout(res));
}

/** Resolves when the browser is idle after the next frame (a timeout where there are no idle callbacks). */
function idleAfterNextFrame() {
  const idle = self.requestIdleCallback ? fn => requestIdleCallback(fn, { timeout: 1000 }) : fn => setTimeout(fn);
  return new Promise(res => requestAnimationFrame(() => idle(res)));
}

/** The single-file build carries the WASM inline (base64); otherwise it is the vybir_core.wasm index.html preloads. */
function wasmOptions() {
  const el = document.getElementById('vybir-wasm');
  if (!el) return { wasmUrl: new URL('../vybir_core.wasm', import.meta.url) };
  const bin = atob(el.textContent.trim());
  const wasmBinary = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) wasmBinary[i] = bin.charCodeAt(i);
  return { wasmBinary };
}

/** A shared link in the fragment fills in its answers (true: taken, and so shown); a broken one is said so, and dropped. */
function restoreLink() {
  const link = readLink(engine);
  if (!link) return false;
  if (link.error) {
    const key = has('error.' + link.error.code) ? 'error.' + link.error.code : 'error.fragment.syntax';
    notice('link', key, { kind: 'error' });
    forgetLink();
    return false;
  }
  // A value the link holds that the engine refuses (a region that is not
  // one, a date that does not exist) is left unanswered and named, so that
  // nothing is lost without a word.
  const answers = answersFromLink(link.case);
  const refused = engine.evaluate(link.case).error;
  const field = refused?.pointer.split('/')[1];
  if (field && field in answers) answers[field] = Array.isArray(answers[field]) ? [] : null;
  replaceAnswers(answers, { fromLink: true });
  Q.syncControls();
  if (field && Q.labelKey(field)) {
    notice('link', 'share.linkValue', { kind: 'error', vars: () => ({ question: t(Q.labelKey(field)) }) });
  } else if (link.policy === policy.id && link.format !== 1) notice('link', 'share.restored');
  else {
    // Made under another policy version, or in the first link format: what
    // changed for this case (from the outcome the link carries) is worded by
    // a module loaded only now.
    const a = lastAssessment;
    import('./policy-change.js').then(m => m.policyNotice(link, a, policy), e => console.error(e));
  }
  return true;
}

async function setPro(on) {
  try {
    pro ??= await import('./pro.js');
    await pro.setPro(on, byIso, policy);
  } catch (e) { console.error(e); }
}

/** The engine could not be loaded or started: say what happened and what to do, in place of the questions. */
function engineMissing(boot) {
  boot.replaceChildren(h('strong', {}, t('ui.engineMissingTitle')), h('br'), t('ui.engineMissingDetail'), ' ', t('ui.engineMissing'));
  boot.className = 'boot engine-missing';
  boot.setAttribute('role', 'alert');
  $('.layout').hidden = true;
}

// The buttons are in index.html already (the build writes them, so the
// header keeps its size as the page starts); here they get their work.
function buildLangSwitch() {
  const nav = $('#langs');
  if (nav.children.length !== LANGS.length) {
    nav.replaceChildren(...LANGS.map(code => h('button', { type: 'button', lang: code, class: 'lang' }, LANG_NAMES[code])));
  }
  for (const b of nav.children) {
    b.setAttribute('aria-pressed', String(b.lang === currentLang()));
    b.onclick = () => switchLang(b.lang);
  }
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
  document.querySelector('meta[name="description"]')?.setAttribute('content', t('ui.description'));
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
    why('foot-status', policy.statusCite),
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
  if (lastAssessment) printSoon();
  pro?.render(toCase(), lastAssessment);
}

function show() {
  Q.onAnswersChanged();
  setSelected(state.answers.region);
  const body = $('#result-body');
  const c = toCase();
  const wanted = resultWanted();
  lastAssessment = null;
  renderOpen();
  renderAsOf(wanted && !!c);
  document.body.classList.toggle('has-result', wanted && !!c);
  if (!c || !wanted) {
    syncLink(null);
    Q.clearErrors();
    renderEmpty(body);
    summary('');
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
    syncLink(null);
    summary(t('ui.errorIntro') + ' ' + text, '');
    return;
  }
  Q.clearErrors();
  renderResult(body, a);
  lastAssessment = a;
  syncLink(c);
  summary(summaryText(a));
}

start();
