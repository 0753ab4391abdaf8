// The caseload API of the WASM module (engine.caseload) gives the very bytes
// `vybir batch` writes, whatever the size of the chunks it is fed: the page's
// panel and the CLI share the reading code (core/include/vybir/caseload.hpp).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { root, nativeCli, wasmDir, loadVybir } from './support.mjs';

const { load } = await import(path.join(wasmDir, 'vybir.js'));
const { default: createVybirCaseload } = await import(path.join(wasmDir, 'vybir_caseload.js'));
const engine = await load({ module: createVybirCaseload });

function run(bytes, inFormat, outFormat, chunk) {
  const parts = [Buffer.from(engine.caseload.start(inFormat, outFormat))];
  for (let at = 0; at < bytes.length || at === 0; at += chunk) {
    const last = at + chunk >= bytes.length;
    parts.push(Buffer.from(engine.caseload.feed(bytes.subarray(at, at + chunk), last, true)));
    if (last) break;
  }
  engine.caseload.end();
  return Buffer.concat(parts);
}

const cli = (file, inFormat, outFormat) =>
  execFileSync(nativeCli, ['batch', file, '--in', inFormat, '--out', outFormat], { maxBuffer: 1 << 28, stdio: ['ignore', 'pipe', 'ignore'] });

for (const [name, format] of [['mixed.csv', 'csv'], ['mixed.jsonl', 'jsonl']]) {
  for (const out of ['csv', 'jsonl']) {
    test(`${name} --out ${out}: the bytes of vybir batch, fed in chunks of 1, 7 and 1 MiB bytes`, () => {
      const file = path.join(root, 'tests/batch', name);
      const bytes = readFileSync(file);
      const want = cli(file, format, out);
      for (const chunk of [1, 7, 1 << 20]) assert.ok(run(bytes, format, out, chunk).equals(want), `chunks of ${chunk}`);
    });
  }
}

test("';', a byte order mark and CRLF read as the plain file does; an unknown column stops the run", () => {
  const plain = Buffer.from('asOf,region,claims\n2026-11-29,UA-63,journalist;lgbtiq\n');
  const dutch = Buffer.from('\uFEFFasOf;region;claims\r\n2026-11-29;UA-63;"journalist;lgbtiq"\r\n');
  assert.ok(run(dutch, 'csv', 'csv', 5).equals(run(plain, 'csv', 'csv', 5)));
  const refused = run(Buffer.from('asOf;region;colour\n2026-11-29;UA-63;red\n'), 'csv', 'jsonl', 64);
  assert.equal(refused.toString(), '{"line":1,"error":{"code":"case.unknown-field","message":"the header names \\"colour\\", which is not a field of the case","pointer":"/colour"}}\n');
});

test('the engine of the first visit has no caseload; the caseload build assesses as it does', async () => {
  const plain = await loadVybir();
  assert.equal(plain.caseload, undefined);
  const c = { asOf: '2026-11-29', region: 'UA-48', occupiedArea: true, personalRiskFactors: true, temporaryProtection: 'yes' };
  assert.deepEqual(engine.evaluate(c), plain.evaluate(c));
});

test('the case on one line, for opening a row', () => {
  const bytes = Buffer.from('\uFEFFasOf;region;claims\r\n2026-11-29;UA-63;"journalist; lgbtiq"\r\n');
  assert.deepEqual(engine.caseload.caseOn(bytes, 'csv', 2), { asOf: '2026-11-29', region: 'UA-63', claims: ['journalist', 'lgbtiq'] });
  assert.equal(engine.caseload.caseOn(bytes, 'csv', 1).error.code, 'caseload.no-case');
});
