// Every policy file (shipped and test fixtures) passes the JSON Schema, and
// the schema refuses what it should. Core checks the memo's meaning besides.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Ajv2020 from 'ajv/dist/2020.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const read = (p) => JSON.parse(readFileSync(path.join(root, p), 'utf8'));
const ajv = new Ajv2020({ allErrors: true, strict: true });
const validate = ajv.compile(read('data/schema/policy.schema.json'));

const policyFiles = [
  ...readdirSync(path.join(root, 'data/policy')).filter((f) => f.endsWith('.json')).map((f) => `data/policy/${f}`),
  ...(existsSync(path.join(root, 'tests/fixtures'))
    ? readdirSync(path.join(root, 'tests/fixtures')).filter((f) => /^policy-.*\.json$/.test(f)).map((f) => `tests/fixtures/${f}`)
    : []),
];

test('every policy file passes the schema', () => {
  assert.ok(policyFiles.length >= 1);
  for (const f of policyFiles) {
    const ok = validate(read(f));
    assert.ok(ok, `${f}: ${ajv.errorsText(validate.errors)}`);
  }
});

test('every policy file is named by the date it takes effect', () => {
  for (const f of policyFiles) {
    const doc = read(f);
    assert.equal(path.basename(f).replace(/^policy-/, ''), `${doc.effectiveFrom}.json`, f);
  }
});

test('the schema refuses a grade of 4, an unknown field and a missing region list', () => {
  const shipped = read('data/policy/2026-06-30.json');
  const broken = structuredClone(shipped);
  broken.regions[0].grade = 4;
  assert.equal(validate(broken), false);
  const extra = structuredClone(shipped);
  extra.colour = 'red';
  assert.equal(validate(extra), false);
  const missing = structuredClone(shipped);
  delete missing.regions;
  assert.equal(validate(missing), false);
});

test('the schema refuses 26 regions and a malformed citation id', () => {
  const shipped = read('data/policy/2026-06-30.json');
  const short = structuredClone(shipped);
  short.regions.pop();
  assert.equal(validate(short), false);
  const cite = structuredClone(shipped);
  cite.groupsCite = 'section 2';
  assert.equal(validate(cite), false);
});
