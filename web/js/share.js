// Shared links: the case in the URL fragment (the part after '#', which a
// browser never sends to a server), in the core's link format
// (engine.fragment, docs/contract.md "Shared links"). The address bar holds
// the answers only once the user asks for a link or opens one; history is
// only ever replaced, never pushed, so no older entry keeps an older case.
import { h, $ } from './dom.js';
import { t } from './i18n.js';
import { notice, dismiss } from './notice.js';

let engine = null;
let linkOn = false;   // the address bar mirrors the answers
let fragment = '';
let qrShown = false;

/** The case in the current fragment: null (none, or an in-page anchor), {case, policy} or {error}. */
export function readLink(eng = engine) {
  const text = location.hash.replace(/^#/, '');
  if (!text || document.getElementById(text)) return null;
  const out = eng.fragment.decode(text);
  if (!out.error) linkOn = true;
  return out;
}

/** The answers state.js keeps, from a decoded link's case. */
export function answersFromLink(c) {
  return { ...c, asylumApplicationDate: c.asylumApplicationDate || '' };
}

export function initShare(eng, { onForget }) {
  engine = eng;
  $('#share-link').addEventListener('click', () => { linkOn = true; dismiss('share'); writeFragment(); render(); $('#share-url')?.focus(); });
  $('#share-qr').addEventListener('click', () => { linkOn = true; qrShown = true; writeFragment(); render(); });
  $('#forget').addEventListener('click', () => {
    forgetLink();
    onForget();
    notice('share', 'share.forgotten');
    $('#q-title').scrollIntoView({ block: 'start' });
  });
}

/** Drops the link: the fragment leaves the address bar, the link and QR leave the page. */
export function forgetLink() {
  linkOn = false;
  qrShown = false;
  fragment = '';
  if (location.hash) history.replaceState(history.state, '', location.pathname + location.search);
  $('#share-out')?.replaceChildren();
}

/** After every re-render: the case (or null) keeps the fragment and the shown link current. */
export function syncLink(caseObject) {
  const box = $('#share');
  box.hidden = !caseObject;
  if (!caseObject) { fragment = ''; $('#share-out').replaceChildren(); return; }
  const f = engine.fragment.encode(caseObject);
  fragment = typeof f === 'string' ? f : '';
  writeFragment();
  render();
}

function writeFragment() {
  if (linkOn && fragment && location.hash !== '#' + fragment) {
    history.replaceState(history.state, '', location.pathname + location.search + '#' + fragment);
  }
}

/** The link a phone can open: this page without kiosk settings, or the build's public address. */
export function shareUrl() {
  const base = document.querySelector('meta[name="vybir-share-base"]')?.content;
  const u = new URL(base || location.href);
  u.searchParams.delete('kiosk');
  u.searchParams.delete('idle');
  u.hash = fragment;
  return u.href;
}

export const relabelShare = () => render(true);

let shownKey = '';
function render(force = false) {
  const out = $('#share-out');
  if (!out) return;
  if (!linkOn || !fragment) { out.replaceChildren(); shownKey = ''; return; }
  const url = shareUrl();
  const key = [url, qrShown, document.documentElement.lang].join(' ');
  if (key === shownKey && out.firstChild && !force) return; // keeps focus and the "copied" state
  shownKey = key;
  const kiosk = document.documentElement.classList.contains('kiosk');
  out.replaceChildren(
    h('p', { class: 'warn' }, t('share.active')),
    kiosk ? null : h('label', { for: 'share-url', class: 'qlabel' }, t('share.linkLabel')),
    kiosk ? null : h('input', { id: 'share-url', class: 'share-url', type: 'text', readOnly: true, value: url, onfocus: e => e.target.select() }),
    kiosk || !navigator.clipboard ? null : h('button', {
      type: 'button', class: 'btn', onclick: e => navigator.clipboard.writeText(url)
        .then(() => { e.target.textContent = t('share.copied'); }, () => {}),
    }, t('share.copy')),
    h('div', { id: 'qr', class: 'qr' }));
  if (qrShown) showQr(url);
}

async function showQr(url) {
  const box = $('#qr');
  try {
    const { qrSvg } = await import('./qr.js');
    if (box.isConnected) box.replaceChildren(qrSvg(url, t('share.qrLabel')));
  } catch (e) {
    console.error(e);
    box.replaceChildren(h('p', { class: 'err' }, t('share.qrFailed')));
  }
}
