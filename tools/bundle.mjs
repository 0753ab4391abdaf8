// A small bundler for the page's own ES modules, used for build/web
// (tools/build-web.mjs) and for the single file (tools/build-single.mjs).
//
//   bundle(root, entry, { inline, external }) -> { files: Map(path -> code), modules: [path] }
//
// Paths are relative to root, with '/'. Each module becomes a function scope
// run once, in dependency order. The entry's file holds every module it
// reaches by static imports and by dynamic imports of modules in `inline`
// (null: every module, one file in all); those dynamic imports count as
// dependencies, so they are ready when asked for. Any other dynamically
// imported module gets a file of its own (a chunk) at its own path, holding
// the modules only it needs; it takes the rest from the entry's file, which
// exports them, so every module has one instance and one state. Modules in
// `external` are not bundled: imports of them stay real imports.
//
// It is deliberately small and only understands what this project writes:
// relative imports (named, default, namespace; static, and dynamic with a
// string literal) and `export` of function/const/class, `export default`,
// `export { … }`. Anything it does not understand fails the build.
import { existsSync, readFileSync } from 'node:fs';
import { join, posix } from 'node:path';

const IMPORT_RE = /^[ \t]*import\s+([^'";]*?)\s+from\s+'(\.{1,2}\/[^']+)';?[ \t]*$/gm;
const BARE_IMPORT_RE = /^[ \t]*import\s+'(\.{1,2}\/[^']+)';?[ \t]*$/gm;
const DYNAMIC_RE = /\bimport\(\s*'(\.{1,2}\/[^']+)'\s*\)/g;

function fail(msg) {
  throw new Error(`bundle: ${msg}`);
}

const resolveSpec = (from, spec) => posix.normalize(posix.join(posix.dirname(from), spec));
/** The specifier that reaches `to` from a file at `from`. */
const specFrom = (from, to) => {
  const r = posix.relative(posix.dirname(from), to);
  return r.startsWith('.') ? r : './' + r;
};

export function bundle(root, entry, { inline = null, external = [] } = {}) {
  const sources = new Map();
  const read = path => {
    if (!sources.has(path)) {
      const file = join(root, path);
      if (!existsSync(file)) fail(`${path} is imported but missing`);
      const src = readFileSync(file, 'utf8');
      const to = spec => resolveSpec(path, spec);
      sources.set(path, {
        src,
        imports: [...src.matchAll(IMPORT_RE)].map(m => to(m[2])).concat([...src.matchAll(BARE_IMPORT_RE)].map(m => to(m[1]))),
        dynamic: [...src.matchAll(DYNAMIC_RE)].map(m => to(m[1])),
      });
    }
    return sources.get(path);
  };
  const inlined = path => inline === null || inline.includes(path);

  // Which file (the entry's or a chunk's) each module goes into, in dependency order.
  const home = new Map(); // module -> file
  const order = new Map([[entry, []]]); // file -> modules
  const place = (path, file, visiting = new Set()) => {
    if (home.has(path)) {
      if (home.get(path) !== file && home.get(path) !== entry) fail(`${path} is needed by both ${home.get(path)} and ${file}`);
      return;
    }
    if (visiting.has(path)) fail(`import cycle through ${path}`);
    visiting.add(path);
    const m = read(path);
    for (const d of m.imports) if (!external.includes(d)) place(d, file, visiting);
    for (const d of m.dynamic) {
      if (external.includes(d)) continue;
      if (inlined(d)) place(d, file, visiting);
      else if (!order.has(d)) order.set(d, []); // a chunk, placed after the entry's modules
    }
    visiting.delete(path);
    home.set(path, file);
    order.get(file).push(path);
  };
  for (const file of order.keys()) { // chunks are added to `order` as they are found
    if (home.has(file)) fail(`${file} is imported statically and on request`);
    place(file, file);
  }
  const isChunk = path => path !== entry && order.has(path);

  const ids = new Map([...home.keys()].map((p, i) => [p, `__vy${i}`]));
  const shared = new Set(); // the entry's modules that chunks use
  const files = new Map();
  for (const [file, paths] of order) {
    const externals = new Map(); // specifier -> namespace
    const fromEntry = new Set();
    const local = path => {
      if (home.get(path) !== file) { fromEntry.add(ids.get(path)); shared.add(ids.get(path)); }
      return ids.get(path);
    };
    const ref = path => {
      if (!external.includes(path)) return local(path);
      const spec = specFrom(file, path);
      if (!externals.has(spec)) externals.set(spec, `__ext${externals.size}`);
      return externals.get(spec);
    };
    const dynamic = path => {
      if (external.includes(path)) return `import(${JSON.stringify(specFrom(file, path))})`;
      if (isChunk(path)) return `import(${JSON.stringify(specFrom(file, path))}).then(m => m.default)`;
      return `Promise.resolve(${local(path)})`;
    };
    const body = paths.map(p => wrap(p, ids.get(p), read(p).src, ref, dynamic)).join('\n');
    files.set(file, [
      ...[...externals].map(([spec, ns]) => `import * as ${ns} from ${JSON.stringify(spec)};`),
      fromEntry.size ? `import { ${[...fromEntry].join(', ')} } from ${JSON.stringify(specFrom(file, entry))};` : '',
      body,
      file === entry ? '' : `export default ${ids.get(file)};`,
    ].filter(Boolean).join('\n'));
  }
  if (shared.size) files.set(entry, `${files.get(entry)}\nexport { ${[...shared].join(', ')} };`);
  return { files, modules: [...home.keys()] };
}

function wrap(path, id, src, ref, dynamic) {
  const exported = [];
  if (/^\s*export\s+(let|var)\b/m.test(src)) fail(`${path}: "export let/var" is not supported (no live bindings)`);
  if (/\bimport\((?!'node:)/.test(src.replace(DYNAMIC_RE, ''))) fail(`${path}: a dynamic import of something other than a relative module`);
  src = src.replace(IMPORT_RE, (all, what, spec) => {
    const ns = ref(resolveSpec(path, spec));
    return `const ${binding(what, path)} = ${/^[\w$]+$/.test(what.trim()) ? `${ns}.default` : ns};`;
  });
  src = src.replace(BARE_IMPORT_RE, '');
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
  if (/^\s*(import|export)\b/m.test(src.replace(DYNAMIC_RE, ''))) fail(`${path}: an import or export the bundler does not understand`);
  src = src.replace(DYNAMIC_RE, (all, spec) => dynamic(resolveSpec(path, spec)));
  const out = exported.map(([as, local]) => `${JSON.stringify(as)}: ${local}`).join(', ');
  return `// ${path}\nconst ${id} = (() => {\n${src}\nreturn Object.freeze({ ${out} });\n})();`;
}

// `{ a, b as c }` -> `{ a, b: c }`; `X` -> `X`; `* as Q` -> `Q`.
function binding(what, path) {
  what = what.trim();
  if (what.startsWith('* as ')) return what.slice(5).trim();
  if (what.startsWith('{')) return what.replace(/\s+as\s+/g, ': ');
  if (/^[\w$]+$/.test(what)) return what;
  return fail(`${path}: cannot bundle "import ${what}"`);
}
