// The first screen: it keeps its place as the script fills it in (layout
// shift), it says what it is (a description for search engines and link
// previews), and when the engine (.wasm) cannot be had (missing, or damaged)
// it says so plainly instead of showing an empty list of regions.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { setup, PHONE, DESKTOP, texts, norm, waitReady } from './support.mjs';

const env = setup();

/** The page's own layout shifts (those without a recent input), summed as CLS counts them at load. */
const layoutShift = page => page.evaluate(() => new Promise(res => {
  let sum = 0;
  new PerformanceObserver(list => { for (const e of list.getEntries()) if (!e.hadRecentInput) sum += e.value; })
    .observe({ type: 'layout-shift', buffered: true });
  setTimeout(() => res(sum), 500);
}));

for (const [locale, size] of [['uk-UA', PHONE], ['en-GB', PHONE], ['nl-NL', DESKTOP]]) {
  test(`${locale}, ${size.width} px: the page hardly moves as it starts (layout shift under 0.05)`, () =>
    env.run({ ...size, locale }, async ({ page }) => {
      await page.waitForTimeout(300); // the map, built once the browser is idle
      const cls = await layoutShift(page);
      assert.ok(cls < 0.05, `layout shift ${cls.toFixed(3)}`);
    }));
}

test('index.html has its description, and the header its words, before any script runs', () =>
  env.run({ ...PHONE, locale: 'uk-UA', goto: false, contextOptions: { javaScriptEnabled: false } }, async ({ page }) => {
    await page.goto(env.url);
    const tx = texts('uk');
    const description = await page.locator('meta[name="description"]').getAttribute('content');
    assert.ok(description.includes(tx('ui.description')) && description.includes(texts('en')('ui.description')), description);
    assert.equal(norm(await page.locator('.tagline').textContent()), tx('ui.tagline'));
    assert.deepEqual(await page.locator('#langs button').allTextContents(), ['Українська', 'Русский', 'Nederlands', 'English']);
  }));

test('the description follows the page language', () =>
  env.run({ ...DESKTOP, locale: 'ru-RU' }, async ({ page, tx }) => {
    assert.equal(await page.locator('meta[name="description"]').getAttribute('content'), tx('ui.description'));
  }));

// What the browser says about a failed .wasm (the engine's console errors) is expected here.
const engineNoise = p => /^console\.(error|warning)/.test(p) || /HTTP 404 for .*vybir_core\.wasm/.test(p);

for (const [what, reply] of [
  ['missing (404)', { status: 404, contentType: 'text/plain', body: 'not found' }],
  ['damaged (not WebAssembly)', { status: 200, contentType: 'application/wasm', body: Buffer.from('this is not a wasm module at all, just bytes'.repeat(40)) }],
]) {
  test(`the engine ${what}: the page says so and what to do, and shows no empty list of regions`, () =>
    env.run({ ...PHONE, locale: 'en-GB', goto: false, allow: engineNoise }, async ({ page, context, tx }) => {
      await context.route(/vybir_core\.wasm$/, route => route.fulfill(reply));
      await page.goto(env.url);
      const boot = page.locator('#boot');
      await page.waitForFunction(() => document.getElementById('boot')?.classList.contains('engine-missing'), null, { timeout: 15_000 });
      assert.equal(await boot.getAttribute('role'), 'alert', 'said at once to a screen reader');
      const said = norm(await boot.textContent());
      for (const key of ['ui.engineMissingTitle', 'ui.engineMissingDetail', 'ui.engineMissing']) assert.ok(said.includes(tx(key)), `${key} in «${said}»`);
      assert.equal(await page.locator('#f-region').count(), 0, 'no region list');
      assert.equal(await page.locator('#case').isVisible(), false, 'no questions');
      assert.equal(await page.locator('.tagline').textContent().then(norm), tx('ui.tagline'), 'the rest of the page is in its language');
    }));
}

// The page sorts nothing itself: the build worked the order out with
// Intl.Collator (tools/web/i18n.mjs). It must be the order of the names shown.
const CLDR = { uk: 'uk', ru: 'ru', nl: 'nl', en: 'en-GB' };
for (const [lang, locale] of [['uk', 'uk-UA'], ['ru', 'ru-RU'], ['nl', 'nl-NL'], ['en', 'en-GB']]) {
  test(`${lang}: the regions are listed in the alphabetical order of their names`, () =>
    env.run({ ...DESKTOP, locale }, async ({ page }) => {
      const names = (await page.locator('#f-region option').allTextContents()).slice(1).map(o => norm(o).split(' — ')[0]);
      assert.equal(names.length, 27);
      assert.deepEqual(names, [...names].sort(new Intl.Collator(CLDR[lang]).compare));
    }));
}
