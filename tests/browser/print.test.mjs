// "Print for a lawyer": Chromium's own PDF (page.pdf, A4) of the summary
// holds the answers, the result, the two paths and the citations in the page
// language and in Dutch, on at most three pages (four for the longest case), with the policy version, its
// SHA-256 and the date. The browser's own print (Ctrl+P) gives the same
// summary, never the form. Its first page is rendered (pdftoppm) to
// docs/screenshots/print-page1.png. Text is read back with pdftotext
// (poppler-utils, installed by tools/setup).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { setup, root, DESKTOP, texts, waitReady, regionName, policy, dateIn } from './support.mjs';

const env = setup();
const { load } = await import(pathToFileURL(path.join(root, 'build/web/vybir.js')).href);
const engine = await load();
const POLICY_SHA = JSON.parse(readFileSync(path.join(root, 'build/web/build.json'), 'utf8')).policySha256;
const SCREENSHOT = path.join(root, 'docs/screenshots/print-page1.png');

const CASE = {
  asOf: '2026-11-29', region: 'UA-63', personalRiskFactors: true, claims: ['journalist'],
  temporaryProtection: 'yes', asylumApplication: 'yes', asylumApplicationDate: '2025-05-31',
};
const LONGEST = {
  asOf: '2026-11-29', region: 'UA-48', occupiedArea: true, personalRiskFactors: true, relocationObstacles: true,
  claims: ['draft-evasion', 'desertion', 'journalist', 'pro-russian', 'lgbtiq', 'other-persecution'],
  temporaryProtection: 'yes', asylumApplication: 'yes', asylumApplicationDate: '2025-05-31', tpExtension2028: true,
};

/** Text as compared here: no white space at all (lines and columns break anywhere). */
const squash = s => String(s).replace(/\s+/g, '');

/** Opens the case by its link, asks for the lawyer's summary and prints it: {pdf, text, pages, requests}. */
async function printCase(page, pageRequests, c) {
  await page.goto(env.url + '#' + engine.fragment.encode(c));
  await waitReady(page);
  await page.locator('#share').waitFor();
  const before = pageRequests.length;
  // The print dialog itself is the browser's; page.pdf() stands in for it.
  await page.evaluate(() => { window.print = () => { window.__printed = true; }; });
  await page.locator('#print-lawyer').click();
  await page.waitForFunction(() => window.__printed === true);
  const columns = await page.locator('#print-sheet thead th').count();
  const pdf = await page.pdf({ format: 'A4', printBackground: true });
  const gone = await page.locator('#print-sheet').count() === 0; // Chromium fires afterprint after page.pdf()
  const dir = mkdtempSync(path.join(tmpdir(), 'vybir-print-'));
  try {
    const file = path.join(dir, 'summary.pdf');
    writeFileSync(file, pdf);
    const text = execFileSync('pdftotext', ['-raw', '-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
    const pages = Number(/^Pages:\s+(\d+)/m.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))[1]);
    return { file, dir, text, pages, columns, gone, requests: pageRequests.slice(before), all: [...pageRequests] };
  } catch (e) {
    rmSync(dir, { recursive: true, force: true });
    throw e;
  }
}

function assertHolds(text, needles, what) {
  // in lower case: the certainty labels are set in capitals by the style sheet
  const hay = squash(text).toLowerCase();
  const missing = needles.filter(n => !hay.includes(squash(n).toLowerCase()));
  assert.deepEqual(missing, [], `${what}: the PDF lacks these`);
}

/** A statement's words in lang without the values it names: the pieces of text between its {placeholders}. */
const stmtPieces = (lang, id) => {
  const raw = JSON.parse(readFileSync(path.join(root, 'web/i18n', `${lang}.json`), 'utf8')).stmt[id];
  assert.equal(typeof raw, 'string', `no text for stmt.${id} in ${lang}`);
  return raw.replace(/\[\[|\]\]/g, '').split(/\{\w+\}/).filter(p => squash(p).length > 0);
};

/** What the summary must say for assessment a, in one language: the answers, every statement but the
 *  background with its certainty and its section, the sections relied on, and the dates. */
function needles(lang, a, c) {
  const tx = texts(lang);
  const said = a.statements.filter(s => s.modality !== 'context');
  assert.ok(said.length > 10, 'a case with much to say');
  return [
    tx('print.title'), tx('print.answers'), tx('print.result'), tx('paths.keep'), tx('paths.withdraw'), tx('print.citations'),
    tx('q.region.label'), regionName(c.region, lang), tx('q.risk.label'), tx('q.tp.label'), tx('q.application.label'),
    ...said.flatMap(s => [tx('modality.' + s.modality), ...stmtPieces(lang, s.id), `[${s.cite}]`]),
    tx('print.assessed', { date: dateIn(c.asOf, lang) }),
    dateIn(a.decisionDeadline.date, lang),
    ...[...new Set(a.statements.map(s => s.cite))].flatMap(id => [tx('citeSection.' + id), id]),
    tx('foot.notAdvice'),
  ];
}

test('uk: the lawyer\'s summary holds the answers, result, paths and citations in Ukrainian and Dutch, on at most three A4 pages', () =>
  env.run({ ...DESKTOP, locale: 'uk-UA', goto: false }, async ({ page, pageRequests }) => {
    const a = engine.evaluate(CASE);
    const { file, dir, text, pages, all, columns } = await printCase(page, pageRequests, CASE);
    try {
      assert.equal(columns, 10, 'Ukrainian and Dutch side by side in each of the five tables');
      assertHolds(text, needles('uk', a, CASE), 'Ukrainian');
      assertHolds(text, needles('nl', a, CASE), 'Dutch');
      assertHolds(text, ['BN-2.1a', 'BN-4.1a', 'BN-4.3', 'EU-1182/71 art. 3', '7747653', POLICY_SHA, policy.id], 'ids, reference and hash');
      const ua = texts('uk');
      for (const hidden of [ua('share.title'), ua('ui.questionsTitle'), 'Русский']) {
        assert.ok(!squash(text).includes(squash(hidden)), `only the summary is printed, not «${hidden}»`);
      }
      assert.deepEqual(all.filter(u => /i18n|print/.test(u)).map(u => new URL(u).pathname).sort(), ['/css/print.css', '/i18n/nl.json', '/i18n/uk.json', '/js/print.js'],
        'the print style, the print module and the Dutch texts, each fetched once');
      mkdirSync(path.dirname(SCREENSHOT), { recursive: true });
      execFileSync('pdftoppm', ['-png', '-r', '72', '-f', '1', '-l', '1', '-singlefile', file, SCREENSHOT.replace(/\.png$/, '')]);
      assert.ok(readFileSync(SCREENSHOT).length > 10_000, 'the first page as a PNG');
      assert.ok(pages >= 1 && pages <= 3, `${pages} pages`);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }));

test('ru: the longest case (every reason, a deadline, the 2028 scenario) still fits on four pages', () =>
  env.run({ ...DESKTOP, locale: 'ru-RU', goto: false }, async ({ page, pageRequests }) => {
    const a = engine.evaluate(LONGEST);
    const { dir, text, pages } = await printCase(page, pageRequests, LONGEST);
    try {
      assertHolds(text, needles('ru', a, LONGEST), 'Russian');
      assertHolds(text, needles('nl', a, LONGEST), 'Dutch');
      assert.ok(a.statements.some(s => s.id === 'grade.occupied-part') && a.temporaryProtection.scenario === 'extension-2028', 'the longest case');
      assertHolds(text, ['BN-fn3', 'BN-fn5', texts('nl')('citeSection.BN-fn3')], 'the scenario and the occupied part');
      assert.ok(pages <= 4, `${pages} pages`);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }));

test('nl: in Dutch the summary has one column; after printing the sheet is gone', () =>
  env.run({ ...DESKTOP, locale: 'nl-NL', goto: false }, async ({ page, pageRequests }) => {
    const a = engine.evaluate(CASE);
    const { dir, text, pages, columns, gone } = await printCase(page, pageRequests, CASE);
    try {
      assertHolds(text, needles('nl', a, CASE), 'Dutch');
      assert.equal(columns, 5, 'one language column in each of the five tables');
      assert.ok(gone, 'the sheet is removed after printing');
      assert.ok(pages <= 3, `${pages} pages`);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }));

/** Waits until the browser's own print would build the summary (print.js and the Dutch texts are fetched once there is a result). */
async function printReady(page) {
  await page.waitForFunction(() => {
    dispatchEvent(new Event('beforeprint'));
    const built = !!document.querySelector('#print-sheet td[lang="nl"]');
    dispatchEvent(new Event('afterprint'));
    return built;
  }, null, { timeout: 10_000 });
}

async function pdfText(page) {
  const dir = mkdtempSync(path.join(tmpdir(), 'vybir-print-'));
  try {
    const file = path.join(dir, 'page.pdf');
    writeFileSync(file, await page.pdf({ format: 'A4' })); // as Ctrl+P: beforeprint, print, afterprint
    const pages = Number(/^Pages:\s+(\d+)/m.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))[1]);
    return { text: execFileSync('pdftotext', ['-raw', '-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }), pages };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

test('printing the page itself (Ctrl+P) gives the same summary, with Dutch beside it, and not the form', () =>
  env.run({ ...DESKTOP, locale: 'en-GB', goto: false }, async ({ page }) => {
    await page.goto(env.url + '#' + engine.fragment.encode(CASE));
    await waitReady(page);
    await page.locator('#share').waitFor();
    await printReady(page);
    const { text, pages } = await pdfText(page);
    const a = engine.evaluate(CASE);
    assertHolds(text, needles('en', a, CASE), 'English');
    assertHolds(text, needles('nl', a, CASE), 'Dutch');
    const tx = texts('en');
    for (const hidden of ['Українська', tx('share.makeLink'), tx('map.hint'), tx('ui.questionsTitle'), tx('ui.advanced'), tx('ui.next')]) {
      assert.ok(!squash(text).includes(squash(hidden)), `no «${hidden}»`);
    }
    assert.equal(await page.locator('#print-sheet').count(), 0, 'the sheet is gone after printing');
    assert.ok(pages <= 3, `${pages} pages`);
  }));

test('Ctrl+P before there is a result prints one line that says so, not the questions; print.js waits for a result', () =>
  env.run({ ...DESKTOP, locale: 'uk-UA' }, async ({ page, tx, pageRequests }) => {
    const { text, pages } = await pdfText(page);
    assert.equal(pages, 1);
    assertHolds(text, [tx('print.noResult')], 'the note');
    for (const hidden of [tx('q.region.label'), tx('q.risk.label'), tx('ui.yes')]) assert.ok(!squash(text).includes(squash(hidden)), `no «${hidden}»`);
    assert.deepEqual(pageRequests.filter(u => /print\.js|nl\.json/.test(u)), [], 'not part of a first visit');
  }));
