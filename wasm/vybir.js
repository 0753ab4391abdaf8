// The Vybir JavaScript API (docs/javascript-api.md): the rule core as
// WebAssembly, in browsers and in Node 20. Cases and assessments follow
// docs/contract.md; errors come back as {error: {code, pointer, message}},
// never as exceptions.
import createVybirCore from './vybir_core.js';

const MAX_CASE_CHARS = 1 << 20;
const utf8 = new TextDecoder();
const MAX_FRAGMENT_CHARS = 256;  // vybir::max_fragment_chars

function failure(code, message) {
  return { error: { code, pointer: '', message } };
}

// The case as JSON text for the module, or a failure when JSON.stringify
// itself fails: too deep for the JS stack, too long for a string, or not
// data at all (cycles, BigInt).
function caseText(caseObject) {
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
  if (text.length > MAX_CASE_CHARS) return failure('input.too-large', 'the input is larger than 1 MiB');
  return text;
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
      const text = caseText(caseObject);
      return typeof text === 'string' ? JSON.parse(utf8.decode(core.evaluateView(text))) : text;
    },
    // Shared links (docs/contract.md, "Shared links"): the case in a URL
    // fragment, which browsers never send to a server.
    fragment: {
      /** The fragment text (without '#') for a case, or {error}. */
      encode(caseObject) {
        const text = caseText(caseObject);
        if (typeof text !== 'string') return text;
        const out = JSON.parse(core.encodeFragment(text));
        return out.error ? out : out.fragment;
      },
      /** {case, policy} for a fragment (a leading '#' is allowed), or {error}. */
      decode(text) {
        if (typeof text !== 'string') return failure('fragment.syntax', 'a link fragment must be a string');
        // Refused here so that a huge string is never copied into the module.
        if (text.length > MAX_FRAGMENT_CHARS + 1) return failure('fragment.too-long', 'the fragment is longer than 256 characters');
        return JSON.parse(core.decodeFragment(text));
      },
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
