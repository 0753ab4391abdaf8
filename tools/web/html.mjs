// index.html: the policy file's SHA-256 (the page refuses an engine whose
// policy differs), the first screen's fixed texts, the page's stylesheet
// inline, and what the first visit needs announced up front.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fail, policyFile, sha256 } from './common.mjs';
import { staticTexts } from './i18n.mjs';

const b64sha = text => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

function meta(html, name, content) {
  const re = new RegExp(`<meta name="${name}" content="[^"]*">`);
  const tag = `<meta name="${name}" content="${content}">`;
  return re.test(html) ? html.replace(re, tag) : html.replace('</head>', tag + '\n</head>');
}

/** Before bundling: the policy's hash, the optional share base, the fixed texts. */
export function writeHtmlTexts(outDir, shareBase) {
  const index = join(outDir, 'index.html');
  let html = meta(readFileSync(index, 'utf8'), 'vybir-policy-sha256', sha256(readFileSync(policyFile)));
  html = staticTexts(html);
  if (shareBase) html = meta(html, 'vybir-share-base', new URL(shareBase).href.replace(/"/g, '%22'));
  writeFileSync(index, html);
}

// The page's own stylesheet (css/vybir.css, minified: about 4 KB gzip) goes
// into index.html: a stylesheet link blocks the first paint until it has
// arrived, a second round trip on a slow connection. The Content-Security-
// Policy allows exactly that <style> by its SHA-256; the served copy then
// has no css/vybir.css (the single file, built before, inlines it itself).
const INLINE_CSS = 'css/vybir.css';

/** After bundling: inline the stylesheet, preload the engine's module and the .wasm. */
export function finishHtml(outDir, css, { preload = [] } = {}) {
  const index = join(outDir, 'index.html');
  let html = readFileSync(index, 'utf8');
  const style = css.get(INLINE_CSS);
  const link = `<link rel="stylesheet" href="${INLINE_CSS}">`;
  if (style && html.includes(link)) {
    html = html.replace(link, () => `<style>${style}</style>`);
    const cspRe = /(<meta http-equiv="Content-Security-Policy" content="[^"]*style-src 'self')/;
    if (!cspRe.test(html)) fail("index.html's Content-Security-Policy has no style-src 'self'");
    html = html.replace(cspRe, `$1 ${b64sha(style)}`);
    rmSync(join(outDir, INLINE_CSS));
  }
  // as="fetch" with crossorigin matches the engine's own fetch() of the .wasm
  // (mode cors, same-origin credentials), so the preloaded response is the
  // one used; a module preload is fetched and compiled as the import will be.
  const links = preload.filter(p => existsSync(join(outDir, p))).map(p => (p.endsWith('.js')
    ? `<link rel="modulepreload" href="${p}">` : `<link rel="preload" href="${p}" as="fetch" crossorigin>`));
  html = html.replace(/(<script type="module" src="js\/main\.js"><\/script>)/, () => [...links, '<script type="module" src="js/main.js"></script>'].join('\n'));
  writeFileSync(index, html);
}
