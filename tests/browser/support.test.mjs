// The harness itself: each guard in support.mjs must actually fail a test.
// (A guard that never fires would let every other browser test pass on a
// page that leaks.)
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { setup, PHONE, expected, text, checkStatements, stmtPattern } from './support.mjs';

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

// The result checks (support.mjs checkStatements, stmtPattern): they must tell a statement shown
// with the wrong certainty, the wrong words or out of the engine's order from the right one.
test('the statement checks fail on a wrong certainty, wrong words or a missing statement', () =>
  env.run({ ...PHONE, locale: 'en-GB' }, async ({ page }) => {
    const a = expected('UA-63', { tp: 'yes', app: 'yes', asOf: '2026-12-01' });
    const s = a.statements.filter(x => !/\{\w+\}/.test(text('en', 'stmt.' + x.id))).slice(0, 3);
    assert.equal(s.length, 3);
    const show = list => page.evaluate(items => {
      document.body.innerHTML = '<div id="t">' + items.map(([id, label, words]) =>
        `<div class="stmt" data-statement="${id}"><p><span class="modality">${label}</span> ${words}</p></div>`).join('') + '</div>';
    }, list);
    const root = page.locator('#t');
    const right = s.map(x => [x.id, text('en', 'modality.' + x.modality), text('en', 'stmt.' + x.id)]);
    await show(right);
    await checkStatements(root, 'en', s, 'right');
    const wrong = {
      'a wrong certainty': right.map((r, i) => (i === 1 ? [r[0], r[1] === 'open question' ? 'proposal' : 'open question', r[2]] : r)),
      'wrong words': right.map((r, i) => (i === 1 ? [r[0], r[1], right[2][2]] : r)),
      'a missing statement': right.slice(0, 2),
      'another order': [right[1], right[0], right[2]],
    };
    for (const [what, list] of Object.entries(wrong)) {
      await show(list);
      await assert.rejects(checkStatements(root, 'en', s, what), assert.AssertionError, `${what} is caught`);
    }
    assert.doesNotMatch(text('en', 'stmt.' + s[2].id), stmtPattern('en', s[1].id), 'one statement\'s words are not another\'s');
  }));
