// Copies web/ (without dot files and notes), the WASM module's outputs from
// build/wasm and the vendored third-party files into the output folder, and
// slims the map. Nothing here is minified: tools/web/bundle.mjs does that.
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { VENDOR, WASM_FILES, fail, repoRoot, wasmDir, webDir } from './common.mjs';

export function copyWeb(outDir) {
  const inside = (dir, parent) => dir === parent || dir.startsWith(parent + sep);
  if (inside(repoRoot, outDir) || inside(outDir, webDir) || inside(outDir, join(repoRoot, 'data'))) {
    fail(`refusing to write into ${outDir}: it would overwrite the sources`);
  }
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });
  cpSync(webDir, outDir, {
    recursive: true,
    // the language files are written by tools/web/i18n.mjs
    filter: src => {
      const parts = relative(webDir, src).split(/[\\/]/);
      return !parts.some(part => part.startsWith('.')) && !src.endsWith('.md') && parts[0] !== 'i18n';
    },
  });
  for (const [from, to] of VENDOR) {
    const src = join(repoRoot, from);
    if (!existsSync(src)) fail(`${from} is missing: run "npm ci" (tools/setup)`);
    mkdirSync(dirname(join(outDir, to)), { recursive: true });
    cpSync(src, join(outDir, to));
  }
  slimMap(join(outDir, 'map', 'regions.svg'));
}

/** The names of the build/wasm files found and copied; fails (unless allowMissing) without the core. */
export function copyWasm(outDir, allowMissing) {
  const found = [];
  for (const name of WASM_FILES) {
    const src = join(wasmDir, name);
    if (existsSync(src)) { cpSync(src, join(outDir, name)); found.push(name); }
  }
  if (!found.includes('vybir_core.wasm') || !found.includes('vybir.js')) {
    const msg = 'build/wasm/vybir_core.wasm or build/wasm/vybir.js is missing: build the WASM module first ' +
      '(cmake --preset wasm && cmake --build --preset wasm), or pass --allow-missing-wasm to assemble the page without it.';
    if (!allowMissing) fail(msg);
    console.warn(`build-web: warning: ${msg.split(':')[0]}; the page will say the calculator could not start.`);
  }
  return found;
}

// The map's paths have one absolute M per ring and relative l moves at 0.1
// units (SOURCE.md). Whole units (about 1.3 km) are finer than any screen
// shows the map at; rounding the absolute points keeps shared borders
// identical in both neighbours.
export function roundPath(d) {
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

// The page keys regions by data-iso and shows the credit line itself: ids,
// English names, the title and the description are not needed.
function slimMap(svg) {
  if (!existsSync(svg)) fail('web/map/regions.svg is missing');
  writeFileSync(svg, readFileSync(svg, 'utf8').replace(/<(title|desc)>[^<]*<\/\1>\s*/g, '').replace(/ id="UA-\d+"/g, '').replace(/ data-name="[^"]*"/g, '')
    .replace(/ d="([^"]*)"/g, (_, d) => ` d="${roundPath(d)}"`));
}
