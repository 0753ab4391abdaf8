// Bundles and minifies the served page's JavaScript and CSS with esbuild.
//
// js/main.js is one file: the page's modules and the engine (vybir.js with
// the embind glue; a dynamic import, bundled in), so a first visit makes one
// JavaScript request and one gzip stream (esbuild's code splitting would
// make a dozen small chunks and cost about 5 KB gzip more). What the page
// imports on request (kiosk, print, professionals, another policy's link,
// the QR code, the caseload) is a file of its own that takes main.js's
// modules from main.js, so every module has one instance and one state.
// vybir.js and vybir_core.js at the top stay as built: the JavaScript API
// for other programs. The caseload worker is one file with its own engine.
import * as esbuild from 'esbuild';
import { readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join, posix } from 'node:path';
import { ENTRY, VENDOR, WORKER, fail, walk, relTo } from './common.mjs';

// Third-party files stay real imports; node: modules are only reached in
// Node (vybir.js reads its .wasm from disk there).
const external = ['node:*', ...VENDOR.map(([, to]) => '../' + to)];
const common = { bundle: true, format: 'esm', minify: true, legalComments: 'none', logLevel: 'warning', write: false, charset: 'utf8' };
/** Keeps names and lines (build-web --readable): for profiling, where minified names say nothing. */
export const readable = () => Object.assign(common, { minify: false, minifySyntax: true });

/** Bundles outDir's modules in place; returns the served .js files and those a first visit loads (paths in outDir). */
export async function bundleJs(outDir, wasmFound) {
  const rel = relTo(outDir);
  const sources = walk(join(outDir, 'js')).filter(f => f.endsWith('.js'));
  const engineFiles = ['vybir.js', 'vybir_core.js'];
  const engine = engineFiles.every(f => wasmFound.includes(f));
  // A build without the WASM module leaves the engine's import as it is:
  // it fails at run time and the page says the calculator could not start.
  const ext = engine ? external : [...external, '../vybir.js'];
  const base = { ...common, absWorkingDir: outDir, outdir: outDir, external: ext };
  const isEngine = path => engineFiles.includes(rel(path));
  const onRequest = new Set(); // modules imported on request: a file each (paths in outDir)
  // A dynamic import of a page module stays one (the engine's is bundled in).
  const dynamic = {
    name: 'on-request',
    setup(b) {
      b.onResolve({ filter: /^\./ }, async args => {
        if (args.kind !== 'dynamic-import' || args.pluginData === 'inner') return undefined;
        const r = await b.resolve(args.path, { kind: args.kind, resolveDir: args.resolveDir, importer: args.importer, pluginData: 'inner' });
        if (r.errors.length || r.external || isEngine(r.path)) return undefined;
        onRequest.add(rel(r.path));
        return { path: args.path, external: true };
      });
    },
  };

  // 1. main.js's own modules (and the engine's), found without writing anything.
  const scan = await esbuild.build({ ...base, entryPoints: [ENTRY], minify: false, metafile: true, plugins: [dynamic] });
  const inMain = new Set(Object.keys(scan.metafile.inputs).map(p => rel(join(outDir, p))));

  // 2. Each module loaded on request: its own modules bundled in, main.js's
  // taken from main.js (which exports them), so they have one instance and
  // one state. A module two of them need, main.js not, fails the build.
  const shared = new Set(); // main.js's modules that something loaded on request imports
  const owner = new Map();
  const built = [];
  const queue = [...onRequest];
  for (let i = 0; i < queue.length; i++) {
    const entry = queue[i];
    const fromMain = {
      name: 'from-main',
      setup(b) {
        b.onResolve({ filter: /^\./ }, async args => {
          if (args.kind !== 'import-statement' || args.pluginData === 'inner') return undefined;
          const r = await b.resolve(args.path, { kind: args.kind, resolveDir: args.resolveDir, importer: args.importer, pluginData: 'inner' });
          if (r.errors.length || r.external || !inMain.has(rel(r.path))) return undefined;
          shared.add(rel(r.path));
          return { path: posix.relative(posix.dirname(entry), ENTRY).replace(/^(?!\.)/, './'), external: true };
        });
      },
    };
    const out = await esbuild.build({ ...base, entryPoints: [entry], entryNames: posix.dirname(entry) + '/[name]', metafile: true, plugins: [fromMain, dynamic] });
    for (const p of Object.keys(out.metafile.inputs).map(p => rel(join(outDir, p)))) {
      if (p === entry || inMain.has(p)) continue;
      if (owner.has(p) && owner.get(p) !== entry) fail(`${p} is needed by both ${owner.get(p)} and ${entry}, and not by main.js: it would run twice`);
      owner.set(p, entry);
    }
    built.push(...out.outputFiles);
    for (const m of onRequest) if (!queue.includes(m)) queue.push(m);
  }

  // 3. main.js: the page and the engine, exporting what those modules take from it.
  const names = new Map();
  if (shared.size) {
    const probe = await esbuild.build({ ...base, entryPoints: [...shared], minify: false, splitting: true, format: 'esm', metafile: true, entryNames: '[dir]/[name]' });
    for (const [p, o] of Object.entries(probe.metafile.outputs)) {
      if (!o.entryPoint) continue;
      for (const n of o.exports) {
        if (names.has(n)) fail(`${names.get(n)} and ${o.entryPoint} both export "${n}", which main.js cannot export for both`);
        names.set(n, o.entryPoint);
      }
    }
  }
  // Only the names those modules import: every export costs bytes in main.js.
  // (A namespace import, import * as x, takes them all.)
  const wanted = new Map(); // module -> names
  let everything = false;
  for (const o of built) {
    for (const m of o.text.matchAll(/import\s*(\{[^}]*\}|\*\s*as\s*[\w$]+)\s*from\s*["']\.\/main\.js["']/g)) {
      if (m[1].startsWith('*')) { everything = true; continue; }
      for (const spec of m[1].slice(1, -1).split(',').map(x => x.trim()).filter(Boolean)) {
        const name = spec.split(/\s+as\s+/)[0];
        const from = names.get(name);
        if (!from) fail(`${rel(o.path)} imports "${name}", which none of main.js's modules exports`);
        if (!wanted.has(from)) wanted.set(from, new Set());
        wanted.get(from).add(name);
      }
    }
  }
  const exportLines = everything
    ? [...shared].sort().map(p => `export * from './${p}';`)
    : [...wanted].sort().map(([p, ns]) => `export { ${[...ns].sort().join(', ')} } from './${p}';`);
  const main = await esbuild.build({
    ...base,
    stdin: {
      // main.js first: its modules run in its own order.
      contents: [`import './${ENTRY}';`, ...exportLines].join('\n'),
      resolveDir: outDir, sourcefile: 'main.js (with its exports)', loader: 'js',
    },
    outdir: undefined, outfile: join(outDir, ENTRY), plugins: [dynamic],
  });
  const worker = wasmFound.includes('vybir_caseload.js') && await esbuild.build({
    ...common, absWorkingDir: outDir, entryPoints: [WORKER], outfile: join(outDir, WORKER), external,
  });
  for (const f of sources) rmSync(f);
  const written = [];
  for (const o of [...main.outputFiles, ...built, ...(worker ? worker.outputFiles : [])]) {
    mkdirSync(dirname(o.path), { recursive: true });
    writeFileSync(o.path, o.contents);
    written.push(rel(o.path));
  }
  return { written, firstLoad: [ENTRY] };
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
