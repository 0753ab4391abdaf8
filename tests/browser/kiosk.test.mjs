// Kiosk mode (?kiosk): a shared screen. The language choice comes first;
// large targets; nothing to type; no links out; "start again"; and an idle
// reset with a visible countdown after which no answer, no fragment, no
// history entry and nothing of the case in the page is left for the next
// person.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { setup, DESKTOP, PHONE, texts, regionName, waitReady, chooseRegion, answer, waitSummary, summaryFor, expected, seeResult } from './support.mjs';

const env = setup();
const KHARKIV = 'UA-63';

/** Opens the kiosk page and waits for its language screen. */
async function openKiosk(page, query = '') {
  await page.goto(env.url + '?kiosk' + query);
  await waitReady(page);
  await page.locator('#kiosk-start').waitFor();
}

async function chooseLanguage(page, lang) {
  await page.locator(`#kiosk-start button[lang="${lang}"]`).click();
  await page.waitForFunction(l => document.documentElement.lang === l && document.getElementById('kiosk-start').hidden, lang);
}

/** Everything a person could leave behind, as the page holds it now. */
const traces = page => page.evaluate(async () => ({
  hash: location.hash,
  search: location.search,
  historyLength: history.length,
  controls: [...document.querySelectorAll('#case input, #case select')].map(el =>
    `${el.name || el.className}=${el.type === 'radio' || el.type === 'checkbox' ? el.checked : el.value}`),
  result: document.getElementById('result-body').textContent,
  paths: document.querySelectorAll('#paths').length,
  statements: document.querySelectorAll('.stmt').length,
  share: document.getElementById('share').hidden,
  shareOut: document.getElementById('share-out').textContent,
  qr: document.querySelectorAll('.qr-code').length,
  chosenOnMap: document.querySelectorAll('path.region[aria-pressed="true"]').length,
  notices: document.getElementById('notices').textContent,
  printSheet: document.querySelectorAll('#print-sheet').length,
  languageScreen: !document.getElementById('kiosk-start').hidden,
  storage: localStorage.length + sessionStorage.length + document.cookie.length,
  databases: (await indexedDB.databases()).length,
}));

/** What the engine says for the case fillCase gives. */
const CASE_WANT = expected(KHARKIV, { prf: true, tp: 'yes', app: 'yes', claims: ['journalist'], appDate: '2025-05-31' });

/** Gives a whole case, makes a link and shows its QR code, so that there is a lot to forget. */
async function fillCase(page, tx, lang) {
  await chooseRegion(page, tx, KHARKIV);
  await answer(page, tx, 'q.risk.label', 'ui.yes');
  await answer(page, tx, 'q.obstacles.label', 'ui.no');
  await page.locator('input[name="claims"][value="journalist"]').check();
  await answer(page, tx, 'q.tp.label', 'ui.yes');
  await answer(page, tx, 'q.permit.label', 'ui.no');
  await answer(page, tx, 'q.application.label', 'ui.yes');
  const app = page.locator('#ds-asylumApplicationDate');
  await app.locator('[data-part="day"]').selectOption('31');
  await app.locator('[data-part="month"]').selectOption('5');
  await app.locator('[data-part="year"]').selectOption('2025');
  await waitSummary(page, summaryFor(lang, KHARKIV, CASE_WANT));
  await page.locator('#share-qr').click();
  await page.locator('.qr-code').waitFor();
  assert.match(await page.evaluate(() => location.hash), /^#v2;.*r=63.*q=y.*a=20250531/, 'the link holds the case');
  // A kiosk shows the QR code only: no link to make or copy, no warning about the address bar or history.
  assert.equal(await page.locator('#share-link').count(), 0, 'no "make a link"');
  assert.equal(await page.locator('#share-url').count(), 0, 'no link to copy');
  assert.ok(!(await page.locator('#share').textContent()).includes(tx('share.active')), 'no history warning');
}

test('kiosk: the language choice first, then large targets, dates as selects, nothing to type, no links out', () =>
  env.run({ ...DESKTOP, locale: 'nl-NL', goto: false }, async ({ page }) => {
    await openKiosk(page);
    for (const sel of ['#case', '#langs', 'footer', '#start-again']) assert.equal(await page.locator(sel).isVisible(), false, `${sel} waits for the language`);
    const names = await page.locator('#kiosk-start button').allTextContents();
    assert.deepEqual(names, ['Українська', 'Русский', 'Nederlands', 'English']);
    for (const l of ['uk', 'ru', 'nl', 'en']) {
      assert.ok((await page.locator(`#ks-title [lang="${l}"]`).textContent()).length > 3, `the heading in ${l}`);
    }
    await chooseLanguage(page, 'uk');
    const tx = texts('uk');
    assert.equal(await page.locator('#start-again').textContent(), tx('kiosk.startAgain'));
    await page.locator('#q-asOf > summary').click(); // the advanced date, too
    const typed = await page.$$eval('input, textarea', els => els.filter(el => el.offsetParent && !['radio', 'checkbox'].includes(el.type)).map(el => el.id || el.name));
    assert.deepEqual(typed, [], 'no field to type in');
    assert.equal(await page.locator('#ds-asylumApplicationDate select').count(), 3, 'the application date as three selects');
    assert.equal(await page.locator('#ds-asOf select').count(), 3, 'the assessment date as three selects');
    assert.deepEqual((await page.locator('#ds-asylumApplicationDate [data-part="month"] option').allTextContents()).slice(-2),
      ['листопад', 'грудень'], 'months by their own names, in Ukrainian');
    const small = await page.$$eval('button, select, label.choice, summary', els => els
      .filter(el => el.offsetParent && el.closest('.kiosk-bar, #case, #share, #kiosk-start'))
      .filter(el => el.getBoundingClientRect().height < 44).map(el => `${el.tagName} ${el.textContent.slice(0, 30)} ${el.getBoundingClientRect().height}`));
    assert.deepEqual(small, [], 'touch targets of at least 44 CSS pixels');
    // Dates by selects: 31 February becomes the month's last day, so every date exists.
    const app = page.locator('#ds-asylumApplicationDate');
    await chooseRegion(page, tx, KHARKIV);
    await app.locator('[data-part="year"]').selectOption('2024');
    await app.locator('[data-part="month"]').selectOption('2');
    await app.locator('[data-part="day"]').selectOption('31');
    await seeResult(page, tx);
    await page.locator('#share-qr').click();
    assert.match(await page.evaluate(() => location.hash), /a=20240229/, 'leap day');
    // No way off the page: no links out, and the copyable link is not shown (the QR code is).
    const out = await page.$$eval('a[href]', as => as.map(a => a.getAttribute('href')).filter(h => !h.startsWith('#')));
    assert.deepEqual(out, []);
    assert.equal(await page.locator('#share-url').count(), 0);
    assert.doesNotMatch(await page.locator('main').innerText(), /\b(null|undefined|NaN)\b/, 'no placeholder leaks into the page');
  }));

test('kiosk idle reset (?idle=4): a visible countdown, then no answer, fragment, history entry or trace of the case', () =>
  env.run({ ...DESKTOP, locale: 'en-GB', goto: false }, async ({ page }) => {
    await openKiosk(page, '&idle=4');
    const clean = await traces(page);
    assert.equal(clean.languageScreen, true);
    assert.equal(await page.locator('#kiosk-timer').textContent(), '', 'no countdown before anyone starts');
    await chooseLanguage(page, 'en');
    const tx = texts('en');
    await fillCase(page, tx, 'en');
    const during = await traces(page);
    assert.ok(during.statements > 0 && during.paths === 1, 'a result with both paths, to be forgotten');
    assert.equal(during.historyLength, clean.historyLength, 'answering and making a link add no history entry');
    // The countdown shows, and counts down when nobody touches the screen.
    const timer = page.locator('#kiosk-timer');
    await page.waitForFunction(() => /\b[12]\b/.test(document.getElementById('kiosk-timer').textContent));
    assert.match(await timer.textContent(), new RegExp(tx('kiosk.countdown', { s: '[12]' })));
    await page.locator('#kiosk-warning').waitFor();
    // ... and then the page starts over by itself.
    const marker = await page.evaluate(() => { window.__before = 1; return performance.timeOrigin; });
    await page.waitForFunction(() => !window.__before, null, { timeout: 10_000 });
    await waitReady(page);
    await page.locator('#kiosk-start').waitFor();
    assert.notEqual(await page.evaluate(() => performance.timeOrigin), marker, 'a fresh page');
    const after = await traces(page);
    assert.deepEqual(after, clean, 'nothing of the last person is left');
    const html = await page.content();
    for (const trace of ['v2;', 'r=63', '20250531', tx('outlookShort.' + CASE_WANT.outlook), tx('headline.' + CASE_WANT.outlook, { region: regionName(KHARKIV, 'en'), grade: tx('grade.short' + CASE_WANT.grade) }), summaryFor('en', KHARKIV, CASE_WANT)]) {
      assert.ok(!html.includes(trace), `the page holds no "${trace}"`);
    }
    const back = await page.evaluate(() => history.length);
    assert.equal(back, clean.historyLength, 'no history entry was added');
    // The timer does not run while the language screen waits: no reset loop.
    await page.evaluate(() => { window.__still = 1; });
    await page.waitForTimeout(4000);
    assert.equal(await page.evaluate(() => window.__still), 1, 'the language screen is left alone');
  }));

test('kiosk: "start again" clears everything at once, and any touch postpones the idle reset', () =>
  env.run({ ...PHONE, locale: 'ru-RU', goto: false }, async ({ page }) => {
    await openKiosk(page, '&idle=6');
    const clean = await traces(page);
    await chooseLanguage(page, 'ru');
    const tx = texts('ru');
    await chooseRegion(page, tx, KHARKIV);
    await seeResult(page, tx);
    await waitSummary(page, summaryFor('ru', KHARKIV, expected(KHARKIV)));
    // The warning comes before the reset; "I am still here" puts it off.
    await page.locator('#kiosk-warning').waitFor({ timeout: 8000 });
    await page.getByRole('button', { name: tx('kiosk.stillHere') }).click();
    await page.locator('#kiosk-warning').waitFor({ state: 'hidden', timeout: 1000 });
    assert.match(await page.locator('#kiosk-timer').textContent(), /\b[56]\b/);
    assert.equal(await page.locator('#f-region').inputValue(), KHARKIV, 'the answers are still there');
    await page.locator('#share-qr').click();
    await page.evaluate(() => { window.__before = 1; });
    await page.locator('#start-again').click();
    await page.waitForFunction(() => !window.__before);
    await waitReady(page);
    await page.locator('#kiosk-start').waitFor();
    assert.deepEqual(await traces(page), clean);
    assert.ok(!(await page.content()).includes(regionName(KHARKIV, 'ru') + ':'), 'no result for Kharkiv');
  }));
