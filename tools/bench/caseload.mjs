#!/usr/bin/env node
// The caseload panel in Chromium (playwright-core): how long 10,000 and
// 100,000 CSV rows take from choosing the file (the input's change event) to
// the table painted (the file read, its rows assessed in the worker and sent
// to the page, the summary and the first page of the table drawn), and the
// memory after each: the page's JS heap after a forced collection (CDP
// Runtime.getHeapUsage, and performance.memory). Workers have no
// performance.memory, so the worker's share is not in these numbers.
//
//   node tools/bench/caseload.mjs [--runs N] [--rows 10000,100000] [--out FILE]
//
// build/web is served by tools/serve.mjs on a free port of 127.0.0.1.
import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { repoRoot } from './lib.mjs';

const args = process.argv.slice(2);
const opt = (name, dflt) => (args.indexOf(name) >= 0 ? args[args.indexOf(name) + 1] : dflt);
const RUNS = Number(opt('--runs', 5));
const SIZES = opt('--rows', '10000,100000').split(',').map(Number);
const outFile = opt('--out');
const log = (...a) => console.error('caseload:', ...a);
const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';
const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
  '--disable-component-update', '--no-first-run', '--disable-sync'];

// A caseload as a desk's spreadsheet exports it: every region, a mix of
// answers, one bad row in a thousand.
const policy = JSON.parse((await import('node:fs')).readFileSync(join(repoRoot, 'data/policy/2026-06-30.json'), 'utf8'));
function csv(rows) {
  const regions = policy.regions.map(r => r.iso);
  const lines = ['\uFEFFasOf;region;temporaryProtection;claims;personalRiskFactors;relocationObstacles;regularPermit;asylumApplicationDate'];
  for (let i = 0; i < rows; i++) {
    if (i % 1000 === 999) { lines.push('2026-12-01;UA-99;yes;;false;false;false;'); continue; }
    lines.push(`2026-${10 + (i % 3)}-0${1 + (i % 9)};${regions[i % regions.length]};${['yes', 'no', 'unknown'][i % 3]};` +
      `${i % 11 === 0 ? '"journalist;lgbtiq"' : ''};${i % 4 === 0};${i % 6 === 0};${i % 13 === 0};${i % 5 === 0 ? '2025-03-15' : ''}`);
  }
  return Buffer.from(lines.join('\r\n') + '\r\n');
}

async function serve() {
  const proc = spawn(process.execPath, [join(repoRoot, 'tools/serve.mjs'), '0', '--root', join(repoRoot, 'build/web')], { stdio: ['ignore', 'pipe', 'inherit'] });
  const origin = await new Promise((res, rej) => {
    let out = '';
    proc.stdout.on('data', d => { out += d; const m = /http:\/\/127\.0\.0\.1:\d+/.exec(out); if (m) res(m[0]); });
    proc.on('exit', code => rej(new Error(`serve exited ${code}`)));
  });
  return { proc, origin };
}

const median = xs => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const mb = n => Math.round(n / 1e5) / 10;

const { proc, origin } = await serve();
const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
const results = [];
try {
  for (const rows of SIZES) {
    const file = csv(rows);
    const times = [];
    let memory = null;
    for (let run = 0; run < RUNS; run++) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'en-GB' });
      const page = await context.newPage();
      await page.goto(origin + '/?pro');
      await page.locator('#caseload-file').waitFor();
      // A first, tiny file starts the worker and compiles its engine, as a
      // desk's first file would; the measurement is the caseload itself.
      await page.setInputFiles('#caseload-file', { name: 'warm.csv', mimeType: 'text/csv', buffer: csv(10) });
      await page.locator('#caseload-table').waitFor();
      await page.locator('#caseload-clear').click();
      // From the file input's change event (what a user's choice fires; not
      // the test harness handing the bytes over) to the table painted.
      await page.evaluate(() => {
        window.__done = new Promise(res => {
          document.addEventListener('change', () => {
            const t0 = performance.now();
            new MutationObserver((_, mo) => {
              if (!document.getElementById('caseload-table')) return;
              mo.disconnect();
              requestAnimationFrame(() => setTimeout(() => res(performance.now() - t0)));
            }).observe(document.getElementById('caseload'), { childList: true, subtree: true });
          }, { capture: true, once: true });
        });
      });
      await page.setInputFiles('#caseload-file', { name: 'clients.csv', mimeType: 'text/csv', buffer: file });
      await page.locator('#caseload-table').waitFor({ timeout: 120_000 });
      const ms = await page.evaluate(() => window.__done);
      times.push(ms);
      if (run === 0) {
        const cdp = await context.newCDPSession(page);
        await cdp.send('HeapProfiler.collectGarbage');
        const heap = await cdp.send('Runtime.getHeapUsage');
        const perf = await page.evaluate(() => performance.memory ? { used: performance.memory.usedJSHeapSize, total: performance.memory.totalJSHeapSize } : null);
        // Workers have no performance.memory: the worker's heap (the file's
        // bytes and the CSV rows kept for the download) is not measured here.
        memory = { pageHeapUsed: heap.usedSize, pageHeapTotal: heap.totalSize, performanceMemory: perf };
        const count = await page.locator('#caseload-table caption').textContent();
        log(rows, 'rows:', count.trim(), '/', (await page.locator('#caseload-status').textContent()).trim());
      }
      await context.close();
      log(`${rows} rows, run ${run + 1}: ${Math.round(ms)} ms`);
    }
    results.push({ rows, bytes: file.length, runs: RUNS, medianMs: Math.round(median(times)), minMs: Math.round(Math.min(...times)), maxMs: Math.round(Math.max(...times)), memory });
  }
} finally {
  await browser.close();
  proc.kill();
}
for (const r of results) {
  console.log(`${r.rows.toLocaleString('en-GB')} rows (${mb(r.bytes)} MB): median ${r.medianMs} ms (min ${r.minMs}, max ${r.maxMs}, ${r.runs} runs); ` +
    `page JS heap after GC ${mb(r.memory.pageHeapUsed)} MB used (performance.memory: ${r.memory.performanceMemory ? mb(r.memory.performanceMemory.used) : '?'} MB)`);
}
if (outFile) writeFileSync(outFile, JSON.stringify({ date: new Date().toISOString(), results }, null, 1) + '\n');
