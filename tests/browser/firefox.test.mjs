// The page in Firefox ESR too (Debian's firefox-esr, headless, driven over
// WebDriver BiDi by puppeteer-core): the main flow (a region, the answers, a
// result), the offline reload through the service worker, and the kiosk's
// "start again". The same rules as in Chromium (support.mjs): no request off
// the origin, no console error, no uncaught exception, no 4xx/5xx.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import puppeteer from 'puppeteer-core';
import { startServer, texts, norm, expected, summaryFor, stmtPattern, regionName } from './support.mjs';

const FIREFOX = process.env.FIREFOX || '/usr/bin/firefox-esr';
const KHARKIV = 'UA-63';
const LVIV = 'UA-46';
let browser = null;
let server = null;

before(async () => {
  assert.ok(existsSync(FIREFOX), `${FIREFOX} is missing: tools/setup installs Debian's firefox-esr`);
  server = await startServer();
  browser = await puppeteer.launch({
    browser: 'firefox', executablePath: FIREFOX, headless: true,
    // the page's language comes from the browser's; a local server is no "secure context" issue on 127.0.0.1
    extraPrefsFirefox: { 'intl.accept_languages': 'uk-UA, uk', 'browser.shell.checkDefaultBrowser': false },
  });
});

after(async () => {
  await browser?.close().catch(() => {});
  server?.proc.kill();
});

/** A fresh browser context on origin; fn({page, problems}); fails on anything the page must never do. */
async function run(origin, fn, { width = 1280, height = 800 } = {}) {
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  await page.setViewport({ width, height });
  const problems = [];
  const local = u => u.startsWith(origin + '/') || /^(data|blob|about):/.test(u);
  page.on('request', r => { if (!local(r.url())) problems.push(`request left the origin: ${r.url()}`); });
  page.on('response', r => { if (r.status() >= 400) problems.push(`HTTP ${r.status()} for ${r.url()}`); });
  page.on('console', m => { if (m.type() === 'error') problems.push(`console.error: ${m.text()}`); });
  page.on('pageerror', e => problems.push(`page error: ${e.message}`));
  try {
    await fn({ page, problems });
  } finally {
    await context.close().catch(() => {});
  }
  assert.deepEqual(problems, [], 'the page did something it must never do');
}

const ready = page => page.waitForFunction(() => document.body.classList.contains('ready') && !document.getElementById('boot'), { timeout: 20_000 });
const summaryText = page => page.$eval('#summary', el => el.textContent).then(norm);
const waitSummary = (page, want) => page.waitForFunction(w => document.getElementById('summary').textContent.replace(/\s+/g, ' ').trim() === w, { timeout: 5_000 }, want)
  .catch(async () => assert.equal(await summaryText(page), want, 'the result summary'));

/** Answers the yes/no questions, temporary protection and the asylum application by clicking them. */
async function answerAll(page, { prf = false, obstacles = false, tp = 'unknown', permit = false, app = 'unknown' } = {}) {
  const pick = (name, value) => page.click(`#case input[name="${name}"][value="${value}"]`);
  await pick('personalRiskFactors', String(prf));
  await pick('relocationObstacles', String(obstacles));
  await pick('temporaryProtection', tp);
  await pick('regularPermit', String(permit));
  await pick('asylumApplication', app);
}

test('Firefox: choose a region, answer, and see the result and the two paths; no result before the answers', () =>
  run(server.origin, async ({ page }) => {
    await page.goto(server.origin + '/');
    await ready(page);
    assert.equal(await page.evaluate(() => document.documentElement.lang), 'uk', 'the browser\'s language');
    const tx = texts('uk');
    assert.equal(await page.$$eval('#case input[type="radio"]:checked', els => els.length), 0, 'no answer is pre-set');
    await page.select('#f-region', KHARKIV);
    assert.equal(await summaryText(page), '', 'no verdict before the answers');
    assert.ok(norm(await page.$eval('#result-open', el => el.textContent)).includes(tx('ui.openIntro')), 'the open questions are listed');
    const open = await page.$$eval('#result-open [data-q]', els => els.map(el => el.dataset.q));
    assert.deepEqual(open, ['personalRiskFactors', 'relocationObstacles', 'temporaryProtection', 'regularPermit', 'asylumApplication']);
    assert.equal(await page.$('#paths'), null, 'no paths before the answers');
    await answerAll(page, { prf: true, tp: 'yes', app: 'yes' });
    const e = expected(KHARKIV, { prf: true, tp: 'yes', app: 'yes' });
    await waitSummary(page, summaryFor('uk', KHARKIV, e));
    assert.equal(await page.$eval('#result-body #paths', el => el.hidden), false, 'the two paths are shown');
    const headline = tx('headline.' + e.outlook, { region: regionName(KHARKIV, 'uk'), grade: tx('grade.short' + e.grade) });
    assert.ok(norm(await page.$eval('#result-body .headline', el => el.textContent)).includes(headline), 'the headline');
    const shown = await page.$$eval('#result-body .stmt', els => els.map(el => el.dataset.statement));
    assert.deepEqual([...shown].sort(), [...e.ids].sort(), 'every statement of the engine');
    assert.deepEqual(await page.$$eval('#paths .path.keep .stmt', els => els.map(el => el.dataset.statement)).then(ids => ids.includes('outlook.' + e.outlook)), true,
      'the outlook on the path of keeping the application');
    const outlook = await page.$eval(`#result-body .stmt[data-statement="outlook.${e.outlook}"] > p`, el => el.textContent).then(norm);
    const label = tx('modality.' + e.statements.find(s => s.id === 'outlook.' + e.outlook).modality);
    assert.ok(outlook.startsWith(label + ' '), 'the outlook with its certainty');
    assert.match(outlook.slice(label.length + 1), stmtPattern('uk', 'outlook.' + e.outlook), 'the outlook in its words');
    await page.select('#f-region', LVIV);
    await waitSummary(page, summaryFor('uk', LVIV, expected(LVIV, { prf: true, tp: 'yes', app: 'yes' })));
  }));

test('Firefox: after one visit the service worker serves the page with the server gone', async () => {
  const own = await startServer(); // its own server, to be stopped halfway
  try {
    await run(own.origin, async ({ page }) => {
      await page.goto(own.origin + '/');
      await ready(page);
      await page.waitForFunction(() => !!navigator.serviceWorker.controller, { timeout: 20_000 });
      own.proc.kill();
      await new Promise(res => own.proc.once('exit', res));
      await page.reload();
      await ready(page);
      await page.select('#f-region', KHARKIV);
      await answerAll(page);
      await waitSummary(page, summaryFor('uk', KHARKIV, expected(KHARKIV)));
      assert.equal(await page.evaluate(() => caches.keys().then(k => k.length)), 1, 'one cache, the build\'s');
    });
  } finally {
    own.proc.kill();
  }
});

test('Firefox: kiosk "start again" leaves no answer, fragment or history entry, and offers no link to copy', () =>
  run(server.origin, async ({ page }) => {
    await page.goto(server.origin + '/?kiosk&idle=600');
    await ready(page);
    await page.waitForSelector('#kiosk-start button[lang="en"]', { visible: true });
    const historyLength = await page.evaluate(() => history.length);
    await page.click('#kiosk-start button[lang="en"]');
    await page.waitForFunction(() => document.documentElement.lang === 'en' && document.getElementById('kiosk-start').hidden);
    assert.equal(await page.$('#share-link'), null, 'no "make a link" in a kiosk');
    await page.select('#f-region', KHARKIV);
    await answerAll(page);
    await waitSummary(page, summaryFor('en', KHARKIV, expected(KHARKIV)));
    await page.click('#share-qr');
    await page.waitForSelector('.qr-code');
    assert.match(await page.evaluate(() => location.hash), /^#v2;/, 'the QR code\'s link is in the fragment');
    assert.equal(await page.$('#share-url'), null, 'the link itself is not shown');
    await page.evaluate(() => { window.__before = 1; });
    await page.click('#start-again');
    await page.waitForFunction(() => !window.__before && document.body.classList.contains('ready'), { timeout: 20_000 });
    await page.waitForSelector('#kiosk-start', { visible: true });
    const after = await page.evaluate(() => ({
      hash: location.hash, history: history.length, summary: document.getElementById('summary').textContent,
      region: document.getElementById('f-region').value, checked: document.querySelectorAll('#case input:checked').length,
    }));
    assert.deepEqual(after, { hash: '', history: historyLength, summary: '', region: '', checked: 0 });
  }));
