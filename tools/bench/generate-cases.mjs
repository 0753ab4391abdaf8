#!/usr/bin/env node
// Seeded, deterministic generator of valid cases (docs/contract.md) for the
// benchmarks: the same seed and count give the same bytes on every machine.
//
//   node tools/bench/generate-cases.mjs [--count N] [--seed S] [--out FILE]
//
// Writes JSONL (one case per line) to FILE or stdout. Defaults: 1000 cases,
// seed 6. Every field of the contract is exercised: all 27 regions, every
// yes/no input, claims in any order, TP yes/no/unknown, application dates
// from 2022 to asOf (month ends included, for the 1182/71 month counting),
// and the 2028 scenario.
import { createWriteStream } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const REGIONS = [
  'UA-05', 'UA-07', 'UA-09', 'UA-12', 'UA-14', 'UA-18', 'UA-21', 'UA-23', 'UA-26',
  'UA-30', 'UA-32', 'UA-35', 'UA-40', 'UA-43', 'UA-46', 'UA-48', 'UA-51', 'UA-53',
  'UA-56', 'UA-59', 'UA-61', 'UA-63', 'UA-65', 'UA-68', 'UA-71', 'UA-74', 'UA-77'];
export const CLAIMS = ['draft-evasion', 'desertion', 'journalist', 'pro-russian', 'lgbtiq', 'other-persecution'];
const TP = ['yes', 'no', 'unknown'];

// mulberry32: small, fast, and the same in every JavaScript engine.
export function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const DAY = 86400000;
const dayNumber = iso => Date.parse(iso + 'T00:00:00Z') / DAY;
const isoOf = n => new Date(n * DAY).toISOString().slice(0, 10);
const AS_OF_FIRST = dayNumber('2026-06-30'); // the policy's date
const AS_OF_LAST = dayNumber('2028-12-31');
const APPLIED_FIRST = dayNumber('2022-02-24');

/** Yields `count` cases from `seed`. */
export function* cases(count, seed = 6) {
  const r = rng(seed);
  const pick = list => list[Math.floor(r() * list.length)];
  const yes = p => r() < p;
  for (let i = 0; i < count; i++) {
    const region = pick(REGIONS);
    const asOfN = AS_OF_FIRST + Math.floor(r() * (AS_OF_LAST - AS_OF_FIRST + 1));
    const c = { asOf: isoOf(asOfN), region };
    // Optional fields are sometimes left out, as real callers do.
    if (yes(0.7)) c.occupiedArea = region === 'UA-48' ? yes(0.5) : yes(0.05);
    if (yes(0.8)) c.personalRiskFactors = yes(0.5);
    if (yes(0.8)) c.relocationObstacles = yes(0.4);
    if (yes(0.6)) {
      const k = Math.floor(r() * 4); // 0-3 claims, distinct, in random order
      const pool = CLAIMS.slice();
      c.claims = [];
      for (let j = 0; j < k; j++) c.claims.push(pool.splice(Math.floor(r() * pool.length), 1)[0]);
    }
    if (yes(0.9)) c.temporaryProtection = pick(TP);
    if (yes(0.7)) c.regularPermit = yes(0.2);
    if (yes(0.6)) {
      let applied = APPLIED_FIRST + Math.floor(r() * (asOfN - APPLIED_FIRST + 1));
      if (yes(0.1)) { // a month end: 29th-31st, where month counting matters
        const d = new Date(applied * DAY);
        const last = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 0)).getTime() / DAY;
        applied = Math.min(last - Math.floor(r() * 3), asOfN);
      }
      c.asylumApplicationDate = isoOf(applied);
    } else if (yes(0.3)) {
      c.asylumApplicationDate = null;
    }
    if (yes(0.5)) c.tpExtension2028 = yes(0.3);
    yield c;
  }
}

/** The cases as JSONL text (for in-process use). */
export function casesJsonl(count, seed = 6) {
  let out = '';
  for (const c of cases(count, seed)) out += JSON.stringify(c) + '\n';
  return out;
}

async function main() {
  const args = process.argv.slice(2);
  const opt = (name, dflt) => (args.indexOf(name) >= 0 ? args[args.indexOf(name) + 1] : dflt);
  const count = Number(opt('--count', 1000));
  const seed = Number(opt('--seed', 6));
  const outFile = opt('--out');
  if (!Number.isInteger(count) || count < 0 || !Number.isInteger(seed)) {
    console.error('usage: generate-cases.mjs [--count N] [--seed S] [--out FILE]');
    process.exit(64);
  }
  const out = outFile ? createWriteStream(outFile) : process.stdout;
  let chunk = '';
  for (const c of cases(count, seed)) {
    chunk += JSON.stringify(c) + '\n';
    if (chunk.length > 1 << 20) {
      if (!out.write(chunk)) await new Promise(res => out.once('drain', res));
      chunk = '';
    }
  }
  out.write(chunk);
  if (outFile) await new Promise((res, rej) => out.end(err => (err ? rej(err) : res())));
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await main();
