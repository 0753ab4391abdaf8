// The shared link on the page (share.js decides when): the warning that the
// address bar now holds the answers and the link to copy (neither in kiosk
// mode, which offers the QR code only) and, when asked for, its QR code (the
// encoder is loaded only then).
import { h, $ } from './dom.js';
import { t } from './i18n.js';

let shownKey = '';

/** The link a phone can open: this page without kiosk settings or the professionals' view, or the build's public address. */
export function shareUrl(fragment) {
  const base = document.querySelector('meta[name="vybir-share-base"]')?.content;
  const u = new URL(base || location.href);
  u.searchParams.delete('kiosk');
  u.searchParams.delete('idle');
  u.searchParams.delete('pro');
  u.hash = fragment;
  return u.href;
}

/** link: {on, fragment, qr}. Re-renders only when something shown changes (keeps focus and "copied"). */
export function render(link, force = false) {
  const out = $('#share-out');
  if (!link.on || !link.fragment) { out.replaceChildren(); shownKey = ''; return; }
  const url = shareUrl(link.fragment);
  const key = [url, link.qr, document.documentElement.lang].join(' ');
  if (key === shownKey && out.firstChild && !force) return;
  shownKey = key;
  const kiosk = document.documentElement.classList.contains('kiosk');
  // A kiosk clears its address and history at every reset: no warning about them, and no link to copy.
  out.replaceChildren(...[
    kiosk ? null : h('p', { class: 'warn' }, t('share.active')),
    kiosk ? null : h('label', { for: 'share-url', class: 'qlabel' }, t('share.linkLabel')),
    kiosk ? null : h('input', { id: 'share-url', class: 'share-url', type: 'text', readOnly: true, value: url, onfocus: e => e.target.select() }),
    kiosk || !navigator.clipboard ? null : h('button', {
      type: 'button', class: 'btn', onclick: e => navigator.clipboard.writeText(url)
        .then(() => { e.target.textContent = t('share.copied'); }, () => {}),
    }, t('share.copy')),
    h('div', { id: 'qr', class: 'qr' })].filter(Boolean));
  if (link.qr) showQr(url);
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
