// The page in headless Chromium, used as a person would: by clicking, by
// keyboard, on a phone and on a wide screen. Results are checked against
// docs/contract.md (support.mjs's expected()) in the page's own words, read
// from web/i18n, so no wording is duplicated here.
import { test } from 'node:test';
import { createHash } from 'node:crypto';
import assert from 'node:assert/strict';
import {
  setup, PHONE, DESKTOP, LANGS, policy, regionsByIso, norm, texts, regionName, expected, summaryFor,
  waitSummary, summary, seeResult, regionControl, question, radio, answer, chooseRegion, clickRegionOnMap, card, pathCard,
  textOf, reveal, langButton, typeKeys, tabTo, escapeRe, dateIn, checkStatements, stmtPattern, answerAll as answerAllIn,
} from './support.mjs';

const env = setup();

const KHARKIV = 'UA-63'; // grade 1
const CHERNIHIV = 'UA-74'; // grade 2
const MYKOLAIV = 'UA-48'; // grade 2, its occupied part grade 1
const LVIV = 'UA-46'; // grade 3, an internal protection area

const includes = (hay, needle, what) => assert.ok(hay.includes(needle), `${what}: expected to contain\n  «${needle}»\nin\n  «${hay}»`);
const excludes = (hay, needle, what) => assert.ok(!hay.includes(needle), `${what}: expected not to contain «${needle}»`);

/** The ids of the statements shown in root, each checked against the engine's (its certainty, its words, its order). */
async function shownStatements(root, lang, e, what) {
  const ids = await root.locator('.stmt').evaluateAll(els => els.map(el => el.dataset.statement));
  const byId = new Map(e.statements.map(s => [s.id, s]));
  for (const id of ids) assert.ok(byId.has(id), `${what}: ${id} is not among the engine's statements`);
  await checkStatements(root, lang, ids.map(id => byId.get(id)), what);
  return ids;
}

/** The page's result and both paths, against the engine's assessment e for region iso. */
async function checkResult(page, tx, lang, iso, e) {
  await waitSummary(page, summaryFor(lang, iso, e));

  // the headline: the outlook in a sentence, "not legal advice", and the memo's status
  const head = page.locator('#result-body .headline');
  const headText = await textOf(head);
  const hv = { region: regionName(iso, lang), grade: tx('grade.short' + e.grade) };
  includes(headText, tx('headline.' + e.outlook, hv), 'headline');
  includes(headText, tx('foot.notAdvice'), 'headline: not legal advice');
  for (const other of ['can-be-refused', 'individual-assessment', 'not-supported'].filter(x => x !== e.outlook)) {
    excludes(headText, tx('headline.' + other, hv), 'headline');
  }
  assert.deepEqual(await shownStatements(head, lang, e, 'headline'), ['policy.advised'], 'headline: the memo\'s status');

  // every statement of the engine, once, each with its certainty and its words
  const all = await shownStatements(page.locator('#result-body'), lang, e, 'result');
  assert.deepEqual([...all].sort(), [...e.ids].sort(), 'the result shows every statement of the engine, once');

  // why: the grade, the real risk and the internal protection alternative
  const reasons = await shownStatements(card(page, tx, 'section.why'), lang, e, 'why');
  for (const id of e.ids.filter(x => /^(grade|real-risk|ipa)\./.test(x))) assert.ok(reasons.includes(id), `why: ${id}`);
  assert.ok(reasons.some(id => id.startsWith('real-risk.' + e.realRisk)), `why: real risk ${e.realRisk}`);
  const chips = (await page.locator('#result-body .chips li').allTextContents()).map(norm).sort();
  if (e.internalProtection.basis !== 'none') {
    assert.ok(reasons.includes('ipa.' + e.internalProtection.basis), 'internal protection: its basis');
    assert.deepEqual(chips, e.areas.map(a => regionName(a, lang)).sort(), 'internal protection areas');
  } else {
    assert.deepEqual(chips, [], 'no areas listed without an internal protection alternative');
  }

  // the two paths side by side
  assert.ok(await page.locator('#result-body #paths').isVisible(), 'the two paths are shown');
  // Without an asylum application the paths are applying, or the transition document without one.
  const none = e.trace.find(s => s.rule === 'transition-document').asylumApplication === 'no';
  const keep = await shownStatements(pathCard(page, tx, none ? 'paths.apply' : 'paths.keep'), lang, e, 'keep path');
  assert.ok(keep.includes('outlook.' + e.outlook), `keep path: outlook ${e.outlook}`);
  const withdraw = await shownStatements(pathCard(page, tx, none ? 'paths.withoutApplication' : 'paths.withdraw'), lang, e, 'withdraw path');
  const td = withdraw.filter(id => id.startsWith('td.eligible.'));
  assert.deepEqual(td, e.ids.filter(id => id.startsWith('td.eligible.')), 'withdraw path: the transition document, as the engine says');
  assert.ok(td.length === 1 && (td[0] === 'td.eligible.' + e.eligible || td[0].startsWith(`td.eligible.${e.eligible}-`)),
    `withdraw path: eligible ${e.eligible} (${td})`);
  assert.ok(!keep.some(id => withdraw.includes(id)), 'no statement on both paths');
  assert.equal(await page.locator(`#paths time[datetime="${e.temporaryProtection.lastDay}"]`).count(), 1, 'timeline: last day of TP');
}

const answerAll = (page, tx, a) => answerAllIn(page, tx, a.region, a);

async function switchLang(page, code) {
  await langButton(page, code).click();
  await page.waitForFunction(c => document.documentElement.lang === c, code);
  assert.equal(await langButton(page, code).getAttribute('aria-pressed'), 'true');
}

// ---- answering a case by clicking, on a phone and on a wide screen
for (const [name, viewport, c] of [
  ['phone (360 px)', PHONE, { region: KHARKIV, tp: 'yes', app: 'yes', claim: 'journalist', appDate: '2025-05-31' }],
  ['desktop (1280 px)', DESKTOP, { region: CHERNIHIV, prf: true, obstacles: true, tp: 'no', claim: 'lgbtiq' }],
]) {
  test(`${name}: a case answered by clicking, with the map, gives the contract's result`, () =>
    env.run(viewport, async ({ page, tx, lang }) => {
      const phone = viewport === PHONE;
      const next = page.getByRole('button', { name: tx('ui.next'), exact: true });
      assert.equal(await next.isVisible(), phone, phone ? 'a phone gets one step at a time' : 'a wide screen shows all questions');
      assert.equal(await summary(page).isVisible(), false, 'no summary before a result');
      assert.ok(norm(await page.locator('#result-open').textContent()).includes(tx('ui.chooseRegion')), 'the page asks for a region');
      assert.ok(await page.locator('#paths').isHidden(), 'no paths before a region is chosen');
      if (phone) {
        // only the first step's questions are on screen
        assert.ok(await question(page, tx, 'q.risk.label').isHidden());
      }

      await clickRegionOnMap(page, tx, c.region);
      assert.equal(await regionControl(page, tx).inputValue(), c.region, 'the map click sets the list');
      assert.equal(norm(await summary(page).textContent()), '', 'no verdict before the answers');

      await answerAll(page, tx, c);
      const claim = question(page, tx, 'q.claims.label').getByRole('checkbox', { name: tx('claim.' + c.claim), exact: true });
      await reveal(page, tx, claim);
      await claim.check();
      if (c.appDate) {
        const app = page.getByLabel(tx('q.appDate.label'), { exact: true });
        await reveal(page, tx, app);
        await app.fill(c.appDate);
      }
      if (phone) {
        const toResult = page.getByRole('button', { name: tx('ui.toResult'), exact: true });
        await reveal(page, tx, page.getByRole('checkbox', { name: tx('q.ext.label'), exact: true }));
        await toResult.click();
        await page.waitForFunction(() => document.activeElement?.id === 'result');
        // (scrolling may be smooth: wait for it to arrive)
        await page.waitForFunction(() => Math.abs(document.getElementById('result').getBoundingClientRect().top) < 40, null, { timeout: 5_000 })
          .catch(() => assert.fail('"see the result" scrolls the result to the top of the screen'));
      }

      const e = expected(c.region, { ...c, claims: [c.claim], appDate: c.appDate || null });
      await checkResult(page, tx, lang, c.region, e);
      // what the memo says about the group: the findings the engine names for the claim, shown as its statements
      const findings = e.groups.find(g => g.claim === c.claim).findings;
      assert.ok(findings.length > 0, `the engine names findings for ${c.claim}`);
      for (const f of findings) {
        assert.equal(await page.locator(`#result-body .stmt[data-statement="finding.${f}"]`).count(), 1, `group finding ${f}`);
      }
      if (c.appDate) {
        // +21 months (EU 1182/71) is a Sunday: the deadline moves to the next working day
        assert.ok(e.decisionDeadline.date > e.decisionDeadline.monthsEnd, 'the engine moves the deadline off the weekend');
        assert.equal(await page.locator(`#paths time[datetime="${e.decisionDeadline.date}"]`).count(), 1, 'decision deadline');
        assert.equal(await page.locator(`#paths time[datetime="${e.decisionDeadline.monthsEnd}"]`).count(), 0, 'not the Sunday');
      }
    }));
}

// ---- a region of each grade, the result and the comparison
test('the result and both paths for a region of each grade follow the contract', () =>
  env.run(DESKTOP, async ({ page, tx, lang }) => {
    const cases = [
      { region: KHARKIV, tp: 'yes' }, // grade 1: established, refusal expected (IPA)
      { region: KHARKIV, obstacles: true, tp: 'yes', permit: true }, // individual assessment; TD not applicable
      { region: CHERNIHIV }, // grade 2 without personal risk factors: not established
      { region: CHERNIHIV, prf: true, tp: 'no' }, // grade 2 with: possible
      { region: CHERNIHIV, prf: true, obstacles: true }, // ... and obstacles: individual assessment
      { region: LVIV }, // grade 3: not established
      { region: LVIV, tp: 'yes', app: 'no' }, // no application: apply, or the transition document without one
      { region: LVIV, prf: true, tp: 'yes' }, // grade 3 with personal risk factors: unlikely; Lviv not among the areas
      { region: MYKOLAIV, occupied: true }, // the occupied part: grade 1 (BN-fn5)
      { region: MYKOLAIV, occupied: false, prf: true },
    ];
    for (const c of cases) {
      await chooseRegion(page, tx, c.region);
      await answerAll(page, tx, c);
      const e = expected(c.region, c);
      await checkResult(page, tx, lang, c.region, e);
      if (c.region === LVIV && c.prf) {
        const chips = (await card(page, tx, 'section.why').locator('.chips li').allTextContents()).map(norm);
        assert.ok(chips.length > 0 && !chips.includes(regionName(LVIV, lang)), 'a grade-3 home is not among the areas to go to');
      }
      if (c.region === MYKOLAIV && c.occupied) {
        assert.equal(await card(page, tx, 'section.why').locator('.stmt[data-statement="grade.occupied-part"]').count(), 1, 'occupied Mykolaiv');
      }
    }
  }));

// ---- the map
test('the map: clicking a region selects it, and the list and the map agree', () =>
  env.run(DESKTOP, async ({ page, tx, lang }) => {
    const map = page.getByRole('group', { name: tx('map.label'), exact: true });
    // small, odd-shaped and edge regions: Kyiv city, Sevastopol, Zakarpattia, Odesa
    for (const iso of ['UA-30', 'UA-40', 'UA-21', 'UA-51', KHARKIV]) {
      await clickRegionOnMap(page, tx, iso);
      if (iso === 'UA-30') await seeResult(page, tx); // once: the other questions stay open
      await waitSummary(page, summaryFor(lang, iso, expected(iso)));
      assert.equal(await regionControl(page, tx).inputValue(), iso);
      const pressed = await map.locator('[aria-pressed="true"]').evaluateAll(els => els.map(e => e.getAttribute('data-iso')));
      assert.deepEqual(pressed, [iso], 'exactly the chosen region is marked on the map');
    }
    // and the other way round: the list marks the map
    await chooseRegion(page, tx, LVIV);
    const lviv = map.getByRole('button', { name: new RegExp(`^${escapeRe(regionName(LVIV, lang))} —`) });
    assert.equal(await lviv.getAttribute('aria-pressed'), 'true');
    includes(norm(await lviv.getAttribute('aria-label')), tx('map.isIpa'), 'an internal protection area says so');
  }));

// ---- language
test('switching language mid-way keeps every answer and the step', () =>
  env.run(PHONE, async ({ page, tx: ukTx }) => {
    const c = { region: CHERNIHIV, prf: true, obstacles: false, tp: 'yes', claim: 'journalist' };
    await chooseRegion(page, ukTx, c.region);
    await answerAll(page, ukTx, c);
    const claim = question(page, ukTx, 'q.claims.label').getByRole('checkbox', { name: ukTx('claim.journalist'), exact: true });
    await reveal(page, ukTx, claim);
    await claim.check();
    const stepText = async () => norm(await page.locator('#progress').textContent());
    const before = await stepText();
    const e = expected(c.region, { ...c, claims: [c.claim] });
    for (const lang of ['en', 'nl', 'ru', 'uk']) {
      await switchLang(page, lang);
      const tx = texts(lang);
      await waitSummary(page, summaryFor(lang, c.region, e));
      assert.equal(await stepText(), tx('ui.step', { n: 3, total: 5, name: tx('q.step.story') }), `${lang}: same step`);
      assert.ok(await question(page, tx, 'q.claims.label')
        .getByRole('checkbox', { name: tx('claim.journalist'), exact: true }).isChecked(), `${lang}: claim kept`);
      assert.equal(await regionControl(page, tx).inputValue(), c.region, `${lang}: region kept`);
      assert.ok(await radio(page, tx, 'q.tp.label', 'ui.yes', true).isChecked(), `${lang}: TP kept (a later step)`);
      assert.ok(await radio(page, tx, 'q.risk.label', 'ui.yes', true).isChecked(), `${lang}: risk kept (an earlier step)`);
      await checkResult(page, tx, lang, c.region, e);
      assert.equal(await page.title(), tx('ui.docTitle'));
    }
    assert.equal(await stepText(), before);
    // go back a step: the answers there are still ticked
    await page.getByRole('button', { name: ukTx('ui.back'), exact: true }).click();
    assert.ok(await radio(page, ukTx, 'q.risk.label', 'ui.yes').isChecked());
  }));

test('the browser language decides the page language; only that language file is fetched', async () => {
  for (const [locale, lang] of [['nl-NL', 'nl'], ['ru-RU', 'ru'], ['de-DE', 'uk'], ['en-GB', 'en']]) {
    await env.run({ ...DESKTOP, locale, lang }, async ({ page, tx, pageRequests }) => {
      assert.equal(await page.evaluate(() => document.documentElement.lang), lang);
      assert.equal(await page.title(), tx('ui.docTitle'));
      const langFiles = () => pageRequests.filter(u => /\/i18n\/[^/]+\.json$/.test(u)).map(u => u.split('/').pop());
      assert.deepEqual(langFiles(), [`${lang}.json`], `${locale}: language files fetched`);
      const other = LANGS.find(l => l !== lang);
      await switchLang(page, other);
      assert.deepEqual(langFiles(), [`${lang}.json`, `${other}.json`], 'a switch fetches just the new one');
    });
  }
});

// ---- keyboard only
test('keyboard only: the searchable region list, the map and the questions', () =>
  env.run(DESKTOP, async ({ page, tx, lang }) => {
    const list = regionControl(page, tx);
    await tabTo(page, list);
    // type the start of the name, as on a keyboard (Cyrillic key presses)
    await typeKeys(page, regionName(CHERNIHIV, lang).slice(0, 7));
    assert.equal(await list.inputValue(), CHERNIHIV);
    assert.equal(norm(await summary(page).textContent()), '', 'no verdict before the answers');
    // the result with the questions still open, by Enter on "See the result now" (and the focus back on the list)
    await page.locator('#see-now').focus();
    await page.keyboard.press('Enter');
    await waitSummary(page, summaryFor(lang, CHERNIHIV, expected(CHERNIHIV)));
    await list.focus();

    // the map is one tab stop further on, on the chosen region; arrows move, Enter picks
    const map = page.getByRole('group', { name: tx('map.label'), exact: true });
    await tabTo(page, map.locator('[tabindex="0"]'), 10);
    const focusedIso = () => page.evaluate(() => document.activeElement?.getAttribute('data-iso'));
    assert.equal(await focusedIso(), CHERNIHIV, 'the map takes focus on the chosen region');
    await page.keyboard.press('ArrowRight');
    const nextIso = await focusedIso();
    assert.ok(nextIso && nextIso !== CHERNIHIV, 'an arrow key moves to another region');
    await page.keyboard.press('Enter');
    await waitSummary(page, summaryFor(lang, nextIso, expected(nextIso)));
    assert.equal(await list.inputValue(), nextIso, 'the list follows the map');
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press(' ');
    await waitSummary(page, summaryFor(lang, CHERNIHIV, expected(CHERNIHIV)));

    // on to the first yes/no question; arrows choose within it
    const yes = radio(page, tx, 'q.risk.label', 'ui.yes');
    const no = radio(page, tx, 'q.risk.label', 'ui.no');
    await tabTo(page, yes, 10);
    await page.keyboard.press('ArrowRight');
    assert.ok(await no.isChecked());
    await page.keyboard.press('ArrowLeft');
    assert.ok(await yes.isChecked());
    const e = expected(CHERNIHIV, { prf: true });
    await checkResult(page, tx, lang, CHERNIHIV, e);
  }));

// ---- errors
test('a bad date shows an error beside its field and keeps the answers', () =>
  env.run(DESKTOP, async ({ page, tx, lang }) => {
    const c = { region: KHARKIV, prf: true, tp: 'yes' };
    await chooseRegion(page, tx, c.region);
    await answerAll(page, tx, c);
    const good = summaryFor(lang, c.region, expected(c.region, c));
    await waitSummary(page, good);

    const fmt = iso => dateIn(iso, lang);
    const errorBeside = async field => {
      const id = await field.getAttribute('aria-describedby');
      return page.locator(`[id="${id}"]`);
    };
    const asOf = page.getByLabel(tx('q.asOf.label'), { exact: true });
    await page.getByText(tx('ui.advanced'), { exact: true }).click(); // opens the "advanced" part
    const cases = [
      ['2026-01-01', asOf, tx('error.case.as-of-before-policy', { policyDate: await fmt(policy.date) })],
      ['', asOf, tx('error.case.date-format')],
    ];
    for (const [value, field, message] of cases) {
      await field.fill(value);
      await waitSummary(page, `${tx('ui.errorIntro')} ${message}`);
      const err = await errorBeside(field);
      assert.ok(await err.isVisible(), 'the error is shown beside the field');
      assert.equal(norm(await err.textContent()), message);
      assert.equal(await field.getAttribute('aria-invalid'), 'true');
      assert.ok(await page.locator('#paths').isHidden(), 'no paths for a case that has an error');
      // the answers are all still there
      assert.equal(await regionControl(page, tx).inputValue(), c.region);
      assert.ok(await radio(page, tx, 'q.risk.label', 'ui.yes').isChecked());
      assert.ok(await radio(page, tx, 'q.tp.label', 'ui.yes').isChecked());
    }
    // a way to the field from the result
    await page.getByRole('button', { name: tx('ui.errorGoTo'), exact: true }).click();
    assert.ok(await asOf.evaluate(el => el === document.activeElement), 'the button moves focus to the field');

    // an application date after the date assessed, on its own field
    await asOf.fill('2026-12-01');
    await waitSummary(page, good);
    const app = page.getByLabel(tx('q.appDate.label'), { exact: true });
    await app.fill('2026-12-05');
    const appMsg = tx('error.case.application-after-as-of', { asOf: await fmt('2026-12-01') });
    await waitSummary(page, `${tx('ui.errorIntro')} ${appMsg}`);
    assert.equal(norm(await (await errorBeside(app)).textContent()), appMsg);
    assert.ok(await (await errorBeside(asOf)).isHidden(), 'only the faulty field shows an error');

    // an application date with "no application": the two answers conflict
    await app.fill('2025-05-31');
    await answer(page, tx, 'q.application.label', 'ui.no');
    await waitSummary(page, `${tx('ui.errorIntro')} ${tx('error.case.application-conflict')}`);
    assert.ok(await page.locator('#paths').isHidden(), 'no paths for answers that conflict');

    // fixed: the result is back, the errors are gone
    await answer(page, tx, 'q.application.label', 'ui.yes');
    await checkResult(page, tx, lang, c.region, expected(c.region, { ...c, app: 'yes', asOf: '2026-12-01', appDate: '2025-05-31' }));
    assert.equal(await page.locator('[aria-invalid="true"]').count(), 0);
  }));

// ---- privacy and security
test('the CSP header is sent, and the page works under it with nothing stored', () =>
  env.run(DESKTOP, async ({ page, context, tx, lang, response, requests, origin }) => {
    const csp = response.headers()['content-security-policy'] || '';
    const directives = Object.fromEntries(csp.split(';').map(d => d.trim().split(/\s+/)).filter(d => d[0]).map(([k, ...v]) => [k, v]));
    assert.deepEqual(directives['default-src'], ["'self'"], csp);
    assert.deepEqual(directives['script-src'], ["'self'", "'wasm-unsafe-eval'"], 'no inline or eval scripts');
    // the one inline <style> (the page's stylesheet, inline so that it holds nothing back), by its hash: no 'unsafe-inline'
    const styles = [...(await response.text()).matchAll(/<style>([^<]*)<\/style>/g)].map(m => m[1]);
    assert.equal(styles.length, 1, 'one inline stylesheet');
    assert.deepEqual(directives['style-src'], ["'self'", `'sha256-${createHash('sha256').update(styles[0], 'utf8').digest('base64')}'`], 'inline styles only by hash');
    assert.deepEqual(directives['frame-ancestors'], ["'none'"]);
    assert.deepEqual(directives['object-src'], ["'none'"]);
    const meta = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
    assert.ok(meta && meta.includes("default-src 'self'"), 'the page carries its own copy for static hosts');

    // a full case, a language switch and a "why" opened: all under the CSP (violations fail the run)
    const c = { region: CHERNIHIV, prf: true, obstacles: true, tp: 'yes' };
    await chooseRegion(page, tx, c.region);
    await answerAll(page, tx, c);
    await page.locator('#result-body').getByText(tx('ui.why'), { exact: true }).first().click();
    await checkResult(page, tx, lang, c.region, expected(c.region, c));
    await switchLang(page, 'en');
    await checkResult(page, texts('en'), 'en', c.region, expected(c.region, c));

    assert.deepEqual(await context.cookies(), [], 'no cookies');
    const stored = await page.evaluate(async () => ({
      local: localStorage.length, session: sessionStorage.length,
      idb: (await indexedDB.databases()).map(d => d.name), cookie: document.cookie,
    }));
    assert.deepEqual(stored, { local: 0, session: 0, idb: [], cookie: '' }, 'nothing stored');
    assert.ok(requests.length > 5 && requests.every(u => u.startsWith(origin + '/') || u.startsWith('data:')), 'every request stays at the origin');
  }));

// ---- every region in every language
test('all 27 regions in all four languages give a result', () =>
  env.run(DESKTOP, async ({ page }) => {
    assert.equal(policy.regions.length, 27);
    for (const lang of LANGS) {
      await switchLang(page, lang);
      const tx = texts(lang);
      const list = regionControl(page, tx);
      const options = await list.locator('option').evaluateAll(os => os.map(o => [o.value, o.textContent]));
      assert.equal(options.filter(([v]) => v).length, 27, `${lang}: 27 regions in the list`);
      for (const [iso, label] of options.filter(([v]) => v)) {
        const r = regionsByIso.get(iso);
        assert.ok(r, `${lang}: unknown region ${iso} in the list`);
        assert.equal(norm(label), `${r.names[lang]} — ${tx('grade.short' + r.grade)}`);
        await list.selectOption(iso);
        if (lang === LANGS[0] && iso === options.find(([v]) => v)[0]) await seeResult(page, tx); // once: the rest stays open
        const e = expected(iso);
        await waitSummary(page, summaryFor(lang, iso, e));
        const body = norm(await page.locator('#result-body').textContent());
        includes(body, tx('headline.' + e.outlook, { region: r.names[lang], grade: tx('grade.short' + e.grade) }), `${lang} ${iso}`);
        const outlook = page.locator(`#result-body .stmt[data-statement="outlook.${e.outlook}"] > p`);
        assert.match(norm(await outlook.textContent()).slice(tx('modality.' + e.statements.find(s => s.id === 'outlook.' + e.outlook).modality).length + 1),
          stmtPattern(lang, 'outlook.' + e.outlook), `${lang} ${iso}: the outlook statement`);
      }
    }
  }));
