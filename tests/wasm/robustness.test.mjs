// Bad input from JavaScript never throws, never aborts the module, and the
// module keeps giving right answers after any number of errors.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadVybir } from './support.mjs';

const vybir = await loadVybir();
const good = { asOf: '2026-11-29', region: 'UA-63', temporaryProtection: 'yes', asylumApplication: 'yes' };

const circular = { asOf: '2026-11-29' };
circular.self = circular;

const bad = [
  undefined, null, 0, 42n, 'UA-63', true, [], () => 1, Symbol('x'), circular,
  { asOf: 20261129, region: 'UA-63' },
  { asOf: '2026-11-29', region: null },
  { asOf: '2026-11-29', region: 'UA-63', claims: 'lgbtiq' },
  { asOf: '2026-11-29', region: 'x'.repeat(2 << 20) },
  { asOf: '2026-11-29', region: '\ud800' },
  { asOf: '2026-11-29', region: '\udfff\ud800' },
  { asOf: '2026-11-29', region: 'UA-63\u0000' },
  { asOf: '2026-02-30', region: 'UA-63' },
];

test('every kind of bad input gives an error object with a code and a pointer', () => {
  for (const input of bad) {
    const r = vybir.evaluate(input);
    assert.equal(typeof r.error?.code, 'string', String(typeof input));
    assert.equal(typeof r.error.pointer, 'string');
    assert.equal(typeof r.error.message, 'string');
  }
});

test('lone surrogates are refused as syntax, wrong types with their pointer', () => {
  assert.equal(vybir.evaluate({ asOf: '2026-11-29', region: '\ud800' }).error.code, 'json.syntax');
  assert.deepEqual(
    { code: vybir.evaluate({ asOf: 20261129, region: 'UA-63' }).error.code, pointer: '/asOf' },
    { code: 'case.wrong-type', pointer: '/asOf' });
  assert.equal(vybir.evaluate({ asOf: '2026-11-29', region: 'x'.repeat(2 << 20) }).error.code, 'input.too-large');
});

test('100,000 bad calls in a row, then a good one still gives the right answer', () => {
  for (let i = 0; i < 100_000; i++) {
    const r = vybir.evaluate(bad[i % bad.length === 13 ? 0 : i % bad.length]);
    if (!r.error) assert.fail(`call ${i} gave no error`);
  }
  const r = vybir.evaluate(good);
  assert.equal(r.grade, 1);
  assert.equal(r.realRisk, 'established');
  assert.equal(r.outlook, 'can-be-refused');
  assert.equal(r.transitionDocument.eligible, 'yes');
});

test('regions, policy and version describe the compiled-in policy', () => {
  const regions = vybir.regions();
  assert.equal(regions.length, 27);
  assert.equal(regions.find((r) => r.iso === 'UA-43').internalProtectionArea, false);
  assert.equal(vybir.policy().reference, '7747653');
  assert.deepEqual(vybir.version().policy, { id: 'nl-ua-2026-06-30', date: '2026-06-30', reference: '7747653', status: 'advised' });
});
