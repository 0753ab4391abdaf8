// The caseload's worker: a module worker with its own copy of the engine
// (vybir_caseload.wasm: the core with the caseload reader added), so
// that 100,000 rows never freeze the page. It reads the file's bytes through
// the core's caseload reader (the same code as `vybir batch`), keeps the CSV
// rows that reader wrote (the download is exactly those bytes) and sends the
// page a compact copy of each row for its table. Nothing is stored: when the
// page clears the caseload or is closed, the worker and all it holds end.
import { load } from '../vybir.js';
import createVybirCaseload from '../vybir_caseload.js';

const CHUNK = 1 << 18; // bytes per step: progress about every 2,000 rows
const utf8 = new TextDecoder();
let engine = null;
let input = null;     // the file's bytes
let format = 'csv';
let csvRows = [];     // the batch CSV, in pieces, header first

async function engineFor(options) {
  engine ??= await load({ ...options, module: createVybirCaseload });
  return engine;
}

// One row of the batch CSV (vybir/caseload.hpp) as the table needs it:
// [line, region, grade, outlook, transitionDocument, deadline,
//  deadlinePassed, errorCode, errorPointer, errorMessage]. Only the error
// cells can be quoted.
function parseRow(text) {
  const cells = [];
  let i = 0;
  while (i <= text.length) {
    if (text[i] === '"') {
      let cell = '';
      i++;
      for (;;) {
        const q = text.indexOf('"', i);
        if (q < 0) { cell += text.slice(i); i = text.length; break; }
        cell += text.slice(i, q);
        if (text[q + 1] === '"') { cell += '"'; i = q + 2; } else { i = q + 1; break; }
      }
      cells.push(cell);
      i++; // the comma
    } else {
      const c = text.indexOf(',', i);
      const end = c < 0 ? text.length : c;
      cells.push(text.slice(i, end));
      i = end + 1;
    }
  }
  const [line, region, grade, , , outlook, , , transitionDocument, , deadline, deadlinePassed, , , errorCode, errorPointer, errorMessage] = cells;
  return [Number(line), region, grade ? Number(grade) : 0, outlook, transitionDocument, deadline,
    deadlinePassed === 'true' ? 1 : deadlinePassed === 'false' ? 0 : -1, errorCode || '', errorPointer || '', errorMessage || ''];
}

function rowsOf(text) {
  const out = [];
  let at = 0;
  while (at < text.length) {
    const nl = text.indexOf('\n', at);
    out.push(parseRow(text.slice(at, nl)));
    at = nl + 1;
  }
  return out;
}

async function run({ bytes, inFormat, wasm }) {
  const e = await engineFor(wasm);
  input = new Uint8Array(bytes);
  format = inFormat;
  csvRows = [e.caseload.start(format, 'csv')];
  const started = performance.now();
  let count = 0;
  for (let at = 0; at < input.length || at === 0; at += CHUNK) {
    const last = at + CHUNK >= input.length;
    const raw = e.caseload.feed(input.subarray(at, at + CHUNK), last, true);
    csvRows.push(raw);
    const text = utf8.decode(raw);
    const rows = rowsOf(text);
    count += rows.length;
    postMessage({ type: 'rows', rows, done: Math.min(at + CHUNK, input.length), total: input.length });
    if (last) break;
  }
  const stopped = e.caseload.stopped();
  e.caseload.end();
  postMessage({ type: 'done', rows: count, stopped, ms: performance.now() - started });
}

// JSONL as `vybir batch` writes it: made only when asked for (every row
// carries the full assessment, far larger than the CSV).
function jsonl() {
  const parts = [engine.caseload.start(format, 'jsonl')];
  for (let at = 0; at < input.length || at === 0; at += CHUNK) {
    const last = at + CHUNK >= input.length;
    parts.push(engine.caseload.feed(input.subarray(at, at + CHUNK), last));
    if (last) break;
  }
  engine.caseload.end();
  return new Blob(parts, { type: 'application/x-ndjson' });
}

onmessage = async ({ data }) => {
  try {
    if (data.type === 'init') await engineFor(data.wasm);
    else if (data.type === 'run') await run(data);
    else if (data.type === 'csv') postMessage({ type: 'csv', blob: new Blob(csvRows, { type: 'text/csv' }) });
    else if (data.type === 'jsonl') postMessage({ type: 'jsonl', blob: jsonl() });
    else if (data.type === 'case') postMessage({ type: 'case', line: data.line, value: engine.caseload.caseOn(input, format, data.line) });
  } catch (err) {
    postMessage({ type: 'failed', message: String(err?.message || err) });
  }
};
