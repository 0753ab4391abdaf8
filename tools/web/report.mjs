// Prints every file of the build with its size and gzip size, and the first
// visit's total as the byte-budget test counts it (tests/budget/), for the
// largest language.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { LANGS, relTo, walk } from './common.mjs';
import { firstVisitFiles, loadBudgets } from '../../tests/budget/first-visit.mjs';

export function report(outDir, id, wasmFound) {
  const rel = relTo(outDir);
  const budgets = loadBudgets();
  const rows = walk(outDir).map(f => {
    const buf = readFileSync(f);
    return { path: rel(f), bytes: buf.length, gzip: gzipSync(buf, { level: 9 }).length };
  }).sort((a, b) => a.path.localeCompare(b.path));
  const gz = new Map(rows.map(r => [r.path, r.gzip]));
  const visits = LANGS.map(lang => {
    const files = firstVisitFiles(outDir, budgets, lang).files.map(f => f.path);
    return { lang, files, total: files.reduce((n, p) => n + (gz.get(p) || 0), 0) };
  }).sort((a, b) => b.total - a.total);
  const first = new Set(visits[0].files);
  for (const r of rows) console.log(`${String(r.bytes).padStart(8)} ${String(r.gzip).padStart(7)} gz ${first.has(r.path) ? '*' : ' '} ${r.path}`);
  const { lang, total } = visits[0];
  console.log(`build ${id}: first visit (*, in ${lang}) = ${total} bytes gzip (budget ${budgets.total})` +
    (wasmFound.includes('vybir_core.wasm') ? '' : ', WASM not included'));
  if (total > budgets.total) console.warn('build-web: warning: the first visit is over budget');
}
