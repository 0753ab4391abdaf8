// No verdict before the person has answered: every question starts
// unanswered, the result and its summary wait for the answers (or for "See
// the result"), "Next" never answers for anyone, "I don't know" is an
// answer, and a result asked for early says which answers it assumed, with a
// way back to each. A shared link opened later says the date is the link's.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  setup, root, PHONE, DESKTOP, texts, norm, expected, summaryFor, waitSummary, summary, chooseRegion, answer, radio,
  dateIn, seeResult,
} from './support.mjs';

const env = setup();
const { load } = await import(pathToFileURL(path.join(root, 'build/web/vybir.js')).href);
const engine = await load();
const KHARKIV = 'UA-63';
const MYKOLAIV = 'UA-48';
const openKeys = page => page.locator('#result-open [data-q]').evaluateAll(els => els.map(el => el.dataset.q));

test('phone: nothing is pre-set, "Next" answers nothing, and no result shows before the answers', () =>
  env.run({ ...PHONE, locale: 'en-GB' }, async ({ page, tx }) => {
    assert.equal(await page.locator('#case input[type="radio"]:checked').count(), 0, 'no radio is pre-set');
    assert.equal(await summary(page).isVisible(), false, 'no summary bar');
    assert.equal(norm(await page.locator('#mini').textContent()), '', 'no summary in the sticky bar');
    await chooseRegion(page, tx, KHARKIV);
    const next = page.getByRole('button', { name: tx('ui.next'), exact: true });
    await next.click();
    await next.click();
    assert.equal(await page.locator('#case input[type="radio"]:checked').count(), 0, '"Next" answered nothing');
    assert.equal(await summary(page).isVisible(), false, 'still no verdict');
    assert.equal(await page.locator('#result-body').textContent(), '', 'no result');
    assert.deepEqual(await openKeys(page), ['personalRiskFactors', 'relocationObstacles', 'temporaryProtection', 'regularPermit', 'asylumApplication']);
    // Answering every question brings the result, "I don't know" included.
    await answer(page, tx, 'q.risk.label', 'ui.no');
    await answer(page, tx, 'q.obstacles.label', 'ui.no');
    await answer(page, tx, 'q.tp.label', 'ui.dontKnow');
    assert.deepEqual(await openKeys(page), ['regularPermit', 'asylumApplication'], '"I don\'t know" is an answer');
    await answer(page, tx, 'q.permit.label', 'ui.no');
    assert.deepEqual(await openKeys(page), ['asylumApplication'], 'the asylum application is asked too');
    assert.equal(await page.locator('#result-body').textContent(), '', 'no result while it is open');
    await answer(page, tx, 'q.application.label', 'ui.dontKnow');
    await waitSummary(page, summaryFor('en', KHARKIV, expected(KHARKIV)));
    assert.equal(await page.locator('#result-open').textContent(), '', 'nothing left open');
    assert.equal(norm(await page.locator('#mini').textContent()), summaryFor('en', KHARKIV, expected(KHARKIV)), 'the sticky bar once there is a result');
  }));

test('"See the result" with questions open: the result, which answers it assumed, and a way back to each', () =>
  env.run({ ...PHONE, locale: 'uk-UA' }, async ({ page, tx }) => {
    await chooseRegion(page, tx, MYKOLAIV);
    await answer(page, tx, 'q.risk.label', 'ui.yes');
    // To the last step and its "See the result", answering nothing more.
    const next = page.getByRole('button', { name: tx('ui.next'), exact: true });
    while (await next.isVisible()) await next.click();
    await page.getByRole('button', { name: tx('ui.toResult'), exact: true }).click();
    await waitSummary(page, summaryFor('uk', MYKOLAIV, expected(MYKOLAIV, { prf: true })));
    assert.deepEqual(await openKeys(page), ['occupiedArea', 'relocationObstacles', 'temporaryProtection', 'regularPermit', 'asylumApplication']);
    const box = norm(await page.locator('#result-open').textContent());
    assert.ok(box.includes(tx('ui.openShown')), box);
    assert.ok(box.includes(tx('ui.countedAs', { v: tx('ui.no') })) && box.includes(tx('ui.countedAs', { v: tx('ui.dontKnow') })), box);
    // Back to one of them: its step, with the focus on its first choice.
    await page.locator('#result-open [data-q="temporaryProtection"]').click();
    assert.ok(await radio(page, tx, 'q.tp.label', 'ui.yes').isVisible(), 'the question is on screen');
    assert.equal(await page.evaluate(() => document.activeElement.name), 'temporaryProtection');
    await page.keyboard.press('Space');
    assert.deepEqual(await openKeys(page), ['occupiedArea', 'relocationObstacles', 'regularPermit', 'asylumApplication']);
    await waitSummary(page, summaryFor('uk', MYKOLAIV, expected(MYKOLAIV, { prf: true, tp: 'yes' })));
  }));

test('desktop: "See the result now" beside the questions, and the result is there', () =>
  env.run({ ...DESKTOP, locale: 'nl-NL' }, async ({ page, tx }) => {
    const open = norm(await page.locator('#result-open').textContent());
    assert.ok(open.includes(tx('ui.chooseRegion')), open);
    assert.equal(await page.getByRole('button', { name: tx('ui.seeNow') }).count(), 0, 'no result without a region');
    await chooseRegion(page, tx, KHARKIV);
    assert.ok(norm(await page.locator('#result-open').textContent()).includes(tx('ui.openIntro')));
    await seeResult(page, tx);
    await waitSummary(page, summaryFor('nl', KHARKIV, expected(KHARKIV)));
  }));

test('a link opened later: assessed as of the date in the link, and as of today on request', () =>
  env.run({ ...DESKTOP, locale: 'en-GB', goto: false }, async ({ page, tx }) => {
    const c = { asOf: '2026-11-29', region: KHARKIV, temporaryProtection: 'yes', asylumApplication: 'yes' };
    const link = engine.fragment.encode(c);
    assert.match(link, /^v2;/, 'a link in the current format');
    await page.goto(env.url + '#' + link);
    await waitSummary(page, summaryFor('en', KHARKIV, expected(KHARKIV, { tp: 'yes', app: 'yes', asOf: c.asOf })));
    const today = await page.evaluate(() => {
      const d = new Date();
      return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
    });
    assert.notEqual(today, c.asOf, 'this test needs a day other than the link\'s');
    assert.equal(norm(await page.locator('#as-of span').textContent()), tx('ui.asOfLink', { date: dateIn(c.asOf, 'en') }));
    assert.equal(await page.locator('#result-open').textContent(), '', 'a link\'s case has every answer');
    await page.getByRole('button', { name: tx('ui.asOfToday') }).click();
    await page.waitForFunction(() => document.getElementById('as-of').textContent === '');
    assert.equal(await page.locator('#f-asOf').inputValue(), today, 'the date is today\'s now');
    await page.waitForFunction(t => location.hash.includes('d=' + t.replace(/-/g, '')), today);
  }));
