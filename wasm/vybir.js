// The Vybir JavaScript API (docs/javascript-api.md): the rule core as
// WebAssembly, in browsers and in Node 20. Cases and assessments follow
// docs/contract.md; errors come back as {error: {code, pointer, message}},
// never as exceptions.
import createVybirCore from './vybir_core.js';

const MAX_CASE_CHARS = 1 << 20;

function failure(code, message) {
  return { error: { code, pointer: '', message } };
}

async function nodeWasmBinary() {
  // Node's fetch cannot read file: URLs, so the module's bytes are read here.
  const fs = await import('node:fs/promises');
  return fs.readFile(new URL('./vybir_core.wasm', import.meta.url));
}

/**
 * Loads the module. options.wasmBinary (bytes) or options.wasmUrl override
 * where the .wasm comes from; by default it sits beside this file.
 */
export async function load(options = {}) {
  const args = {};
  if (options.wasmBinary) {
    args.wasmBinary = options.wasmBinary;
  } else if (options.wasmUrl) {
    args.locateFile = () => String(options.wasmUrl);
  } else if (typeof process !== 'undefined' && process.versions && process.versions.node) {
    args.wasmBinary = await nodeWasmBinary();
  } else {
    args.locateFile = (file) => new URL(file, import.meta.url).href;
  }
  const core = await createVybirCore(args);

  return {
    evaluate(caseObject) {
      let text;
      try {
        text = JSON.stringify(caseObject);
      } catch (e) {
        // JSON.stringify itself fails: too deep for the JS stack, too long
        // for a string, or not data at all (cycles, BigInt).
        if (e instanceof RangeError && /call stack/i.test(e.message))
          return failure('json.too-deep', 'the case is nested too deeply');
        if (e instanceof RangeError) return failure('input.too-large', 'the case is too large');
        return failure('json.syntax', 'the case cannot be written as JSON: ' + e.message);
      }
      if (text === undefined) text = 'null';
      if (text.length > MAX_CASE_CHARS) return failure('input.too-large', 'the input is larger than 1 MiB');
      return JSON.parse(core.evaluate(text));
    },
    regions() {
      return JSON.parse(core.regions());
    },
    policy() {
      return JSON.parse(core.policy());
    },
    version() {
      return JSON.parse(core.version());
    },
  };
}
