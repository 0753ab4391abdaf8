#!/usr/bin/env node
// Writes one self-contained HTML file from an assembled build/web: every
// module bundled into one inline module script, the styles inline, the map
// in a <template>, all four languages as JSON data blocks and the WASM as
// base64. It works opened straight from a disk or USB stick (file://), with
// no server and no network. Its Content-Security-Policy allows exactly its
// own inline script and styles, by SHA-256 hash, and nothing else.
//
//   node tools/build-single.mjs [--web build/web] [--out dist/vybir.html]
//
// tools/build-web.mjs calls this after assembling build/web, before it
// bundles and minifies the served copy: the modules here are the readable
// ones, every one of them in the one script (tools/bundle.mjs).
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { bundle } from './bundle.mjs';

const LANGS = ['uk', 'ru', 'nl', 'en'];
const ENTRY = 'js/main.js';
const WORKER = 'js/caseload-worker.js'; // started from a Blob URL of its inline code (js/caseload.js)

function fail(msg) {
  throw new Error(`build-single: ${msg}`);
}

// ---- the page
const b64sha = text => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
const scriptSafe = text => text.replace(/<\/(script)/gi, '<\\/$1').replace(/<!--/g, '<\\!--');

export function buildSingle(webDir, outFile) {
  let html = readFileSync(join(webDir, 'index.html'), 'utf8');
  const read = p => readFileSync(join(webDir, p), 'utf8');
  const js = scriptSafe(bundle(webDir, ENTRY).files.get(ENTRY));
  const styles = [];
  html = html.replace(/<link rel="stylesheet" href="([^"]+)"( media="[^"]+")?>/g, (all, href, media = '') => {
    const css = read(href);
    styles.push(css);
    return `<style data-href="${href}"${media}>${css}</style>`;
  });
  // Loaded on request on the web; here inline from the start (print.css only applies to the lawyer's sheet,
  // kiosk.css and pro.css only to html.kiosk and html.pro).
  for (const [href, media] of [['css/print.css', ' media="print"'], ['css/kiosk.css', ''], ['css/pro.css', ''], ['css/caseload.css', '']]) {
    if (html.includes(`data-href="${href}"`)) continue;
    const css = read(href);
    styles.push(css);
    html = html.replace('</head>', `<style data-href="${href}"${media}>${css}</style>\n</head>`);
  }
  const icon = 'data:image/svg+xml,' + encodeURIComponent(read('icons/icon.svg').trim());
  html = html.replace(/<link rel="icon"[^>]*>/, `<link rel="icon" href="${icon}">`)
    .replace(/<link rel="manifest"[^>]*>\n?/, '')
    .replace(/<script type="module" src="js\/main\.js"><\/script>/, () => `<script type="module">${js}</script>`);
  if (!html.includes(js)) fail('index.html has no <script type="module" src="js/main.js">');
  // Run as a classic worker from a Blob URL (js/caseload.js), where import.meta
  // does not exist. Its engine gets its bytes inline (wasmBinary), so the URL
  // only has to parse as a base; a blob:null/… address does not, 'file:///' does.
  const worker = scriptSafe(bundle(webDir, WORKER).files.get(WORKER).replace(/\bimport\.meta\.url\b/g, "'file:///'"));
  const data = [
    `<script type="text/plain" id="caseload-worker">${worker}</script>`,
    // Each language whole: build-web keeps the caseload panel's texts in a file of their own.
    ...LANGS.map(l => `<script type="application/json" data-i18n="${l}">${scriptSafe(JSON.stringify(
      { ...JSON.parse(read(`i18n/${l}.json`)), ...JSON.parse(read(`i18n/caseload/${l}.json`)) }))}</script>`),
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

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
  const args = process.argv.slice(2);
  const opt = (name, dflt) => (args.indexOf(name) >= 0 ? args[args.indexOf(name) + 1] : dflt);
  const out = resolve(repoRoot, opt('--out', 'dist/vybir.html'));
  try {
    const bytes = buildSingle(resolve(repoRoot, opt('--web', 'build/web')), out);
    console.log(`build-single: ${relative(repoRoot, out)} written (${bytes} bytes)`);
  } catch (e) {
    console.error(e.message);
    process.exit(1);
  }
}
