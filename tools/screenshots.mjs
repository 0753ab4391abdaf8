#!/usr/bin/env node
// Regenerates the README's screenshots in docs/screenshots/ from the built
// page (build/web; run tools/build first), in Ukrainian, with one case filled
// in: home in Kharkiv oblast (grade i), temporary protection yes, the other
// questions answered "no".
//
//   node tools/screenshots.mjs [--out DIR]
//
//   phone-question.png  390×844, the first step with the region chosen (no verdict yet)
//   phone-result.png    390×844, after "see the result"
//   desktop.png         1366×900, the first screen
//   desktop-paths.png   1366×900, scrolled to the two paths side by side
//   pro-desktop.png     1366×900, ?pro: questions, result and the professionals' panel side by side
//   caseload.png        1366×900, ?pro: the caseload panel with 300 made-up clients
//
// (No full-page desktop shot: the result column scrolls on its own beside
// the questions, so a full-page capture shows it cut off.)
//
// The page's clock is fixed at 29 November 2026 so the dates shown do not
// change from one run to the next. Uses Debian's Chromium through
// playwright-core (CHROMIUM=/path overrides /usr/bin/chromium).
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const outDir = resolve(repoRoot, args.indexOf('--out') >= 0 ? args[args.indexOf('--out') + 1] : 'docs/screenshots');
const LANG = 'uk';
const CASE = { region: 'UA-63', temporaryProtection: 'yes', personalRiskFactors: 'false', relocationObstacles: 'false', regularPermit: 'false', asylumApplication: 'yes' };
const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1366, height: 900 };
const NOW = new Date('2026-11-29T10:00:00');
const uk = JSON.parse(readFileSync(join(repoRoot, 'web/i18n/uk.json'), 'utf8'));
const tx = key => { const i = key.indexOf('.'); return uk[key.slice(0, i)][key.slice(i + 1)].replace(/\[\[|\]\]/g, ''); };

if (!existsSync(join(repoRoot, 'build/web/index.html'))) {
  console.error('screenshots: build/web is missing: run tools/build first');
  process.exit(1);
}

function serve() {
  const proc = spawn(process.execPath, [join(repoRoot, 'tools/serve.mjs'), '0'], { cwd: repoRoot, stdio: ['ignore', 'pipe', 'inherit'] });
  return new Promise((res, rej) => {
    let out = '';
    proc.stdout.on('data', d => {
      out += d;
      const m = /http:\/\/127\.0\.0\.1:\d+\//.exec(out);
      if (m) res({ proc, url: m[0] });
    });
    proc.on('exit', c => rej(new Error(`serve.mjs exited (${c})`)));
  });
}

async function openPage(browser, url, viewport, query = '') {
  const context = await browser.newContext({ viewport, locale: 'uk-UA', deviceScaleFactor: 1, reducedMotion: 'reduce' });
  await context.route(u => !String(u).startsWith(url), r => r.abort()); // the page makes no other requests anyway
  const page = await context.newPage();
  page.on('pageerror', e => { throw e; });
  await page.clock.setFixedTime(NOW);
  await page.goto(url + query);
  await page.waitForFunction(() => document.body.classList.contains('ready'));
  return { context, page };
}

async function fillCase(page, { region = true } = {}) {
  if (region) await page.locator('#f-region').selectOption(CASE.region);
  for (const [k, v] of Object.entries(CASE).filter(([k]) => k !== 'region')) {
    // on a phone these steps are not on screen yet
    await page.locator(`input[name="${k}"][value="${v}"]`).evaluate(el => el.click());
  }
  await page.waitForFunction(() => document.querySelector('#paths') && !document.querySelector('#paths').hidden);
}

const shots = [];
async function shot(page, name, fullPage = false) {
  const file = join(outDir, name);
  await page.evaluate(() => document.activeElement?.blur?.());
  await page.screenshot({ path: file, fullPage, animations: 'disabled', caret: 'hide' });
  shots.push(file);
}

const { proc, url } = await serve();
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
    '--no-first-run', '--disable-sync', '--hide-scrollbars', '--font-render-hinting=none', '--lang=uk'],
});
try {
  mkdirSync(outDir, { recursive: true });

  const phone = await openPage(browser, url, PHONE);
  await phone.page.locator('#f-region').selectOption(CASE.region);
  await shot(phone.page, 'phone-question.png');
  await fillCase(phone.page, { region: false });
  await phone.page.getByRole('button', { name: tx('ui.next'), exact: true }).click(); // the stepper works as a person would use it
  for (let i = 0; i < 4; i++) {
    const toResult = phone.page.getByRole('button', { name: tx('ui.toResult'), exact: true });
    if (await toResult.isVisible()) { await toResult.click(); break; }
    await phone.page.getByRole('button', { name: tx('ui.next'), exact: true }).click();
  }
  await phone.page.waitForFunction(() => document.activeElement?.id === 'result');
  await shot(phone.page, 'phone-result.png');
  await phone.context.close();

  const desk = await openPage(browser, url, DESKTOP);
  await fillCase(desk.page);
  await desk.page.evaluate(() => window.scrollTo(0, 0));
  await shot(desk.page, 'desktop.png');
  // the two paths' own headings at the top of the screen
  await desk.page.getByRole('heading', { name: tx('paths.keep'), exact: true })
    .evaluate(el => window.scrollTo(0, el.closest('section').getBoundingClientRect().top + window.scrollY - 16));
  await shot(desk.page, 'desktop-paths.png');
  await desk.context.close();

  const pro = await openPage(browser, url, DESKTOP, '?pro');
  await fillCase(pro.page);
  await pro.page.locator('#pro-view .pro-trace').waitFor();
  await shot(pro.page, 'pro-desktop.png');
  await pro.context.close();

  // The caseload panel of the view for professionals with a made-up caseload
  // of 300 clients (Dutch ';' separators, two bad rows), scrolled to the
  // panel's results: the summary, the chart, the filters and the table's start.
  const cases = await openPage(browser, url, DESKTOP, '?pro');
  const policy = JSON.parse(readFileSync(join(repoRoot, 'data/policy/2026-06-30.json'), 'utf8'));
  const lines = ['asOf;region;temporaryProtection;claims;personalRiskFactors;relocationObstacles;regularPermit;asylumApplicationDate'];
  for (let i = 0; i < 300; i++) {
    const iso = i === 41 ? 'UA-99' : policy.regions[(i * 7) % policy.regions.length].iso;
    lines.push(i === 118 ? '2026-11-29;UA-30' : `2026-${i % 2 ? '11-29' : '12-15'};${iso};${['yes', 'no', 'unknown'][i % 3]};;` +
      `${i % 4 === 0};${i % 9 === 0};false;${i % 5 === 0 ? '2024-0' + (1 + (i % 9)) + '-10' : i % 5 === 1 ? '2025-10-01' : ''}`);
  }
  await cases.page.setInputFiles('#caseload-file', { name: 'clients.csv', mimeType: 'text/csv', buffer: Buffer.from(lines.join('\r\n')) });
  await cases.page.locator('#caseload-table').waitFor();
  await cases.page.locator('#caseload-status').evaluate(el => window.scrollTo(0, el.getBoundingClientRect().top + window.scrollY - 16));
  await shot(cases.page, 'caseload.png');
  await cases.context.close();
} finally {
  await browser.close();
  proc.kill();
}
for (const f of shots) console.log(`${String(statSync(f).size).padStart(8)}  ${relative(repoRoot, f)}`);
