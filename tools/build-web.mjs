#!/usr/bin/env node
// Assembles build/web/ (a folder any static host can serve as it is) from
// web/ and the WASM module's outputs in build/wasm/. Node 20; terser (a
// development dependency) minifies the JavaScript.
//
//   node tools/build-web.mjs [--out DIR] [--allow-missing-wasm] [--share-base URL]
//                            [--single FILE | --no-single]
//
// Also checks the language files: every key in all four, none empty, and a
// text for every code the core can return (docs/contract.md). JSON files are
// minified on the way; sizes (and gzip sizes) are printed at the end.
//
// Offline and integrity: index.html gets the policy file's SHA-256 (the page
// refuses an engine whose policy differs); sw.js gets the build's content
// hash and every file with its SHA-256 (the service worker's precache list);
// build.json lists the same. The single self-contained page is written
// (dist/vybir.html by default; tools/build-single.mjs), then the served
// modules are bundled (tools/bundle.mjs): js/main.js holds the page's modules
// and the engine, so a first visit makes one JavaScript request and compiles
// once; what is loaded on request stays a file of its own.
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { buildSingle } from './build-single.mjs';
import { bundle } from './bundle.mjs';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const flag = name => args.includes(name);
const opt = (name, dflt) => (args.indexOf(name) >= 0 ? args[args.indexOf(name) + 1] : dflt);

const webDir = join(repoRoot, 'web');
const wasmDir = join(repoRoot, 'build', 'wasm');
const outDir = resolve(repoRoot, opt('--out', 'build/web'));
const policyFile = join(repoRoot, 'data', 'policy', '2026-06-30.json');
const LANGS = ['uk', 'ru', 'nl', 'en'];
const WASM_FILES = ['vybir.js', 'vybir_core.js', 'vybir_core.wasm', 'vybir.d.ts', 'vybir_caseload.js', 'vybir_caseload.wasm'];
// Third-party code the page loads only on request (the QR code encoder, MIT),
// served as it is (not bundled, not minified: its licence notice stays).
const VENDOR = [['node_modules/qrcode-generator/dist/qrcode.mjs', 'vendor/qrcode.mjs']];
const ENTRY = 'js/main.js';
// The caseload's worker (js/caseload.js starts it): a module of its own with
// the engine bundled in, since a worker cannot share main.js's modules.
const WORKER = 'js/caseload-worker.js';
// Not precached (besides sw.js and build.json themselves): the JavaScript API
// for other programs (docs/javascript-api.md); the page has its own copy of
// the engine's JavaScript inside js/main.js (and the caseload worker inside
// js/caseload-worker.js).
const NOT_PRECACHED = new Set(['vybir.d.ts', 'vybir.js', 'vybir_core.js', 'vybir_caseload.js']);
const FIRST_VISIT_BUDGET = 108_544; // gzip bytes: tests/budget/budgets.json says why

function fail(msg) {
  console.error(`build-web: ${msg}`);
  process.exit(1);
}

// ---- texts: same keys in every language, and a text for every core code
const CODES = {
  realRiskShort: ['established', 'individual-assessment', 'not-readily-accepted', 'not-established'],
  outlookShort: ['can-be-refused', 'individual-assessment', 'not-supported'],
  headline: ['can-be-refused', 'individual-assessment', 'not-supported'],
  eligibleShort: ['yes', 'no', 'not-applicable', 'open', 'unknown'],
  claim: ['draft-evasion', 'desertion', 'journalist', 'pro-russian', 'lgbtiq', 'other-persecution'],
  modality: ['established', 'in-principle', 'may', 'individual-assessment', 'not-readily', 'proposed', 'scenario',
    'context', 'open', 'reading'],
  rule: ['grade', 'real-risk', 'internal-protection', 'outlook', 'groups', 'group',
    'temporary-protection', 'transition-document', 'decision-deadline'],
  basis: ['region', 'occupied-part'],
  scenario: ['current', 'extension-2028'],
  status: ['advised'],
  grade: ['short1', 'short2', 'short3', 'name1', 'name2', 'name3'],
  whatIf: ['occupiedArea.true', 'occupiedArea.false', 'personalRiskFactors.true', 'personalRiskFactors.false',
    'relocationObstacles.true', 'relocationObstacles.false', 'regularPermit.true', 'regularPermit.false',
    'temporaryProtection.yes', 'temporaryProtection.no', 'asylumApplication.yes', 'asylumApplication.no'],
  error: ['input.too-large', 'json.syntax', 'json.too-deep', 'case.not-object', 'case.unknown-field',
    'case.missing-field', 'case.wrong-type', 'case.date-format', 'case.date-invalid', 'case.region-unknown',
    'case.claim-unknown', 'case.claim-duplicate', 'case.value-unknown', 'case.as-of-before-policy',
    'case.application-after-as-of', 'case.application-conflict', 'policy.syntax', 'policy.schema', 'policy.date-invalid',
    'policy.region-unknown', 'policy.region-missing', 'policy.region-duplicate', 'policy.grade-range',
    'policy.cite-unknown', 'policy.ipa-not-grade-3', 'policy.ipa-occupied', 'policy.claim-missing',
    'policy.claim-duplicate', 'policy.tp-before-memo', 'policy.statement-unknown', 'policy.statement-missing', 'unknown',
    'fragment.syntax', 'fragment.too-long', 'fragment.version', 'fragment.value', 'fragment.unencodable',
    'fragment.cut-short'],
};

function flatKeys(obj) {
  const keys = [];
  for (const [cat, v] of Object.entries(obj)) {
    if (typeof v !== 'object' || v === null || Array.isArray(v)) fail(`i18n: top level "${cat}" must be an object of texts`);
    for (const [code, text] of Object.entries(v)) {
      if (typeof text !== 'string' || !text.trim()) fail(`i18n: ${cat}.${code} is empty or not a string`);
      keys.push(`${cat}.${code}`);
    }
  }
  return keys.sort();
}

function checkTexts() {
  const policy = JSON.parse(readFileSync(policyFile, 'utf8'));
  const required = Object.entries(CODES).flatMap(([cat, codes]) => codes.map(c => `${cat}.${c}`));
  required.push(...Object.keys(policy.citations).map(id => `citeSection.${id}`));
  // Every statement the policy can make is worded in every language.
  required.push(...Object.keys(policy.statements).map(id => `stmt.${id}`));
  let reference = null;
  for (const lang of LANGS) {
    const file = join(webDir, 'i18n', `${lang}.json`);
    if (!existsSync(file)) fail(`i18n: ${relative(repoRoot, file)} is missing`);
    let data;
    try { data = JSON.parse(readFileSync(file, 'utf8')); } catch (e) { fail(`i18n: ${lang}.json is not JSON: ${e.message}`); }
    const keys = flatKeys(data);
    const set = new Set(keys);
    const missing = required.filter(k => !set.has(k));
    if (missing.length) fail(`i18n: ${lang}.json has no text for ${missing.join(', ')}`);
    if (!reference) { reference = { lang, keys }; continue; }
    const ref = new Set(reference.keys);
    const extra = keys.filter(k => !ref.has(k));
    const lacking = reference.keys.filter(k => !set.has(k));
    if (extra.length || lacking.length) {
      fail(`i18n: ${lang}.json and ${reference.lang}.json differ:` +
        (lacking.length ? ` missing ${lacking.join(', ')};` : '') + (extra.length ? ` extra ${extra.join(', ')}` : ''));
    }
  }
  return reference.keys.length;
}

// ---- copy. JavaScript is minified with terser (a development dependency,
// run at build time only); every byte counts on a slow phone connection.
async function minifyJs(file) {
  const { minify } = await import('terser');
  const out = await minify(readFileSync(file, 'utf8'), { module: true, compress: { passes: 2 }, mangle: true, format: { comments: false } });
  writeFileSync(file, out.code + '\n');
}

// The map's paths have one absolute M per ring and relative l moves at 0.1
// units (SOURCE.md). Whole units (about 1.3 km) are finer than any screen
// shows the map at; rounding the absolute points keeps shared borders
// identical in both neighbours.
function roundPath(d) {
  if (!/^[Mlz0-9.\s,-]+$/.test(d)) return d;
  let out = '', x = 0, y = 0, rx = 0, ry = 0;
  for (const [, cmd, body] of d.matchAll(/([Mlz])([^Mlz]*)/g)) {
    const nums = (body.match(/-?(?:\d+\.?\d*|\.\d+)/g) || []).map(Number);
    if (cmd === 'z') { out += 'z'; continue; }
    if (cmd === 'M') {
      x = nums[0]; y = nums[1]; rx = Math.round(x); ry = Math.round(y);
      out += `M${rx} ${ry}`;
      nums.splice(0, 2);
      if (!nums.length) continue;
    }
    const moves = [];
    for (let i = 0; i + 1 < nums.length; i += 2) {
      x += nums[i]; y += nums[i + 1];
      const nx = Math.round(x), ny = Math.round(y);
      if (nx === rx && ny === ry) continue;
      moves.push(`${nx - rx} ${ny - ry}`.replace(/ -/g, '-'));
      rx = nx; ry = ny;
    }
    if (moves.length) out += 'l' + moves.join(' ').replace(/ -/g, '-');
  }
  return out;
}

function slimCss(src) {
  return src.replace(/\/\*[\s\S]*?\*\//g, '')
    .split('\n').map(l => l.trim()).filter(Boolean).join('\n')
    .replace(/\s*([{};,])\s*/g, '$1').replace(/;}/g, '}') + '\n';
}

// The page's fixed texts (tagline, headings, footer) are written into
// index.html in its default language, Ukrainian, so the first paint already
// has their size: filling them from script later would push the page down
// (layout shift). Script still rewords them in the reader's language. The
// description (for search engines and link previews) is Ukrainian and English.
const DEFAULT_LANG = 'uk';
// Only what the first screen shows: the rest is below it, and index.html has a byte budget of its own.
const FIRST_SCREEN = new Set(['ui.tagline', 'ui.questionsTitle', 'ui.resultTitle']);
const escapeHtml = s => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
function staticTexts(html) {
  const dict = l => JSON.parse(readFileSync(join(webDir, 'i18n', `${l}.json`), 'utf8'));
  const [uk, en] = [dict(DEFAULT_LANG), dict('en')];
  const text = (d, key) => d[key.slice(0, key.indexOf('.'))]?.[key.slice(key.indexOf('.') + 1)];
  html = html.replace(/(<(\w+)\b[^>]*\bdata-t="([^"]+)"[^>]*>)(<\/\2>)/g, (all, open, tag, key, close) => {
    const v = text(uk, key);
    if (!FIRST_SCREEN.has(key) || typeof v !== 'string') return all;
    return open + escapeHtml(v).split(/\[\[|\]\]/).map((p, i) => (i % 2 ? `<span lang="nl" class="nl">${p}</span>` : p)).join('') + close;
  });
  const description = `${text(uk, 'ui.description')} · ${text(en, 'ui.description')}`.replace(/\[\[|\]\]/g, '');
  return html.replace(/<meta name="description" content="[^"]*">/, `<meta name="description" content="${escapeHtml(description)}">`);
}

async function copyWeb() {
  const inside = (dir, parent) => dir === parent || dir.startsWith(parent + sep);
  if (inside(repoRoot, outDir) || inside(outDir, webDir) || inside(outDir, join(repoRoot, 'data'))) {
    fail(`refusing to write into ${outDir}: it would overwrite the sources`);
  }
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });
  cpSync(webDir, outDir, {
    recursive: true,
    filter: src => !relative(webDir, src).split(/[\\/]/).some(part => part.startsWith('.')) && !src.endsWith('.md'),
  });
  mkdirSync(join(outDir, 'i18n', 'caseload'), { recursive: true });
  for (const lang of LANGS) { // minify the language files
    const f = join(outDir, 'i18n', `${lang}.json`);
    const data = JSON.parse(readFileSync(f, 'utf8'));
    // The caseload panel's texts go to a file of their own, fetched with the
    // panel (js/caseload.js): a first visit does not need them.
    writeFileSync(join(outDir, 'i18n', 'caseload', `${lang}.json`), JSON.stringify({ caseload: data.caseload }));
    delete data.caseload;
    writeFileSync(f, JSON.stringify(data));
  }
  for (const f of walk(join(outDir, 'css')).filter(f => f.endsWith('.css'))) writeFileSync(f, slimCss(readFileSync(f, 'utf8')));
  for (const [from, to] of VENDOR) {
    const src = join(repoRoot, from);
    if (!existsSync(src)) fail(`${from} is missing: run "npm ci" (tools/setup)`);
    mkdirSync(dirname(join(outDir, to)), { recursive: true });
    cpSync(src, join(outDir, to));
  }
  const index = join(outDir, 'index.html');
  const policySha = createHash('sha256').update(readFileSync(policyFile)).digest('hex');
  let html = readFileSync(index, 'utf8');
  const meta = (name, content) => {
    const re = new RegExp(`<meta name="${name}" content="[^"]*">`);
    const tag = `<meta name="${name}" content="${content}">`;
    html = re.test(html) ? html.replace(re, tag) : html.replace('</head>', tag + '\n</head>');
  };
  meta('vybir-policy-sha256', policySha);
  html = staticTexts(html);
  const shareBase = opt('--share-base');
  if (shareBase) meta('vybir-share-base', new URL(shareBase).href.replace(/"/g, '%22'));
  writeFileSync(index, html);
  const svg = join(outDir, 'map', 'regions.svg');
  if (!existsSync(svg)) fail('web/map/regions.svg is missing');
  // the page keys regions by data-iso and shows the credit line itself: ids and English names are not needed
  writeFileSync(svg, readFileSync(svg, 'utf8').replace(/ id="UA-\d+"/g, '').replace(/ data-name="[^"]*"/g, '')
    .replace(/ d="([^"]*)"/g, (_, d) => ` d="${roundPath(d)}"`));
}

// One file for the first visit: js/main.js with every module it imports and
// the engine (a dynamic import, bundled in); the modules loaded on request
// (kiosk, print, professionals, another policy's link, QR code) become files
// of their own that take the shared modules from main.js. A build without
// the WASM module leaves the engine's import as it is: it fails at run time
// and the page says the calculator could not start.
function bundleModules(wasmFound) {
  const engine = wasmFound.includes('vybir.js');
  const { files, modules } = bundle(outDir, ENTRY, {
    inline: engine ? ['vybir.js'] : [],
    external: [...VENDOR.map(([, to]) => to), ...(engine ? [] : ['vybir.js'])],
  });
  // vybir.js and vybir_core.js stay beside the .wasm: the API for other programs.
  for (const p of modules) if (!files.has(p) && !WASM_FILES.includes(p)) rmSync(join(outDir, p));
  for (const [p, code] of files) writeFileSync(join(outDir, p), code);
  if (wasmFound.includes('vybir_caseload.js')) writeFileSync(join(outDir, WORKER), bundle(outDir, WORKER, { inline: null }).files.get(WORKER));
}

async function minifyAll(wasmFound) {
  // sw.js is minified once its build id is written in (writeManifest)
  const files = [...walk(join(outDir, 'js')).filter(f => f.endsWith('.js')),
    ...wasmFound.filter(n => n.endsWith('.js')).map(n => join(outDir, n))];
  for (const f of files) await minifyJs(f);
}

function copyWasm() {
  const found = [];
  for (const name of WASM_FILES) {
    const src = join(wasmDir, name);
    if (existsSync(src)) { cpSync(src, join(outDir, name)); found.push(name); }
  }
  if (!found.includes('vybir_core.wasm') || !found.includes('vybir.js')) {
    const msg = `build/wasm/vybir_core.wasm or build/wasm/vybir.js is missing: build the WASM module first ` +
      `(the "wasm" preset), or pass --allow-missing-wasm to assemble the page without it.`;
    if (!flag('--allow-missing-wasm')) fail(msg);
    console.warn(`build-web: warning: ${msg.split(':')[0]}; the page will say the calculator could not start.`);
  }
  return found;
}

// ---- manifest of the build (build.json): every file with its SHA-256, and
// the service worker's precache list; the SHA-256 of that list is the build's
// id, written into sw.js so each build is a new worker.
function walk(dir) {
  return readdirSync(dir).flatMap(n => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? walk(p) : [p];
  });
}

const rel = f => relative(outDir, f).split(sep).join('/');
const sha256 = buf => createHash('sha256').update(buf).digest('hex');

async function writeManifest() {
  const files = walk(outDir).map(rel).filter(p => p !== 'build.json' && p !== 'sw.js').sort();
  const sums = Object.fromEntries(files.map(p => [p, sha256(readFileSync(join(outDir, p)))]));
  const precache = files.filter(p => !NOT_PRECACHED.has(p)).map(p => [p, sums[p]]);
  const full = sha256(Buffer.from(JSON.stringify(precache), 'utf8')); // the worker recomputes this from build.json
  const id = full.slice(0, 16);
  const swFile = join(outDir, 'sw.js');
  if (!existsSync(swFile)) fail('web/sw.js is missing');
  const sw = readFileSync(swFile, 'utf8');
  if (!/^const BUILD = .*;$/m.test(sw)) fail('web/sw.js must have a "const BUILD = …;" line');
  writeFileSync(swFile, sw.replace(/^const BUILD = .*;$/m, `const BUILD = ${JSON.stringify(full)};`));
  await minifyJs(swFile);
  writeFileSync(join(outDir, 'build.json'), JSON.stringify({
    build: id, buildSha256: full, policySha256: sha256(readFileSync(policyFile)), files: [...files, 'sw.js'].sort(), sha256: sums, precache,
  }, null, 1));
  return id;
}

// What a first visit downloads: index.html, what it links (stylesheets, the
// manifest, the icon, main.js and its static imports), the .wasm, the map,
// one language (the largest) and the service worker. Modules imported only
// on request (kiosk, print, QR) and the other languages are not counted.
function firstVisitFiles() {
  const html = readFileSync(join(outDir, 'index.html'), 'utf8');
  const want = new Set(['index.html', 'sw.js', 'vybir_core.wasm', 'map/regions.svg']);
  for (const m of html.matchAll(/<(?:link|script)\b[^>]*\b(?:href|src)="([^"#:]+)"/g)) want.add(m[1]);
  const queue = [...want].filter(p => p.endsWith('.js'));
  while (queue.length) {
    const p = queue.pop();
    want.add(p);
    const file = join(outDir, p);
    if (!existsSync(file)) continue;
    // static imports only (minified or not); import('…') loads on request
    for (const m of readFileSync(file, 'utf8').matchAll(/\bimport\s*(?:[^'"();]*?from\s*)?["'](\.[^"']+)["']/g)) {
      const dep = rel(resolve(dirname(file), m[1]));
      if (!want.has(dep)) queue.push(dep);
    }
  }
  const manifest = join(outDir, 'manifest.webmanifest');
  const icon = existsSync(manifest) && /"src":\s*"([^"]+\.svg)"/.exec(readFileSync(manifest, 'utf8'));
  if (icon) want.add(icon[1]);
  return want;
}

// The .wasm, which the engine fetches once main.js runs, is announced in
// index.html, so the browser fetches it beside main.js instead of after it.
// as="fetch" with crossorigin matches the engine's own fetch() (mode cors,
// same-origin credentials), so the preloaded response is the one used. (The
// map is asked for after the first result, and the language depends on the
// browser's settings: neither is preloaded.)
function addPreloads() {
  const index = join(outDir, 'index.html');
  let html = readFileSync(index, 'utf8');
  const first = [...firstVisitFiles()].filter(p => existsSync(join(outDir, p))).sort();
  const links = first.filter(p => p.endsWith('.wasm')).map(p => `<link rel="preload" href="${p}" as="fetch" crossorigin>`);
  html = html.replace('</head>', links.join('\n') + '\n</head>');
  writeFileSync(index, html);
}

function report(wasmFound, id) {
  const rows = walk(outDir).map(f => {
    const buf = readFileSync(f);
    return { path: rel(f), bytes: buf.length, gzip: gzipSync(buf, { level: 9 }).length };
  }).sort((a, b) => a.path.localeCompare(b.path));
  const first = firstVisitFiles();
  for (const r of rows) console.log(`${String(r.bytes).padStart(8)} ${String(r.gzip).padStart(7)} gz ${first.has(r.path) ? '*' : ' '} ${r.path}`);
  const langs = rows.filter(r => /^i18n\/\w+\.json$/.test(r.path));
  const maxLang = Math.max(0, ...langs.map(r => r.gzip));
  const total = rows.filter(r => first.has(r.path)).reduce((n, r) => n + r.gzip, 0) + maxLang;
  console.log(`build ${id}: first visit (* and one language) ≈ ${total} bytes gzip (budget ${FIRST_VISIT_BUDGET})` +
    (wasmFound.includes('vybir_core.wasm') ? '' : ', WASM not included'));
  if (total > FIRST_VISIT_BUDGET) console.warn('build-web: warning: the first visit is over budget');
}

const keyCount = checkTexts();
await copyWeb();
const wasmFound = copyWasm();
// The single file bundles the readable modules; the served copy is minified.
const single = !flag('--no-single') && wasmFound.includes('vybir_core.wasm') &&
  { file: resolve(repoRoot, opt('--single', 'dist/vybir.html')), bytes: 0 };
if (single) single.bytes = buildSingle(outDir, single.file);
bundleModules(wasmFound);
await minifyAll(wasmFound);
console.log(`build-web: ${relative(repoRoot, outDir) || '.'} assembled; ${keyCount} text keys in ${LANGS.length} languages; ` +
  `from build/wasm: ${wasmFound.join(', ') || 'nothing'}`);
addPreloads();
const buildId = await writeManifest();
report(wasmFound, buildId);
if (single) {
  console.log(`build-web: ${relative(repoRoot, single.file)} written (${single.bytes} bytes, ${LANGS.length} languages, WASM inline)`);
}
