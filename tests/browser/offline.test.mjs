// Offline: after one visit the service worker serves the whole page with the
// network off; a newer build is announced and taken on request, its old
// cache deleted; a file that does not match the build's manifest is refused
// by the worker, and a policy whose SHA-256 is not the build's is refused by
// the page. And the single self-contained dist/vybir.html works from file://
// with no server and makes no request at all.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import {
  runSingleFile,
  setup, run, startServer, root, DESKTOP, LANGS, texts, norm, waitReady, chooseRegion, answer, waitSummary, summaryFor,
  expected, regionName, seeResult,
} from './support.mjs';

const env = setup();
const SINGLE = path.join(root, 'dist/vybir.html');

/** A build of its own in a temporary folder (tools/build-web.mjs --out), served on its own port. */
async function ownBuild(t, ...args) {
  const dir = mkdtempSync(path.join(tmpdir(), 'vybir-web-'));
  const build = (...more) => execFileSync(process.execPath, [path.join(root, 'tools/build-web.mjs'), '--out', dir, '--no-single', ...more], { cwd: root, stdio: 'pipe' });
  build(...args);
  const server = await startServer(dir);
  t.after(() => { server.proc.kill(); rmSync(dir, { recursive: true, force: true }); });
  const site = { origin: server.origin, browser: env.browser, url: server.origin + '/' };
  return { dir, build, site, manifest: () => JSON.parse(readFileSync(path.join(dir, 'build.json'), 'utf8')) };
}

const controlled = page => page.waitForFunction(() => !!navigator.serviceWorker.controller, null, { timeout: 15_000 });
const cacheNames = page => page.evaluate(() => caches.keys());

test('after one visit the page works with the network off: every language, the QR code, the lawyer\'s summary', () =>
  env.run({ ...DESKTOP, locale: 'uk-UA' }, async ({ page, context, requests }) => {
    await controlled(page);
    const build = JSON.parse(readFileSync(path.join(root, 'build/web/build.json'), 'utf8'));
    assert.deepEqual(await cacheNames(page), ['vybir-' + build.build], 'one cache, named after the build');
    // Everything the page fetched is in the worker's list.
    const listed = new Set(build.precache.map(([p]) => '/' + p));
    const fetched = [...new Set(requests.map(u => new URL(u).pathname))].filter(p => p !== '/' && p !== '/sw.js' && p !== '/build.json');
    assert.deepEqual(fetched.filter(p => !listed.has(p)), [], 'fetched but not precached');

    await context.setOffline(true);
    await page.reload();
    await waitReady(page);
    for (const lang of LANGS) {
      await page.locator(`#langs [lang="${lang}"]`).click();
      await page.waitForFunction(l => document.documentElement.lang === l, lang);
      const tx = texts(lang);
      await chooseRegion(page, tx, 'UA-74');
      if (lang === LANGS[0]) await seeResult(page, tx); // the other questions open: taken as the engine takes them
      await answer(page, tx, 'q.risk.label', 'ui.yes');
      await waitSummary(page, summaryFor(lang, 'UA-74', expected('UA-74', { prf: true })));
      await answer(page, tx, 'q.risk.label', 'ui.no');
    }
    await page.locator('#share-qr').click();
    await page.locator('.qr-code').waitFor();
    await page.evaluate(() => { window.print = () => { window.__printed = true; }; });
    await page.locator('#print-lawyer').click();
    await page.waitForFunction(() => window.__printed === true);
    assert.equal(await page.locator('#print-sheet td[lang="nl"]').count() > 10, true, 'the Dutch column, offline');
    // A kiosk started offline, too.
    await page.goto(page.url().replace(/\/?#.*$/, '/') + '?kiosk');
    await waitReady(page);
    await page.locator('#kiosk-start').waitFor();
  }));

test('a newer build: the page says a newer version is ready, switches on request, and the old cache is deleted', async t => {
  const own = await ownBuild(t);
  const first = own.manifest().build;
  await run(own.site, { ...DESKTOP, locale: 'en-GB' }, async ({ page, tx }) => {
    await controlled(page);
    assert.deepEqual(await cacheNames(page), ['vybir-' + first]);
    assert.equal(await page.locator('#notice-update').count(), 0, 'no banner on the first visit');
    own.build('--share-base', 'https://vybir.example/'); // a different index.html: a new build
    const second = own.manifest().build;
    assert.notEqual(second, first);
    await page.evaluate(async () => (await navigator.serviceWorker.getRegistration()).update());
    const banner = page.locator('#notice-update');
    await banner.waitFor({ timeout: 15_000 });
    assert.ok(norm(await banner.textContent()).startsWith(tx('offline.update')));
    await page.evaluate(() => { window.__old = 1; });
    await banner.getByRole('button', { name: tx('offline.reload') }).click();
    await page.waitForFunction(() => !window.__old, null, { timeout: 15_000 });
    await waitReady(page);
    assert.equal(await page.locator('meta[name="vybir-share-base"]').getAttribute('content'), 'https://vybir.example/', 'the new version');
    await page.waitForFunction(n => caches.keys().then(k => k.length === 1 && k[0] === n), 'vybir-' + second);
  });
});

test('the service worker refuses a file that does not match the build manifest, and the page says so', async t => {
  const own = await ownBuild(t);
  const nl = path.join(own.dir, 'i18n/nl.json');
  writeFileSync(nl, readFileSync(nl, 'utf8').replace('"Nederlands"', '"Nederlands "').replace('}', ' }'));
  await run(own.site, { ...DESKTOP, locale: 'en-GB' }, async ({ page, tx }) => {
    const note = page.locator('#notice-integrity-sw');
    await note.waitFor({ timeout: 15_000 });
    assert.equal(norm(await note.textContent()).startsWith(tx('offline.integrity', { path: 'i18n/nl.json' })), true);
    assert.deepEqual(await cacheNames(page), [], 'nothing cached');
    assert.equal(await page.evaluate(() => navigator.serviceWorker.controller), null);
    await chooseRegion(page, tx, 'UA-46');
    await seeResult(page, tx);
    await waitSummary(page, summaryFor('en', 'UA-46', expected('UA-46')));
  });
});

test('a policy whose SHA-256 is not the build\'s is refused by the page and by the service worker', async t => {
  const own = await ownBuild(t);
  const wasm = path.join(own.dir, 'vybir_core.wasm');
  const bytes = readFileSync(wasm);
  const at = bytes.indexOf('Kamerbrief inzake');
  assert.ok(at > 0, 'the policy text is in the WASM module');
  bytes.write('Kamerbrief INZAKE', at); // same length: the policy still reads, but it is not the build's
  writeFileSync(wasm, bytes);
  await run(own.site, { ...DESKTOP, locale: 'nl-NL', goto: false }, async ({ page, tx }) => {
    await page.goto(own.site.url);
    const boot = page.locator('#boot[role="alert"]');
    await boot.waitFor({ timeout: 15_000 });
    const expectedSha = own.manifest().policySha256;
    const text = norm(await boot.textContent());
    assert.ok(text.startsWith(tx('integrity.policyMismatch', { actual: '', expected: '' }).split('SHA-256')[0].trim()), text);
    assert.ok(text.includes(expectedSha), 'it names the expected hash');
    assert.equal(await page.locator('#case .step').count(), 0, 'no questions, no result');
    // The worker, registered by hand here since the page stops first, refuses the module as well.
    const refused = await page.evaluate(() => new Promise(res => {
      navigator.serviceWorker.addEventListener('message', e => res(e.data));
      navigator.serviceWorker.register('sw.js');
    }));
    assert.deepEqual(refused, { type: 'integrity', path: 'vybir_core.wasm' });
  });
});

// ---- the single file, from a disk: no server, no request (support.mjs)
const runFile = (opts, fn) => runSingleFile(env, { locale: opts.locale }, fn);

test('dist/vybir.html from file://: works in every language, restores a link, prints, with a hash-only CSP and no request', () =>
  runFile({ locale: 'uk-UA' }, async ({ page, fileUrl }) => {
    const html = readFileSync(SINGLE, 'utf8');
    const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(html)[1];
    assert.match(csp, /default-src 'none'/);
    assert.match(csp, /script-src 'sha256-[^']+' 'wasm-unsafe-eval'/);
    assert.doesNotMatch(csp, /unsafe-inline|'self'/);
    assert.doesNotMatch(html, /<script[^>]+src=|<link[^>]+rel="stylesheet"/, 'nothing to fetch');
    await page.goto(fileUrl);
    await waitReady(page);
    assert.equal(await page.locator('#map path.region').count(), 27, 'the map, from its <template>');
    for (const lang of LANGS) {
      await page.locator(`#langs [lang="${lang}"]`).click();
      await page.waitForFunction(l => document.documentElement.lang === l, lang);
      const tx = texts(lang);
      await chooseRegion(page, tx, 'UA-63');
      if (lang === LANGS[0]) await seeResult(page, tx);
      await waitSummary(page, summaryFor(lang, 'UA-63', expected('UA-63')));
    }
    const tx = texts('en');
    assert.ok(norm(await page.locator('#policy-sha256').textContent()).includes(JSON.parse(readFileSync(path.join(root, 'build/web/build.json'), 'utf8')).policySha256));
    // A link, its QR code and the lawyer's summary, all from the one file.
    await page.locator('#share-qr').click();
    await page.locator('.qr-code').waitFor();
    const link = await page.evaluate(() => location.href);
    assert.match(link, /^file:.*#v2;/);
    await page.evaluate(() => { window.print = () => { window.__printed = true; }; });
    await page.locator('#print-lawyer').click();
    await page.waitForFunction(() => window.__printed === true);
    assert.ok(await page.locator('#print-sheet td[lang="nl"]').count() > 10);
    await page.goto('about:blank');
    await page.goto(link);
    await waitReady(page);
    await waitSummary(page, summaryFor('uk', 'UA-63', expected('UA-63')));
    // Kiosk mode from the file: the idle reset reloads the file itself, clean.
    await page.goto(fileUrl + '?kiosk&idle=3');
    await waitReady(page);
    await page.locator('#kiosk-start button[lang="en"]').click();
    await chooseRegion(page, tx, 'UA-63');
    await seeResult(page, tx);
    await page.locator('#share-qr').click();
    await page.evaluate(() => { window.__before = 1; });
    await page.waitForFunction(() => !window.__before, null, { timeout: 10_000 });
    await waitReady(page);
    await page.locator('#kiosk-start').waitFor();
    assert.equal(await page.evaluate(() => location.hash), '');
    assert.equal(await page.locator('#f-region').inputValue(), '');
    assert.ok(!(await page.content()).includes(regionName('UA-63', 'en') + ':'));
  }));
