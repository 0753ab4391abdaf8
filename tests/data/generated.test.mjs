// wasm/vybir.d.ts and the tables of docs/contract.md are written from the
// schemas (data/schema/): each must be what its script would write now.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as types from '../../tools/contract/types.mjs';
import * as docs from '../../tools/contract/docs.mjs';
import { caseSchema, assessmentSchema } from '../../tools/contract/schemas.mjs';

// The first line where two texts differ, to say where without a wall of text.
function firstDifference(want, got) {
  const a = want.split('\n');
  const b = got.split('\n');
  for (let i = 0; i < Math.max(a.length, b.length); i++)
    if (a[i] !== b[i]) return `line ${i + 1}:\n  written: ${a[i]}\n  in file: ${b[i]}`;
  return '';
}

test('wasm/vybir.d.ts holds the types tools/contract/types.mjs writes from the schemas', () => {
  const current = readFileSync(types.file, 'utf8');
  const want = types.written(current);
  assert.ok(want === current, `run node tools/contract/types.mjs; ${firstDifference(want, current)}`);
});

test('docs/contract.md holds the tables tools/contract/docs.mjs writes from the schemas', () => {
  const current = readFileSync(docs.file, 'utf8');
  const want = docs.written(current);
  assert.ok(want === current, `run node tools/contract/docs.mjs; ${firstDifference(want, current)}`);
});

test('the types name every field of the case and the assessment, and every closed list of values', () => {
  const dts = readFileSync(types.file, 'utf8');
  for (const name of Object.keys(caseSchema.properties)) assert.match(dts, new RegExp(`\\b${name}\\??: `), name);
  for (const name of Object.keys(assessmentSchema.properties)) assert.match(dts, new RegExp(`\\b${name}: `), name);
  for (const v of assessmentSchema.$defs.modality.oneOf) assert.ok(dts.includes(`'${v.const}'`), v.const);
  for (const v of assessmentSchema.$defs.statementId.enum) assert.ok(dts.includes(`'${v}'`), v);
});

test('the contract states each limit once, in the generated table', () => {
  const doc = readFileSync(docs.file, 'utf8');
  assert.equal(doc.match(/1 MiB/g)?.length, 1, 'the input limit is stated once');
  assert.equal(doc.match(/\b64 levels\b|\| 64 \|/g)?.length, 1, 'the depth limit is stated once');
});
