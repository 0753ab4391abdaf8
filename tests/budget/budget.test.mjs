// Byte budgets of a first visit: fails when a file the first visit
// loads, the .wasm, or the total for any one language is over its budget
// in tests/budget/budgets.json. Sizes are gzip -9 of the files in build/web
// (run tools/build first). Bytes only: deterministic, no timing.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { budgetFor, firstVisitFiles, gzipBytes, loadBudgets } from './first-visit.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const webRoot = resolve(process.env.VYBIR_WEB_ROOT || join(here, '..', '..', 'build', 'web'));
const budgets = loadBudgets(join(here, 'budgets.json'));

test('build/web exists (run tools/build first)', () => {
  assert.ok(existsSync(join(webRoot, 'index.html')), `${webRoot}/index.html is missing`);
});

for (const lang of budgets.languages) {
  test(`first visit in ${lang}: every file and the total within budget`, () => {
    const { files, unclassified } = firstVisitFiles(webRoot, budgets, lang);
    assert.deepEqual(unclassified, [],
      'dynamic imports that budgets.json does not classify as "firstVisit" or "later": ' + JSON.stringify(unclassified));
    const over = [];
    let total = 0;
    const rows = [];
    for (const { path, via } of files) {
      const file = join(webRoot, path);
      assert.ok(existsSync(file), `${path} (loaded by ${via}) is not in build/web`);
      const gz = gzipBytes(file);
      const budget = budgetFor(budgets, path);
      total += gz;
      rows.push(`${String(gz).padStart(7)} / ${String(budget).padStart(6)}  ${path}`);
      if (gz > budget) over.push(`${path}: ${gz} B gzip > ${budget} B budget`);
    }
    const table = rows.join('\n') + `\n${String(total).padStart(7)} / ${String(budgets.total).padStart(6)}  total (${lang})`;
    assert.deepEqual(over, [], `over budget:\n${over.join('\n')}\n\n${table}`);
    assert.ok(total <= budgets.total, `first visit in ${lang}: ${total} B gzip > ${budgets.total} B total budget\n\n${table}`);
  });
}

test('the .wasm is within its own budget (60 KB gzip)', () => {
  const gz = gzipBytes(join(webRoot, 'vybir_core.wasm'));
  assert.ok(gz <= budgets.files['vybir_core.wasm'], `vybir_core.wasm: ${gz} B gzip > ${budgets.files['vybir_core.wasm']} B`);
});

test('only the chosen language is part of a first visit', () => {
  for (const lang of budgets.languages) {
    const i18n = firstVisitFiles(webRoot, budgets, lang).files.filter(f => f.path.startsWith('i18n/'));
    assert.deepEqual(i18n.map(f => f.path), [`i18n/${lang}.json`]);
  }
});

test('index.html has no stylesheet that holds back the first paint, and its inline style is allowed by hash', () => {
  const html = readFileSync(join(webRoot, 'index.html'), 'utf8');
  const blocking = [...html.matchAll(/<link\b[^>]*rel="stylesheet"[^>]*>/g)].map(m => m[0]).filter(l => !/media="print"/.test(l));
  assert.deepEqual(blocking, []);
  const style = /<style>([^<]*)<\/style>/.exec(html)?.[1];
  assert.ok(style, 'the page style is inline');
  const hash = `'sha256-${createHash('sha256').update(style, 'utf8').digest('base64')}'`;
  assert.ok(/<meta http-equiv="Content-Security-Policy" content="[^"]*style-src 'self' ([^;"]*)/.exec(html)?.[1].includes(hash), 'the CSP allows it by its hash');
});
