// The contract's schemas (data/schema/) and an ajv that knows them: shared by
// the generators in this folder and the tests in tests/data/.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const readJson = (p) => JSON.parse(readFileSync(path.join(root, p), 'utf8'));

export const caseSchema = readJson('data/schema/case.schema.json');
export const assessmentSchema = readJson('data/schema/assessment.schema.json');

// Annotations for the generators: ajv's strict mode refuses any keyword it
// does not know, so that a misspelt one is not silently ignored.
const annotations = ['x-limits', 'x-doc-type', 'x-doc-default', 'x-doc-values', 'x-ts-name', 'x-ts-type', 'x-csv', 'x-codes'];

export function contractAjv() {
  const ajv = new Ajv2020({ allErrors: true, strict: true });
  addFormats(ajv, ['date']);
  for (const keyword of annotations) ajv.addKeyword({ keyword, schemaType: ['object', 'array', 'string'] });
  ajv.addSchema(caseSchema);
  ajv.addSchema(assessmentSchema);
  return ajv;
}

export const caseId = caseSchema.$id;
export const assessmentId = assessmentSchema.$id;
export const errorResultId = `${assessmentSchema.$id}#/$defs/errorResult`;
export const batchRowId = `${assessmentSchema.$id}#/$defs/batchRow`;

// A generator run as a script: writes `file` as written(current) gives it,
// or with --check only says (exit 1) that the committed file differs.
export function writeOrCheck(file, written, script) {
  const current = readFileSync(file, 'utf8');
  const next = written(current);
  if (!process.argv.includes('--check')) {
    if (next !== current) writeFileSync(file, next);
  } else if (next !== current) {
    console.error(`${path.relative(root, file)} is not what ${script} writes: run it`);
    process.exit(1);
  }
}
