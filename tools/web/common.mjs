// What the build steps (tools/web/*.mjs, run in order by tools/build-web.mjs)
// share: where things are, the languages, and small file helpers.
import { createHash } from 'node:crypto';
import { readdirSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const webDir = join(repoRoot, 'web');
export const wasmDir = join(repoRoot, 'build', 'wasm');
export const policyFile = join(repoRoot, 'data', 'policy', '2026-06-30.json');
export const LANGS = ['uk', 'ru', 'nl', 'en'];
/** The CLDR locale each language file follows (English as written in Europe, like the page's English texts). */
export const CLDR = { uk: 'uk', ru: 'ru', nl: 'nl', en: 'en-GB' };
export const ENTRY = 'js/main.js';
// The caseload's worker (js/caseload.js starts it): a module of its own with
// the engine bundled in, since a worker cannot share main.js's modules.
export const WORKER = 'js/caseload-worker.js';
export const WASM_FILES = ['vybir.js', 'vybir_core.js', 'vybir_core.wasm', 'vybir.d.ts', 'vybir_caseload.js', 'vybir_caseload.wasm'];
// Third-party code the page loads only on request (the QR code encoder, MIT),
// served as it is (not bundled, not minified: its licence notice stays).
export const VENDOR = [['node_modules/qrcode-generator/dist/qrcode.mjs', 'vendor/qrcode.mjs']];

export class BuildError extends Error {}
export function fail(msg) {
  throw new BuildError(msg);
}

export function walk(dir) {
  return readdirSync(dir).flatMap(n => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? walk(p) : [p];
  });
}

/** A path inside outDir, with '/'. */
export const relTo = outDir => f => relative(outDir, f).split(sep).join('/');
export const sha256 = buf => createHash('sha256').update(buf).digest('hex');
export const escapeHtml = s => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
