// Shared links: the case in the URL fragment (never sent to a server).
// Opening such a link restores the answers and the same assessment; the page
// says plainly that the link holds the answers; "forget" clears answers and
// fragment; a QR code of the link (its encoder loaded only when asked for);
// a tampered link gives a clear message in the page language and the page
// keeps working; a link made under another policy version says so, and what
// changed for that case. The link format itself is the core's (engine.fragment).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  setup, root, DESKTOP, PHONE, texts, norm, waitReady, chooseRegion, answer, seeResult, waitSummary, summaryFor, expected, policy, dateIn,
} from './support.mjs';

const env = setup();
const { load } = await import(pathToFileURL(path.join(root, 'build/web/vybir.js')).href);
const engine = await load();
const { default: qrcode } = await import(pathToFileURL(path.join(root, 'build/web/vendor/qrcode.mjs')).href);

const CHERNIHIV = 'UA-74';
const CASE = {
  asOf: '2026-12-01', region: CHERNIHIV, occupiedArea: false, personalRiskFactors: true, relocationObstacles: true,
  claims: ['desertion', 'lgbtiq'], temporaryProtection: 'no', regularPermit: false, asylumApplication: 'yes',
  asylumApplicationDate: '2025-05-31', tpExtension2028: true,
};
/** What the engine says for CASE. */
const WANT = expected(CHERNIHIV, {
  prf: true, obstacles: true, tp: 'no', app: 'yes', claims: CASE.claims, appDate: CASE.asylumApplicationDate, ext: true, asOf: CASE.asOf,
});
/** A link of format 2 written by hand (for what the engine cannot make: another policy, a broken link): ";z=" and the length. */
const v2 = body => `${body};z=${body.length}`;

/** What a person sees: the answers in the controls, the result and both paths. */
const shown = page => page.evaluate(() => ({
  controls: [...document.querySelectorAll('#case input, #case select')].map(el =>
    `${el.name}=${el.type === 'radio' || el.type === 'checkbox' ? el.checked : el.value}`),
  summary: document.getElementById('summary').textContent,
  result: document.getElementById('result-body').innerText,
  statements: [...document.querySelectorAll('#result-body .stmt')].map(el => el.dataset.statement),
}));

/** Answers CASE by clicking and typing, as a person would. */
async function answerCase(page, tx, lang) {
  await chooseRegion(page, tx, CHERNIHIV);
  await answer(page, tx, 'q.risk.label', 'ui.yes');
  await answer(page, tx, 'q.obstacles.label', 'ui.yes');
  for (const c of CASE.claims) await page.locator(`input[name="claims"][value="${c}"]`).check();
  await answer(page, tx, 'q.tp.label', 'ui.no');
  await answer(page, tx, 'q.permit.label', 'ui.no');
  await answer(page, tx, 'q.application.label', 'ui.yes');
  await page.locator('#f-asylumApplicationDate').fill(CASE.asylumApplicationDate);
  await page.locator('#f-tpExtension2028').check();
  await page.locator('#q-asOf > summary').click();
  await page.locator('#f-asOf').fill(CASE.asOf);
  await waitSummary(page, summaryFor(lang, CHERNIHIV, WANT));
}

test('a shared link restores the same answers and the same assessment, in a fresh browser', async () => {
  let link = '';
  let before = null;
  await env.run({ ...DESKTOP, locale: 'uk-UA' }, async ({ page, tx, lang, pageRequests }) => {
    const startLength = await page.evaluate(() => history.length);
    await answerCase(page, tx, lang);
    assert.equal(await page.evaluate(() => location.hash), '', 'no link until asked for');
    // The page says plainly what a link holds, before and after making one.
    assert.equal(norm(await page.locator('#share p').first().textContent()), tx('share.warning'));
    await page.getByRole('button', { name: tx('share.makeLink') }).click();
    assert.equal(norm(await page.locator('#share-out .warn').textContent()), tx('share.active'));
    link = await page.locator('#share-url').inputValue();
    assert.doesNotMatch(await page.locator('#share').innerText(), /\b(null|undefined|NaN)\b/);
    assert.equal(link, await page.evaluate(() => location.href), 'the link shown is the address');
    const frag = new URL(link).hash.slice(1);
    const a = engine.evaluate(CASE);
    assert.match(frag, /^v2;.*;z=\d+$/, 'a link of format 2');
    assert.deepEqual(engine.fragment.decode(frag), {
      case: CASE, format: 2, policy: policy.id, outcome: { grade: a.grade, outlook: a.outlook, transitionDocumentEligible: a.transitionDocument.eligible },
    }, 'the link holds exactly the case, and what it came to');
    assert.equal(frag, engine.fragment.encode(CASE), "the link is the core's encoding of the case");
    before = await shown(page);
    assert.deepEqual([...before.statements].sort(), [...WANT.ids].sort(), 'the result holds the engine\'s statements');
    // Changing an answer keeps the link current, still without new history entries.
    await answer(page, tx, 'q.obstacles.label', 'ui.no');
    assert.match(await page.evaluate(() => location.hash), /;f=pe;/, 'the fragment follows the answers');
    await answer(page, tx, 'q.obstacles.label', 'ui.yes');
    assert.equal(await page.evaluate(() => location.href), link);
    assert.equal(await page.evaluate(() => history.length), startLength, 'no history entries added');
    assert.ok(pageRequests.every(u => !u.includes('v2;') && !u.includes('#')), 'the fragment never goes to the server');
  });
  for (const locale of ['uk-UA', 'en-GB']) {
    await env.run({ ...DESKTOP, locale, goto: false }, async ({ page, tx, lang }) => {
      await page.goto(link);
      await waitReady(page);
      await waitSummary(page, summaryFor(lang, CHERNIHIV, WANT));
      assert.equal(norm(await page.locator('#notice-link').textContent()).startsWith(tx('share.restored')), true, 'it says the answers came from the link');
      const after = await shown(page);
      assert.deepEqual(after.controls, before.controls, 'the same answers');
      if (lang === 'uk') assert.deepEqual(after, before, 'the same assessment, word for word');
      assert.equal(await page.evaluate(() => location.href), link, 'the link stays in the address bar');
    });
  }
});

test('forget clears the answers and the fragment, and adds no history entry', () =>
  env.run({ ...PHONE, locale: 'ru-RU', goto: false }, async ({ page, tx, lang }) => {
    await page.goto(env.url + '#' + engine.fragment.encode(CASE));
    await waitReady(page);
    const length = await page.evaluate(() => history.length);
    await waitSummary(page, summaryFor(lang, CHERNIHIV, WANT));
    await page.getByRole('button', { name: tx('share.forget') }).click();
    await waitSummary(page, '');
    assert.ok(norm(await page.locator('#result-open').textContent()).includes(tx('ui.chooseRegion')), 'back to the first question');
    assert.equal(await page.evaluate(() => location.hash), '');
    assert.equal(await page.locator('#f-region').inputValue(), '');
    assert.equal(await page.locator('input[name="claims"]:checked').count(), 0);
    assert.equal(await page.locator('#share').isVisible(), false);
    assert.equal(norm(await page.locator('#notice-share').textContent()).startsWith(tx('share.forgotten')), true);
    assert.equal(await page.evaluate(() => history.length), length);
    await page.reload();
    await waitReady(page);
    await waitSummary(page, '');
    assert.ok(norm(await page.locator('#result-open').textContent()).includes(tx('ui.chooseRegion')));
  }));

test('a QR code of the link, its encoder fetched only when asked for', () =>
  env.run({ ...DESKTOP, locale: 'nl-NL' }, async ({ page, tx, pageRequests }) => {
    await chooseRegion(page, tx, 'UA-46');
    await seeResult(page, tx);
    const encoder = () => pageRequests.filter(u => u.endsWith('/vendor/qrcode.mjs') || u.endsWith('/js/qr.js')).length;
    assert.equal(encoder(), 0, 'no QR encoder on a first visit');
    await page.getByRole('button', { name: tx('share.qr') }).click();
    const qr = page.getByRole('img', { name: tx('share.qrLabel') });
    await qr.waitFor();
    assert.equal(encoder(), 2, 'the encoder, once asked for');
    // The same modules the encoder gives for the page's link, drawn as the page draws them.
    const url = await page.evaluate(() => location.href);
    const want = qrcode(0, 'M');
    want.addData(url);
    want.make();
    const n = want.getModuleCount();
    let d = '';
    for (let r = 0; r < n; r++) for (let c = 0; c < n; c++) if (want.isDark(r, c)) d += `M${c + 4},${r + 4}h1v1h-1z`;
    assert.equal(await qr.locator('path').getAttribute('d'), d, 'the QR code is of the link');
    // It follows the answers.
    await answer(page, tx, 'q.tp.label', 'ui.yes');
    await page.waitForFunction(() => location.hash.includes(';t=y'));
    assert.notEqual(await qr.locator('path').getAttribute('d'), d);
  }));

const TAMPERED = [
  [v2('v2;p=nl-ua-2026-06-30;d=2026112;r=63'), 'fragment.value'],
  [v2('v2;p=nl-ua-2026-06-30;r=63;zz'), 'fragment.syntax'],
  ['v7;p=nl-ua-2026-06-30;r=63', 'fragment.version'],
  [v2('v2;p=nl-ua-2026-06-30;r=63;c=' + 'd'.repeat(300)), 'fragment.too-long'],
  // a link of the engine's, its end cut off (as a chat app may do)
  [engine.fragment.encode(CASE).replace(/;z=\d+$/, ''), 'fragment.cut-short'],
  [engine.fragment.encode(CASE).slice(0, -12), 'fragment.cut-short'],
  ['v1;p=nl-ua-2026-06-30;d=2026112;r=63', 'fragment.value'], // format 1 is still read, and checked
];

for (const lang of ['uk', 'en']) {
  test(`${lang}: a tampered link says so in the page language; the page keeps working`, () =>
    env.run({ ...DESKTOP, locale: lang, goto: false }, async ({ page, tx }) => {
      for (const [frag, code] of TAMPERED) {
        await page.goto('about:blank');
        await page.goto(env.url + '#' + frag);
        await waitReady(page);
        const note = page.locator('#notice-link');
        assert.equal(await note.getAttribute('role'), 'alert');
        assert.ok(norm(await note.textContent()).startsWith(tx('error.' + code)), `${frag}: ${code}`);
        assert.equal(await page.evaluate(() => location.hash), '', 'the broken fragment is dropped');
        assert.equal(await page.locator('#f-region').inputValue(), '', 'nothing filled in from it');
      }
      // A link tampered after the page was opened (a pasted link) is caught as well.
      const cut = engine.fragment.encode({ asOf: '2026-12-01', region: 'UA-63' }).slice(0, -5);
      await page.evaluate(h => { location.hash = h; }, cut);
      await page.locator('#notice-link').waitFor();
      assert.ok(norm(await page.locator('#notice-link').textContent()).startsWith(tx('error.fragment.cut-short')));
      // ... and the page still works.
      await chooseRegion(page, tx, 'UA-63');
      await seeResult(page, tx);
      await waitSummary(page, summaryFor(lang, 'UA-63', expected('UA-63')));
      // A well-formed link to a region that does not exist: the region is left open, and the notice names its question.
      const badRegion = v2('v2;p=nl-ua-2026-06-30;d=20261201;r=99;t=y');
      assert.equal(engine.evaluate(engine.fragment.decode(badRegion).case).error.code, 'case.region-unknown', 'the engine refuses the region');
      await page.goto('about:blank');
      await page.goto(env.url + '#' + badRegion);
      await waitReady(page);
      await page.locator('#notice-link').waitFor();
      assert.equal(norm(await page.locator('#notice-link p').first().textContent()), tx('share.linkValue', { question: tx('q.region.label') }));
      assert.equal(await page.locator('#f-region').inputValue(), '', 'the region is left open');
      await waitSummary(page, '');
      assert.equal(await page.locator('input[name="temporaryProtection"][value="yes"]').isChecked(), true, 'the rest of the link is kept');
      await chooseRegion(page, tx, 'UA-46');
      await waitSummary(page, summaryFor(lang, 'UA-46', expected('UA-46', { tp: 'yes' })));
    }));
}

// Links made under another policy version, written by hand in the documented
// format (docs/contract.md, "Shared links"): Chernihiv (UA-74, grade ii in the
// shipped policy) as a made-up earlier version would have had it. What it
// comes to now is the engine's.
const OLDER = 'nl-ua-2026-01-01';
const NOW = expected('UA-74', { tp: 'yes', app: 'yes', asOf: '2026-12-01' }); // the links' case, assessed now
const NOW_V1 = expected('UA-74', { tp: 'yes', asOf: '2026-12-01' }); // a format-1 link does not say whether one applied
const OUTLOOK_LETTER = { 'can-be-refused': 'c', 'individual-assessment': 'i', 'not-supported': 'n' };
const ELIGIBLE_LETTER = { yes: 'y', 'not-applicable': 'a', no: 'n', open: 'o', unknown: 'u' };
const changed = (tx, parts) => tx('share.outcomeChanged', { changes: parts.join('; ') });
const OTHER_POLICY = [
  // grade i then, with an individual assessment; now grade ii and another outlook
  { frag: v2(`v2;p=${OLDER};d=20261201;r=74;t=y;q=y;o=1i${ELIGIBLE_LETTER[NOW.eligible]}`), changes: (tx) => {
    assert.notEqual(NOW.outlook, 'individual-assessment', 'this link needs an outlook that changed');
    return changed(tx, [`${tx('rule.grade')}: ${tx('grade.short1')} → ${tx('grade.short' + NOW.grade)}`,
      `${tx('rule.outlook')}: ${tx('outlookShort.individual-assessment')} → ${tx('outlookShort.' + NOW.outlook)}`]);
  } },
  // the transition document alone
  { frag: v2(`v2;p=${OLDER};d=20261201;r=74;t=y;q=y;o=${NOW.grade}${OUTLOOK_LETTER[NOW.outlook]}u`), changes: (tx) => {
    assert.notEqual(NOW.eligible, 'unknown');
    return changed(tx, [`${tx('rule.transition-document')}: ${tx('eligibleShort.unknown')} → ${tx('eligibleShort.' + NOW.eligible)}`]);
  } },
  // the same outcome then and now
  { frag: v2(`v2;p=${OLDER};d=20261201;r=74;t=y;q=y;o=${NOW.grade}${OUTLOOK_LETTER[NOW.outlook]}${ELIGIBLE_LETTER[NOW.eligible]}`),
    changes: (tx) => tx('share.outcomeSame') },
  // a link of the first format, with the first contract's outlook (refusal expected: a safer place)
  { frag: `v1;p=${OLDER};d=20261201;r=74;t=y;o=1ry`, v1: true, changes: (tx) => changed(tx, [
    `${tx('rule.grade')}: ${tx('grade.short1')} → ${tx('grade.short' + NOW_V1.grade)}`,
    `${tx('rule.outlook')}: ${tx('outlookV1.refusal-expected-ipa')} → ${tx('outlookShort.' + NOW_V1.outlook)}`,
    ...(NOW_V1.eligible === 'yes' ? [] : [`${tx('rule.transition-document')}: ${tx('eligibleShort.yes')} → ${tx('eligibleShort.' + NOW_V1.eligible)}`]),
  ]) },
  // a link from before links carried their outcome
  { frag: v2(`v2;p=${OLDER};d=20261201;r=74;t=y;q=y`), changes: (tx) => tx('share.outcomeUnknown') },
];

/** The notice the page should show for a link made under OLDER, in the page's language and date format. */
async function otherPolicyText(page, tx, changes) {
  const date = dateIn(policy.effectiveFrom, await page.evaluate(() => document.documentElement.lang));
  return tx('share.otherPolicy', { id: OLDER, current: policy.id, date, changes: changes(tx) });
}

for (const lang of ['en', 'uk']) {
  test(`${lang}: a link made under another policy version says that the policy changed, and what changed for this case`, () =>
    env.run({ ...DESKTOP, locale: lang, goto: false }, async ({ page, tx }) => {
      for (const { frag, changes, v1 } of OTHER_POLICY) {
        assert.equal(engine.fragment.decode(frag).policy, OLDER, 'a well-formed link');
        await page.goto('about:blank');
        await page.goto(env.url + '#' + frag);
        await waitReady(page);
        const note = page.locator('#notice-link');
        await note.waitFor();
        assert.equal(await note.getAttribute('role'), 'status', 'news, not an error');
        await page.waitForFunction(want => (document.querySelector('#notice-link p')?.textContent || '').replace(/\s+/g, ' ').trim() === want,
          await otherPolicyText(page, tx, changes), { timeout: 5_000 }).catch(async () => {
          assert.equal(norm(await note.locator('p').textContent()), await otherPolicyText(page, tx, changes), frag);
        });
        // The answers come from the link, assessed under this page's policy.
        await waitSummary(page, summaryFor(lang, 'UA-74', v1 ? NOW_V1 : NOW));
        assert.equal(await page.evaluate(() => location.hash), '#' + engine.fragment.encode(engine.fragment.decode(frag).case),
          'the address bar now holds the link as made under this version (for sharing on)');
      }
      // A language switch words the notice anew.
      const other = lang === 'en' ? 'uk' : 'en';
      await page.locator(`#langs [lang="${other}"]`).click();
      await page.waitForFunction(l => document.documentElement.lang === l, other);
      assert.equal(norm(await page.locator('#notice-link p').textContent()),
        await otherPolicyText(page, texts(other), OTHER_POLICY.at(-1).changes));
    }));
}

test('a link made under this policy version says only that the answers were filled in', () =>
  env.run({ ...DESKTOP, locale: 'en-GB', goto: false }, async ({ page, tx }) => {
    await page.goto(env.url + '#' + engine.fragment.encode({ asOf: '2026-12-01', region: 'UA-46' }));
    await waitReady(page);
    assert.equal(norm(await page.locator('#notice-link p').textContent()), tx('share.restored'));
    await waitSummary(page, summaryFor('en', 'UA-46', expected('UA-46', { asOf: '2026-12-01' })));
  }));

test('a link of the first format still opens, and says that its result was worded differently', () =>
  env.run({ ...DESKTOP, locale: 'en-GB', goto: false }, async ({ page, tx }) => {
    // Kharkiv, grade i, with the first contract's outlook "refusal expected (a safer place)"
    const frag = `v1;p=${policy.id};d=20261201;r=63;t=y;o=1ry`;
    const link = engine.fragment.decode(frag);
    assert.equal(link.format, 1, 'a well-formed link of format 1');
    const now = expected('UA-63', { tp: 'yes', asOf: '2026-12-01' });
    await page.goto(env.url + '#' + frag);
    await waitReady(page);
    await waitSummary(page, summaryFor('en', 'UA-63', now));
    const parts = [`${tx('rule.outlook')}: ${tx('outlookV1.refusal-expected-ipa')} → ${tx('outlookShort.' + now.outlook)}`];
    if (now.eligible !== 'yes') parts.push(`${tx('rule.transition-document')}: ${tx('eligibleShort.yes')} → ${tx('eligibleShort.' + now.eligible)}`);
    assert.equal(norm(await page.locator('#notice-link p').textContent()),
      tx('share.format1', { changes: tx('share.outcomeChanged', { changes: parts.join('; ') }) }));
    assert.equal(await page.locator('input[name="temporaryProtection"][value="yes"]').isChecked(), true, 'its answers are filled in');
    assert.equal(await page.evaluate(() => location.hash), '#' + engine.fragment.encode(link.case), 'and it is now a link of format 2');
    assert.match(await page.evaluate(() => location.hash), /^#v2;/);
  }));
