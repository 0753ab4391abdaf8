#!/usr/bin/env node
// Native throughput, on one core (taskset):
//  - the C++ API: build/native/vybir_bench (tools/bench/native_bench.cpp)
//    over the first --api-cases of the generated file;
//  - the CLI: `vybir batch FILE` on the whole JSONL file (1,000,000 cases by
//    default), output to /dev/null, timed with /usr/bin/time -v for wall
//    time and peak RSS; and once more on a tenth of the file, to show that
//    the peak RSS does not grow with the input (constant memory).
//
//   node tools/bench/native.mjs --cases FILE [--small FILE] [--repeats R] [--out FILE]
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { median, repoRoot, round, summary, stamp } from './lib.mjs';

const args = process.argv.slice(2);
const opt = (name, dflt) => (args.indexOf(name) >= 0 ? args[args.indexOf(name) + 1] : dflt);
const casesFile = opt('--cases', join(repoRoot, 'build', 'bench', 'cases-1m.jsonl'));
const smallFile = opt('--small');
const REPEATS = Number(opt('--repeats', 5));
const API_CASES = Number(opt('--api-cases', 100000));
const CPU = opt('--cpu', '0');
const outFile = opt('--out');
const vybir = join(repoRoot, 'build', 'native', 'vybir');
const bench = join(repoRoot, 'build', 'native', 'vybir_bench');
const log = (...a) => console.error('native:', ...a);

const hasTaskset = spawnSync('taskset', ['-c', CPU, 'true']).status === 0;
const pinned = (cmd, argv) => (hasTaskset ? ['taskset', ['-c', CPU, cmd, ...argv]] : [cmd, argv]);
const lineCount = file => {
  let n = 0;
  const buf = readFileSync(file);
  for (let i = 0; i < buf.length; i++) if (buf[i] === 10) n++;
  return n;
};

const result = { started: stamp(), pinnedToCpu: hasTaskset ? Number(CPU) : null };

// ---- the C++ API
log(`C++ API: ${API_CASES} cases, 11 passes per stage`);
{
  const [cmd, argv] = pinned(bench, [casesFile, '--cases', String(API_CASES), '--repeats', '11']);
  const out = JSON.parse(execFileSync(cmd, argv, { encoding: 'utf8', maxBuffer: 1 << 20 }));
  result.api = out;
  for (const [stage, s] of Object.entries(out.stages)) log(`  ${stage}: ${s.median.toLocaleString('en')} /s`);
}

// ---- the CLI: vybir batch
function batchRun(file) {
  const [cmd, argv] = pinned('/usr/bin/time', ['-v', vybir, 'batch', file]);
  const r = spawnSync(hasTaskset ? 'taskset' : '/usr/bin/time', hasTaskset ? ['-c', CPU, '/usr/bin/time', '-v', vybir, 'batch', file] : ['-v', vybir, 'batch', file], {
    stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8', maxBuffer: 1 << 24,
  });
  void cmd; void argv;
  if (r.status !== 0) throw new Error(`vybir batch ${file} exited with ${r.status}: ${r.stderr.slice(-2000)}`);
  const field = name => r.stderr.match(new RegExp(`${name}: (.*)`))?.[1]?.trim();
  const wall = field('Elapsed \\(wall clock\\) time \\(h:mm:ss or m:ss\\)').split(':').map(Number)
    .reduce((s, x) => s * 60 + x, 0);
  const errors = Number(r.stderr.match(/ (\d+) errors/)?.[1] ?? NaN);
  return {
    wallSeconds: wall,
    userSeconds: Number(field('User time \\(seconds\\)')),
    systemSeconds: Number(field('System time \\(seconds\\)')),
    maxRssKiB: Number(field('Maximum resident set size \\(kbytes\\)')),
    errors,
  };
}

const batchHelp = spawnSync(vybir, ['--help'], { encoding: 'utf8' }).stdout ?? '';
if (!/\bbatch\b/.test(batchHelp)) {
  log('vybir has no batch command yet: the CLI is not measured');
  result.batch = null;
} else {
  // Correctness first: one row per line, no error rows, on a slice.
  const head = readFileSync(casesFile, 'utf8').split('\n').slice(0, 1000).join('\n') + '\n';
  const check = spawnSync(vybir, ['batch', '-'], { input: head, encoding: 'utf8', maxBuffer: 1 << 26 });
  const rows = check.stdout.trim().split('\n').map(l => JSON.parse(l));
  if (rows.length !== 1000 || rows.some(r => !r.assessment)) throw new Error('vybir batch: not one assessment per case');

  const lines = lineCount(casesFile);
  log(`vybir batch: ${lines.toLocaleString('en')} lines, ${REPEATS} runs`);
  const runs = [];
  for (let i = 0; i < REPEATS; i++) {
    const r = batchRun(casesFile);
    if (r.errors !== 0) throw new Error(`vybir batch reported ${r.errors} errors on generated cases`);
    runs.push(r);
    log(`  run ${i + 1}: ${round(r.wallSeconds, 2)} s wall, ${round(lines / r.wallSeconds, 0)} lines/s, peak RSS ${r.maxRssKiB} KiB`);
  }
  result.batch = {
    file: casesFile.replace(repoRoot + '/', ''),
    lines,
    runs,
    linesPerSecond: summary(runs.map(r => lines / r.wallSeconds)),
    linesPerCpuSecond: summary(runs.map(r => lines / (r.userSeconds + r.systemSeconds))),
    maxRssKiB: median(runs.map(r => r.maxRssKiB)),
  };
  if (smallFile && existsSync(smallFile)) {
    const small = lineCount(smallFile);
    const s = [0, 1, 2].map(() => batchRun(smallFile));
    result.batch.constantMemory = {
      smallFile: smallFile.replace(repoRoot + '/', ''),
      smallLines: small,
      smallMaxRssKiB: median(s.map(r => r.maxRssKiB)),
      largeMaxRssKiB: result.batch.maxRssKiB,
    };
    log(`  peak RSS: ${small.toLocaleString('en')} lines ${result.batch.constantMemory.smallMaxRssKiB} KiB, ` +
      `${lines.toLocaleString('en')} lines ${result.batch.maxRssKiB} KiB`);
  }
}

result.finished = stamp();
const text = JSON.stringify(result, null, 1);
if (outFile) writeFileSync(outFile, text + '\n');
else console.log(text);
