#!/usr/bin/env node
// Full-page phone screenshots, in Ukrainian, of the result for the three
// cases the legal review reads: a Kharkiv TP holder with an application,
// Crimea with personal risk factors, and Lviv without TP. Each opens from
// a shared link, as a legal-aid worker would send it.
//
//   node tools/cases-screens.mjs [--out DIR] [--lang uk]
import { spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const arg = (name, def) => (args.indexOf(name) >= 0 ? args[args.indexOf(name) + 1] : def);
const outDir = resolve(repoRoot, arg('--out', 'docs/screenshots'));
const lang = arg('--lang', 'uk');
const CASES = {
  kharkiv: { asOf: '2026-11-29', region: 'UA-63', temporaryProtection: 'yes', asylumApplication: 'yes', asylumApplicationDate: '2025-05-31' },
  crimea: { asOf: '2026-11-29', region: 'UA-43', personalRiskFactors: true, temporaryProtection: 'yes', asylumApplication: 'no' },
  lviv: { asOf: '2026-11-29', region: 'UA-46', temporaryProtection: 'no', asylumApplication: 'yes' },
};

const proc = spawn(process.execPath, [join(repoRoot, 'tools/serve.mjs'), '0'], { cwd: repoRoot, stdio: ['ignore', 'pipe', 'inherit'] });
const url = await new Promise(res => { let out = ''; proc.stdout.on('data', d => { out += d; const m = /http:\/\/127\.0\.0\.1:\d+\//.exec(out); if (m) res(m[0]); }); });
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync'] });
mkdirSync(outDir, { recursive: true });
try {
  for (const [name, c] of Object.entries(CASES)) {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, locale: `${lang}-UA`, reducedMotion: 'reduce' });
    await context.route(u => !String(u).startsWith(url), r => r.abort());
    const page = await context.newPage();
    await page.goto(url + `?lang=${lang}`);
    await page.waitForFunction(() => document.body.classList.contains('started'));
    const link = await page.evaluate(async c => (await import('./vybir.js').then(m => m.load())).fragment.encode(c), c);
    await page.goto(url + `?lang=${lang}#` + link);
    await page.waitForFunction(() => document.querySelector('#result-body .headline'));
    // The result only (on a phone it stands below the questions), in
    // screen-sized parts: 1 is what a person sees first.
    const box = await page.locator('#result').boundingBox();
    const scrollY = await page.evaluate(() => scrollY);
    for (let i = 0, y = box.y + scrollY; y < box.y + scrollY + box.height; i++, y += 844) {
      const file = join(outDir, `case-${name}-${lang}-${i + 1}.png`);
      await page.screenshot({ path: file, fullPage: true, clip: { x: 0, y, width: 390, height: Math.min(844, box.y + scrollY + box.height - y) }, animations: 'disabled', caret: 'hide' });
      console.log(file);
    }
    await context.close();
  }
} finally {
  await browser.close();
  proc.kill();
}
