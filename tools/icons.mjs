#!/usr/bin/env node
// Renders web/icons/icon.svg to the PNG icons the web app manifest lists
// (192 and 512 pixels, full-bleed so they also serve as maskable icons), with
// headless Chromium. The PNGs are committed; run
// this again only after changing the SVG.
//
//   node tools/icons.mjs
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const dir = join(resolve(dirname(fileURLToPath(import.meta.url)), '..'), 'web', 'icons');
const svg = readFileSync(join(dir, 'icon.svg'), 'utf8');
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync'],
});
try {
  for (const size of [192, 512]) {
    const page = await browser.newPage({ viewport: { width: size, height: size } });
    await page.setContent(`<html><body style="margin:0;background:transparent">${svg.replace('<svg ', `<svg width="${size}" height="${size}" `).replace('rx="96"', 'rx="0"')}</body></html>`);
    await page.screenshot({ path: join(dir, `icon-${size}.png`), omitBackground: true });
    await page.close();
    console.log(`icons: web/icons/icon-${size}.png`);
  }
} finally {
  await browser.close();
}
