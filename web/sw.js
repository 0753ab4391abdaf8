// Vybir's service worker: after one visit the page works with no network.
// tools/build-web.mjs writes BUILD into this file: the SHA-256 of the
// build's precache list (every file the page may need, each with its own
// SHA-256, in build.json), so every new build is a new worker with a cache
// of its own. On install the worker fetches that list, checks it against
// BUILD, and checks every file against the list before caching it: a file
// that does not match the build's manifest (a tampered policy inside the
// WASM, say) is refused, the install fails, and open pages are told.
// Nothing but these files is cached; answers never reach the worker.
const BUILD = 'dev';
const CACHE = 'vybir-' + BUILD.slice(0, 16);
const scope = new URL(self.registration.scope);

async function hex(data) {
  const d = new Uint8Array(await crypto.subtle.digest('SHA-256', data));
  return Array.from(d, b => b.toString(16).padStart(2, '0')).join('');
}

async function tell(message) {
  for (const c of await self.clients.matchAll({ includeUncontrolled: true })) c.postMessage(message);
}

async function refuse(path) {
  await caches.delete(CACHE);
  await tell({ type: 'integrity', path });
  throw new Error(`${path} does not match the build manifest`);
}

async function precache() {
  const res = await fetch(new URL('build.json', scope), { cache: 'no-cache' });
  if (!res.ok) throw new Error(`build.json: ${res.status}`);
  const list = (await res.json()).precache;
  if (!Array.isArray(list) || await hex(new TextEncoder().encode(JSON.stringify(list))) !== BUILD) return refuse('build.json');
  const cache = await caches.open(CACHE);
  for (const [path, sha] of list) {
    const file = await fetch(new URL(path, scope), { cache: 'no-cache' });
    if (!file.ok) throw new Error(`${path}: ${file.status}`);
    if (await hex(await file.clone().arrayBuffer()) !== sha) return refuse(path);
    await cache.put(new URL(path, scope), file);
  }
}

self.addEventListener('install', e => e.waitUntil(precache()));

self.addEventListener('activate', e => e.waitUntil((async () => {
  for (const k of await caches.keys()) if (k.startsWith('vybir-') && k !== CACHE) await caches.delete(k);
  await self.clients.claim();
})()));

self.addEventListener('message', e => {
  if (e.data?.type === 'skip-waiting') self.skipWaiting();
});

// Same-origin GETs inside the scope come from this build's cache (any query,
// such as ?kiosk, is ignored; a folder means its index.html); the rest goes
// to the network as usual.
self.addEventListener('fetch', e => {
  const url = new URL(e.request.url);
  if (e.request.method !== 'GET' || url.origin !== scope.origin || !url.pathname.startsWith(scope.pathname)) return;
  let path = url.pathname.slice(scope.pathname.length);
  if (path === '' || path.endsWith('/')) path += 'index.html';
  e.respondWith(caches.open(CACHE)
    .then(c => c.match(new URL(path, scope)))
    .then(hit => hit || fetch(e.request)));
});
