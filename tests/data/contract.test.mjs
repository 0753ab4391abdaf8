// The schemas of the case and the assessment (data/schema/) describe what
// core reads and writes: every assessment and error the native CLI and the
// WASM module give for the scenario catalogue validates, the schema refuses
// exactly the scenario cases core refuses, and `vybir batch --out csv` writes
// the columns the assessment schema declares.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { root, contractAjv, caseId, assessmentId, errorResultId, batchRowId, assessmentSchema, caseSchema } from '../../tools/contract/schemas.mjs';

const ajv = contractAjv();
const validateCase = ajv.getSchema(caseId);
const validateAssessment = ajv.getSchema(assessmentId);
const validateError = ajv.getSchema(errorResultId);
const validateRow = ajv.getSchema(batchRowId);
const why = (v) => ajv.errorsText(v.errors);

const nativeCli = path.join(root, 'build/native/vybir');
const wasmModule = path.join(root, 'build/wasm/vybir.js');
const noCli = existsSync(nativeCli) ? false : 'no native build (build/native/vybir)';
const noWasm = existsSync(wasmModule) ? false : 'no WASM build (build/wasm/vybir.js)';

const scenarios = readdirSync(path.join(root, 'tests/scenarios'))
  .filter((f) => f.endsWith('.json'))
  .sort()
  .flatMap((f) => JSON.parse(readFileSync(path.join(root, 'tests/scenarios', f), 'utf8')).scenarios.map((s) => ({ file: f, ...s })));
const withCase = scenarios.filter((s) => 'case' in s);
const withText = scenarios.filter((s) => 'caseText' in s);

// Two of core's checks need the policy in force, which a schema of the case
// alone cannot know: these cases pass the schema and are refused by core.
const policyChecks = new Set(['case.as-of-before-policy', 'case.application-after-as-of']);

test('the scenario catalogue holds the cases this test relies on', () => {
  assert.ok(withCase.length > 400, `${withCase.length} cases`);
  assert.ok(withCase.some((s) => s.file === 'combinations.json'));
  assert.ok(withCase.filter((s) => s.error && s.error.code.startsWith('case.') && !policyChecks.has(s.error.code)).length > 60);
});

test('the case schema accepts every case core assesses and refuses every case core refuses', () => {
  for (const s of withCase) {
    const ok = validateCase(s.case);
    const refused = s.error && !policyChecks.has(s.error.code);
    if (refused) assert.equal(ok, false, `${s.file}: ${s.name}: the schema accepts a case core refuses with ${s.error.code}`);
    else assert.ok(ok, `${s.file}: ${s.name}: ${why(validateCase)}`);
  }
  for (const s of withText) {
    let value;
    try {
      value = JSON.parse(s.caseText);
    } catch {
      continue;  // not JSON: no schema is asked
    }
    assert.equal(validateCase(value), false, `${s.name}: the schema accepts a text core refuses with ${s.error.code}`);
  }
});

test('the case schema refuses a few bad cases as core does, and takes the limits from one place', () => {
  const good = { asOf: '2026-11-29', region: 'UA-63' };
  assert.ok(validateCase(good));
  for (const bad of [
    { ...good, asOf: '2026-02-30' },
    { ...good, asOf: '0000-01-01' },
    { ...good, region: 'UA-99' },
    { ...good, claims: ['lgbtiq', 'lgbtiq'] },
    { ...good, asylumApplication: 'no', asylumApplicationDate: '2025-05-31' },
    { ...good, regularPermit: 'false' },
    { ...good, colour: 'red' },
    { region: 'UA-63' },
  ]) assert.equal(validateCase(bad), false, JSON.stringify(bad));
  assert.ok(validateCase({ ...good, asylumApplication: 'yes', asylumApplicationDate: '2025-05-31' }));
  assert.ok(validateCase({ ...good, asylumApplication: 'no', asylumApplicationDate: null }));
  assert.equal(caseSchema['x-limits'].inputBytes.value, 1 << 20);
  assert.equal(caseSchema['x-limits'].depth.value, 64);
});

// Where an object's members are not in byte order of their names, as the
// assessment schema says core writes them ('' when all are).
function unsorted(value, at = '') {
  if (value === null || typeof value !== 'object') return '';
  const keys = Object.keys(value);
  if (!Array.isArray(value) && keys.some((k, i) => i > 0 && Buffer.compare(Buffer.from(keys[i - 1]), Buffer.from(k)) >= 0)) return at || '/';
  for (const k of keys) {
    const where = unsorted(value[k], `${at}/${k}`);
    if (where) return where;
  }
  return '';
}

// The trace steps in the order the contract gives them (a `group` step repeats).
const stepOrder = assessmentSchema.$defs.traceStep.oneOf.map((step) => step.properties.rule.const);

// The rows `vybir batch` writes for the scenario cases, one a line.
function batch(out) {
  const dir = mkdtempSync(path.join(tmpdir(), 'vybir-contract-'));
  const file = path.join(dir, 'cases.jsonl');
  writeFileSync(file, withCase.map((s) => JSON.stringify(s.case)).join('\n') + '\n');
  return execFileSync(nativeCli, ['batch', file, '--out', out], { maxBuffer: 1 << 28, stdio: ['ignore', 'pipe', 'ignore'] }).toString('utf8');
}

test('native CLI: every assessment and error for the scenario cases validates', { skip: noCli }, () => {
  const rows = batch('jsonl').trimEnd().split('\n').map((l) => JSON.parse(l));
  assert.equal(rows.length, withCase.length);
  let assessed = 0;
  rows.forEach((row, i) => {
    const s = withCase[i];
    assert.equal(row.line, i + 1);
    assert.ok(validateRow(row), `${s.name}: ${why(validateRow)}`);
    if (row.assessment) {
      assessed++;
      assert.ok(!s.error, `${s.name}: assessed, expected ${s.error?.code}`);
      assert.ok(validateAssessment(row.assessment), `${s.name}: ${why(validateAssessment)}`);
      assert.equal(unsorted(row.assessment), '', `${s.name}: members not in byte order of their names`);
      const order = row.assessment.trace.map((step) => stepOrder.indexOf(step.rule));
      assert.ok(order.every((k, j) => j === 0 || k >= order[j - 1]), `${s.name}: the trace is not in the schema's order: ${row.assessment.trace.map((t) => t.rule)}`);
    } else {
      assert.equal(row.error.code, s.error?.code, s.name);
      assert.ok(validateError({ error: row.error }), `${s.name}: ${why(validateError)}`);
    }
  });
  assert.ok(assessed > 400, `${assessed} assessed`);
});

test('native CLI: vybir evaluate writes an assessment, or an error, that validates', { skip: noCli }, () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'vybir-contract-'));
  const samples = [
    ...withCase.filter((s) => !s.error).slice(0, 5).map((s) => JSON.stringify(s.case)),
    ...withText.map((s) => s.caseText),
    ...withCase.filter((s) => s.error).map((s) => JSON.stringify(s.case)),
  ];
  let errors = 0;
  samples.forEach((text, i) => {
    const file = path.join(dir, `case-${i}.json`);
    writeFileSync(file, text);
    const r = spawnSync(nativeCli, ['evaluate', file], { encoding: 'utf8' });
    const out = JSON.parse(r.stdout);
    if (r.status === 0) assert.ok(validateAssessment(out), `${text.slice(0, 80)}: ${why(validateAssessment)}`);
    else {
      errors++;
      assert.equal(r.status, 2);
      assert.ok(validateError(out), `${text.slice(0, 80)}: ${why(validateError)}`);
    }
  });
  const missing = spawnSync(nativeCli, ['evaluate', path.join(dir, 'no-such-file.json')], { encoding: 'utf8' });
  assert.ok(validateError(JSON.parse(missing.stdout)), why(validateError));
  assert.ok(errors > 100);
});

test('WASM: every assessment and error for the scenario catalogue validates', { skip: noWasm }, async () => {
  const { load } = await import(wasmModule);
  const vybir = await load();
  for (const s of scenarios) {
    let input = s.case;
    if ('caseText' in s) {
      try {
        input = JSON.parse(s.caseText);
      } catch {
        continue;  // JavaScript cannot hand the module text that is not JSON as a case
      }
    }
    const out = vybir.evaluate(input);
    if (out.error) assert.ok(validateError(out), `${s.name}: ${why(validateError)}`);
    else assert.ok(validateAssessment(out), `${s.name}: ${why(validateAssessment)}`);
  }
});

// RFC 4180 cells of one line, as core writes them.
function cells(line) {
  const out = [];
  let i = 0;
  for (;;) {
    let cell = '';
    if (line[i] === '"') {
      for (i++; ; i++) {
        if (line[i] === '"' && line[i + 1] === '"') cell += line[i++];
        else if (line[i] === '"') break;
        else cell += line[i];
      }
      i++;
    } else {
      const end = line.indexOf(',', i);
      cell = line.slice(i, end < 0 ? line.length : end);
      i = end < 0 ? line.length : end;
    }
    out.push(cell);
    if (i >= line.length) return out;
    i++;
  }
}

const at = (value, pointer) =>
  pointer.split('/').slice(1).reduce((v, key) => (v === null || v === undefined ? undefined : v[key.replaceAll('~1', '/').replaceAll('~0', '~')]), value);
const asCell = (v) => (v === undefined || v === null ? '' : typeof v === 'string' ? v : JSON.stringify(v));

// True when the schema of a batch row has a field at the pointer.
function declared(pointer) {
  const expand = (s) => {
    if (s.$ref) {
      const [doc, p] = s.$ref.split('#');
      const whole = doc === 'case.schema.json' ? caseSchema : assessmentSchema;
      return expand(p.split('/').slice(1).reduce((x, k) => x[k], whole));
    }
    return s.oneOf ? s.oneOf.flatMap(expand) : [s];
  };
  let here = expand(assessmentSchema.$defs.batchRow);
  for (const key of pointer.split('/').slice(1)) here = here.flatMap((s) => (s.properties?.[key] ? expand(s.properties[key]) : []));
  return here.length > 0;
}

test('x-csv: vybir batch --out csv writes the declared columns, each the value at its pointer in the JSONL row', { skip: noCli }, () => {
  const columns = assessmentSchema['x-csv'].columns;
  for (const c of columns) assert.ok(declared(c.pointer), `${c.name}: ${c.pointer} is not a field of a batch row`);
  for (const input of [null, path.join(root, 'tests/batch/mixed.jsonl')]) {
    const csv = input ? execFileSync(nativeCli, ['batch', input, '--out', 'csv'], { stdio: ['ignore', 'pipe', 'ignore'] }).toString() : batch('csv');
    const jsonl = input ? execFileSync(nativeCli, ['batch', input, '--out', 'jsonl'], { stdio: ['ignore', 'pipe', 'ignore'] }).toString() : batch('jsonl');
    const [header, ...lines] = csv.trimEnd().split('\n');
    assert.deepEqual(cells(header), columns.map((c) => c.name));
    const rows = jsonl.trimEnd().split('\n').map((l) => JSON.parse(l));
    assert.equal(lines.length, rows.length);
    assert.ok(rows.some((r) => r.error) && rows.some((r) => r.assessment?.decisionDeadline) && rows.some((r) => r.assessment && !r.assessment.decisionDeadline));
    rows.forEach((row, i) => {
      const got = cells(lines[i]);
      assert.equal(got.length, columns.length, lines[i]);
      columns.forEach((c, k) => assert.equal(got[k], asCell(at(row, c.pointer)), `line ${row.line}, column ${c.name}`));
    });
  }
});

test('the error codes the schema lists are the codes core gives, in both directions', { skip: noCli }, () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'vybir-contract-'));
  const seen = new Set();
  // A refused CSV header stops the run with exit code 2, the error on stdout.
  const rowsOf = (file, ...args) =>
    spawnSync(nativeCli, ['batch', file, ...args, '--out', 'jsonl'], { maxBuffer: 1 << 28, encoding: 'utf8' })
      .stdout.trimEnd().split('\n').map((l) => JSON.parse(l));
  const jsonl = path.join(dir, 'cases.jsonl');
  writeFileSync(jsonl, [...withCase.map((s) => JSON.stringify(s.case)), ...withText.map((s) => s.caseText).filter((t) => !t.includes('\n'))].join('\n') + '\n');
  const csv = path.join(dir, 'header.csv');
  writeFileSync(csv, 'asOf,region,asOf\n2026-11-29,UA-63,2026-11-29\n');
  for (const row of [...rowsOf(jsonl), ...rowsOf(path.join(root, 'tests/batch/mixed.csv')), ...rowsOf(csv, '--in', 'csv')])
    if (row.error) {
      assert.ok(validateRow(row), `${JSON.stringify(row)}: ${why(validateRow)}`);
      seen.add(row.error.code);
    }
  const large = path.join(dir, 'large.json');
  writeFileSync(large, `{"asOf":"2026-11-29","region":"UA-63"}${' '.repeat(caseSchema['x-limits'].inputBytes.value)}`);
  for (const file of [large, path.join(dir, 'no-such-file.json')]) {
    const r = spawnSync(nativeCli, ['evaluate', file], { encoding: 'utf8' });
    seen.add(JSON.parse(r.stdout).error?.code);
  }
  const listed = new Set([...assessmentSchema.$defs.errorCode.oneOf, ...assessmentSchema.$defs.caseloadErrorCode.oneOf].map((b) => b.const));
  assert.deepEqual([...seen].filter((c) => !listed.has(c)), [], 'codes core gives that the schema does not list');
  // "internal" is a fault of Vybir itself: no input is meant to give it.
  assert.deepEqual([...listed].filter((c) => !seen.has(c) && c !== 'internal'), [], 'codes the schema lists that core never gave here');
});
