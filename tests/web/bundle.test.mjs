// tools/bundle.mjs: the page's modules in one file, the ones loaded on
// request in files of their own that share the entry's modules (one
// instance, one state), third-party files left as real imports.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { bundle } from '../../tools/bundle.mjs';

function site(files) {
  const dir = mkdtempSync(join(tmpdir(), 'vybir-bundle-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

const SOURCES = {
  'js/state.js': "export const state = { n: 0 };\nexport function bump() { return ++state.n; }\n",
  'js/main.js': "import { bump } from './state.js';\n" +
    "globalThis.bundled = { bump, engine: () => import('../engine.js'), later: () => import('./later.js') };\n",
  'engine.js': "export default function load() { return 'engine'; }\n",
  'js/later.js': "import { bump } from './state.js';\nimport * as lib from '../vendor/lib.mjs';\nexport const both = () => [bump(), lib.name];\n",
  'vendor/lib.mjs': "export const name = 'lib';\n",
};

test('the entry holds its modules and the inlined ones; a module loaded on request is a file that shares their state', async t => {
  const dir = site(SOURCES);
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  const { files, modules } = bundle(dir, 'js/main.js', { inline: ['engine.js'], external: ['vendor/lib.mjs'] });
  assert.deepEqual([...files.keys()].sort(), ['js/later.js', 'js/main.js']);
  assert.deepEqual(modules.sort(), ['engine.js', 'js/later.js', 'js/main.js', 'js/state.js']);
  const out = site(Object.fromEntries([...files, ['vendor/lib.mjs', SOURCES['vendor/lib.mjs']]]));
  t.after(() => rmSync(out, { recursive: true, force: true }));
  await import(pathToFileURL(join(out, 'js/main.js')).href);
  const main = globalThis.bundled;
  const { default: load } = await main.engine();
  assert.equal(load(), 'engine');
  main.bump();
  const later = await main.later();
  assert.deepEqual(later.both(), [2, 'lib'], 'the same state.js, and the vendor file as it is');
});

test('one file when everything is inlined (the single-file build)', async t => {
  const dir = site(SOURCES);
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  const { files } = bundle(dir, 'js/main.js');
  assert.deepEqual([...files.keys()], ['js/main.js']);
  assert.doesNotMatch(files.get('js/main.js'), /\bimport\s*[\s{*("']/, 'no import left');
});

test('what it cannot keep to one instance fails the build', t => {
  const dir = site({
    ...SOURCES,
    'js/other.js': "import { state } from './late-only.js';\nexport const x = state;\n",
    'js/late-only.js': "export const state = {};\n",
    'js/main.js': "export const a = () => import('./other.js');\nexport const b = () => import('./more.js');\n",
    'js/more.js': "import { state } from './late-only.js';\nexport const y = state;\n",
  });
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  assert.throws(() => bundle(dir, 'js/main.js', { inline: [] }), /late-only\.js is needed by both/);
  writeFileSync(join(dir, 'js/main.js'), "import './other.js';\nexport const a = () => import('./other.js');\n");
  assert.throws(() => bundle(dir, 'js/main.js', { inline: [] }), /imported statically and on request/);
  writeFileSync(join(dir, 'js/main.js'), "import { gone } from './missing.js';\n");
  assert.throws(() => bundle(dir, 'js/main.js'), /missing\.js is imported but missing/);
});
