#!/usr/bin/env node
// Screenshots, in Ukrainian, of the result for the three cases the legal
// review reads: a Kharkiv TP holder with an application, Crimea with
// personal risk factors, and Lviv without TP. Each opens from a shared
// link, as a legal-aid worker would send it, at phone and desktop width.
//
//   node tools/cases-screens.mjs [--out DIR] [--lang uk] [--root DIR] [--tag NAME]
//
// Files: case-<case>-<lang>[-<tag>]-<phone|desktop>-<n>.png, the result in
// screen-sized parts from its top; 1 is what a person sees first. --root
// serves another built page (e.g. an older commit's build/web, for a
// before-and-after), whose own engine encodes the link.
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
const root = resolve(repoRoot, arg('--root', 'build/web'));
const tag = arg('--tag', '');
const CASES = {
  kharkiv: { asOf: '2026-11-29', region: 'UA-63', temporaryProtection: 'yes', asylumApplication: 'yes', asylumApplicationDate: '2025-05-31' },
  crimea: { asOf: '2026-11-29', region: 'UA-43', personalRiskFactors: true, temporaryProtection: 'yes', asylumApplication: 'no' },
  lviv: { asOf: '2026-11-29', region: 'UA-46', temporaryProtection: 'no', asylumApplication: 'yes' },
};
// Phone: two screens, where the headline and the two paths belong. Desktop:
// the first screen of the page, as it opens.
const SCREENS = {
  phone: { viewport: { width: 390, height: 844 }, parts: 2, from: 'result' },
  desktop: { viewport: { width: 1366, height: 900 }, parts: 1, from: 'top' },
};

const proc = spawn(process.execPath, [join(repoRoot, 'tools/serve.mjs'), '0', '--root', root], { cwd: repoRoot, stdio: ['ignore', 'pipe', 'inherit'] });
const url = await new Promise(res => { let out = ''; proc.stdout.on('data', d => { out += d; const m = /http:\/\/127\.0\.0\.1:\d+\//.exec(out); if (m) res(m[0]); }); });
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync'] });
mkdirSync(outDir, { recursive: true });

// A case without a field the page's engine does not know (an older
// contract had no asylumApplication): that answer is then simply not given.
async function encode(page, c) {
  return page.evaluate(async c => {
    const engine = await import('./vybir.js').then(m => m.load());
    let link = engine.fragment.encode(c);
    if (typeof link !== 'string') {
      const { asylumApplication, asylumApplicationDate, ...older } = c;
      link = engine.fragment.encode(older);
    }
    return typeof link === 'string' ? link : JSON.stringify(link);
  }, c);
}

try {
  for (const [name, c] of Object.entries(CASES)) {
    for (const [width, screen] of Object.entries(SCREENS)) {
      const context = await browser.newContext({ viewport: screen.viewport, locale: `${lang}-UA`, reducedMotion: 'reduce' });
      await context.route(u => !String(u).startsWith(url), r => r.abort());
      const page = await context.newPage();
      await page.goto(url + `?lang=${lang}`);
      await page.waitForFunction(() => document.querySelector('#region, [name=region], .region-list, select'));
      const link = await encode(page, c);
      await page.goto(url + `?lang=${lang}#` + link);
      await page.waitForFunction(() => document.querySelector('#result-body')?.childElementCount > 0);
      await page.waitForTimeout(300);
      const box = await page.locator('#result').boundingBox();
      const top = screen.from === 'result' ? box.y + await page.evaluate(() => scrollY) : 0;
      const { height: pageHeight } = await page.evaluate(() => ({ height: document.documentElement.scrollHeight }));
      for (let i = 0; i < screen.parts && top + i * screen.viewport.height < pageHeight; i++) {
        const y = top + i * screen.viewport.height;
        const file = join(outDir, `case-${name}-${lang}${tag ? '-' + tag : ''}-${width}-${i + 1}.png`);
        await page.screenshot({ path: file, fullPage: true, animations: 'disabled', caret: 'hide',
          clip: { x: 0, y, width: screen.viewport.width, height: Math.min(screen.viewport.height, pageHeight - y) } });
        console.log(file);
      }
      await context.close();
    }
  }
} finally {
  await browser.close();
  proc.kill();
}
