// tools/web/bundle.mjs (esbuild): the page's modules and the engine in
// js/main.js, the ones loaded on request in files of their own that take
// main.js's modules from main.js (one instance, one state), third-party files
// left as real imports, the API copy of the engine left as built; and the
// single file's one script with nothing left to import.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { bundleJs, bundleSingle } from '../../tools/web/bundle.mjs';

function site(files) {
  const dir = mkdtempSync(join(tmpdir(), 'vybir-bundle-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

const ENGINE = "export function load() { return 'engine'; }\n";
const SOURCES = {
  'js/state.js': "export const state = { n: 0 };\nexport function bump() { return ++state.n; }\n",
  'js/main.js': "import { bump } from './state.js';\n" +
    "globalThis.bundled = { bump, engine: () => import('../vybir.js'), later: () => import('./later.js') };\n",
  'vybir.js': ENGINE,
  'vybir_core.js': 'export default 1;\n',
  'js/later.js': "import { bump } from './state.js';\nimport * as lib from '../vendor/qrcode.mjs';\nexport const both = () => [bump(), lib.name];\n",
  'js/caseload-worker.js': "import { load } from '../vybir.js';\nimport x from '../vybir_caseload.js';\nself.onmessage = () => postMessage([load(), x, import.meta.url]);\n",
  'vybir_caseload.js': "export default 'caseload';\n",
  'vendor/qrcode.mjs': "export const name = 'lib';\n",
};

test('main.js holds its modules; what it loads on request is a file that shares their state; sources are gone', async t => {
  const dir = site(SOURCES);
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  const { written, firstLoad } = await bundleJs(dir, ['vybir.js', 'vybir_core.js', 'vybir_caseload.js']);
  assert.deepEqual(firstLoad, ['js/main.js'], 'a first visit loads main.js only');
  assert.deepEqual(written.sort(), ['js/caseload-worker.js', 'js/later.js', 'js/main.js']);
  assert.match(readFileSync(join(dir, 'js/main.js'), 'utf8'), /["']engine["']/, 'the engine is inside main.js');
  assert.match(readFileSync(join(dir, 'js/later.js'), 'utf8'), /from\s*["']\.\/main\.js["']/, 'later.js takes state.js from main.js');
  assert.ok(!existsSync(join(dir, 'js/state.js')), 'the module sources are removed');
  assert.equal(readFileSync(join(dir, 'vybir.js'), 'utf8'), ENGINE, 'the API copy of the engine stays as built');
  assert.match(readFileSync(join(dir, 'js/later.js'), 'utf8'), /["']\.\.\/vendor\/qrcode\.mjs["']/, 'the vendor file stays an import');
  assert.doesNotMatch(readFileSync(join(dir, 'js/caseload-worker.js'), 'utf8'), /\bimport\s*[{*\w"']/, 'the worker imports nothing');
  assert.ok(readdirSync(join(dir, 'js')).every(f => written.includes('js/' + f)));
  await import(pathToFileURL(join(dir, 'js/main.js')).href);
  const main = globalThis.bundled;
  assert.equal((await main.engine()).load(), 'engine');
  main.bump();
  const later = await main.later();
  assert.deepEqual(later.both(), [2, 'lib'], 'the same state.js, and the vendor file as it is');
});

test('the single file: one script with nothing to import, and the worker as a classic script', async t => {
  const dir = site(SOURCES);
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  const { page, worker } = await bundleSingle(dir);
  assert.doesNotMatch(page, /\bimport\s*[\s{*("']/, 'no import left');
  assert.match(page, /lib/, 'the vendor file is inside');
  assert.doesNotMatch(worker, /\bimport\b/, 'no import and no import.meta left');
  assert.match(worker, /file:\/\/\//);
});

test('a module that two modules loaded on request need, and main.js does not, fails the build (it would run twice)', async t => {
  const dir = site({
    ...SOURCES,
    'js/main.js': "globalThis.x = [() => import('./a.js'), () => import('./b.js')];\n",
    'js/a.js': "import { s } from './only-later.js';\nexport const a = s;\n",
    'js/b.js': "import { s } from './only-later.js';\nexport const b = s;\n",
    'js/only-later.js': "export const s = {};\n",
  });
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  await assert.rejects(bundleJs(dir, ['vybir.js', 'vybir_core.js']), /only-later\.js is needed by both/);
});

test('what esbuild cannot resolve fails the build', async t => {
  const dir = site({ ...SOURCES, 'js/main.js': "import { gone } from './missing.js';\nconsole.log(gone);\n" });
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  await assert.rejects(bundleJs(dir, ['vybir.js']), /missing\.js/);
});
