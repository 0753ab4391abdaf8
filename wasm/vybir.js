// The Vybir JavaScript API (docs/javascript-api.md): the rule core as
// WebAssembly, in browsers and in Node 20. Cases and assessments follow
// docs/contract.md; errors come back as {error: {code, pointer, message}},
// never as exceptions.
import createVybirCore from './vybir_core.js';

const utf8 = new TextDecoder();
const encoder = new TextEncoder();
const INPUT_BYTES = 4096;  // the input buffer's usual size: a case is about 200 bytes

// The module's text answers are views of UTF-8 bytes (wasm/bindings.cpp).
const json = view => JSON.parse(utf8.decode(view));

function failure(code, message) {
  return { error: { code, pointer: '', message } };
}

// The case as JSON text for the module, or a failure when JSON.stringify
// itself fails: too deep for the JS stack, too long for a string, or not
// data at all (cycles, BigInt). limits: the core's own (core.limits()); a
// text over its size limit in UTF-16 units is over it in UTF-8 bytes too,
// so it is refused here, without copying it into the module.
function caseText(caseObject, limits) {
  let text;
  try {
    text = JSON.stringify(caseObject);
  } catch (e) {
    if (e instanceof RangeError && /call stack/i.test(e.message))
      return failure('json.too-deep', 'the case is nested too deeply');
    if (e instanceof RangeError) return failure('input.too-large', 'the case is too large');
    return failure('json.syntax', 'the case cannot be written as JSON: ' + e.message);
  }
  if (text === undefined) text = 'null';
  if (text.length > limits.inputBytes) return failure('input.too-large', 'the input is larger than 1 MiB');
  return text;
}

async function nodeWasmBinary(name) {
  // Node's fetch cannot read file: URLs, so the module's bytes are read here.
  const fs = await import('node:fs/promises');
  return fs.readFile(new URL('./' + name, import.meta.url));
}

/**
 * Loads the module. options.wasmBinary (bytes) or options.wasmUrl override
 * where the .wasm comes from; by default it sits beside this file.
 * options.module: the factory of another build of the core, namely
 * vybir_caseload.js's default export (the engine plus `caseload`).
 */
export async function load(options = {}) {
  const factory = options.module || createVybirCore;
  const wasmName = factory === createVybirCore ? 'vybir_core.wasm' : 'vybir_caseload.wasm';
  const args = {};
  if (options.wasmBinary) {
    args.wasmBinary = options.wasmBinary;
  } else if (options.wasmUrl) {
    args.locateFile = () => String(options.wasmUrl);
  } else if (typeof process !== 'undefined' && process.versions && process.versions.node) {
    args.wasmBinary = await nodeWasmBinary(wasmName);
  } else {
    args.locateFile = (file) => new URL(file, import.meta.url).href;
  }
  const core = await factory(args);
  const limits = core.limits();
  let input = core.inputBuffer(INPUT_BYTES);
  // The case's UTF-8 into the module's input buffer; its length in bytes.
  // A UTF-16 unit is at most 3 bytes of UTF-8, so the check below makes
  // room before writing. A view goes stale (length 0) when memory grows.
  const put = text => {
    if (input.length < text.length * 3) input = core.inputBuffer(Math.max(INPUT_BYTES, text.length * 3));
    return encoder.encodeInto(text, input).written;
  };

  return {
    evaluate(caseObject) {
      const text = caseText(caseObject, limits);
      if (typeof text !== 'string') return text;
      // The assessment crosses out as the JSON text the CLI writes.
      const assessment = json(core.evaluateInput(put(text)));
      if (input.length > INPUT_BYTES * 16) input = core.inputBuffer(INPUT_BYTES);  // give a huge one back
      return assessment;
    },
    // Shared links (docs/contract.md, "Shared links"): the case in a URL
    // fragment, which browsers never send to a server.
    fragment: {
      /** The fragment text (without '#') for a case, or {error}. */
      encode(caseObject) {
        const text = caseText(caseObject, limits);
        if (typeof text !== 'string') return text;
        const out = json(core.encodeFragment(text));
        return out.error ? out : out.fragment;
      },
      /** {case, policy} for a fragment (a leading '#' is allowed), or {error}. */
      decode(text) {
        if (typeof text !== 'string') return failure('fragment.syntax', 'a link fragment must be a string');
        // Refused here so that a huge string is never copied into the module.
        if (text.length > limits.fragmentChars + 1) return failure('fragment.too-long', 'the fragment is longer than 256 characters');
        return json(core.decodeFragment(text));
      },
    },
    // Caseloads (docs/contract.md, "Caseloads"): a file's bytes in, the rows
    // `vybir batch` writes out, through the same reading code as the CLI.
    // Only in the caseload build (options.module), else undefined.
    caseload: core.caseloadStart && {
      /** Starts a run; in/out 'csv' or 'jsonl'. Returns the header row (CSV out) or ''. */
      start(inFormat, outFormat) {
        return utf8.decode(core.caseloadStart(inFormat === 'csv' ? 1 : 0, outFormat === 'csv' ? 1 : 0));
      },
      /**
       * The output rows for a chunk of the file's bytes (a Uint8Array); last:
       * the end of the file. raw: the rows' UTF-8 bytes (a copy), which keep
       * even a line that is not UTF-8 exactly as the CLI writes it.
       */
      feed(bytes, last = false, raw = false) {
        core.caseloadBuffer(bytes.length).set(bytes);
        const rows = core.caseloadFeed(bytes.length, last);
        return raw ? rows.slice() : utf8.decode(rows);
      },
      /** True when the header was refused: nothing after it was read. */
      stopped() {
        return core.caseloadStopped();
      },
      /** The case on one line of the whole file (bytes), or {error}. */
      caseOn(bytes, inFormat, line) {
        core.caseloadBuffer(bytes.length).set(bytes);
        const out = json(core.caseloadCase(bytes.length, inFormat === 'csv' ? 1 : 0, line));
        core.caseloadEnd();
        return out;
      },
      /** Gives the run's memory back. */
      end() {
        core.caseloadEnd();
      },
    },
    regions() {
      return json(core.regions());
    },
    policy() {
      return json(core.policy());
    },
    version() {
      return json(core.version());
    },
  };
}
