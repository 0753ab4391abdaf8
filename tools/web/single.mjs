// One self-contained HTML file from an assembled (not yet bundled) build/web:
// every module bundled into one inline module script (esbuild), the styles
// inline, the map in a <template>, all four languages as JSON data blocks and
// the WASM as base64. It works opened straight from a disk or USB stick
// (file://), with no server and no network. Its Content-Security-Policy
// allows exactly its own inline script and styles, by SHA-256 hash, and
// nothing else.
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import * as esbuild from 'esbuild';
import { LANGS, fail } from './common.mjs';
import { bundleSingle } from './bundle.mjs';
import { PARTS } from './i18n.mjs';

const b64sha = text => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
const scriptSafe = text => text.replace(/<\/(script)/gi, '<\\/$1').replace(/<!--/g, '<\\!--');
const minCss = async css => (await esbuild.transform(css, { loader: 'css', minify: true, legalComments: 'none' })).code;

export async function buildSingle(webDir, outFile) {
  let html = readFileSync(join(webDir, 'index.html'), 'utf8');
  const read = p => readFileSync(join(webDir, p), 'utf8');
  const bundled = await bundleSingle(webDir);
  const js = scriptSafe(bundled.page);
  const styles = [];
  const style = async (href, media = '') => {
    const css = await minCss(read(href));
    styles.push(css);
    return `<style data-href="${href}"${media}>${css}</style>`;
  };
  const links = [...html.matchAll(/<link rel="stylesheet" href="([^"]+)"( media="[^"]+")?>/g)];
  for (const [all, href, media] of links) {
    const tag = await style(href, media);
    html = html.replace(all, () => tag);
  }
  // Loaded on request on the web; here inline from the start (print.css only applies to the lawyer's sheet,
  // kiosk.css and pro.css only to html.kiosk and html.pro).
  for (const [href, media] of [['css/print.css', ' media="print"'], ['css/kiosk.css', ''], ['css/pro.css', ''], ['css/caseload.css', '']]) {
    if (html.includes(`data-href="${href}"`)) continue;
    const tag = await style(href, media);
    html = html.replace('</head>', () => `${tag}\n</head>`);
  }
  // Every <style>, the finished build/web's inline one too.
  for (const [, css] of html.matchAll(/<style\b[^>]*>([^<]*)<\/style>/g)) if (!styles.includes(css)) styles.push(css);
  // A finished build/web announces files the single file has inside.
  html = html.replace(/<link rel="(?:module)?preload"[^>]*>\n?/g, '');
  const icon = 'data:image/svg+xml,' + encodeURIComponent(read('icons/icon.svg').trim());
  html = html.replace(/<link rel="icon"[^>]*>/, `<link rel="icon" href="${icon}">`)
    .replace(/<link rel="manifest"[^>]*>\n?/, '')
    .replace(/<script type="module" src="js\/main\.js"><\/script>/, () => `<script type="module">${js}</script>`);
  if (!html.includes(js)) fail('index.html has no <script type="module" src="js/main.js">');
  const texts = l => Object.assign(JSON.parse(read(`i18n/${l}.json`)),
    ...Object.keys(PARTS).map(part => JSON.parse(read(`i18n/${part}/${l}.json`))));
  const data = [
    `<script type="text/plain" id="caseload-worker">${scriptSafe(bundled.worker)}</script>`,
    // Each language whole: the served copy keeps some texts in files of their own (i18n.mjs PARTS).
    ...LANGS.map(l => `<script type="application/json" data-i18n="${l}">${scriptSafe(JSON.stringify(texts(l)))}</script>`),
    `<template id="map-svg">${read('map/regions.svg').replace(/<\?xml[^>]*>\s*/, '')}</template>`,
    `<script type="application/octet-stream" id="vybir-wasm">${readFileSync(join(webDir, 'vybir_core.wasm')).toString('base64')}</script>`,
    `<script type="application/octet-stream" id="vybir-caseload-wasm">${readFileSync(join(webDir, 'vybir_caseload.wasm')).toString('base64')}</script>`,
  ].join('\n');
  html = html.replace('</body>', () => `${data}\n</body>`);
  const csp = ["default-src 'none'", `script-src ${b64sha(js)} 'wasm-unsafe-eval'`, `style-src ${styles.map(b64sha).join(' ')}`,
    'img-src data:', 'worker-src blob:', "object-src 'none'", "base-uri 'none'", "form-action 'none'"].join('; ');
  const cspRe = /<meta http-equiv="Content-Security-Policy" content="[^"]*">/;
  if (!cspRe.test(html)) fail('index.html has no Content-Security-Policy meta tag');
  html = html.replace(cspRe, () => `<meta http-equiv="Content-Security-Policy" content="${csp}">`);
  mkdirSync(dirname(outFile), { recursive: true });
  writeFileSync(outFile, html);
  return Buffer.byteLength(html);
}
