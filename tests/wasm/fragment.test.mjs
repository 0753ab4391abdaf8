// Shared links from JavaScript: the round trip gives back the same case and
// the same assessment, and the link carries the outcome the case had when it
// was made; tampered links and wrong types give {error}, never a throw; the
// module still answers right after many bad links.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadVybir, scenarioFiles } from './support.mjs';

const vybir = await loadVybir();
const policyId = vybir.version().policy.id;

const defaults = {
  occupiedArea: false, personalRiskFactors: false, relocationObstacles: false, claims: [],
  temporaryProtection: 'unknown', regularPermit: false, asylumApplication: 'unknown', asylumApplicationDate: null, tpExtension2028: false,
};
// A format-2 link ends with ";z=" and the length of what comes before it.
const z = body => `${body};z=${body.length}`;

const validCases = scenarioFiles().flatMap((f) => f.scenarios.filter((s) => s.case && !s.error).map((s) => s.case));

test('the documented example encodes to the documented link', () => {
  const c = {
    asOf: '2026-11-29', region: 'UA-63', temporaryProtection: 'yes', personalRiskFactors: true,
    relocationObstacles: true, claims: ['journalist', 'draft-evasion'], asylumApplicationDate: '2025-05-31',
  };
  const link = z(`v2;p=${policyId};d=20261129;r=63;t=y;f=pr;c=jd;a=20250531;o=1cy`);
  assert.equal(vybir.fragment.encode(c), link);
  assert.deepEqual(vybir.fragment.decode(link), {
    case: { ...defaults, ...c }, policy: policyId, format: 2,
    outcome: { grade: 1, outlook: 'can-be-refused', transitionDocumentEligible: 'yes' },
  });
});

test('a link of format 1 still opens, with the outcome in the first contract\'s codes', () => {
  const r = vybir.fragment.decode(`v1;p=${policyId};d=20261129;r=63;t=y;f=pr;c=jd;a=20250531;o=1iy`);
  assert.equal(r.format, 1);
  assert.deepEqual(r.outcome, { grade: 1, outlook: 'individual-assessment', transitionDocumentEligible: 'yes' });
  assert.equal(vybir.fragment.decode(`v1;p=${policyId};d=20261129;r=63;o=1ru`).outcome.outlook, 'refusal-expected-ipa');
  // Its case is assessed as any: the application date makes asylumApplication yes.
  assert.equal(vybir.evaluate(r.case).transitionDocument.eligible, 'yes');
});

const outcomeOf = (a) => ({ grade: a.grade, outlook: a.outlook, transitionDocumentEligible: a.transitionDocument.eligible });

test('every valid scenario case survives the round trip and is assessed the same', () => {
  assert.ok(validCases.length > 200);
  for (const c of validCases) {
    const link = vybir.fragment.encode(c);
    assert.equal(typeof link, 'string', JSON.stringify(c));
    const back = vybir.fragment.decode('#' + link);
    assert.equal(back.policy, policyId);
    assert.deepEqual(back.case, { ...defaults, ...c });
    assert.equal(back.format, 2);
    assert.deepEqual(vybir.evaluate(back.case), vybir.evaluate(c));
    assert.deepEqual(back.outcome, outcomeOf(vybir.evaluate(c)), 'the link says what the case came to');
  }
});

test('a link made under another policy keeps its own outcome; one without o has none', () => {
  // Made by hand under a made-up later version, as the format is documented.
  const link = z('v2;p=nl-ua-2027-01-15;d=20261201;r=74;t=y;q=y;f=p;o=3iy');
  const r = vybir.fragment.decode(link);
  assert.deepEqual(r.outcome, { grade: 3, outlook: 'individual-assessment', transitionDocumentEligible: 'yes' });
  assert.equal(r.policy, 'nl-ua-2027-01-15');
  // Under the compiled-in policy the same case comes to something else.
  assert.deepEqual(outcomeOf(vybir.evaluate(r.case)), { grade: 2, outlook: 'can-be-refused', transitionDocumentEligible: 'yes' });
  assert.equal(vybir.fragment.encode(r.case), z(`v2;p=${policyId};d=20261201;r=74;t=y;q=y;f=p;o=2cy`));
  assert.equal('outcome' in vybir.fragment.decode(z('v2;p=nl-ua-2027-01-15;d=20261201;r=74')), false);
  // A case that cannot be assessed still makes a link, without an outcome.
  assert.equal(vybir.fragment.encode({ asOf: '2026-02-30', region: 'UA-74' }), z(`v2;p=${policyId};d=20260230;r=74`));
  assert.equal(vybir.fragment.encode({ asOf: '2026-11-29', region: 'UA-99' }), z(`v2;p=${policyId};d=20261129;r=99`));
});

test('tampered links give a fragment code and pointer', () => {
  const cases = [
    ['', 'fragment.syntax', ''],
    ['hello', 'fragment.syntax', ''],
    ['v3;p=x', 'fragment.version', ''],
    ['v1;d=20261129;r=63', 'fragment.syntax', ''],
    ['v1;p=x;r=63;r=64', 'fragment.syntax', ''],
    ['v1;p=x;t=%79', 'fragment.syntax', ''],
    ['v1;p=x;r=\ud800', 'fragment.syntax', ''],
    ['v1;p=x;r=Ї', 'fragment.syntax', ''],
    ['v1;p=x;d=2026112', 'fragment.value', '/asOf'],
    ['v1;p=x;c=djz', 'fragment.value', '/claims/2'],
    ['v1;p=x;f=oo', 'fragment.value', '/occupiedArea'],
    ['v1;p=x;o=4ry', 'fragment.value', ''],
    ['v1;p=x;o=2r', 'fragment.value', ''],
    ['v1;p=x;o=2ry;o=2ry', 'fragment.syntax', ''],
    ['v1;' + 'x'.repeat(300), 'fragment.too-long', ''],
    [`v2;p=${policyId};d=20261129;r=63;t=y`, 'fragment.cut-short', ''],
    [`v2;p=${policyId};d=20261129;r=63;t=y;z=40`, 'fragment.cut-short', ''],
    ['v2;p=x;q=maybe;z=14', 'fragment.value', '/asylumApplication'],
    ['v1;p=x;c=' + 'd'.repeat(10 << 20), 'fragment.too-long', ''],
  ];
  for (const [text, code, pointer] of cases) {
    const r = vybir.fragment.decode(text);
    assert.deepEqual({ code: r.error?.code, pointer: r.error?.pointer }, { code, pointer }, text.slice(0, 40));
    assert.equal(typeof r.error.message, 'string');
  }
});

test('a well-formed link with a bad value is refused by evaluate, with the case code', () => {
  const { case: c } = vybir.fragment.decode('v1;p=x;d=20260230;r=63');
  assert.deepEqual(vybir.evaluate(c).error.code, 'case.date-invalid');
  assert.equal(vybir.evaluate(vybir.fragment.decode('v1;p=x;d=20261129;r=99').case).error.code, 'case.region-unknown');
});

test('wrong types give {error}, never a throw', () => {
  for (const v of [undefined, null, 42, 42n, {}, [], Symbol('s'), () => 1, new String('v1;p=x')])
    assert.equal(vybir.fragment.decode(v).error.code, 'fragment.syntax');
  const circular = {};
  circular.self = circular;
  for (const v of [undefined, null, 42, 'UA-63', [], circular, 42n, { asOf: '2026-11-29', region: 'Kyiv' },
    { asOf: '2026-11-29', region: 'UA-63', colour: 'red' }, { asOf: '2026-11-29', region: 'UA-63', claims: ['poet'] }]) {
    const r = vybir.fragment.encode(v);
    assert.equal(typeof r.error?.code, 'string', String(v));
  }
  assert.deepEqual(vybir.fragment.encode({ asOf: '2026-11-29', region: 'UA-63', colour: 'red' }).error,
    { code: 'fragment.unencodable', pointer: '/colour', message: 'unknown field "colour"' });
});

test('100,000 bad links in a row, then a good one still decodes right', () => {
  const bad = ['', 'v9', 'v1;p=x;t=q', 'v1;p=\udfff', null, 'v1;p=x;c=' + 'j'.repeat(400)];
  for (let i = 0; i < 100_000; i++) if (!vybir.fragment.decode(bad[i % bad.length]).error) assert.fail(`call ${i}`);
  const r = vybir.fragment.decode(z(`v2;p=${policyId};d=20261129;r=63;t=y`));
  assert.deepEqual(r, { case: { ...defaults, asOf: '2026-11-29', region: 'UA-63', temporaryProtection: 'yes' }, policy: policyId, format: 2 });
  assert.equal(vybir.evaluate(r.case).grade, 1);
});
