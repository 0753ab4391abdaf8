// The core's scenario files against the WASM module, and field for field
// against the native CLI on the same input.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { loadVybir, nativeCli, scenarioFiles, subsetMismatch } from './support.mjs';

const vybir = await loadVybir();

function caseText(s) {
  return 'caseText' in s ? s.caseText : JSON.stringify(s.case);
}

// The JS API takes objects; raw text (not JSON) is what a caller would have
// failed to turn into an object, so it goes through JSON.parse as a caller's would.
function evaluateScenario(s) {
  if ('case' in s) return vybir.evaluate(s.case);
  let parsed;
  try {
    parsed = JSON.parse(s.caseText);
  } catch {
    return null; // not JSON: a JS caller never gets this far
  }
  return vybir.evaluate(parsed);
}

// "says": {id: modality} the statements must hold; "saysNot": ids they must not.
function statementsMismatch(s, actual) {
  const modality = id => actual.statements.find(x => x.id === id)?.modality ?? '';
  for (const [id, m] of Object.entries(s.says || {})) if (modality(id) !== m) return `${id}: expected ${m}, got "${modality(id)}"`;
  for (const id of s.saysNot || []) if (modality(id)) return `${id}: said, and must not be`;
  return '';
}

for (const { file, scenarios } of scenarioFiles()) {
  test(`${file}: every scenario through the WASM module`, () => {
    for (const s of scenarios) {
      const actual = evaluateScenario(s);
      if (actual === null) continue;
      if (s.error) {
        assert.ok(actual.error, `${s.name}: expected an error, got an assessment`);
        assert.equal(subsetMismatch(s.error, actual.error), '', s.name);
      } else {
        assert.equal(actual.error, undefined, `${s.name}: ${JSON.stringify(actual.error)}`);
        if (s.expect) assert.equal(subsetMismatch(s.expect, actual), '', s.name);
        assert.equal(statementsMismatch(s, actual), '', s.name);
      }
    }
  });
}

test('the WASM module and the native CLI agree field for field on every scenario', { skip: !existsSync(nativeCli) && 'native build missing' }, () => {
  let compared = 0;
  for (const { scenarios } of scenarioFiles()) {
    for (const s of scenarios) {
      if (!('case' in s)) continue;
      const native = spawnSync(nativeCli, ['evaluate', '-'], { input: caseText(s), encoding: 'utf8' });
      assert.deepEqual(vybir.evaluate(s.case), JSON.parse(native.stdout), s.name);
      compared++;
    }
  }
  assert.ok(compared > 250, `compared ${compared}`);
});
