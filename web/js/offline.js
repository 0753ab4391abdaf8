// Offline: registers the service worker (sw.js) once the page is ready, and
// says when a newer version is waiting, with a button that switches to it.
// Not in the single-file build, nor from file:// (no service workers there).
import { notice } from './notice.js';

export function initOffline() {
  const sw = navigator.serviceWorker;
  if (!sw || !/^https?:$/.test(location.protocol) || document.getElementById('vybir-wasm')) return;
  sw.addEventListener('message', e => {
    if (e.data?.type === 'integrity') notice('integrity-sw', 'offline.integrity', { kind: 'error', vars: { path: e.data.path } });
  });
  sw.register('sw.js').then(reg => {
    const offer = w => {
      if (!sw.controller) return; // the first install needs no banner
      notice('update', 'offline.update', {
        action: {
          key: 'offline.reload', run: () => {
            sw.addEventListener('controllerchange', () => location.reload());
            w.postMessage({ type: 'skip-waiting' });
          },
        },
      });
    };
    if (reg.waiting) offer(reg.waiting);
    reg.addEventListener('updatefound', () => {
      const w = reg.installing;
      w?.addEventListener('statechange', () => { if (w.state === 'installed') offer(w); });
    });
  }, e => console.warn('vybir: no offline copy:', e));
}

/** A newer version that is waiting (kiosk resets take it before reloading). */
export async function takeUpdate() {
  const reg = await navigator.serviceWorker?.getRegistration?.().catch(() => null);
  if (!reg?.waiting) return false;
  const changed = new Promise(res => navigator.serviceWorker.addEventListener('controllerchange', res, { once: true }));
  reg.waiting.postMessage({ type: 'skip-waiting' });
  await Promise.race([changed, new Promise(res => setTimeout(res, 1500))]);
  return true;
}
