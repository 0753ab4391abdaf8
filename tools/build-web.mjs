#!/usr/bin/env node
// Assembles build/web/ (a folder any static host can serve as it is) from
// web/ and the WASM module's outputs in build/wasm/. Node 20, no dependencies.
//
//   node tools/build-web.mjs [--out DIR] [--allow-missing-wasm]
//
// Also checks the language files: every key in all four, none empty, and a
// text for every code the core can return (docs/contract.md). JSON files are
// minified on the way; sizes (and gzip sizes) are printed at the end.
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const flag = name => args.includes(name);
const opt = (name, dflt) => (args.indexOf(name) >= 0 ? args[args.indexOf(name) + 1] : dflt);

const webDir = join(repoRoot, 'web');
const wasmDir = join(repoRoot, 'build', 'wasm');
const outDir = resolve(repoRoot, opt('--out', 'build/web'));
const policyFile = join(repoRoot, 'data', 'policy', '2026-06-30.json');
const LANGS = ['uk', 'ru', 'nl', 'en'];
const WASM_FILES = ['vybir.js', 'vybir_core.js', 'vybir_core.wasm', 'vybir.d.ts'];
const FIRST_VISIT_BUDGET = 100 * 1024; // gzip bytes

function fail(msg) {
  console.error(`build-web: ${msg}`);
  process.exit(1);
}

// ---- texts: same keys in every language, and a text for every core code
const CODES = {
  realRisk: ['established', 'possible', 'unlikely', 'not-established'],
  realRiskShort: ['established', 'possible', 'unlikely', 'not-established'],
  outlook: ['not-supported', 'refusal-expected-ipa', 'individual-assessment'],
  outlookShort: ['not-supported', 'refusal-expected-ipa', 'individual-assessment'],
  eligible: ['yes', 'no', 'not-applicable', 'unknown'],
  eligibleShort: ['yes', 'no', 'not-applicable', 'unknown'],
  claim: ['draft-evasion', 'desertion', 'journalist', 'pro-russian', 'lgbtiq', 'other-persecution'],
  finding: ['mobilisation-penalties-not-persecution', 'no-widespread-war-crimes', 'press-restricted-not-persecution',
    'no-persecution-for-views-alone', 'situation-unchanged', 'individual-merits'],
  rule: ['grade', 'real-risk', 'internal-protection', 'internal-protection.waiver', 'outlook', 'groups', 'group',
    'temporary-protection', 'transition-document', 'decision-deadline'],
  basis: ['region', 'occupied-part'],
  scenario: ['current', 'extension-2028'],
  status: ['advised'],
  grade: ['short1', 'short2', 'short3', 'name1', 'name2', 'name3', 'means1', 'means2', 'means3'],
  whatIf: ['occupiedArea.true', 'occupiedArea.false', 'personalRiskFactors.true', 'personalRiskFactors.false',
    'relocationObstacles.true', 'relocationObstacles.false', 'regularPermit.true', 'regularPermit.false',
    'temporaryProtection.yes', 'temporaryProtection.no'],
  error: ['input.too-large', 'json.syntax', 'json.too-deep', 'case.not-object', 'case.unknown-field',
    'case.missing-field', 'case.wrong-type', 'case.date-format', 'case.date-invalid', 'case.region-unknown',
    'case.claim-unknown', 'case.claim-duplicate', 'case.value-unknown', 'case.as-of-before-policy',
    'case.application-after-as-of', 'policy.syntax', 'policy.schema', 'policy.date-invalid',
    'policy.region-unknown', 'policy.region-missing', 'policy.region-duplicate', 'policy.grade-range',
    'policy.cite-unknown', 'policy.ipa-not-grade-3', 'policy.ipa-occupied', 'policy.claim-missing',
    'policy.claim-duplicate', 'policy.tp-before-memo', 'unknown'],
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
  required.push(...Object.keys(policy.citations).map(id => `cite.${id}`));
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

// ---- copy. The page's own JS and CSS are slimmed conservatively: whole-line
// comments and indentation go, nothing inside a line is touched (so strings
// and URLs are safe). This relies on web/js having no multi-line template
// literals, which the check below enforces.
function slimJs(src) {
  const lines = src.split('\n').map(l => l.trim())
    .filter(l => l && !l.startsWith('//') && !/^\/\*.*\*\/$/.test(l));
  // a multi-line template literal (odd backtick segment holding a newline): leave the file as it is
  if (src.split('`').some((seg, i) => i % 2 === 1 && seg.includes('\n'))) return src;
  return lines.join('\n') + '\n';
}

function slimCss(src) {
  return src.replace(/\/\*[\s\S]*?\*\//g, '')
    .split('\n').map(l => l.trim()).filter(Boolean).join('\n')
    .replace(/\s*([{};,])\s*/g, '$1').replace(/;}/g, '}') + '\n';
}

function copyWeb() {
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
  for (const lang of LANGS) { // minify the language files
    const f = join(outDir, 'i18n', `${lang}.json`);
    writeFileSync(f, JSON.stringify(JSON.parse(readFileSync(f, 'utf8'))));
  }
  for (const f of walk(join(outDir, 'js')).filter(f => f.endsWith('.js'))) writeFileSync(f, slimJs(readFileSync(f, 'utf8')));
  for (const f of walk(join(outDir, 'css')).filter(f => f.endsWith('.css'))) writeFileSync(f, slimCss(readFileSync(f, 'utf8')));
  const svg = join(outDir, 'map', 'regions.svg');
  if (!existsSync(svg)) fail('web/map/regions.svg is missing');
  // the page keys regions by data-iso and shows the credit line itself: ids and English names are not needed
  writeFileSync(svg, readFileSync(svg, 'utf8').replace(/ id="UA-\d+"/g, '').replace(/ data-name="[^"]*"/g, ''));
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

// ---- manifest of the build (for a service worker's cache name later) and sizes
function walk(dir) {
  return readdirSync(dir).flatMap(n => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? walk(p) : [p];
  });
}

function report(wasmFound) {
  const files = walk(outDir).filter(f => !f.endsWith('build.json')).sort();
  const hash = createHash('sha256');
  const rows = files.map(f => {
    const buf = readFileSync(f);
    hash.update(relative(outDir, f)).update('\0').update(buf);
    return { path: relative(outDir, f).split('\\').join('/'), bytes: buf.length, gzip: gzipSync(buf, { level: 9 }).length };
  });
  const id = hash.digest('hex').slice(0, 16);
  writeFileSync(join(outDir, 'build.json'), JSON.stringify({ build: id, files: rows.map(r => r.path) }, null, 1));
  for (const r of rows) console.log(`${String(r.bytes).padStart(8)} ${String(r.gzip).padStart(7)} gz  ${r.path}`);
  // first visit: every file but the .d.ts, with one language (the largest)
  const langs = rows.filter(r => /^i18n\/\w+\.json$/.test(r.path));
  const maxLang = Math.max(0, ...langs.map(r => r.gzip));
  const first = rows.filter(r => !langs.includes(r) && !r.path.endsWith('.d.ts'))
    .reduce((n, r) => n + r.gzip, 0) + maxLang;
  console.log(`build ${id}: first visit ≈ ${first} bytes gzip (budget ${FIRST_VISIT_BUDGET})` +
    (wasmFound.includes('vybir_core.wasm') ? '' : ', WASM not included'));
  if (first > FIRST_VISIT_BUDGET) console.warn('build-web: warning: the first visit is over budget');
}

const keyCount = checkTexts();
copyWeb();
const wasmFound = copyWasm();
console.log(`build-web: ${relative(repoRoot, outDir) || '.'} assembled; ${keyCount} text keys in ${LANGS.length} languages; ` +
  `from build/wasm: ${wasmFound.join(', ') || 'nothing'}`);
report(wasmFound);
