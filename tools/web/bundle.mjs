// Bundles and minifies the served page's JavaScript and CSS with esbuild.
//
// js/main.js holds the page's modules; what main.js imports on request
// (kiosk, print, professionals, another policy's link, the QR code, the
// engine) becomes a file of its own in js/ (esbuild's code splitting), with
// code they share in js/chunk-*.js, so every module has one instance and one
// state. The engine (vybir.js with the embind glue) is js/vybir.js, the
// page's own copy: vybir.js and vybir_core.js at the top stay as built, the
// JavaScript API for other programs. index.html announces js/vybir.js and
// the .wasm (tools/web/html.mjs) so they load beside main.js, not after it.
// The caseload worker is one file with its own copy of the engine.
import * as esbuild from 'esbuild';
import { readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { ENTRY, VENDOR, WORKER, walk, relTo } from './common.mjs';

// Third-party files stay real imports; node: modules are only reached in
// Node (vybir.js reads its .wasm from disk there).
const external = ['node:*', ...VENDOR.map(([, to]) => '../' + to)];
const common = { bundle: true, format: 'esm', minify: true, legalComments: 'none', logLevel: 'warning', write: false, charset: 'utf8' };

/** Bundles outDir's modules in place; returns the served .js files and those a first visit loads (paths in outDir). */
export async function bundleJs(outDir, wasmFound) {
  const rel = relTo(outDir);
  const sources = walk(join(outDir, 'js')).filter(f => f.endsWith('.js'));
  const engine = wasmFound.includes('vybir.js') && wasmFound.includes('vybir_core.js');
  const options = {
    ...common,
    absWorkingDir: outDir,
    splitting: true,
    outdir: outDir,
    entryNames: 'js/[name]',
    chunkNames: 'js/chunk-[hash]',
    // A build without the WASM module leaves the engine's import as it is:
    // it fails at run time and the page says the calculator could not start.
    external: engine ? external : [...external, '../vybir.js'],
  };
  // esbuild names what is imported on request chunk-<hash> unless it is an
  // entry point: a first pass finds those modules, so they keep their names
  // (tests/budget/budgets.json lists them by name).
  const scan = await esbuild.build({ ...options, entryPoints: [ENTRY], metafile: true, minify: false });
  const onRequest = Object.values(scan.metafile.inputs).flatMap(i => i.imports)
    .filter(i => i.kind === 'dynamic-import' && !i.external).map(i => i.path);
  const page = await esbuild.build({ ...options, entryPoints: [...new Set([ENTRY, ...onRequest])], metafile: true });
  // What the first result needs: main.js, the chunks it imports, and the
  // engine's module with its chunks (index.html announces them).
  const outputs = Object.fromEntries(Object.entries(page.metafile.outputs).map(([p, o]) => [rel(join(outDir, p)), o]));
  const firstLoad = new Set();
  const reach = p => {
    if (firstLoad.has(p) || !outputs[p]) return;
    firstLoad.add(p);
    for (const i of outputs[p].imports) if (i.kind === 'import-statement' && !i.external) reach(rel(join(outDir, i.path)));
  };
  reach(ENTRY);
  if (engine) reach('js/vybir.js');
  const worker = wasmFound.includes('vybir_caseload.js') && await esbuild.build({
    ...common, absWorkingDir: outDir, entryPoints: [WORKER], outfile: join(outDir, WORKER), external,
  });
  for (const f of sources) rmSync(f);
  const written = [];
  for (const o of [...page.outputFiles, ...(worker ? worker.outputFiles : [])]) {
    mkdirSync(dirname(o.path), { recursive: true });
    writeFileSync(o.path, o.contents);
    written.push(rel(o.path));
  }
  return { written, firstLoad: [...firstLoad] };
}

/** Minifies every stylesheet in place; returns the minified text of each by path. */
export async function minifyCss(outDir) {
  const rel = relTo(outDir);
  const out = new Map();
  for (const f of walk(join(outDir, 'css')).filter(f => f.endsWith('.css'))) {
    const { code } = await esbuild.transform(readFileSync(f, 'utf8'), { loader: 'css', minify: true, legalComments: 'none' });
    writeFileSync(f, code);
    out.set(rel(f), code);
  }
  return out;
}

/** Minifies one script file in place (sw.js, once its build id is written in). */
export async function minifyScript(file) {
  const { code } = await esbuild.transform(readFileSync(file, 'utf8'), { loader: 'js', minify: true, legalComments: 'none', charset: 'utf8' });
  writeFileSync(file, code);
}

/** The whole page as one script with nothing left to import (the single file), and the worker's as a classic script. */
export async function bundleSingle(webDir) {
  const one = async (entry, extra = {}) => (await esbuild.build({
    ...common, absWorkingDir: webDir, entryPoints: [entry], outdir: webDir, external: ['node:*'], ...extra,
  })).outputFiles[0].text;
  return {
    page: await one(ENTRY),
    // Run as a classic worker from a Blob URL (js/caseload.js), where
    // import.meta does not exist. Its engine gets its bytes inline
    // (wasmBinary), so the URL only has to parse as a base; a blob:null/…
    // address does not, 'file:///' does.
    worker: await one(WORKER, { format: 'iife', define: { 'import.meta.url': '"file:///"' } }),
  };
}
