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
// units (SOURCE.md). The map is 1000 units wide and shown at most about
// 600 px wide: a grid of GRID units (2: about 2.6 km, under a pixel on any
// screen it is shown on) is finer than anyone sees. Rounding the absolute
// points keeps shared borders identical in both neighbours; a point that
// lies on the straight line between its neighbours is dropped (the shape
// does not change).
const GRID = 2;
export function roundPath(d, grid = GRID) {
  if (!/^[Mlz0-9.\s,-]+$/.test(d)) return d;
  const snap = v => Math.round(v / grid) * grid;
  let out = '', x = 0, y = 0, rx = 0, ry = 0;
  for (const [, cmd, body] of d.matchAll(/([Mlz])([^Mlz]*)/g)) {
    const nums = (body.match(/-?(?:\d+\.?\d*|\.\d+)/g) || []).map(Number);
    if (cmd === 'z') { out += 'z'; continue; }
    if (cmd === 'M') {
      x = nums[0]; y = nums[1]; rx = snap(x); ry = snap(y);
      out += `M${rx} ${ry}`.replace(/ -/g, '-');
      nums.splice(0, 2);
      if (!nums.length) continue;
    }
    const moves = [];
    for (let i = 0; i + 1 < nums.length; i += 2) {
      x += nums[i]; y += nums[i + 1];
      const nx = snap(x), ny = snap(y);
      if (nx === rx && ny === ry) continue;
      const [dx, dy] = [nx - rx, ny - ry];
      const last = moves[moves.length - 1];
      // same direction as the move before: one longer move
      if (last && last[0] * dy === last[1] * dx && last[0] * dx + last[1] * dy > 0) { last[0] += dx; last[1] += dy; } else moves.push([dx, dy]);
      rx = nx; ry = ny;
    }
    if (moves.length) out += 'l' + moves.map(([a, b]) => `${a} ${b}`).join(' ').replace(/ -/g, '-');
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
