// Accessibility: axe-core (injected by the test only, never shipped) finds
// no violation on any screen in any language; the whole flow works with the
// keyboard alone and the focus is always visible; the map's regions have
// names and do not rely on colour; the page still works at 200% zoom.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import {
  setup, root, LANGS, PHONE, DESKTOP, texts, regionName, policy, waitReady, chooseRegion, answer, waitSummary,
  summaryFor, expected, tabTo, seeResult,
} from './support.mjs';

const env = setup();
const AXE = readFileSync(path.join(root, 'node_modules/axe-core/axe.min.js'), 'utf8');
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

/** Runs axe on the page as it is now; fails with every violation, node by node. */
async function axe(page, screen) {
  // Evaluated through the DevTools protocol, so the page's CSP (rightly) does not apply to the tool.
  await page.evaluate(AXE);
  const found = await page.evaluate(tags => window.axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] })
    .then(r => r.violations.map(v => `${v.id} (${v.impact}): ${v.help}\n    ${v.nodes.slice(0, 5).map(n => n.target.join(' ')).join('\n    ')}`)), TAGS);
  assert.deepEqual(found, [], `axe on ${screen}`);
}

async function openDetails(page) {
  await page.evaluate(() => { for (const d of document.querySelectorAll('#result details')) d.open = true; });
}

for (const lang of LANGS) {
  test(`${lang}: axe finds nothing on the questions, the result with both paths, a link, and a broken link`, () =>
    env.run({ ...DESKTOP, locale: lang }, async ({ page, tx }) => {
      await axe(page, `${lang} questions`);
      await chooseRegion(page, tx, 'UA-48');
      await answer(page, tx, 'q.occupied.label', 'ui.yes');
      await answer(page, tx, 'q.risk.label', 'ui.yes');
      await answer(page, tx, 'q.obstacles.label', 'ui.yes');
      await answer(page, tx, 'q.tp.label', 'ui.yes');
      await page.locator('input[name="claims"][value="journalist"]').check();
      await answer(page, tx, 'q.permit.label', 'ui.no');
      await answer(page, tx, 'q.application.label', 'ui.yes');
      await waitSummary(page, summaryFor(lang, 'UA-48', expected('UA-48', { occupied: true, prf: true, obstacles: true, tp: 'yes', app: 'yes', claims: ['journalist'] })));
      await openDetails(page);
      await axe(page, `${lang} result and paths`);
      await page.locator('#share-qr').click();
      await page.locator('.qr-code').waitFor();
      await axe(page, `${lang} link and QR code`);
      await page.goto('about:blank');
      await page.goto(env.url + '#v1;p=nl-ua-2026-06-30;q=1');
      await waitReady(page);
      await page.locator('#notice-link').waitFor();
      await axe(page, `${lang} broken link message`);
    }));
}

test('phone: axe finds nothing on a step of the stepper, nor with the result', () =>
  env.run({ ...PHONE, locale: 'uk-UA' }, async ({ page, tx }) => {
    await axe(page, 'phone, first step');
    await chooseRegion(page, tx, 'UA-63');
    await answer(page, tx, 'q.tp.label', 'ui.no');
    await axe(page, 'phone, status step');
  }));

for (const lang of ['uk', 'en']) {
  test(`${lang}: axe finds nothing in kiosk mode: the language choice and the questions`, () =>
    env.run({ ...DESKTOP, locale: lang, goto: false }, async ({ page }) => {
      await page.goto(env.url + '?kiosk');
      await waitReady(page);
      await page.locator('#kiosk-start').waitFor();
      await axe(page, 'kiosk language choice');
      await page.locator(`#kiosk-start button[lang="${lang}"]`).click();
      const tx = texts(lang);
      await chooseRegion(page, tx, 'UA-46');
      await page.locator('#ds-asylumApplicationDate [data-part="year"]').selectOption('2025');
      await axe(page, 'kiosk questions and result');
    }));
}

test('keyboard alone: answer, see the result, make a link, forget; the focus is always visible', () =>
  env.run({ ...DESKTOP, locale: 'en-GB' }, async ({ page, tx }) => {
    const visibleFocus = () => page.evaluate(() => {
      const el = document.activeElement;
      if (!el || el === document.body) return 'nothing has focus';
      const s = getComputedStyle(el);
      const ring = el instanceof SVGElement
        ? parseFloat(s.strokeWidth) >= 3 // map regions: a thick outline in the focus colour
        : (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2) || s.boxShadow !== 'none';
      return ring ? '' : `no visible focus on ${el.tagName}#${el.id}.${el.getAttribute('class')}`;
    });
    // Tab through the whole page once: the skip link comes first, and every stop shows where the focus is.
    await page.keyboard.press('Tab');
    assert.equal(await page.evaluate(() => document.activeElement.className), 'skip');
    const seen = new Set();
    for (let i = 0; i < 200; i++) {
      const id = await page.evaluate(() => {
        const el = document.activeElement;
        window.__stops ??= new Set();
        if (el === document.body || window.__stops.has(el)) return '';
        window.__stops.add(el);
        return `${el.tagName}#${el.id}[${el.getAttribute('name') || el.getAttribute('aria-label') || el.textContent.slice(0, 20)}]`;
      });
      if (!id) break;
      seen.add(id + i);
      assert.equal(await visibleFocus(), '', `focus ring at Tab stop ${i}: ${id}`);
      await page.keyboard.press('Tab');
    }
    assert.ok(seen.size > 20, `only ${seen.size} Tab stops`);

    // The map: one Tab stop, arrows move, Enter chooses.
    const first = page.locator('path.region[tabindex="0"]');
    await tabTo(page, first);
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Enter');
    const chosen = await page.evaluate(() => document.activeElement.dataset.iso);
    assert.ok(chosen, 'a region has the focus');
    assert.equal(await page.locator('#f-region').inputValue(), chosen, 'Enter on the map chose the region');
    // A radio by keyboard: Tab to the group (nothing is ticked yet), Space ticks the focused one, arrows move.
    await tabTo(page, page.locator('input[name="personalRiskFactors"][value="true"]'));
    assert.equal(await page.locator('input[name="personalRiskFactors"]:checked').count(), 0, 'no answer is pre-set');
    await page.keyboard.press('Space');
    await page.keyboard.press('ArrowRight');
    assert.equal(await page.locator('input[name="personalRiskFactors"][value="false"]').isChecked(), true);
    await page.keyboard.press('ArrowLeft');
    assert.equal(await page.locator('input[name="personalRiskFactors"][value="true"]').isChecked(), true);
    // The result with the other questions open, then a link, then forget: all by Enter.
    await tabTo(page, page.locator('#see-now'), 200);
    await page.keyboard.press('Enter');
    assert.equal(await page.evaluate(() => document.activeElement.id), 'result', 'the focus goes to the result');
    await tabTo(page, page.locator('#share-link'), 200);
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => location.hash.startsWith('#v2;'));
    assert.equal(await visibleFocus(), '', 'focus after making a link');
    await tabTo(page, page.locator('#forget'));
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => !location.hash);
    assert.equal(await page.locator('#f-region').inputValue(), '');
    // The skip link moves the focus to the result without touching the address.
    await page.locator('.skip').focus();
    assert.equal(await visibleFocus(), '', 'the skip link shows when focused');
    await page.keyboard.press('Enter');
    assert.equal(await page.evaluate(() => document.activeElement.id), 'result');
    assert.equal(await page.evaluate(() => location.hash), '');
  }));

test('the map: every region is named in each language, and grades are not told by colour alone', () =>
  env.run({ ...DESKTOP, locale: 'uk-UA' }, async ({ page }) => {
    for (const lang of LANGS) {
      await page.locator(`#langs [lang="${lang}"]`).click();
      await page.waitForFunction(l => document.documentElement.lang === l, lang);
      const tx = texts(lang);
      const labels = await page.$$eval('path.region', ps => ps.map(p => [p.dataset.iso, p.getAttribute('role'), p.getAttribute('aria-label')]));
      assert.equal(labels.length, 27, 'all 27 regions are on the map');
      for (const [iso, role, label] of labels) {
        const r = policy.regions.find(x => x.iso === iso);
        assert.equal(role, 'button', `${iso} is a button`);
        assert.ok(label.startsWith(regionName(iso, lang)), `${iso} is named in ${lang}: ${label}`);
        assert.ok(label.includes(tx('grade.short' + r.grade)), `${iso}'s label says its grade in ${lang}`);
      }
    }
    // Patterns, not only colours: grade i cross-hatched, grade ii dotted, safer areas striped.
    const fills = await page.$$eval('path.region', ps => ps.map(p => [p.classList.contains('ipa') ? 'ipa' : [...p.classList].find(c => /^g\d$/.test(c)), getComputedStyle(p).fill]));
    for (const [kind, fill] of fills) {
      if (kind === 'g3') assert.ok(!fill.includes('url('), 'grade iii is plain');
      else assert.match(fill, /url\("?#vy-(g1|g2|ipa)"?\)/, `${kind} has a pattern`);
    }
    const kinds = new Map(fills.map(([k, f]) => [k, f]));
    assert.equal(new Set(kinds.values()).size, 4, 'four kinds of fill for four kinds of region');
    const legend = await page.$$eval('.legend .sw rect', rs => rs.map(r => getComputedStyle(r).fill));
    assert.equal(legend.filter(f => f.includes('url(')).length, 3, 'the legend shows the same patterns');
  }));

test('200% zoom: nothing needs scrolling sideways, and a case can still be answered', () =>
  // 1280 × 800 at 200% is a 640 × 400 CSS pixel viewport.
  env.run({ width: 640, height: 400, locale: 'ru-RU' }, async ({ page, tx, lang }) => {
    const sideways = () => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    assert.equal(await sideways(), 0, 'questions');
    await chooseRegion(page, tx, 'UA-74');
    await answer(page, tx, 'q.risk.label', 'ui.yes');
    await seeResult(page, tx);
    await waitSummary(page, summaryFor(lang, 'UA-74', expected('UA-74', { prf: true })));
    await page.locator('#share-link').click();
    await openDetails(page);
    assert.equal(await sideways(), 0, 'result, paths and link');
    const tooSmall = await page.$$eval('#result .btn, #case .btn', bs => bs.filter(b => b.offsetParent && b.getBoundingClientRect().height < 24).map(b => b.id || b.textContent));
    assert.deepEqual(tooSmall, [], 'buttons keep a usable size');
  }));
