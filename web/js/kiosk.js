// Kiosk mode (?kiosk, ?kiosk&idle=SECONDS): a shared screen. Large targets,
// dates as selects, no way off the page, a "start again" button and an idle
// timeout with a visible countdown. A reset forgets the answers, drops the
// fragment and reloads the page in place (location.replace: no history entry
// is added, none keeps the case), so the next person starts at the language
// choice with a fresh page and nothing of the last one.
import { h, $, $$, loadStyle } from './dom.js';
import { LANGS, LANG_NAMES, loadDict, t } from './i18n.js';
import { state, resetAnswers, initialAnswers } from './state.js';
import { forgetLink } from './share.js';
import { takeUpdate } from './offline.js';
import { dateSelect, relabelDateSelects } from './date-select.js';

const DEFAULT_IDLE = 90;
const ACTIVITY = ['pointerdown', 'keydown', 'input', 'change', 'wheel', 'touchstart'];
let idleMs = DEFAULT_IDLE * 1000;
let last = Date.now();
let resetting = false;
let timer, warning;

/** Seconds of inactivity before a reset: ?idle=N, between 3 and 3600; 90 by default. */
export function idleSeconds(search = location.search) {
  const n = Math.round(Number(new URLSearchParams(search).get('idle')));
  return Number.isFinite(n) && n > 0 ? Math.min(3600, Math.max(3, n)) : DEFAULT_IDLE;
}

/** Starts kiosk mode. api.setLang(code) switches the page language. */
export async function initKiosk(api, policyDate) {
  idleMs = idleSeconds() * 1000;
  await loadStyle('css/kiosk.css');
  blockLinks();
  $('#share-link').remove(); // a kiosk offers the QR code only: no link to copy on a shared screen
  const year = Number(state.answers.asOf.slice(0, 4)) || new Date().getFullYear();
  dateSelect('asylumApplicationDate', { from: 2014, to: year, optional: true });
  dateSelect('asOf', { from: Number(policyDate.slice(0, 4)), to: Math.max(year, Number(policyDate.slice(0, 4))) + 3 });
  $('.top-inner').append(h('div', { class: 'kiosk-bar', id: 'kiosk-bar' },
    timer = h('p', { id: 'kiosk-timer', class: 'kiosk-timer', role: 'timer' }),
    h('button', { type: 'button', id: 'start-again', class: 'btn primary', 'data-t': 'kiosk.startAgain', onclick: reset })));
  // A modal dialog: on top of everything, and the focus goes to its button.
  warning = h('dialog', { id: 'kiosk-warning', class: 'kiosk-warning', 'aria-labelledby': 'kw-text' },
    h('p', { id: 'kw-text', 'data-t': 'kiosk.warning' }),
    h('button', { type: 'button', class: 'btn primary', 'data-t': 'kiosk.stillHere', onclick: active }));
  document.body.append(warning);
  await languageScreen(api);
  for (const ev of ACTIVITY) addEventListener(ev, active, { capture: true, passive: true });
  setInterval(tick, 250);
  tick();
}

export const relabelKiosk = () => { relabelDateSelects(); tick(); };

// No links out, and in-page links move focus without adding a history entry.
function blockLinks() {
  addEventListener('click', e => {
    const a = e.target.closest?.('a[href]');
    if (!a) return;
    e.preventDefault();
    const id = a.getAttribute('href').startsWith('#') && a.getAttribute('href').slice(1);
    const target = id && document.getElementById(id);
    if (target) { target.scrollIntoView({ block: 'start' }); target.focus({ preventScroll: true }); }
  }, true);
}

async function languageScreen(api) {
  const dicts = await Promise.all(LANGS.map(l => loadDict(l).catch(() => null)));
  const said = (key, i) => (dicts[i] ? t(key, null, dicts[i]) : '');
  const screen = h('section', { id: 'kiosk-start', class: 'kiosk-start', 'aria-labelledby': 'ks-title' },
    h('h2', { id: 'ks-title' }, LANGS.map((l, i) => h('span', { lang: l }, said('kiosk.chooseLanguage', i)))),
    h('div', { class: 'kiosk-langs' }, LANGS.map(l => h('button', {
      type: 'button', class: 'btn kiosk-lang', lang: l,
      onclick: async () => {
        await api.setLang(l);
        document.documentElement.classList.remove('kiosk-starting');
        screen.hidden = true;
        active();
        tick();
        $('#q-title').setAttribute('tabindex', '-1');
        $('#q-title').focus();
      },
    }, LANG_NAMES[l]))),
    h('ul', { class: 'kiosk-note' }, LANGS.map((l, i) => h('li', { lang: l }, said('kiosk.privacy', i)))));
  $('main').prepend(screen);
  document.documentElement.classList.add('kiosk-starting');
  screen.querySelector('button').focus();
}

// Any touch or key counts. The warning closes on the next tick, not at once,
// so that a press on its own button is not redirected to what lies below.
function active() {
  last = Date.now();
}

// The timer runs while someone has started (or left answers behind).
function untouched() {
  const a = state.answers;
  const fresh = initialAnswers();
  return document.documentElement.classList.contains('kiosk-starting')
    && Object.keys(fresh).every(k => k === 'asOf' || JSON.stringify(a[k]) === JSON.stringify(fresh[k]))
    && !location.hash;
}

function tick() {
  if (!timer || resetting) return;
  if (untouched()) { last = Date.now(); timer.textContent = ''; return; }
  const left = Math.max(0, Math.ceil((last + idleMs - Date.now()) / 1000));
  timer.textContent = t('kiosk.countdown', { s: left });
  const warn = left <= Math.min(20, Math.max(2, Math.floor(idleMs / 2000)));
  if (warn && !warning.open) warning.showModal();
  if (!warn && warning.open) warning.close();
  if (left === 0) reset();
}

/** Forgets everything and reloads this page in place, at the language choice. */
export async function reset() {
  if (resetting) return;
  resetting = true;
  resetAnswers();
  forgetLink();
  for (const el of $$('#result-body, #share-out, #summary, #notices')) el.replaceChildren();
  await takeUpdate().catch(() => false);
  location.replace(location.pathname + location.search);
}
