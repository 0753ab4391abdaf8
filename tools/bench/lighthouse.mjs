#!/usr/bin/env node
// Lighthouse (mobile, its default settings: a slow 4G connection and a 4x
// slower CPU, simulated) on the built page, served by tools/serve.mjs on a
// free port of 127.0.0.1. Prints the four category scores and the CLS; a
// benchmark, not a test (tools/test does not run it).
//
//   CHROME_PATH=/usr/bin/chromium node tools/bench/lighthouse.mjs [--root DIR] [--runs N] [--json FILE] [--lhr DIR]
//
// --root serves another assembled copy (default build/web); with --runs N
// each score is the median of N runs (Lighthouse varies from run to run).
// --lhr DIR keeps each run's full Lighthouse report (run-N.json: bootup-time,
// long-tasks, mainthread-work-breakdown). Each run notes the machine's load
// average (1 minute) at its start: on a shared machine the numbers follow it.
import { spawn } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import { repoRoot } from './lib.mjs';

const args = process.argv.slice(2);
const opt = (name, dflt) => (args.indexOf(name) >= 0 ? args[args.indexOf(name) + 1] : dflt);
const root = resolve(repoRoot, opt('--root', 'build/web'));
const runs = Math.max(1, Number(opt('--runs', 1)));
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];
process.env.CHROME_PATH ||= '/usr/bin/chromium';

function serve() {
  const proc = spawn(process.execPath, [resolve(repoRoot, 'tools/serve.mjs'), '0', '--root', root], { stdio: ['ignore', 'pipe', 'inherit'] });
  return new Promise((res, rej) => {
    let out = '';
    proc.stdout.on('data', d => {
      out += d;
      const m = /http:\/\/127\.0\.0\.1:\d+/.exec(out);
      if (m) res({ proc, url: m[0] + '/' });
    });
    proc.on('exit', code => rej(new Error(`tools/serve.mjs exited (${code})`)));
  });
}

const median = xs => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

const server = await serve();
const results = [];
try {
  for (let i = 0; i < runs; i++) {
    // A fresh browser each run: no cache, no service worker from the last one.
    const load = loadavg()[0];
    const chrome = await chromeLauncher.launch({ chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu'] });
    try {
      const r = await lighthouse(server.url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: CATEGORIES });
      const lhr = r.lhr;
      if (opt('--lhr')) {
        mkdirSync(opt('--lhr'), { recursive: true });
        writeFileSync(join(opt('--lhr'), `run-${i + 1}.json`), JSON.stringify(lhr));
      }
      const row = Object.fromEntries(CATEGORIES.map(c => [c, Math.round(lhr.categories[c].score * 100)]));
      row.load = Number(load.toFixed(2));
      row.cls = lhr.audits['cumulative-layout-shift'].numericValue;
      row.lcpMs = Math.round(lhr.audits['largest-contentful-paint'].numericValue);
      row.tbtMs = Math.round(lhr.audits['total-blocking-time'].numericValue);
      row.long = (lhr.audits['bootup-time'].details?.items || []).slice(0, 3).map(i => `${i.url.replace(server.url, '/')} ${Math.round(i.total)} ms`);
      row.failed = Object.values(lhr.audits).filter(a => a.score !== null && a.score < 0.9 && a.scoreDisplayMode !== 'informative'
        && a.scoreDisplayMode !== 'manual' && a.scoreDisplayMode !== 'notApplicable').map(a => a.id);
      results.push(row);
      console.error(`lighthouse: run ${i + 1}: ${JSON.stringify(row)}`);
    } finally {
      await chrome.kill();
    }
  }
} finally {
  server.proc.kill();
}

const out = Object.fromEntries([...CATEGORIES, 'cls', 'lcpMs', 'tbtMs'].map(k => [k, median(results.map(r => r[k]))]));
console.log(`Lighthouse ${(await import('lighthouse/package.json', { with: { type: 'json' } })).default.version}, mobile, ${runs} run(s), median:`);
for (const c of CATEGORIES) console.log(`  ${c.padEnd(15)} ${out[c]}`);
console.log(`  ${'CLS'.padEnd(15)} ${out.cls.toFixed(3)}`);
console.log(`  ${'LCP'.padEnd(15)} ${out.lcpMs} ms`);
console.log(`  ${'TBT'.padEnd(15)} ${out.tbtMs} ms`);
const failed = [...new Set(results.flatMap(r => r.failed))];
if (failed.length) console.log(`  below 0.9: ${failed.join(', ')}`);
const json = opt('--json');
if (json) writeFileSync(json, JSON.stringify({ runs: results, median: out }, null, 1) + '\n');
