// Which files of build/web a first visit loads, derived from the build
// itself: index.html's <script src> and <link href>, the ES module graph
// from there (static imports always; dynamic imports as budgets.json
// classifies them), and the files the page fetches by URL at start-up
// (budgets.json "runtime": the .wasm, the one language file, the map).
// Shared by tests/budget/budget.test.mjs and tools/bench.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, normalize, posix } from 'node:path';
import { gzipSync } from 'node:zlib';

const STATIC_IMPORT = /(?:^|[^\w$.])(?:import|export)\s*(?:[^'"`();]*?\bfrom\s*)?["']([^"']+)["']/g;
const DYNAMIC_IMPORT = /(?:^|[^\w$.])import\s*\(\s*["']([^"']+)["']\s*\)/g;
const HTML_REF = /<(?:script|link)\b[^>]*?\b(?:src|href)\s*=\s*["']([^"']+)["'][^>]*>/gi;

const isLocal = ref => !/^[a-z][a-z0-9+.-]*:/i.test(ref) && !ref.startsWith('//') && !ref.startsWith('#');
const resolveRef = (from, ref) => posix.normalize(posix.join(posix.dirname(from), ref.split(/[?#]/)[0]));

/** Strips comments so that an import in a comment is not taken for one (strings are left alone). */
function code(text) {
  return text.replace(/\/\*[\s\S]*?\*\//g, ' ').replace(/(^|[^:"'\\])\/\/[^\n]*/g, '$1');
}

/**
 * The first-visit files for one language: [{path, via}], plus the dynamic
 * imports that budgets.json does not classify (which the test refuses).
 */
export function firstVisitFiles(webRoot, budgets, lang) {
  const files = new Map();
  const unclassified = [];
  const add = (path, via) => { if (!files.has(path)) files.set(path, via); };
  const html = readFileSync(join(webRoot, 'index.html'), 'utf8').replace(/<!--[\s\S]*?-->/g, '');
  add('index.html', 'page');
  const queue = [];
  for (const m of html.matchAll(HTML_REF)) {
    const ref = m[1];
    if (!isLocal(ref)) continue;
    const path = resolveRef('index.html', ref);
    add(path, 'index.html');
    if (/\.m?js$/.test(path)) queue.push(path);
  }
  const seen = new Set();
  while (queue.length) {
    const mod = queue.shift();
    if (seen.has(mod)) continue;
    seen.add(mod);
    const file = join(webRoot, mod);
    if (!existsSync(file)) continue; // reported as missing by the caller
    const text = code(readFileSync(file, 'utf8'));
    for (const m of text.matchAll(STATIC_IMPORT)) {
      if (!m[1].startsWith('.')) continue;
      const path = resolveRef(mod, m[1]);
      add(path, mod);
      queue.push(path);
    }
    for (const m of text.matchAll(DYNAMIC_IMPORT)) {
      if (!m[1].startsWith('.')) continue; // node:… in Node-only branches
      const path = resolveRef(mod, m[1]);
      if (budgets.dynamicImports.firstVisit.includes(path)) {
        add(path, `${mod} (dynamic)`);
        queue.push(path);
      } else if (!budgets.dynamicImports.later.includes(path)) {
        unclassified.push({ path, from: mod });
      }
    }
  }
  for (const r of budgets.runtime) add(r.replace('{lang}', lang), 'runtime');
  return { files: [...files].map(([path, via]) => ({ path, via })), unclassified };
}

/** The budget for a path: an exact entry, then a {lang} or * pattern, then the default. */
export function budgetFor(budgets, path) {
  if (budgets.files[path] !== undefined) return budgets.files[path];
  for (const [pattern, bytes] of Object.entries(budgets.files)) {
    const re = new RegExp('^' + pattern.replace(/[.+?^$()[\]\\|]/g, '\\$&').replace('{lang}', '[a-z]{2}').replace('*', '[^/]+') + '$');
    if (re.test(path)) return bytes;
  }
  return budgets.defaultFile;
}

export const gzipBytes = file => gzipSync(readFileSync(file), { level: 9 }).length;

export function loadBudgets(file = join(dirname(new URL(import.meta.url).pathname), 'budgets.json')) {
  return JSON.parse(readFileSync(normalize(file), 'utf8'));
}
