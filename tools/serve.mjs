#!/usr/bin/env node
// A tiny static server for build/web on 127.0.0.1 (node:http, no dependencies).
//
//   node tools/serve.mjs [PORT] [--port N] [--root DIR]     (PORT env also works; default 8080)
//
// Sends the page's Content-Security-Policy as a header (the <meta> copy in
// index.html cannot carry frame-ancestors), serves .wasm as application/wasm,
// and never serves anything outside the root. Like any good static host it
// sends gzip to browsers that take it and answers revalidation with 304, so
// a slow phone gets the bytes the budget counts (docs/performance.md).
import { createServer } from 'node:http';
import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { dirname, extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const opt = name => (args.indexOf(name) >= 0 ? args[args.indexOf(name) + 1] : undefined);
const positional = args.find((a, i) => /^\d+$/.test(a) && !args[i - 1]?.startsWith('--'));
const port = Number(opt('--port') ?? positional ?? process.env.PORT ?? 8080);
const root = resolve(repoRoot, opt('--root') ?? 'build/web');
const HOST = '127.0.0.1';

if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`serve: not a port: ${port}`);
  process.exit(2);
}
try {
  if (!statSync(root).isDirectory()) throw new Error();
} catch {
  console.error(`serve: ${root} does not exist: run "node tools/build-web.mjs" first`);
  process.exit(1);
}

// The policy is index.html's own (its <meta>: the build adds the hash of the
// inline stylesheet there), read afresh for each page, plus frame-ancestors.
const CSP_META = /<meta http-equiv="Content-Security-Policy" content="([^"]*)">/;
const FALLBACK_CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; worker-src 'self' blob:; style-src 'self'; " +
  "img-src 'self' data:; object-src 'none'; base-uri 'none'; form-action 'none'";
function csp() {
  let policy = FALLBACK_CSP;
  try { policy = CSP_META.exec(readFileSync(join(root, 'index.html'), 'utf8'))?.[1] || FALLBACK_CSP; } catch { /* no index.html: the fallback */ }
  return `${policy}; frame-ancestors 'none'`;
}

const MIME = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8', '.json': 'application/json; charset=utf-8', '.wasm': 'application/wasm',
  '.svg': 'image/svg+xml', '.png': 'image/png', '.ico': 'image/x-icon', '.webmanifest': 'application/manifest+json',
  '.txt': 'text/plain; charset=utf-8', '.ts': 'text/plain; charset=utf-8', '.map': 'application/json',
};

const HEADERS = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cache-Control': 'no-cache',
};

function send(res, status, text) {
  res.writeHead(status, { ...HEADERS, 'Content-Security-Policy': csp(), 'Content-Type': 'text/plain; charset=utf-8' });
  res.end(text);
}

const server = createServer((req, res) => {
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.setHeader('Allow', 'GET, HEAD');
    return send(res, 405, 'method not allowed\n');
  }
  let path;
  try {
    path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
  } catch {
    return send(res, 400, 'bad request\n');
  }
  if (path.includes('\0')) return send(res, 400, 'bad request\n');
  let file = normalize(join(root, path));
  if (file !== root && !file.startsWith(root + sep)) return send(res, 403, 'forbidden\n');
  let st;
  try {
    st = statSync(file);
    if (st.isDirectory()) {
      file = join(file, 'index.html');
      st = statSync(file);
    }
  } catch {
    return send(res, 404, 'not found\n');
  }
  let body;
  try {
    body = content(file, st);
  } catch {
    return send(res, 404, 'not found\n');
  }
  const gzip = body.gzip && /\bgzip\b/.test(req.headers['accept-encoding'] || '');
  const headers = {
    ...HEADERS,
    'Content-Security-Policy': csp(),
    'Content-Type': MIME[extname(file).toLowerCase()] || 'application/octet-stream',
    ETag: body.etag,
    Vary: 'Accept-Encoding',
  };
  if (req.headers['if-none-match'] === body.etag) {
    res.writeHead(304, headers);
    return res.end();
  }
  const bytes = gzip ? body.gzip : body.raw;
  res.writeHead(200, { ...headers, 'Content-Length': bytes.length, ...(gzip ? { 'Content-Encoding': 'gzip' } : {}) });
  res.end(req.method === 'HEAD' ? undefined : bytes);
});

// Files are small: each is read, hashed and compressed once per version.
const cache = new Map();
function content(file, st) {
  const key = `${file}:${st.mtimeMs}:${st.size}`;
  let body = cache.get(key);
  if (!body) {
    const raw = readFileSync(file);
    const packed = /\.(png|ico)$/.test(file) ? null : gzipSync(raw, { level: 9 });
    body = { raw, gzip: packed && packed.length < raw.length ? packed : null,
      etag: `"${createHash('sha256').update(raw).digest('base64url').slice(0, 22)}"` };
    cache.set(key, body);
  }
  return body;
}

server.on('error', e => {
  console.error(`serve: ${e.code === 'EADDRINUSE' ? `port ${port} is in use; pass another: node tools/serve.mjs 8081` : e.message}`);
  process.exit(1);
});
server.listen(port, HOST, () => {
  console.log(`Vybir is served at http://${HOST}:${server.address().port}/  (from ${root}; Ctrl+C to stop)`);
});
