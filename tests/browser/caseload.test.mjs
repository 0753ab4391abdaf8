// The caseload panel of the view for professionals: a spreadsheet's export
// (Dutch ';', a byte order mark, CRLF, bad rows among good ones) in, one
// table row per input row out, and downloads that are byte for byte what
// `vybir batch` writes for the same file. Nothing is stored or sent (the
// harness fails a test on any request that leaves the origin), a reload
// forgets the caseload, the kiosk has no panel, and keyboard alone works.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { setup, runSingleFile, root, DESKTOP, LANGS, policy, texts, norm, waitReady, tabTo, regionName } from './support.mjs';

const env = setup();
const AXE = readFileSync(path.join(root, 'node_modules/axe-core/axe.min.js'), 'utf8');
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];
const VYBIR = path.join(root, 'build/native/vybir');

// 2,000 clients as Dutch Excel writes them: a BOM, ';' between cells, CRLF,
// quotes where a cell holds ';'. A few rows are bad, each in its own way.
const HEADER = 'asOf;region;temporaryProtection;claims;personalRiskFactors;relocationObstacles;regularPermit;asylumApplicationDate';
const BAD = new Map([
  [7, ['2026-12-01;UA-99;yes;;false;false;false;', 'case.region-unknown']],
  [250, ['2026-12-01;UA-63;yes', 'csv.column-count']],
  [999, ['2026-12-01;"UA-63;yes;;false;false;false;', 'csv.syntax']],
  [1500, ['2026-02-30;UA-30;no;;false;false;false;', 'case.date-invalid']],
]);
function caseload(rows = 2000) {
  const regions = policy.regions.map(r => r.iso);
  const lines = ['\uFEFF' + HEADER];
  for (let i = 0; i < rows; i++) {
    const line = i + 2; // the header is line 1
    if (BAD.has(line)) { lines.push(BAD.get(line)[0]); continue; }
    const claims = i % 11 === 0 ? '"journalist;lgbtiq"' : i % 7 === 0 ? 'draft-evasion' : '';
    const tp = ['yes', 'no', 'unknown'][i % 3];
    const applied = i % 5 === 0 ? `2025-0${1 + (i % 9)}-15` : '';
    lines.push(`2026-${10 + (i % 3)}-0${1 + (i % 9)};${regions[i % regions.length]};${tp};${claims};${i % 4 === 0 ? 'TRUE' : 'false'};${i % 6 === 0};${i % 13 === 0};${applied}`);
  }
  return Buffer.from(lines.join('\r\n') + '\r\n', 'utf8');
}

/** What `vybir batch --in csv` writes for these bytes. */
function cli(bytes, out) {
  const dir = mkdtempSync(path.join(tmpdir(), 'vybir-caseload-'));
  try {
    writeFileSync(path.join(dir, 'clients.csv'), bytes);
    return execFileSync(VYBIR, ['batch', path.join(dir, 'clients.csv'), '--in', 'csv', '--out', out], { maxBuffer: 1 << 30, stdio: ['ignore', 'pipe', 'ignore'] });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function openPanel(page, url = env.url + '?pro') {
  await page.goto(url);
  await waitReady(page);
  await page.locator('#caseload-file').waitFor();
}

async function load(page, bytes, name = 'clients.csv') {
  await page.setInputFiles('#caseload-file', { name, mimeType: 'text/csv', buffer: bytes });
  await page.locator('#caseload-table, #caseload .err[role="alert"]').first().waitFor({ timeout: 20_000 });
}

/** The row numbers in the table, page by page. */
async function allLines(page) {
  const lines = [];
  for (;;) {
    lines.push(...(await page.locator('#caseload-table tbody tr').evaluateAll(trs => trs.map(tr => Number(tr.dataset.line)))));
    const next = page.locator('#caseload-next');
    if (await next.isDisabled()) return lines;
    await next.click();
  }
}

async function axe(page, screen) {
  await page.evaluate(AXE);
  const found = await page.evaluate(tags => window.axe.run({ include: [['#caseload']] }, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] })
    .then(r => r.violations.map(v => `${v.id} (${v.impact}): ${v.help}\n    ${v.nodes.slice(0, 5).map(n => n.target.join(' ')).join('\n    ')}`)), TAGS);
  assert.deepEqual(found, [], `axe on ${screen}`);
}

test('2,000 rows with Dutch separators, a BOM and bad rows: every row in the table, the bad ones with their error', () =>
  env.run({ ...DESKTOP, locale: 'en-GB' }, async ({ page, tx }) => {
    await openPanel(page);
    const bytes = caseload();
    await load(page, bytes);
    assert.equal(norm(await page.locator('#caseload-table caption').textContent()), tx('caseload.caption', { count: '2,000' }));
    const lines = await allLines(page);
    assert.equal(lines.length, 2000);
    assert.deepEqual(lines, Array.from({ length: 2000 }, (_, i) => i + 2), 'one row per input row, in order, numbered by line');

    await page.locator('#caseload-f-errors').check();
    const bad = await page.locator('#caseload-table tbody tr').evaluateAll(trs => trs.map(tr => [Number(tr.dataset.line), tr.textContent]));
    assert.deepEqual(bad.map(b => b[0]), [...BAD.keys()], 'errors only: the bad rows');
    for (const [line, text] of bad) {
      const code = BAD.get(line)[1];
      const want = ['csv.column-count', 'csv.syntax'].includes(code) ? tx('caseload.error.' + code) : tx('error.' + code);
      assert.ok(norm(text).includes(want), `row ${line}: ${code} in words (${norm(text)})`);
    }
    assert.ok(norm(bad[0][1]).includes(tx('caseload.field', { field: 'region' })), 'the field of the error');
    assert.match(norm(await page.locator('#caseload-status').textContent()), /^2,000 rows assessed in [\d.]+ s; 4 with an error\.$/);

    // The summary counts what the table holds.
    const cliCsv = cli(bytes, 'csv');
    const rows = cliCsv.toString('utf8').trim().split('\n').slice(1).map(r => r.split(','));
    const grade1 = rows.filter(r => r[2] === '1').length;
    const labels = await page.locator('.caseload-chart text.label').allTextContents();
    const counts = await page.locator('.caseload-chart text.count').allTextContents();
    assert.deepEqual([labels[0], counts[0]], [tx('grade.short1'), grade1.toLocaleString('en-GB')]);
    assert.equal(counts.at(-1), '4', 'rows with an error');
    assert.equal(await page.locator('.caseload-chart rect').count(), labels.length, 'one bar per count');
    assert.ok(norm(await page.locator('.caseload-chart title').textContent()).startsWith(`${tx('grade.short1')}: ${grade1}`), 'the chart reads out every count');

    // Downloads: the very bytes of `vybir batch` for the same file.
    await page.locator('#caseload-f-errors').uncheck();
    const [csv] = await Promise.all([page.waitForEvent('download'), page.locator('#caseload-csv').click()]);
    assert.equal(csv.suggestedFilename(), 'clients-vybir.csv');
    assert.match(csv.url(), /^blob:/, 'made in the page');
    assert.ok(readFileSync(await csv.path()).equals(cliCsv), 'the CSV is byte for byte what vybir batch --out csv writes');
    const [jsonl] = await Promise.all([page.waitForEvent('download'), page.locator('#caseload-jsonl').click()]);
    assert.ok(readFileSync(await jsonl.path()).equals(cli(bytes, 'jsonl')), 'the JSONL is byte for byte what vybir batch writes');
  }));

test('a row opens that client\'s full result, as a link would, and a button leads back to the table', () =>
  env.run({ ...DESKTOP, locale: 'en-GB' }, async ({ page, tx }) => {
    await openPanel(page);
    await load(page, Buffer.from('asOf,region,temporaryProtection,personalRiskFactors\n2026-12-01,UA-30,yes,true\n2026-12-01,UA-63,no,false\n'));
    await page.getByRole('button', { name: tx('caseload.open', { line: 3 }) }).click();
    // The form holds the row's case, and the result follows it.
    await page.waitForFunction(() => document.getElementById('f-region')?.value === 'UA-63');
    await page.waitForFunction(() => (document.getElementById('result-body')?.textContent || '').trim() !== '');
    assert.equal(await page.locator('#f-region').inputValue(), 'UA-63', 'the form holds the row\'s case');
    assert.equal(await page.evaluate(() => localStorage.length + sessionStorage.length), 0);
    const back = page.getByRole('button', { name: tx('caseload.back', { line: 3 }) });
    await back.click();
    assert.equal(await page.evaluate(() => document.activeElement?.closest('tr')?.dataset.line), '3', 'focus is back on the row');
    assert.equal(await page.locator('#caseload-table tbody tr').count(), 2, 'the table is still there');
  }));

test('the caseload is gone after a reload, and was never stored or put in the address', () =>
  env.run({ ...DESKTOP, locale: 'en-GB' }, async ({ page }) => {
    await openPanel(page);
    await load(page, caseload(50));
    assert.equal(await page.locator('#caseload-table tbody tr').count(), 50);
    const stored = () => page.evaluate(async () => ({
      local: localStorage.length, session: sessionStorage.length,
      idb: (await indexedDB.databases()).length, url: location.href,
      caches: (await Promise.all((await caches.keys()).map(async k => (await caches.open(k)).keys())))
        .flat().map(r => r.url).filter(u => !/\/(index\.html|[\w/.-]+\.(m?js|css|json|wasm|svg|webmanifest|png))?$/.test(new URL(u).pathname)),
    }));
    const before = await stored();
    assert.deepEqual({ ...before, url: new URL(before.url).search + new URL(before.url).hash }, { local: 0, session: 0, idb: 0, url: '?pro', caches: [] });
    await page.reload();
    await waitReady(page);
    await page.locator('#caseload-file').waitFor();
    assert.equal(await page.locator('#caseload-table').count(), 0, 'no table after a reload');
    assert.equal(norm(await page.locator('#caseload-status').textContent()), '');
  }));

test('a column the contract does not know is refused by name, before anything is assessed', () =>
  env.run({ ...DESKTOP, locale: 'nl-NL' }, async ({ page, tx }) => {
    await openPanel(page);
    await load(page, Buffer.from('\uFEFFasOf;region;nationality\r\n2026-12-01;UA-63;UA\r\n'));
    assert.equal(norm(await page.locator('#caseload .err[role="alert"]').textContent()), tx('caseload.unknownColumn', { column: 'nationality' }));
    assert.equal(await page.locator('#caseload-table').count(), 0);
  }));

test('keyboard alone: load a file, sort, filter, download', () =>
  env.run({ ...DESKTOP, locale: 'uk-UA' }, async ({ page, tx }) => {
    await openPanel(page);
    await page.locator('#caseload-title').scrollIntoViewIfNeeded();
    await tabTo(page, page.locator('#caseload-file'), 200);
    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.keyboard.press('Space')]);
    await chooser.setFiles({ name: 'clients.csv', mimeType: 'text/csv', buffer: caseload(300) });
    await page.locator('#caseload-table').waitFor();
    // Filters come before the table: errors only first (lines 7 and 250), then sort.
    await tabTo(page, page.locator('#caseload-f-errors'));
    await page.keyboard.press('Space');
    assert.deepEqual(await page.locator('#caseload-table tbody tr').evaluateAll(trs => trs.map(tr => tr.dataset.line)), ['7', '250']);
    assert.equal(await page.evaluate(() => document.activeElement.id), 'caseload-f-errors', 'focus stays on the filter');
    await tabTo(page, page.locator('#caseload-sort-error'));
    await page.keyboard.press('Enter');
    assert.equal(await page.locator('#caseload-sort-error').evaluate(b => b.closest('th').getAttribute('aria-sort')), 'ascending');
    assert.equal(await page.evaluate(() => document.activeElement.id), 'caseload-sort-error', 'focus stays on the sort button');
    // By the error's code: case.region-unknown (line 7) before csv.column-count (line 250); descending the other way round.
    assert.deepEqual(await page.locator('#caseload-table tbody tr').evaluateAll(trs => trs.map(tr => tr.dataset.line)), ['7', '250']);
    await page.keyboard.press('Enter');
    assert.equal(await page.locator('#caseload-sort-error').evaluate(b => b.closest('th').getAttribute('aria-sort')), 'descending');
    assert.deepEqual(await page.locator('#caseload-table tbody tr').evaluateAll(trs => trs.map(tr => tr.dataset.line)), ['250', '7']);
    await tabTo(page, page.locator('#caseload-csv'), 200);
    const [csv] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
    assert.ok(readFileSync(await csv.path()).equals(cli(caseload(300), 'csv')));
    await axe(page, 'uk caseload with a filter');
  }));

for (const lang of LANGS) {
  test(`${lang}: the panel in the page language, and axe finds nothing in it`, () =>
    env.run({ ...DESKTOP, locale: lang === 'en' ? 'en-GB' : lang }, async ({ page, tx }) => {
      await openPanel(page);
      await axe(page, `${lang} empty panel`);
      await load(page, caseload(120));
      assert.equal(norm(await page.locator('#caseload-sort-region').textContent()), tx('caseload.col.region'));
      const first = page.locator('#caseload-table tbody tr').first();
      assert.equal(norm(await first.locator('td').first().textContent()), regionName(policy.regions[0].iso, lang));
      await axe(page, `${lang} results`);
    }));
}

test('offline: the service worker precaches the panel, its style and its worker (engine inside)', () => {
  const build = JSON.parse(readFileSync(path.join(root, 'build/web/build.json'), 'utf8'));
  const precached = new Set(build.precache.map(([p]) => p));
  for (const p of ['js/caseload.js', 'js/caseload-worker.js', 'css/caseload.css', 'vybir_core.wasm']) assert.ok(precached.has(p), p);
  const worker = readFileSync(path.join(root, 'build/web/js/caseload-worker.js'), 'utf8');
  assert.doesNotMatch(worker, /\bimport\s*[{*\w]/, 'no import left: vybir.js is not precached, so it is bundled in');
});

test('a language switch re-words the panel and keeps the caseload', () =>
  env.run({ ...DESKTOP, locale: 'en-GB' }, async ({ page }) => {
    await openPanel(page);
    await load(page, caseload(30));
    await page.locator('#langs [lang="uk"]').click();
    const uk = texts('uk');
    await page.waitForFunction(want => document.getElementById('caseload-sort-region')?.textContent.includes(want), uk('caseload.col.region'));
    assert.equal(norm(await page.locator('#caseload-title').textContent()), uk('caseload.title'));
    assert.equal(await page.locator('#caseload-table tbody tr').count(), 30, 'the rows are still there');
    assert.equal(norm(await page.locator('#caseload-table tbody tr').first().locator('td').first().textContent()), regionName(policy.regions[0].iso, 'uk'));
  }));

test('the kiosk has no caseload panel', () =>
  env.run({ ...DESKTOP, locale: 'en-GB', goto: false }, async ({ page, pageRequests }) => {
    await page.goto(env.url + '?kiosk&pro');
    await waitReady(page);
    assert.equal(await page.locator('#caseload').count(), 0);
    assert.equal(pageRequests.filter(u => /caseload/.test(u)).length, 0, 'its code is not even loaded');
  }));

test('the single file (dist/vybir.html) runs the caseload in a worker of its own, offline', () =>
  runSingleFile(env, { locale: 'en-GB' }, async ({ page, fileUrl }) => {
    await page.goto(fileUrl + '?pro');
    await page.locator('#caseload-file').waitFor();
    const bytes = caseload(200);
    await load(page, bytes);
    assert.equal(await page.locator('#caseload-table tbody tr').count(), 100, 'the first page of rows');
    const [csv] = await Promise.all([page.waitForEvent('download'), page.locator('#caseload-csv').click()]);
    assert.ok(readFileSync(await csv.path()).equals(cli(bytes, 'csv')));
  }));
