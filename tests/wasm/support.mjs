// Shared by the Node tests of the WASM build: the module, the scenario files
// and the same subset match as tests/unit/support.cpp.
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const wasmDir = path.join(root, 'build/wasm');
export const nativeCli = path.join(root, 'build/native/vybir');

export async function loadVybir() {
  const { load } = await import(path.join(wasmDir, 'vybir.js'));
  return load();
}

export function scenarioFiles() {
  const dir = path.join(root, 'tests/scenarios');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => ({ file: f, ...JSON.parse(readFileSync(path.join(dir, f), 'utf8')) }));
}

// Empty when actual contains expected; else where and how they differ.
export function subsetMismatch(expected, actual, at = '') {
  if (expected !== null && typeof expected === 'object' && !Array.isArray(expected)) {
    if (actual === null || typeof actual !== 'object' || Array.isArray(actual)) return `${at}: expected an object`;
    for (const [key, value] of Object.entries(expected)) {
      if (!(key in actual)) return `${at}/${key}: missing`;
      const m = subsetMismatch(value, actual[key], `${at}/${key}`);
      if (m) return m;
    }
    return '';
  }
  if (Array.isArray(expected)) {
    if (!Array.isArray(actual) || actual.length !== expected.length)
      return `${at}: expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`;
    for (let i = 0; i < expected.length; i++) {
      const m = subsetMismatch(expected[i], actual[i], `${at}/${i}`);
      if (m) return m;
    }
    return '';
  }
  return expected === actual ? '' : `${at}: expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`;
}
