// An assessment crosses out of the WASM module as tokens and is built into
// an object by wasm/vybir.js (core/include/vybir/assessment_tokens.hpp).
// That object must be the contract's JSON exactly: JSON.stringify of it is
// byte for byte what the native CLI writes for the same case (same keys in
// the same order, same values), on thousands of generated cases.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { cases } from '../../tools/bench/generate-cases.mjs';
import { loadVybir, nativeCli } from './support.mjs';

const vybir = await loadVybir();

function nativeAssessments(list) {
  const input = list.map(c => JSON.stringify(c)).join('\n') + '\n';
  const run = spawnSync(nativeCli, ['batch', '-'], { input, encoding: 'utf8', maxBuffer: 1 << 28 });
  assert.equal(run.status, 0, run.stderr);
  // Each line is {"line":N,"assessment":{...}}: the assessment's own bytes.
  return run.stdout.trimEnd().split('\n').map(line => line.slice(line.indexOf('"assessment":') + 13, -1));
}

test('the object built from tokens is the CLI\'s JSON byte for byte on 6,000 generated cases', { skip: !existsSync(nativeCli) && 'native build missing' }, () => {
  for (const seed of [6, 7, 8]) {
    const list = [...cases(2000, seed)];
    const expected = nativeAssessments(list);
    assert.equal(expected.length, list.length);
    list.forEach((c, i) => assert.equal(JSON.stringify(vybir.evaluate(c)), expected[i], `seed ${seed}, case ${i}: ${JSON.stringify(c)}`));
  }
});

test('a refused case between good ones: the error as text, then tokens again', () => {
  const good = { asOf: '2026-11-29', region: 'UA-63' };
  const first = JSON.stringify(vybir.evaluate(good));
  assert.deepEqual(vybir.evaluate({ asOf: '2026-11-31', region: 'UA-63' }).error,
    { code: 'case.date-invalid', pointer: '/asOf', message: vybir.evaluate({ asOf: '2026-11-31', region: 'UA-63' }).error.message });
  assert.equal(JSON.stringify(vybir.evaluate(good)), first);
});

test('a case larger than the input buffer, and memory growing under it, change nothing', () => {
  const good = { asOf: '2026-11-29', region: 'UA-48', claims: ['journalist'], occupiedArea: true };
  const before = JSON.stringify(vybir.evaluate(good));
  // 420,000 UTF-16 units that take 780,000 bytes of UTF-8 (under the 1 MiB
  // limit): the buffer grows past its usual 4 KB to 3 bytes a unit, the
  // module's memory grows, and the views taken before go stale.
  const big = { ...good, note: 'Київ — '.repeat(60000) };
  assert.equal(vybir.evaluate(big).error.code, 'case.unknown-field');
  assert.equal(JSON.stringify(vybir.evaluate(good)), before);
  const text = 'ї'.repeat(300000);  // 600,000 bytes in 300,000 UTF-16 units
  assert.equal(vybir.evaluate({ ...good, region: text }).error.code, 'case.region-unknown');
  assert.equal(JSON.stringify(vybir.evaluate(good)), before);
});

test('two loaded modules keep their own string tables', async () => {
  const other = await loadVybir();
  const a = { asOf: '2026-11-29', region: 'UA-63', claims: ['lgbtiq', 'desertion'] };
  const b = { asOf: '2027-04-01', region: 'UA-26', temporaryProtection: 'yes', asylumApplicationDate: '2026-01-31' };
  const fromFirst = [JSON.stringify(vybir.evaluate(a)), JSON.stringify(vybir.evaluate(b))];
  // The second module sees the cases in the other order, so its table does too.
  assert.equal(JSON.stringify(other.evaluate(b)), fromFirst[1]);
  assert.equal(JSON.stringify(other.evaluate(a)), fromFirst[0]);
});
