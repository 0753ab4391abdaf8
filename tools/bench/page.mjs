#!/usr/bin/env node
// The page in Chromium (playwright-core, Chrome DevTools Protocol):
//  - bytes: every file a first visit downloads (the page's own requests,
//    and separately what the service worker precaches in the background),
//    raw, gzip -9 and brotli -q 11, per file and in total, for each language;
//  - first result, throttled: time from navigation start to the first
//    result on screen for a case given in the URL fragment, with the network
//    at ~1.6 Mbit/s down, 750 kbit/s up, 150 ms round trip and the CPU
//    slowed 4x; a fresh browser context (empty caches) every run;
//  - first result from the offline cache: the same page after one visit,
//    with the network switched off (served by the service worker), CPU 4x,
//    reloaded once the previous load has settled; and opened in a new tab.
//    Without a service worker, a warm reload instead (and it says so).
//
//   node tools/bench/page.mjs [--runs N] [--cache-runs N] [--out FILE] [--parts bytes,visit,cache]
//
// --parts measures some parts only (while working on one; the report needs all).
//
// build/web is served by tools/serve.mjs on a free port of 127.0.0.1.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { repoRoot, round, sizes, summary, stamp } from './lib.mjs';

const args = process.argv.slice(2);
const opt = (name, dflt) => (args.indexOf(name) >= 0 ? args[args.indexOf(name) + 1] : dflt);
const RUNS = Number(opt('--runs', 7));
// Loads from the offline cache take a second each and vary more: more runs.
const CACHE_RUNS = Number(opt('--cache-runs', 2 * RUNS + 1));
const outFile = opt('--out');
const PARTS = new Set(opt('--parts', 'bytes,visit,cache').split(','));
const webRoot = join(repoRoot, 'build', 'web');
const log = (...a) => console.error('page:', ...a);

const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';
const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
  '--disable-component-update', '--no-first-run', '--disable-sync'];
export const THROTTLE = {
  network: { offline: false, latency: 150, downloadThroughput: 1.6e6 / 8, uploadThroughput: 750e3 / 8 },
  cpuRate: 4,
};
const LANG_LOCALES = { uk: 'uk-UA', ru: 'ru-RU', nl: 'nl-NL', en: 'en-GB' };

// The case of the measurement: a full one (claims, dates, TP), so every
// card of the result is rendered.
export const BENCH_CASE = {
  asOf: '2026-11-29', region: 'UA-48', occupiedArea: true, personalRiskFactors: true, relocationObstacles: false,
  claims: ['journalist', 'draft-evasion'], temporaryProtection: 'yes', regularPermit: false,
  asylumApplicationDate: '2025-05-31', tpExtension2028: false,
};

// ---- the server
function startServer() {
  return new Promise((resolve, reject) => {
    const proc = spawn(process.execPath, [join(repoRoot, 'tools', 'serve.mjs'), '0'], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    const timer = setTimeout(() => reject(new Error(`tools/serve.mjs did not start:\n${out}`)), 10000);
    proc.stdout.on('data', d => {
      out += d;
      const m = out.match(/http:\/\/127\.0\.0\.1:(\d+)\//);
      if (m) { clearTimeout(timer); resolve({ proc, origin: `http://127.0.0.1:${m[1]}` }); }
    });
    proc.stderr.on('data', d => { out += d; });
    proc.on('exit', code => { clearTimeout(timer); reject(new Error(`tools/serve.mjs exited (${code}):\n${out}`)); });
  });
}

// ---- the case in the fragment (the core's own encoder, docs/contract.md "Shared links")
async function fragmentFor(c) {
  const { load } = await import(join(webRoot, 'vybir.js'));
  const v = await load();
  if (!v.fragment?.encode) return null;
  const f = v.fragment.encode(c);
  return typeof f === 'string' ? { fragment: f, expected: v.evaluate(c) } : null;
}

// In the page, before any of its scripts: note the time (ms since navigation
// start) of the first frame after a result is in the DOM.
const FIRST_RESULT_PROBE = `(() => {
  const done = t => { window.__vybirFirstResult = t; };
  const check = () => {
    const body = document.getElementById('result-body');
    if (!body || window.__vybirSeen || !body.querySelector('.card:not(.error)')) return false;
    window.__vybirSeen = true;
    requestAnimationFrame(() => { const c = new MessageChannel(); c.port1.onmessage = () => done(performance.now()); c.port2.postMessage(0); });
    return true;
  };
  new MutationObserver((_, o) => { if (check()) o.disconnect(); }).observe(document, { childList: true, subtree: true });
})();`;

async function waitFirstResult(page, timeout = 60000) {
  await page.waitForFunction(() => typeof window.__vybirFirstResult === 'number', null, { timeout, polling: 20 });
  return page.evaluate(() => ({
    ms: window.__vybirFirstResult,
    region: document.getElementById('f-region')?.value ?? null,
    cards: document.querySelectorAll('#result-body .card').length,
    errors: document.querySelectorAll('#result-body .card.error').length,
  }));
}

async function throttle(page) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', THROTTLE.network);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: THROTTLE.cpuRate });
  return cdp;
}

const fileOf = url => {
  let p = decodeURIComponent(new URL(url).pathname);
  if (p.endsWith('/')) p += 'index.html';
  const f = join(webRoot, p);
  return existsSync(f) && statSync(f).isFile() ? f : null;
};

// ---- bytes: one unthrottled first visit per language
async function bytesFor(browser, origin, lang, fragment) {
  const context = await browser.newContext({ locale: LANG_LOCALES[lang] });
  const page = await context.newPage();
  await context.addInitScript(FIRST_RESULT_PROBE);
  // Each request with what crossed the wire: a revalidated file answered
  // 304 (tools/serve.mjs sends ETags) costs its headers only.
  const seen = [];
  context.on('requestfinished', req => {
    if (!req.url().startsWith(origin)) return;
    seen.push(req.sizes().then(sz => ({
      url: req.url(), byWorker: !!req.serviceWorker(),
      wire: sz.responseBodySize + sz.responseHeadersSize, revalidated: sz.responseBodySize === 0,
    })));
  });
  await page.goto(`${origin}/${fragment ? '#' + fragment : ''}`);
  const first = await waitFirstResult(page);
  const pageLang = await page.evaluate(() => document.documentElement.lang);
  // Let the service worker (if any) finish precaching.
  const hasWorker = await page.evaluate(async () => {
    if (!navigator.serviceWorker) return false;
    const reg = await navigator.serviceWorker.getRegistration();
    if (!reg) return false;
    await Promise.race([navigator.serviceWorker.ready, new Promise(r => setTimeout(r, 20000))]);
    return true;
  });
  await page.waitForTimeout(500);
  const requests = await Promise.all(seen);
  await context.close();

  const rows = new Map();
  for (const r of requests) {
    const file = fileOf(r.url);
    const path = new URL(r.url).pathname.replace(/^\//, '') || 'index.html';
    const key = `${r.byWorker ? 'worker' : 'page'}:${path}`;
    if (rows.has(key) || !file) continue;
    rows.set(key, { path, byWorker: r.byWorker, wire: r.wire, revalidated: r.revalidated, ...sizes(readFileSync(file)) });
  }
  const list = [...rows.values()];
  const total = rs => rs.reduce((t, r) => ({ raw: t.raw + r.raw, gzip: t.gzip + r.gzip, brotli: t.brotli + r.brotli,
    wire: t.wire + r.wire, revalidated: t.revalidated + r.revalidated }), { raw: 0, gzip: 0, brotli: 0, wire: 0, revalidated: 0 });
  const pageFiles = list.filter(r => !r.byWorker).sort((a, b) => b.gzip - a.gzip);
  const workerFiles = list.filter(r => r.byWorker).sort((a, b) => b.gzip - a.gzip);
  return {
    lang, pageLang, firstResultCheck: first, serviceWorker: hasWorker,
    page: { files: pageFiles, total: total(pageFiles) },
    worker: { files: workerFiles, total: total(workerFiles) },
  };
}

// ---- first result, throttled, fresh context each run
async function firstVisit(browser, url) {
  const context = await browser.newContext({ locale: 'uk-UA', serviceWorkers: 'block' });
  await context.addInitScript(FIRST_RESULT_PROBE);
  const page = await context.newPage();
  await throttle(page);
  await page.goto(url, { waitUntil: 'commit', timeout: 120000 });
  const r = await waitFirstResult(page, 120000);
  await context.close();
  return r;
}

// The page has finished starting up (the paths and the map are built after
// the first result, web/js/main.js) and the browser is idle: each offline
// run starts from a settled page, not while the previous load is still
// drawing its map.
async function settle(page) {
  await page.waitForFunction(() => document.body?.classList.contains('ready'), null, { timeout: 60000, polling: 50 });
  await page.evaluate(() => new Promise(r => (self.requestIdleCallback ? requestIdleCallback(() => r(), { timeout: 2000 }) : setTimeout(r, 200))));
  await page.waitForTimeout(500); // and left alone for a moment, as a page is before it is opened again
}

// ---- first result from the offline cache (service worker), or a warm reload;
// and the same page opened in a new tab (a new renderer process: no compiled
// code, fonts or locale data in memory yet), as when Vybir is opened again
// from the home screen. The first run of each kind warms Chromium's caches
// and is not counted.
async function fromCache(browser, url, runs) {
  const context = await browser.newContext({ locale: 'uk-UA' });
  await context.addInitScript(FIRST_RESULT_PROBE);
  const page = await context.newPage();
  await page.goto(url);
  await waitFirstResult(page);
  const controlled = await page.evaluate(async () => {
    if (!navigator.serviceWorker || !(await navigator.serviceWorker.getRegistration())) return false;
    await navigator.serviceWorker.ready;
    for (let i = 0; i < 100 && !navigator.serviceWorker.controller; i++) await new Promise(r => setTimeout(r, 50));
    return !!navigator.serviceWorker.controller;
  });
  // The CPU alone is slowed: the context is offline (page and worker alike,
  // so only the cache can answer), and a second Network listener on the page
  // would only add DevTools' own work to every request.
  const offline = async p => {
    const cdp = await p.context().newCDPSession(p);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: THROTTLE.cpuRate });
  };
  if (controlled) await context.setOffline(true);
  await offline(page);
  await settle(page);
  const reloads = [];
  for (let i = 0; i < runs + 1; i++) {
    await page.reload({ waitUntil: 'commit' });
    const r = await waitFirstResult(page);
    await settle(page);
    if (i > 0) reloads.push(r);
  }
  const tabs = [];
  for (let i = 0; i < runs + 1; i++) {
    const tab = await context.newPage();
    await offline(tab);
    await tab.goto(url, { waitUntil: 'commit' });
    const r = await waitFirstResult(tab);
    await settle(tab);
    await tab.close();
    if (i > 0) tabs.push(r);
  }
  await context.close();
  return { mode: controlled ? 'service-worker-offline' : 'warm-reload-no-service-worker', runs: reloads, newTab: tabs };
}

// ---- main
const started = stamp();
const server = await startServer();
const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
try {
  const enc = await fragmentFor(BENCH_CASE);
  if (!enc) throw new Error('build/web/vybir.js has no fragment.encode: the case cannot be given in the URL fragment');
  const url = `${server.origin}/#${enc.fragment}`;
  const expectRegion = BENCH_CASE.region;
  log(`case in the fragment: #${enc.fragment}`);

  const bytes = {};
  for (const lang of Object.keys(LANG_LOCALES)) {
    if (!PARTS.has('bytes')) break;
    bytes[lang] = await bytesFor(browser, server.origin, lang, enc.fragment);
    if (bytes[lang].pageLang !== lang) throw new Error(`locale ${LANG_LOCALES[lang]} gave the page language ${bytes[lang].pageLang}`);
    log(`bytes (${lang}): page ${bytes[lang].page.total.gzip} B gzip in ${bytes[lang].page.files.length} files; ` +
      `service worker precache ${bytes[lang].worker.total.gzip} B gzip in ${bytes[lang].worker.files.length} files`);
  }

  const visits = [];
  for (let i = 0; i < (PARTS.has('visit') ? RUNS : 0); i++) {
    const r = await firstVisit(browser, url);
    if (r.region !== expectRegion || r.errors) throw new Error(`the page did not show the case's result: ${JSON.stringify(r)}`);
    visits.push(r);
    log(`first visit, throttled, run ${i + 1}: ${round(r.ms, 0)} ms`);
  }
  const cached = PARTS.has('cache') ? await fromCache(browser, url, CACHE_RUNS) : { mode: 'not measured', runs: [], newTab: [] };
  for (const r of [...cached.runs, ...cached.newTab]) if (r.region !== expectRegion || r.errors) throw new Error(`cached page: wrong result ${JSON.stringify(r)}`);
  log(`from cache (${cached.mode}): ${cached.runs.map(r => round(r.ms, 0)).join(', ')} ms; in a new tab: ${cached.newTab.map(r => round(r.ms, 0)).join(', ')} ms`);

  const result = {
    started,
    finished: stamp(),
    case: BENCH_CASE,
    fragment: enc.fragment,
    throttle: THROTTLE,
    firstVisitMs: summary(visits.map(r => r.ms)),
    fromCache: { mode: cached.mode, ms: summary(cached.runs.map(r => r.ms)), newTabMs: summary(cached.newTab.map(r => r.ms)) },
    bytes,
  };
  const text = JSON.stringify(result, null, 1);
  if (outFile) writeFileSync(outFile, text + '\n');
  else console.log(text);
} finally {
  await browser.close().catch(() => {});
  server.proc.kill();
}
