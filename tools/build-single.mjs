#!/usr/bin/env node
// Writes the single self-contained page (tools/web/single.mjs) from an
// assembled build/web. tools/build-web.mjs does this itself, before it
// bundles the served copy; on its own it takes a finished build/web, whose
// bundled modules esbuild bundles once more into the one script.
//
//   node tools/build-single.mjs [--web build/web] [--out dist/vybir.html]
import { relative, resolve } from 'node:path';
import { repoRoot } from './web/common.mjs';
import { buildSingle } from './web/single.mjs';

const args = process.argv.slice(2);
const opt = (name, dflt) => (args.indexOf(name) >= 0 ? args[args.indexOf(name) + 1] : dflt);
const out = resolve(repoRoot, opt('--out', 'dist/vybir.html'));
try {
  const bytes = await buildSingle(resolve(repoRoot, opt('--web', 'build/web')), out);
  console.log(`build-single: ${relative(repoRoot, out)} written (${bytes} bytes)`);
} catch (e) {
  console.error(`build-single: ${e.message}`);
  process.exit(1);
}
