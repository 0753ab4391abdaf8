// The build's manifest (build.json): every file with its SHA-256, and the
// service worker's precache list; the SHA-256 of that list is the build's
// id, written into sw.js so each build is a new worker.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fail, policyFile, relTo, sha256, walk } from './common.mjs';
import { minifyScript } from './bundle.mjs';

// Not precached (besides sw.js and build.json themselves): the JavaScript API
// for other programs (docs/javascript-api.md); the page has its own copy of
// the engine's JavaScript (js/vybir.js, and inside js/caseload-worker.js).
const NOT_PRECACHED = new Set(['vybir.d.ts', 'vybir.js', 'vybir_core.js', 'vybir_caseload.js']);

/** Writes build.json and sw.js's build id; returns the short id. */
export async function writeManifest(outDir) {
  const rel = relTo(outDir);
  const files = walk(outDir).map(rel).filter(p => p !== 'build.json' && p !== 'sw.js').sort();
  const sums = Object.fromEntries(files.map(p => [p, sha256(readFileSync(join(outDir, p)))]));
  const precache = files.filter(p => !NOT_PRECACHED.has(p)).map(p => [p, sums[p]]);
  const full = sha256(Buffer.from(JSON.stringify(precache), 'utf8')); // the worker recomputes this from build.json
  const swFile = join(outDir, 'sw.js');
  if (!existsSync(swFile)) fail('web/sw.js is missing');
  const sw = readFileSync(swFile, 'utf8');
  if (!/^const BUILD = .*;$/m.test(sw)) fail('web/sw.js must have a "const BUILD = …;" line');
  writeFileSync(swFile, sw.replace(/^const BUILD = .*;$/m, `const BUILD = ${JSON.stringify(full)};`));
  await minifyScript(swFile);
  writeFileSync(join(outDir, 'build.json'), JSON.stringify({
    build: full.slice(0, 16), buildSha256: full, policySha256: sha256(readFileSync(policyFile)),
    files: [...files, 'sw.js'].sort(), sha256: sums, precache,
  }, null, 1));
  return full.slice(0, 16);
}
