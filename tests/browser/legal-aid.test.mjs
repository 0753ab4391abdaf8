// The view for professionals (?pro, or the button at the foot of the page):
// every question on one screen, also on a phone; every step of the core's
// trace with its cite and facts; the case as JSON to copy; the assessment to
// download as JSON. Loaded only when asked for, and nothing leaves the device
// (the harness fails a test on any request that leaves the origin).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  setup, runSingleFile, root, PHONE, DESKTOP, texts, norm, waitReady, waitSummary, summaryFor, expected, regionControl, seeResult,
} from './support.mjs';

const env = setup();
const { load } = await import(pathToFileURL(path.join(root, 'build/web/vybir.js')).href);
const engine = await load();
const AXE = readFileSync(path.join(root, 'node_modules/axe-core/axe.min.js'), 'utf8');
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

// Mykolaiv's occupied part (so that every question shows), with a claim, TP and an application date.
const MYKOLAIV = 'UA-48';
const CASE = {
  asOf: '2026-12-01', region: MYKOLAIV, occupiedArea: true, personalRiskFactors: true, relocationObstacles: false,
  claims: ['journalist', 'lgbtiq'], temporaryProtection: 'yes', regularPermit: false, asylumApplication: 'yes',
  asylumApplicationDate: '2025-05-31', tpExtension2028: false,
};
const WANT = expected(MYKOLAIV, {
  occupied: true, prf: true, tp: 'yes', app: 'yes', claims: CASE.claims, appDate: CASE.asylumApplicationDate, asOf: CASE.asOf,
});
const QUESTIONS = ['region', 'occupiedArea', 'personalRiskFactors', 'relocationObstacles', 'claims', 'temporaryProtection',
  'regularPermit', 'asylumApplication', 'asylumApplicationDate', 'tpExtension2028', 'asOf'];

const proUrl = (c = CASE) => `${env.url}?pro#${engine.fragment.encode(c)}`;
const proModules = reqs => reqs.filter(u => /\/(js\/pro\.js|css\/pro\.css)$/.test(u)).length;

async function openPro(page, lang, c = CASE) {
  await page.goto(proUrl(c));
  await waitReady(page);
  await waitSummary(page, summaryFor(lang, c.region, WANT));
  await page.locator('#pro-view textarea').waitFor();
}

/** Runs axe on the page as it is now (see a11y.test.mjs). */
async function axe(page, screen) {
  await page.evaluate(AXE);
  const found = await page.evaluate(tags => window.axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] })
    .then(r => r.violations.map(v => `${v.id} (${v.impact}): ${v.help}\n    ${v.nodes.slice(0, 5).map(n => n.target.join(' ')).join('\n    ')}`)), TAGS);
  assert.deepEqual(found, [], `axe on ${screen}`);
}

test('phone: the view shows every question at once, without the stepper, and nothing needs scrolling sideways', () =>
  env.run({ ...PHONE, locale: 'uk-UA', goto: false }, async ({ page, tx, lang }) => {
    await openPro(page, lang);
    for (const k of QUESTIONS) assert.equal(await page.locator(`#q-${k}`).isVisible(), true, `${k} is on the screen`);
    assert.equal(await page.locator('#case .step:visible').count(), 5, 'all five steps');
    for (const id of ['#progress', '#step-next', '#step-back']) assert.equal(await page.locator(id).isVisible(), false, `no ${id}`);
    assert.equal(await page.locator('#f-asOf').isVisible(), true, "the assessment's date is open");
    assert.equal(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth), 0);
    // Answers still work without the stepper: the summary follows them.
    await page.locator('input[name="occupiedArea"][value="false"]').check();
    await waitSummary(page, summaryFor(lang, MYKOLAIV, expected(MYKOLAIV, {
      prf: true, tp: 'yes', app: 'yes', claims: CASE.claims, appDate: CASE.asylumApplicationDate, asOf: CASE.asOf,
    })));
  }));

test('the button at the foot of the page turns the view on and off; it is loaded only then and is never shared', () =>
  env.run({ ...PHONE, locale: 'en-GB' }, async ({ page, tx, lang, pageRequests }) => {
    assert.equal(proModules(pageRequests), 0, 'not part of a first visit');
    assert.equal(await page.locator('#q-personalRiskFactors').isVisible(), false, 'a phone shows one step at a time');
    await regionControl(page, tx).selectOption('UA-63');
    await seeResult(page, tx);
    await waitSummary(page, summaryFor(lang, 'UA-63', expected('UA-63')));
    const toggle = page.getByRole('button', { name: tx('pro.toggle'), exact: true });
    assert.equal(await toggle.getAttribute('aria-pressed'), 'false');
    await toggle.click();
    await page.locator('#pro-view textarea').waitFor();
    assert.equal(proModules(pageRequests), 2, 'its script and style, once asked for');
    assert.equal(await toggle.getAttribute('aria-pressed'), 'true');
    assert.equal(await page.locator('#q-personalRiskFactors').isVisible(), true, 'every question at once');
    assert.equal(await page.evaluate(() => location.search), '?pro', 'a reload stays in the view');
    // A link made from the view opens the ordinary page.
    await page.getByRole('button', { name: tx('share.makeLink') }).click();
    const link = new URL(await page.locator('#share-url').inputValue());
    assert.equal(link.search, '', 'the link does not carry the view');
    assert.equal(await page.evaluate(() => location.hash), link.hash, 'the address keeps the link');
    await page.reload();
    await waitReady(page);
    await page.locator('#pro-view textarea').waitFor();
    assert.equal(JSON.parse(await page.locator('#pro-case').inputValue()).region, 'UA-63', 'the answers came back from the link');
    await toggle.click();
    await page.locator('#pro-view').waitFor({ state: 'detached' });
    assert.equal(await toggle.getAttribute('aria-pressed'), 'false');
    assert.equal(await page.locator('#q-personalRiskFactors').isVisible(), false, 'the stepper is back');
    assert.equal(await page.evaluate(() => location.search + location.hash), link.hash, 'the view leaves the address; the link stays');
  }));

for (const lang of ['en', 'ru']) {
  test(`${lang}: the trace lists every step of the assessment with its cite and its facts, worded and as codes`, () =>
    env.run({ ...DESKTOP, locale: lang, goto: false }, async ({ page, tx }) => {
      await openPro(page, lang);
      const a = engine.evaluate(CASE);
      const steps = await page.locator('#pro-view .pro-trace > li').evaluateAll(lis => lis.map(li => ({
        heading: li.querySelector('h4').textContent.replace(/\s+/g, ' ').trim(),
        rule: li.querySelector('h4 code').textContent,
        cite: li.querySelector('p code').textContent,
        citeText: li.querySelector('p').textContent.replace(/\s+/g, ' ').trim(),
        facts: [...li.querySelectorAll('dt')].map(dt => [dt.textContent, dt.nextElementSibling.querySelector('code').textContent,
          dt.nextElementSibling.textContent.replace(/\s+/g, ' ').trim()]),
      })));
      assert.deepEqual(steps.map(s => [s.rule, s.cite]), a.trace.map(s => [s.rule, s.cite]), 'every rule, in order, with its cite');
      assert.ok(a.trace.length >= 9, 'a full trace: a group step and a deadline too');
      for (const [i, st] of a.trace.entries()) {
        const shown = steps[i];
        assert.equal(shown.heading, `${tx('rule.' + st.rule)} ${st.rule}`, 'the rule worded, and its code');
        assert.ok(shown.citeText.includes(tx('citeSection.' + st.cite)), `${st.cite}: what the section says`);
        const facts = Object.entries(st).filter(([k]) => k !== 'rule' && k !== 'cite');
        assert.deepEqual(shown.facts.map(f => [f[0], f[1]]), facts.map(([k, v]) => [k, JSON.stringify(v)]), `${st.rule}: every fact as code`);
      }
      // Some facts in the page's words beside the code.
      const fact = (rule, key) => steps[a.trace.findIndex(s => s.rule === rule)].facts.find(f => f[0] === key)[2];
      assert.equal(fact('grade', 'basis'), `"occupied-part" — ${tx('basis.occupied-part')}`);
      assert.equal(fact('real-risk', 'realRisk'), `"${a.realRisk}" — ${tx('realRiskShort.' + a.realRisk)}`);
      assert.equal(fact('outlook', 'outlook'), `"${a.outlook}" — ${tx('outlookShort.' + a.outlook)}`);
      assert.equal(a.transitionDocument.eligible, 'yes', 'the case is one the proposal speaks of');
      assert.equal(fact('transition-document', 'eligible'), `"yes" — ${tx('eligibleShort.yes')}`);
      assert.equal(fact('internal-protection', 'basis'), `"${a.internalProtection.basis}" — ${tx('basis.' + a.internalProtection.basis)}`);
      assert.equal(fact('internal-protection', 'areas'), String(a.internalProtection.areas.length), 'a count is a count');
      // The result's own (folded) trace gives way to this one.
      assert.equal(await page.locator('#result-body .trace').isVisible(), false);
    }));
}

test('the case as JSON: read-only, exactly the case; copy puts it on the clipboard, or selects it all', () =>
  env.run({ ...DESKTOP, locale: 'nl-NL', goto: false, contextOptions: { permissions: ['clipboard-read', 'clipboard-write'] } },
    async ({ page, tx, lang }) => {
      await openPro(page, lang);
      const area = page.getByLabel(tx('pro.case'), { exact: true });
      assert.equal(await area.evaluate(el => el.tagName), 'TEXTAREA');
      assert.equal(await area.evaluate(el => el.readOnly), true);
      const json = await area.inputValue();
      assert.deepEqual(JSON.parse(json), CASE, 'the case, field for field');
      assert.deepEqual(engine.evaluate(JSON.parse(json)), engine.evaluate(CASE), 'and it gives the same assessment');
      await page.getByRole('button', { name: tx('pro.copy'), exact: true }).click();
      await page.getByRole('status').filter({ hasText: tx('share.copied') }).waitFor();
      assert.equal(await page.evaluate(() => navigator.clipboard.readText()), json);
      // Where there is no clipboard: the text is selected, for Ctrl+C.
      await page.evaluate(() => Object.defineProperty(navigator, 'clipboard', { value: undefined, configurable: true }));
      await page.getByRole('button', { name: tx('pro.copy'), exact: true }).click();
      await page.getByRole('status').filter({ hasText: tx('pro.selected') }).waitFor();
      assert.deepEqual(await area.evaluate(el => [document.activeElement === el, el.selectionStart, el.selectionEnd]), [true, 0, json.length]);
      // The JSON follows the answers.
      await page.locator('input[name="regularPermit"][value="true"]').check();
      await page.waitForFunction(() => JSON.parse(document.getElementById('pro-case').value).regularPermit === true);
    }));

test('download: the assessment as a JSON file, made in the page', () =>
  env.run({ ...DESKTOP, locale: 'uk-UA', goto: false }, async ({ page, tx, lang, pageRequests }) => {
    await openPro(page, lang);
    const before = pageRequests.length;
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: tx('pro.download'), exact: true }).click(),
    ]);
    assert.equal(download.suggestedFilename(), 'vybir-UA-48-2026-12-01.json');
    assert.match(download.url(), /^blob:/, 'made in the page, not fetched');
    const file = await download.path();
    assert.deepEqual(JSON.parse(readFileSync(file, 'utf8')), engine.evaluate(CASE), 'the assessment, exactly');
    assert.deepEqual(pageRequests.slice(before).filter(u => !u.startsWith('blob:')), [], 'nothing was fetched for it');
  }));

for (const [lang, size] of [['uk', DESKTOP], ['en', PHONE]]) {
  test(`${lang}, ${size.width} px: axe finds nothing on the view`, () =>
    env.run({ ...size, locale: lang, goto: false }, async ({ page }) => {
      await openPro(page, lang);
      await axe(page, `${lang} view for professionals`);
      await page.evaluate(() => { for (const d of document.querySelectorAll('details')) d.open = true; });
      await axe(page, `${lang} view for professionals, everything open`);
      // Before a region is chosen.
      await page.goto('about:blank');
      await page.goto(env.url + '?pro');
      await waitReady(page);
      await page.locator('#pro-view').waitFor();
      assert.equal(norm(await page.locator('#pro-view p').textContent()), texts(lang)('ui.chooseRegion'));
      await axe(page, `${lang} view for professionals, no region yet`);
    }));
}

test('dist/vybir.html from file://: the view works from the one file, with no request and no CSP violation', () =>
  runSingleFile(env, { viewport: PHONE, locale: 'en-GB' }, async ({ page, fileUrl }) => {
    await page.goto(`${fileUrl}#${engine.fragment.encode(CASE)}`);
    await waitReady(page);
    const tx = texts('en');
    await page.getByRole('button', { name: tx('pro.toggle'), exact: true }).click();
    await page.locator('#pro-view textarea').waitFor();
    for (const k of QUESTIONS) assert.equal(await page.locator(`#q-${k}`).isVisible(), true, `${k} is on the screen`);
    assert.equal(await page.locator('#pro-view .pro-trace > li').count(), engine.evaluate(CASE).trace.length);
    assert.deepEqual(JSON.parse(await page.locator('#pro-case').inputValue()), CASE);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: tx('pro.download'), exact: true }).click()]);
    assert.deepEqual(JSON.parse(readFileSync(await download.path(), 'utf8')), engine.evaluate(CASE));
  }));

test('desktop (1366 × 900): the questions, the result and the view stand side by side on the first screen', () =>
  env.run({ width: 1366, height: 900, locale: 'uk-UA', goto: false }, async ({ page, lang }) => {
    await openPro(page, lang);
    assert.equal(await page.evaluate(() => document.body.classList.contains('pro-layout')), true, 'its own layout');
    const boxes = {};
    for (const sel of ['#case', '#result', '#pro-view', '#pro-case', '#pro-download', '#q-title', '#r-title']) {
      boxes[sel] = await page.locator(sel).boundingBox();
      assert.ok(boxes[sel], `${sel} is shown`);
    }
    // three columns, left to right, each starting near the top
    assert.ok(boxes['#case'].x < boxes['#result'].x && boxes['#result'].x < boxes['#pro-view'].x, 'side by side');
    for (const sel of ['#case', '#result', '#pro-view']) assert.ok(boxes[sel].y < 200, `${sel} starts at ${boxes[sel].y}px`);
    for (const sel of ['#pro-case', '#pro-download']) assert.ok(boxes[sel].y + boxes[sel].height <= 900, `${sel} is on the first screen`);
    // (the caseload panel is a full-width row of its own below the three columns)
    assert.ok(await page.evaluate(() => document.documentElement.scrollHeight - (document.getElementById('caseload')?.offsetHeight || 0)) < 1600,
      'the page does not grow to thousands of pixels');
    assert.equal(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth), 0, 'nothing sideways');
    // the paths stay with the result; each column scrolls on its own
    assert.equal(await page.locator('#result #paths').count(), 1);
    assert.equal(await page.locator('#case').evaluate(el => getComputedStyle(el).overflowY), 'auto');
  }));
