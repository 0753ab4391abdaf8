#!/usr/bin/env node
// The WASM core from JavaScript (build/web/vybir.js, as the page loads it),
// side by side with two peers that implement the same decision logic:
// a plain JavaScript function and json-rules-engine (tools/bench/peers/).
//
//   node tools/bench/wasm.mjs [--cases N] [--seed S] [--repeats R] [--out FILE]
//
// 1. Every generated case is evaluated by the core and by both peers, and the
//    five conclusions they share (grade, real risk, internal protection,
//    outlook, decision deadline) must agree on every case before anything is
//    timed.
// 2. Each engine then runs R passes over all N cases; a pass's time divided by
//    N is its microseconds per call, and the result is the median pass.
//    vybir.evaluate(case) includes the crossing in and out: JSON.stringify of
//    the case, the copy into WASM memory, the core, the copy out, JSON.parse.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { cases as generate } from './generate-cases.mjs';
import { assertAgrees } from './peers/check.mjs';
import { makePlain } from './peers/plain.mjs';
import { makeRulesEngine } from './peers/rules-engine.mjs';
import { median, quantile, repoRoot, round, summary, stamp } from './lib.mjs';

const args = process.argv.slice(2);
const opt = (name, dflt) => (args.indexOf(name) >= 0 ? args[args.indexOf(name) + 1] : dflt);
const N = Number(opt('--cases', 10000));
const SEED = Number(opt('--seed', 6));
const REPEATS = Number(opt('--repeats', 11));
const JRE_REPEATS = Number(opt('--jre-repeats', Math.min(REPEATS, 5)));
const outFile = opt('--out');
const log = (...a) => console.error('wasm:', ...a);

const { load } = await import(join(repoRoot, 'build', 'web', 'vybir.js'));
const vybir = await load();
const policy = vybir.policy();
const plain = makePlain(policy);
const jre = makeRulesEngine(policy);
const cases = [...generate(N, SEED)];
const started = stamp();

// ---- 1. agreement on every case, before any timing
log(`checking ${N} cases (seed ${SEED}): core vs plain JS vs json-rules-engine`);
for (let i = 0; i < cases.length; i++) {
  const c = cases[i];
  const a = vybir.evaluate(c);
  if (a.error) throw new Error(`the core refused generated case ${i}: ${JSON.stringify(a.error)} ${JSON.stringify(c)}`);
  assertAgrees('plain JS', i, c, a, plain(c));
  assertAgrees('json-rules-engine', i, c, a, await jre(c));
}
log('all agree');

// ---- 2. timing
// Wall time per call of each pass; the process's CPU time per call of each
// pass goes to cpuUs[name] (on a busy machine wall time includes waiting).
const cpuUs = {};
function passes(repeats, fn, name) {
  fn(); // warm-up pass (JIT tiers, WASM tier-up)
  const us = [];
  const cpu = [];
  for (let r = 0; r < repeats; r++) {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    fn();
    us.push((performance.now() - t0) * 1000 / cases.length);
    const c = process.cpuUsage(c0);
    cpu.push((c.user + c.system) / cases.length);
  }
  if (name) cpuUs[name] = median(cpu);
  return us;
}
async function passesAsync(repeats, fn, name) {
  await fn();
  const us = [];
  const cpu = [];
  for (let r = 0; r < repeats; r++) {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    await fn();
    us.push((performance.now() - t0) * 1000 / cases.length);
    const c = process.cpuUsage(c0);
    cpu.push((c.user + c.system) / cases.length);
  }
  if (name) cpuUs[name] = median(cpu);
  return us;
}

let sink = 0;
const core = passes(REPEATS, () => { for (const c of cases) sink += vybir.evaluate(c).grade; }, 'core');
log(`core evaluate: ${round(median(core))} µs/call`);

// One pass timed call by call, for the spread (includes ~0.1 µs of timer cost).
const single = [];
for (const c of cases) {
  const t0 = performance.now();
  sink += vybir.evaluate(c).grade;
  single.push((performance.now() - t0) * 1000);
}

// Where a call's time goes: the JavaScript side of the crossing alone.
const texts = cases.map(c => JSON.stringify(c));
const outputs = cases.map(c => JSON.stringify(vybir.evaluate(c)));
const stringify = passes(REPEATS, () => { for (const c of cases) sink += JSON.stringify(c).length; });
const parse = passes(REPEATS, () => { for (const o of outputs) sink += JSON.parse(o).grade; });

const plainUs = passes(REPEATS, () => { for (const c of cases) sink += plain(c).grade; }, 'plain');
log(`plain JS: ${round(median(plainUs), 3)} µs/call`);
const jreUs = await passesAsync(JRE_REPEATS, async () => { for (const c of cases) sink += (await jre(c)).grade; }, 'jre');
log(`json-rules-engine: ${round(median(jreUs))} µs/call`);

const m = { core: median(core), plain: median(plainUs), jre: median(jreUs) };
const result = {
  started,
  finished: stamp(),
  cases: N,
  seed: SEED,
  repeats: REPEATS,
  agreement: { cases: N, peers: ['plain JS', 'json-rules-engine'], fields: ['grade', 'realRisk', 'internalProtection', 'outlook', 'decisionDeadline'] },
  coreEvaluateUs: { ...summary(core), cpuMedian: cpuUs.core, p50Single: quantile(single, 0.5), p95Single: quantile(single, 0.95) },
  crossing: {
    jsonStringifyUs: median(stringify),
    jsonParseUs: median(parse),
    caseBytes: Math.round(texts.reduce((n, t) => n + t.length, 0) / N),
    assessmentBytes: Math.round(outputs.reduce((n, t) => n + t.length, 0) / N),
  },
  plainJsUs: { ...summary(plainUs), cpuMedian: cpuUs.plain },
  jsonRulesEngineUs: { ...summary(jreUs), cpuMedian: cpuUs.jre },
  ratios: {
    jsonRulesEngineOverCore: m.jre / m.core, // how many times faster the core is than json-rules-engine
    coreOverPlainJs: m.core / m.plain,       // how many times slower the core is than hand-written JS
  },
  sink: sink % 1000,
};
const text = JSON.stringify(result, null, 1);
if (outFile) writeFileSync(outFile, text + '\n');
else console.log(text);
