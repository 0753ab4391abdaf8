// Shared by the browser tests: serves build/web with tools/serve.mjs on a
// free port, drives Debian's Chromium headless through playwright-core, and
// fails a test on anything the page must never do: a request that leaves the
// origin, a console error, an uncaught exception, a missing text, a CSP
// violation, or a 4xx/5xx from its own files.
//
// Usage, per test file:
//   const env = setup();                       // registers before/after hooks
//   test('…', () => env.run({ width: 360 }, async ({ page, tx }) => { … }));
//
// Every run gets a new browser context (fresh profile state: no cookies,
// storage or cache carried over from another test).
import { before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import path from 'node:path';
import { chromium } from 'playwright-core';

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const LANGS = ['uk', 'ru', 'nl', 'en'];
export const PHONE = { width: 360, height: 740 };
export const DESKTOP = { width: 1280, height: 800 };

export const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';
export const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
  '--disable-component-update', '--no-first-run', '--disable-sync'];

// ---- the page's words, read from the same files the page reads
const dicts = Object.fromEntries(LANGS.map(l => [l, JSON.parse(readFileSync(path.join(root, 'web/i18n', `${l}.json`), 'utf8'))]));
export const policy = JSON.parse(readFileSync(path.join(root, 'data/policy/2026-06-30.json'), 'utf8'));
export const regionsByIso = new Map(policy.regions.map(r => [r.iso, r]));

/** Collapses runs of white space, as a reader sees text. */
export const norm = s => String(s ?? '').replace(/\s+/g, ' ').trim();

/** The text i18n.js's t() shows for key in lang: {vars} filled, [[Dutch term]] brackets dropped. */
export function text(lang, key, vars) {
  const i = key.indexOf('.');
  const raw = dicts[lang]?.[key.slice(0, i)]?.[key.slice(i + 1)];
  assert.equal(typeof raw, 'string', `web/i18n/${lang}.json has no text for ${key}`);
  const filled = vars ? raw.replace(/\{(\w+)\}/g, (m, k) => (k in vars ? String(vars[k]) : m)) : raw;
  return norm(filled.replace(/\[\[|\]\]/g, ''));
}

/** t bound to one language: tx('ui.next'). */
export const texts = lang => (key, vars) => text(lang, key, vars);
export const regionName = (iso, lang) => regionsByIso.get(iso).names[lang];
/** A date as the page writes it in lang: CLDR's long date (Node's ICU), English as written in Europe. */
export const dateIn = (iso, lang) => new Intl.DateTimeFormat({ en: 'en-GB' }[lang] || lang,
  { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(iso + 'T00:00:00Z'));
export const escapeRe = s => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

// ---- server and browser, one of each per test file
/** VYBIR_WEB=DIR tests another assembled copy (`node tools/build-web.mjs --out DIR`) instead of build/web. */
export const defaultWebRoot = path.resolve(root, process.env.VYBIR_WEB || 'build/web');

/** Serves webRoot (default build/web) with tools/serve.mjs on a free port: {proc, origin}. */
export async function startServer(webRoot = defaultWebRoot) {
  if (!existsSync(path.join(webRoot, 'index.html')) || !existsSync(path.join(webRoot, 'vybir_core.wasm'))) {
    throw new Error(`${webRoot} is not built (or lacks the WASM module): run tools/build first`);
  }
  const proc = spawn(process.execPath, [path.join(root, 'tools/serve.mjs'), '0', '--root', webRoot], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  const origin = await new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`tools/serve.mjs printed no URL within 10 s:\n${out}`)), 10_000);
    const onData = d => {
      out += d;
      const m = /http:\/\/127\.0\.0\.1:\d+/.exec(out);
      if (m) { clearTimeout(timer); resolve(m[0]); }
    };
    proc.stdout.on('data', onData);
    proc.stderr.on('data', d => { out += d; });
    proc.on('exit', code => { clearTimeout(timer); reject(new Error(`tools/serve.mjs exited (${code}):\n${out}`)); });
  });
  return { proc, origin };
}

export function setup() {
  const env = {
    origin: '', browser: null, server: null,
    /** The page URL. */
    get url() { return this.origin + '/'; },
    run: (opts, fn) => run(env, opts, fn),
  };
  before(async () => {
    env.server = await startServer();
    env.origin = env.server.origin;
    env.browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  });
  after(async () => {
    await env.browser?.close().catch(() => {});
    env.server?.proc.kill();
  });
  return env;
}

/**
 * Opens the page in a new context and runs fn({page, context, tx, lang, problems, requests, pageRequests}).
 * opts: width/height (viewport), locale (browser language; decides the page language),
 * lang (the page language the test expects, default from locale), goto (default true),
 * allow (a function: problem text -> true to tolerate it; for tests that provoke something on purpose),
 * contextOptions (more options for browser.newContext).
 * Exported for tests that serve a copy of the build of their own: run({origin, browser, url}, opts, fn).
 */
export async function run(env, opts, fn) {
  const { width = DESKTOP.width, height = DESKTOP.height, locale = 'uk-UA', goto = true } = opts;
  const lang = opts.lang || (LANGS.includes(locale.split('-')[0]) ? locale.split('-')[0] : 'uk');
  const context = await env.browser.newContext({ viewport: { width, height }, locale, deviceScaleFactor: 1, ...opts.contextOptions });
  const problems = [];
  const requests = []; // every request of the context, service workers' included
  const pageRequests = []; // the page's own
  const sameOrigin = u => u.startsWith(env.origin + '/') || u === env.origin;
  const local = u => /^(data|blob|about):/.test(u);

  // Anything that would leave the origin is recorded and never sent.
  await context.route(u => !sameOrigin(String(u)) && !local(String(u)), route => {
    problems.push(`request left the origin: ${route.request().method()} ${route.request().url()}`);
    return route.abort('blockedbyclient');
  });
  context.on('request', r => {
    requests.push(r.url());
    if (!sameOrigin(r.url()) && !local(r.url())) problems.push(`request left the origin: ${r.url()}`);
  });
  context.on('response', r => {
    if (r.status() >= 400) problems.push(`HTTP ${r.status()} for ${r.url()}`);
  });
  await context.addInitScript(() => {
    window.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', e => {
      window.__cspViolations.push(`${e.violatedDirective} blocked ${e.blockedURI || '(inline)'}`);
    });
  });

  const page = await context.newPage();
  page.on('request', r => pageRequests.push(r.url()));
  page.on('console', m => {
    const type = m.type();
    if (type === 'error' || (type === 'warning' && m.text().startsWith('vybir'))) problems.push(`console.${type}: ${m.text()}`);
  });
  page.on('pageerror', e => problems.push(`page error: ${e.message}`));
  page.on('crash', () => problems.push('page crashed'));

  const tx = texts(lang);
  let failure = null;
  try {
    let response = null;
    if (goto) {
      response = await page.goto(env.url);
      await waitReady(page);
    }
    await fn({ page, context, tx, lang, problems, requests, pageRequests, response, origin: env.origin });
  } catch (e) {
    failure = e;
  }
  try {
    if (!page.isClosed()) {
      const csp = await page.evaluate(() => window.__cspViolations || []).catch(() => []);
      problems.push(...csp.map(v => `CSP violation: ${v}`));
    }
  } finally {
    await context.close().catch(() => {});
  }
  const unexpected = problems.filter(p => !(opts.allow && opts.allow(p)));
  if (failure) {
    if (unexpected.length) failure.message += `\n(also: ${unexpected.join('; ')})`;
    throw failure;
  }
  assert.deepEqual(unexpected, [], 'the page did something it must never do');
}

/** Waits until the page has its language and engine and shows its questions. */
export async function waitReady(page) {
  await page.waitForFunction(() => document.body.classList.contains('ready') && !document.getElementById('boot'),
    null, { timeout: 15_000 });
}

// ---- finding things the way a user does: by role and by the page's own words
export const regionControl = (page, tx) => page.getByLabel(tx('q.region.label'), { exact: true });
/** A question (fieldset) by its wording; includeHidden also finds it on a phone's other steps. */
export const question = (page, tx, labelKey, includeHidden = false) =>
  page.getByRole('group', { name: tx(labelKey), exact: true, includeHidden });
export const radio = (page, tx, labelKey, answerKey, includeHidden = false) =>
  question(page, tx, labelKey, includeHidden).getByRole('radio', { name: tx(answerKey), exact: true, includeHidden });
export const summary = page => page.locator('#summary');
export const langButton = (page, code) => page.locator(`#langs [lang="${code}"]`);

/** The result card whose heading is the text of titleKey. */
export function card(page, tx, titleKey) {
  return page.locator('#result-body section')
    .filter({ has: page.getByRole('heading', { name: tx(titleKey), exact: true }) });
}

/** One of the two paths, by its heading. */
export const pathCard = (page, tx, titleKey) =>
  page.locator('#paths section').filter({ has: page.getByRole('heading', { name: tx(titleKey), exact: true }) }).last();

export async function textOf(locator) {
  return norm(await locator.textContent());
}

/**
 * On a phone the questions come one step at a time: moves with the stepper's
 * buttons until the locator is visible. On a wide screen everything is already there.
 */
export async function reveal(page, tx, locator) {
  if (await locator.isVisible()) return;
  for (const key of ['ui.next', 'ui.back']) {
    const btn = page.getByRole('button', { name: tx(key), exact: true });
    for (let i = 0; i < 6 && !(await locator.isVisible()); i++) {
      if (!(await btn.isVisible()) || !(await btn.isEnabled())) break;
      await btn.click();
    }
    if (await locator.isVisible()) return;
  }
  assert.fail(`could not bring ${locator} into view with the stepper`);
}

/** Ticks a radio answer (revealing its step first). */
export async function answer(page, tx, labelKey, answerKey) {
  const r = radio(page, tx, labelKey, answerKey);
  await reveal(page, tx, r);
  await r.check();
}

export async function chooseRegion(page, tx, iso) {
  const sel = regionControl(page, tx);
  await reveal(page, tx, sel);
  await sel.selectOption(iso);
}

/** With questions still open, asks for the result anyway ("See the result now" beside the questions). */
export async function seeResult(page, tx) {
  await page.getByRole('button', { name: tx('ui.seeNow'), exact: true }).click();
}

/** Chooses a region and asks for the result at once: the other answers as the engine takes them when open. */
export async function regionResult(page, tx, iso) {
  await chooseRegion(page, tx, iso);
  await seeResult(page, tx);
}

/** Clicks a region on the map, at a point inside its shape that nothing covers. */
export async function clickRegionOnMap(page, tx, iso) {
  const name = regionName(iso, /** page language */ await page.evaluate(() => document.documentElement.lang));
  const map = page.getByRole('group', { name: tx('map.label'), exact: true });
  const region = map.getByRole('button', { name: new RegExp(`^${escapeRe(name)} —`) });
  await reveal(page, tx, region);
  await region.scrollIntoViewIfNeeded();
  const pt = await region.evaluate(el => {
    const svg = el.ownerSVGElement;
    const bb = el.getBBox();
    const m = el.getScreenCTM();
    const p = svg.createSVGPoint();
    const cx = bb.x + bb.width / 2;
    const cy = bb.y + bb.height / 2;
    let best = null;
    const n = 24;
    for (let i = 0; i < n; i++) {
      for (let j = 0; j < n; j++) {
        p.x = bb.x + (bb.width * (i + 0.5)) / n;
        p.y = bb.y + (bb.height * (j + 0.5)) / n;
        if (!el.isPointInFill(p)) continue;
        const s = p.matrixTransform(m);
        if (document.elementFromPoint(s.x, s.y) !== el) continue;
        const d = (p.x - cx) ** 2 + (p.y - cy) ** 2;
        if (!best || d < best.d) best = { x: s.x, y: s.y, d };
      }
    }
    return best;
  });
  assert.ok(pt, `no uncovered point inside ${iso} on the map`);
  await page.mouse.click(pt.x, pt.y);
}

/** Types text as key presses, also for letters the US layout lacks (Cyrillic). */
export async function typeKeys(page, str) {
  const cdp = await page.context().newCDPSession(page);
  for (const ch of str) {
    await cdp.send('Input.dispatchKeyEvent', { type: 'keyDown', key: ch, text: ch, unmodifiedText: ch });
    await cdp.send('Input.dispatchKeyEvent', { type: 'keyUp', key: ch });
  }
  await cdp.detach();
}

/** Presses Tab until the locator's element has focus (at most `limit` times). */
export async function tabTo(page, locator, limit = 80) {
  const handle = await locator.elementHandle();
  for (let i = 0; i < limit; i++) {
    if (await handle.evaluate(el => el === document.activeElement)) return i;
    await page.keyboard.press('Tab');
  }
  assert.fail(`Tab never reached ${locator}`);
}

// ---- what the engine says for the answers a test gives (docs/contract.md, version 2)
export const VYBIR = path.join(root, 'build/native/vybir');
const assessed = new Map();
/** The native engine's assessment of a case (the contract's JSON). */
export function assess(c) {
  const input = JSON.stringify(c);
  if (!assessed.has(input)) assessed.set(input, JSON.parse(execFileSync(VYBIR, ['evaluate', '-'], { input, encoding: 'utf8' })));
  return assessed.get(input);
}
/** Today as the page's clock gives it (state.js todayLocal). */
export const todayLocal = (d = new Date()) =>
  `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;

/** The case the page makes (state.js toCase) for a test's answers; an open question as the engine's default. */
export function caseOf(iso, { prf = false, obstacles = false, occupied = false, tp = 'unknown', permit = false, app = 'unknown',
  appDate = null, claims = [], ext = false, asOf = todayLocal() } = {}) {
  return {
    asOf, region: iso, occupiedArea: !!(occupied && regionsByIso.get(iso)?.occupiedPart), personalRiskFactors: prf,
    relocationObstacles: obstacles, claims, temporaryProtection: tp, regularPermit: permit, asylumApplication: app,
    asylumApplicationDate: appDate, tpExtension2028: ext,
  };
}

/** The engine's assessment for the answers, with a few short names the tests use. */
export function expected(iso, answers = {}) {
  const a = assess(caseOf(iso, answers));
  assert.ok(!a.error, `the engine rejects the case: ${JSON.stringify(a.error)}`);
  return { ...a, eligible: a.transitionDocument.eligible, areas: a.internalProtection.areas, ids: a.statements.map(s => s.id) };
}

/** A statement's text as a pattern: its words in lang, each {value} standing for any text. */
export function stmtPattern(lang, id) {
  const raw = text(lang, 'stmt.' + id);
  return new RegExp('^' + raw.split(/\{\w+\}/).map(escapeRe).join('.*?') + '$', 's');
}

/**
 * Checks what the page shows of statements (the engine's, in its order) inside root: each one once,
 * as .stmt[data-statement], with its certainty label first and its own words.
 */
export async function checkStatements(root, lang, statements, what) {
  const tx = texts(lang);
  const shown = await root.locator('.stmt').evaluateAll(els => els.map(el => ({
    id: el.dataset.statement,
    modality: el.querySelector('.modality')?.textContent || '',
    text: el.querySelector('p')?.textContent || '',
  })));
  assert.deepEqual(shown.map(s => s.id), statements.map(s => s.id), `${what}: the engine's statements, in its order`);
  statements.forEach((s, i) => {
    const label = tx('modality.' + s.modality);
    assert.equal(norm(shown[i].modality), label, `${what}: ${s.id} carries its certainty`);
    const rest = norm(shown[i].text);
    assert.ok(rest.startsWith(label + ' '), `${what}: ${s.id} starts with its certainty label`);
    assert.match(rest.slice(label.length + 1), stmtPattern(lang, s.id), `${what}: ${s.id} in its own words`);
  });
}

/** Ticks the answers of the "status" step and the rest: occupied, risk, obstacles, TP, permit, application. */
export async function answerAll(page, tx, iso, a = {}) {
  if (regionsByIso.get(iso)?.occupiedPart) await answer(page, tx, 'q.occupied.label', a.occupied ? 'ui.yes' : 'ui.no');
  await answer(page, tx, 'q.risk.label', a.prf ? 'ui.yes' : 'ui.no');
  await answer(page, tx, 'q.obstacles.label', a.obstacles ? 'ui.yes' : 'ui.no');
  const tri = { yes: 'ui.yes', no: 'ui.no', unknown: 'ui.dontKnow' };
  await answer(page, tx, 'q.tp.label', tri[a.tp || 'unknown']);
  await answer(page, tx, 'q.permit.label', a.permit ? 'ui.yes' : 'ui.no');
  await answer(page, tx, 'q.application.label', tri[a.app || 'unknown']);
}

/** The live summary the page shows for an assessment (result.js summaryText). */
export const summaryFor = (lang, iso, e) =>
  `${regionName(iso, lang)}: ${text(lang, 'grade.short' + e.grade)} · ${text(lang, 'outlookShort.' + e.outlook)}`;

export async function waitSummary(page, want) {
  await page.waitForFunction(w => (document.getElementById('summary')?.textContent || '').replace(/\s+/g, ' ').trim() === w,
    want, { timeout: 5_000 }).catch(async () => {
    assert.equal(norm(await summary(page).textContent()), want, 'the result summary');
  });
}

// The single self-contained page (dist/vybir.html) opened from file://, with
// no server: fails on any request besides the file itself (data:, about: and
// blob: URLs are the page's own), a console error, a page error or a CSP
// violation. fn gets {page, fileUrl}.
export async function runSingleFile(env, { viewport = DESKTOP, locale = 'uk-UA' } = {}, fn) {
  const single = path.join(root, 'dist/vybir.html');
  if (!existsSync(single)) throw new Error('dist/vybir.html is missing (tools/build-web.mjs writes it)');
  const fileUrl = pathToFileURL(single).href;
  const context = await env.browser.newContext({ viewport, locale });
  const problems = [];
  context.on('request', r => { if (r.url().split(/[?#]/)[0] !== fileUrl && !/^(data|about|blob):/.test(r.url())) problems.push(`request: ${r.url()}`); });
  await context.addInitScript(() => {
    window.__csp = [];
    document.addEventListener('securitypolicyviolation', e => window.__csp.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  const page = await context.newPage();
  page.on('console', m => { if (m.type() === 'error') problems.push(`console.error: ${m.text()}`); });
  page.on('pageerror', e => problems.push(`page error: ${e.message}`));
  try {
    await fn({ page, fileUrl });
    problems.push(...(await page.evaluate(() => window.__csp)).map(v => `CSP violation: ${v}`));
  } finally {
    await context.close();
  }
  if (problems.length) throw new Error(`single file: ${problems.join('; ')}`);
}
