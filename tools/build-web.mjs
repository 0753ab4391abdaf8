#!/usr/bin/env node
// Assembles build/web/ (a folder any static host can serve as it is) from
// web/ and the WASM module's outputs in build/wasm/, and writes the single
// self-contained page. Node 20; esbuild (a development dependency) bundles
// and minifies. Each step is a module of tools/web/, run here in order.
//
//   node tools/build-web.mjs [--out DIR] [--allow-missing-wasm] [--share-base URL]
//                            [--single FILE | --no-single] [--readable]
//
// --readable leaves the JavaScript's names and lines as written (to profile it).
import { relative, resolve } from 'node:path';
import { BuildError, LANGS, repoRoot } from './web/common.mjs';
import { checkTexts, readPolicy, writeTexts } from './web/i18n.mjs';
import { copyWasm, copyWeb } from './web/copy.mjs';
import { finishHtml, writeHtmlTexts } from './web/html.mjs';
import { buildSingle } from './web/single.mjs';
import { bundleJs, minifyCss, readable } from './web/bundle.mjs';
import { writeManifest } from './web/sw.mjs';
import { report } from './web/report.mjs';

const args = process.argv.slice(2);
const flag = name => args.includes(name);
const opt = (name, dflt) => (args.indexOf(name) >= 0 ? args[args.indexOf(name) + 1] : dflt);
const outDir = resolve(repoRoot, opt('--out', 'build/web'));

if (flag('--readable')) readable();

try {
  const policy = readPolicy();
  const keyCount = checkTexts(policy);                 // 1. the texts are complete
  copyWeb(outDir);                                     // 2. web/ as it is, the map slimmed
  writeTexts(outDir, policy);                          // 3. language files, region order
  writeHtmlTexts(outDir, opt('--share-base'));         // 4. index.html's policy hash and fixed texts
  const wasmFound = copyWasm(outDir, flag('--allow-missing-wasm'));
  // 5. the single file, from the readable modules
  const single = !flag('--no-single') && wasmFound.includes('vybir_core.wasm') &&
    { file: resolve(repoRoot, opt('--single', 'dist/vybir.html')), bytes: 0 };
  if (single) single.bytes = await buildSingle(outDir, single.file);
  const js = await bundleJs(outDir, wasmFound);        // 6. bundled, minified
  const css = await minifyCss(outDir);
  // 7. the stylesheet inline; the engine's module and the .wasm announced
  finishHtml(outDir, css, { preload: [...js.firstLoad.filter(p => p !== 'js/main.js'), 'vybir_core.wasm'] });
  console.log(`build-web: ${relative(repoRoot, outDir) || '.'} assembled; ${keyCount} text keys in ${LANGS.length} languages; ` +
    `from build/wasm: ${wasmFound.join(', ') || 'nothing'}`);
  const id = await writeManifest(outDir);              // 8. build.json, sw.js's precache list
  report(outDir, id, wasmFound);
  if (single) {
    console.log(`build-web: ${relative(repoRoot, single.file)} written (${single.bytes} bytes, ${LANGS.length} languages, WASM inline)`);
  }
} catch (e) {
  if (!(e instanceof BuildError) && !e.errors) throw e; // esbuild has printed its errors
  console.error(`build-web: ${e.message}`);
  process.exit(1);
}
