// Shared helpers of the benchmarks: statistics, sizes, the machine, paths.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const benchDir = join(repoRoot, 'build', 'bench');

export function median(values) {
  const v = [...values].sort((a, b) => a - b);
  const n = v.length;
  return n === 0 ? NaN : n % 2 ? v[(n - 1) / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
}

export function quantile(values, q) {
  const v = [...values].sort((a, b) => a - b);
  return v[Math.min(v.length - 1, Math.max(0, Math.round(q * (v.length - 1))))];
}

/** {median, min, max, runs} of a list of measurements. */
export const summary = values => ({
  median: median(values), min: Math.min(...values), max: Math.max(...values), runs: values.length,
});

export const gzipSize = buf => gzipSync(buf, { level: 9 }).length;
export const brotliSize = buf => brotliCompressSync(buf, {
  params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: buf.length },
}).length;
export const sizes = buf => ({ raw: buf.length, gzip: gzipSize(buf), brotli: brotliSize(buf) });

function firstLine(cmd, args) {
  try {
    return execFileSync(cmd, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).split('\n')[0].trim();
  } catch {
    return null;
  }
}

/** The machine the numbers were measured on. */
export function machine() {
  const cpuinfo = existsSync('/proc/cpuinfo') ? readFileSync('/proc/cpuinfo', 'utf8') : '';
  const field = name => cpuinfo.match(new RegExp(`^${name}\\s*:\\s*(.*)$`, 'm'))?.[1]?.trim() ?? null;
  const os = existsSync('/etc/os-release')
    ? readFileSync('/etc/os-release', 'utf8').match(/^PRETTY_NAME="?([^"\n]*)"?/m)?.[1] : null;
  return {
    nproc: Number(firstLine('nproc', [])) || cpus().length,
    cpu: field('model name') ?? cpus()[0]?.model ?? null,
    cpuMHz: Number(field('cpu MHz')) || null,
    memoryGiB: Math.round(totalmem() / 2 ** 30 * 10) / 10,
    os,
    kernel: firstLine('uname', ['-r']),
    gxx: firstLine('g++', ['--version']),
    emcc: firstLine('emcc', ['--version'])?.replace(/^emcc \([^)]*\)\s*/, 'emcc ') ?? null,
    clang: firstLine('clang++-14', ['--version']),
    node: process.version,
    chromium: firstLine('/usr/bin/chromium', ['--version']),
    loadavg: loadavg().map(x => Math.round(x * 100) / 100),
  };
}

export const round = (x, digits = 2) => (Number.isFinite(x) ? Math.round(x * 10 ** digits) / 10 ** digits : x);

/** When a part ran, and how busy the machine was (1, 5, 15 minute load averages). */
export const stamp = () => ({ at: new Date().toISOString(), loadavg: loadavg().map(x => Math.round(x * 100) / 100) });
