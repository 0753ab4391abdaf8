// The harness itself: each guard in support.mjs must actually fail a test.
// (A guard that never fires would let every other browser test pass on a
// page that leaks.)
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { setup, PHONE } from './support.mjs';

const env = setup();

const failsWith = (pattern, fn, opts = {}) =>
  assert.rejects(env.run({ ...PHONE, ...opts }, fn), err => {
    assert.match(err.message, pattern);
    return true;
  });

test('a request that leaves the origin fails the test, and is never sent', () =>
  // The page's CSP would block this fetch by itself; bypassing it here tests the second guard.
  failsWith(/request left the origin: GET https:\/\/example\.invalid\/x/, async ({ page }) => {
    await page.evaluate(() => fetch('https://example.invalid/x').catch(() => {}));
  }, { contextOptions: { bypassCSP: true } }));

test('a CSP violation fails the test', () =>
  failsWith(/CSP violation: style-src/, async ({ page }) => {
    await page.evaluate(() => {
      document.body.setAttribute('style', 'color: red');
      return new Promise(r => setTimeout(r, 100));
    });
  }));

test('a console error, an uncaught exception and a missing text fail the test', async () => {
  await failsWith(/console\.error: boom/, ({ page }) => page.evaluate(() => console.error('boom')));
  await failsWith(/page error: .*kaboom/, ({ page }) => page.evaluate(() => { setTimeout(() => { throw new Error('kaboom'); }); return new Promise(r => setTimeout(r, 100)); }));
  await failsWith(/console\.warning: vybir: no text for/, ({ page }) => page.evaluate(() => console.warn('vybir: no text for', 'x.y')));
});

test('a missing file of the page fails the test', () =>
  failsWith(/HTTP 404/, ({ page }) => page.evaluate(() => fetch('./no-such-file.js'))));

test('a failing check inside the test is reported as such', () =>
  failsWith(/deliberate/, async () => { assert.fail('deliberate'); }));
