#!/usr/bin/env node
// Writes one self-contained HTML file from an assembled build/web: every
// module bundled into one inline module script, the styles inline, the map
// in a <template>, all four languages as JSON data blocks and the WASM as
// base64. It works opened straight from a disk or USB stick (file://), with
// no server and no network. Its Content-Security-Policy allows exactly its
// own inline script and styles, by SHA-256 hash, and nothing else.
//
//   node tools/build-single.mjs [--web build/web] [--out dist/vybir.html]
//
// tools/build-web.mjs calls this after assembling build/web.
//
// The bundler is deliberately small and only understands what this project
// writes: relative imports (named, default, namespace; static, and dynamic
// with a string literal) and `export` of function/const/class, `export
// default`, `export { … }`. Each module becomes a function scope run once, in
// dependency order (dynamic imports count as dependencies, so they are ready
// when asked for). Anything it does not understand fails the build.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const LANGS = ['uk', 'ru', 'nl', 'en'];
const ENTRY = 'js/main.js';

function fail(msg) {
  throw new Error(`build-single: ${msg}`);
}

// ---- bundling
const IMPORT_RE = /^[ \t]*import\s+([^'";]*?)\s+from\s+'(\.{1,2}\/[^']+)';?[ \t]*$/gm;
const BARE_IMPORT_RE = /^[ \t]*import\s+'(\.{1,2}\/[^']+)';?[ \t]*$/gm;
const DYNAMIC_RE = /\bimport\(\s*'(\.{1,2}\/[^']+)'\s*\)/g;

function bundle(webDir) {
  const modules = new Map(); // path -> {id, src, deps}
  const order = [];
  const visiting = new Set();
  const visit = path => {
    if (modules.has(path)) return;
    if (visiting.has(path)) fail(`import cycle through ${path}`);
    visiting.add(path);
    const file = join(webDir, path);
    if (!existsSync(file)) fail(`${path} is imported but missing`);
    const src = readFileSync(file, 'utf8');
    const target = spec => relative(webDir, resolve(dirname(file), spec)).split(sep).join('/');
    const deps = [...src.matchAll(IMPORT_RE)].map(m => target(m[2]))
      .concat([...src.matchAll(BARE_IMPORT_RE)].map(m => target(m[1])), [...src.matchAll(DYNAMIC_RE)].map(m => target(m[1])));
    for (const d of deps) visit(d);
    visiting.delete(path);
    modules.set(path, { id: `__vy${modules.size}`, src, target });
    order.push(path);
  };
  visit(ENTRY);
  return order.map(p => wrap(p, modules.get(p), modules)).join('\n');
}

function wrap(path, mod, modules) {
  const ref = spec => modules.get(mod.target(spec)).id;
  const exported = [];
  let src = mod.src;
  if (/^\s*export\s+(let|var)\b/m.test(src)) fail(`${path}: "export let/var" is not supported (no live bindings)`);
  src = src.replace(IMPORT_RE, (all, what, spec) => `const ${binding(what, ref(spec), path)} = ${bindingSource(what, ref(spec))};`);
  src = src.replace(BARE_IMPORT_RE, '');
  src = src.replace(DYNAMIC_RE, (all, spec) => `Promise.resolve(${ref(spec)})`);
  src = src.replace(/^([ \t]*)export\s+((?:async\s+)?function\*?|const|class)\s+([\w$]+)/gm, (all, ind, kind, name) => {
    exported.push([name, name]);
    return `${ind}${kind} ${name}`;
  });
  src = src.replace(/^([ \t]*)export\s+default\s+/gm, (all, ind) => {
    exported.push(['default', '__default']);
    return `${ind}const __default = `;
  });
  src = src.replace(/^[ \t]*export\s*\{([^}]*)\};?[ \t]*$/gm, (all, list) => {
    for (const item of list.split(',').map(x => x.trim()).filter(Boolean)) {
      const [local, as = local] = item.split(/\s+as\s+/);
      exported.push([as, local]);
    }
    return '';
  });
  if (/^\s*(import|export)\b/m.test(src)) fail(`${path}: an import or export the bundler does not understand`);
  if (/\bimport\(/.test(src.replace(/import\('node:[^']+'\)/g, ''))) fail(`${path}: a dynamic import of something other than a relative module`);
  const out = exported.map(([as, local]) => `${JSON.stringify(as)}: ${local}`).join(', ');
  return `// ${path}\nconst ${mod.id} = (() => {\n${src}\nreturn Object.freeze({ ${out} });\n})();`;
}

// `{ a, b as c }` -> `{ a, b: c }`; `X` -> `X`; `* as Q` -> `Q`.
function binding(what, id, path) {
  what = what.trim();
  if (what.startsWith('* as ')) return what.slice(5).trim();
  if (what.startsWith('{')) return what.replace(/\s+as\s+/g, ': ');
  if (/^[\w$]+$/.test(what)) return what;
  fail(`${path}: cannot bundle "import ${what}"`);
  return '';
}
const bindingSource = (what, id) => (/^[\w$]+$/.test(what.trim()) ? `${id}.default` : id);

// ---- the page
const b64sha = text => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
const scriptSafe = text => text.replace(/<\/(script)/gi, '<\\/$1').replace(/<!--/g, '<\\!--');

export function buildSingle(webDir, outFile) {
  let html = readFileSync(join(webDir, 'index.html'), 'utf8');
  const read = p => readFileSync(join(webDir, p), 'utf8');
  const js = scriptSafe(bundle(webDir));
  const styles = [];
  html = html.replace(/<link rel="stylesheet" href="([^"]+)"( media="[^"]+")?>/g, (all, href, media = '') => {
    const css = read(href);
    styles.push(css);
    return `<style data-href="${href}"${media}>${css}</style>`;
  });
  // Loaded on request on the web; here inline from the start (print.css only applies to the lawyer's sheet,
  // kiosk.css and pro.css only to html.kiosk and html.pro).
  for (const [href, media] of [['css/print.css', ' media="print"'], ['css/kiosk.css', ''], ['css/pro.css', '']]) {
    if (html.includes(`data-href="${href}"`)) continue;
    const css = read(href);
    styles.push(css);
    html = html.replace('</head>', `<style data-href="${href}"${media}>${css}</style>\n</head>`);
  }
  const icon = 'data:image/svg+xml,' + encodeURIComponent(read('icons/icon.svg').trim());
  html = html.replace(/<link rel="icon"[^>]*>/, `<link rel="icon" href="${icon}">`)
    .replace(/<link rel="manifest"[^>]*>\n?/, '')
    .replace(/<script type="module" src="js\/main\.js"><\/script>/, () => `<script type="module">${js}</script>`);
  if (!html.includes(js)) fail('index.html has no <script type="module" src="js/main.js">');
  const data = [
    ...LANGS.map(l => `<script type="application/json" data-i18n="${l}">${scriptSafe(JSON.stringify(JSON.parse(read(`i18n/${l}.json`))))}</script>`),
    `<template id="map-svg">${read('map/regions.svg').replace(/<\?xml[^>]*>\s*/, '')}</template>`,
    `<script type="application/octet-stream" id="vybir-wasm">${readFileSync(join(webDir, 'vybir_core.wasm')).toString('base64')}</script>`,
  ].join('\n');
  html = html.replace('</body>', () => `${data}\n</body>`);
  const csp = ["default-src 'none'", `script-src ${b64sha(js)} 'wasm-unsafe-eval'`, `style-src ${styles.map(b64sha).join(' ')}`,
    'img-src data:', "object-src 'none'", "base-uri 'none'", "form-action 'none'"].join('; ');
  const cspRe = /<meta http-equiv="Content-Security-Policy" content="[^"]*">/;
  if (!cspRe.test(html)) fail('index.html has no Content-Security-Policy meta tag');
  html = html.replace(cspRe, () => `<meta http-equiv="Content-Security-Policy" content="${csp}">`);
  mkdirSync(dirname(outFile), { recursive: true });
  writeFileSync(outFile, html);
  return Buffer.byteLength(html);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
  const args = process.argv.slice(2);
  const opt = (name, dflt) => (args.indexOf(name) >= 0 ? args[args.indexOf(name) + 1] : dflt);
  const out = resolve(repoRoot, opt('--out', 'dist/vybir.html'));
  try {
    const bytes = buildSingle(resolve(repoRoot, opt('--web', 'build/web')), out);
    console.log(`build-single: ${relative(repoRoot, out)} written (${bytes} bytes)`);
  } catch (e) {
    console.error(e.message);
    process.exit(1);
  }
}
