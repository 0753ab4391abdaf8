// The caseload panel of the view for professionals: a legal-aid desk drops a
// CSV or JSONL file of clients (as `vybir batch` reads it) and gets one row
// per client, a summary, the batch CSV / JSONL to download, and each client's
// full result on request. The file is read by a worker with its own engine
// (js/caseload-worker.js), through the core's caseload reader: the rows are
// exactly what the CLI writes. Nothing is stored or sent: the caseload lives
// in this module and the worker, and "clear" or a reload ends both. Loaded
// only when the view for professionals is on; never in the kiosk.
import { h, s, $, loadStyle } from './dom.js';
import { t, has, fmtDate, fmtNumber, regionName, currentLang } from './i18n.js';
import { replaceAnswers, todayLocal } from './state.js';
import { answersFromLink } from './share.js';
import { syncControls } from './questions.js';

const PAGE = 100; // rows drawn at a time: 100,000 rows would make the page slow
const GRADES = [1, 2, 3];
const OUTLOOKS = ['can-be-refused', 'individual-assessment', 'not-supported'];
const DOCUMENTS = ['yes', 'no', 'not-applicable', 'open', 'unknown'];
// A row from the worker: the batch CSV's columns the table shows.
const LINE = 0, REGION = 1, GRADE = 2, OUTLOOK = 3, DOCUMENT = 4, DEADLINE = 5, PASSED = 6, CODE = 7, POINTER = 8, MESSAGE = 9;
const COLUMNS = [
  ['line', LINE], ['region', REGION], ['grade', GRADE], ['outlook', OUTLOOK],
  ['document', DOCUMENT], ['deadline', DEADLINE], ['passed', PASSED], ['error', CODE]];

let byIso = new Map();
let policy = {};
let panel = null;
let worker = null;
let rows = [];
let shown = [];          // indices into rows, filtered and sorted
let sort = { col: LINE, dir: 1 };
let filter = { grade: '', outlook: '', deadline: '', errors: false };
let page = 0;
let source = null;       // { name, bytes, format } of the caseload being read
let status = '';         // the last message, re-worded on a language switch
let refused = null;      // the header's error, when the file was refused
let openLine = 0;        // the row whose result is shown
let langWatch = null;

// The panel's own texts (the "caseload" section of web/i18n/*.json). The
// build moves them out of the language files into i18n/caseload/{lang}.json,
// fetched only with the panel, so that a first visit does not carry them;
// the single file and the unbuilt page still have them in the language file.
let own = null; // { lang, dict } when they come from their own file
async function loadTexts() {
  const lang = currentLang();
  if (has('caseload.title')) { own = null; return; }
  if (own?.lang === lang) return;
  const r = await fetch(`./i18n/caseload/${lang}.json`);
  if (!r.ok) throw new Error(`i18n/caseload/${lang}.json: ${r.status}`);
  own = { lang, dict: await r.json() };
}
const ct = (key, vars) => (own ? t(key, vars, own.dict) : t(key, vars));
const chas = key => (own ? typeof own.dict.caseload?.[key.slice('caseload.'.length)] === 'string' : has(key));

/** The panel on (mounted under the view for professionals) or off (gone, with its caseload). */
export async function caseloadPanel(on, regions, pol) {
  if (!on || document.documentElement.classList.contains('kiosk')) return unmount();
  byIso = regions;
  policy = pol;
  if (panel) return;
  await Promise.all([loadStyle('css/caseload.css'), loadTexts()]);
  if (panel) return;
  panel = h('section', { id: 'caseload', class: 'caseload card', 'aria-labelledby': 'caseload-title' });
  const pro = $('#pro-view');
  if (pro) pro.after(panel); else $('main').append(panel);
  // A language switch re-renders the page's texts; the panel's follow.
  langWatch = new MutationObserver(() => loadTexts().then(draw, e => console.error(e)));
  langWatch.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'] });
  draw();
  prepareSpare();
}

function unmount() {
  clearCaseload();
  spare?.terminate();
  spare = null;
  langWatch?.disconnect();
  langWatch = null;
  panel?.remove();
  panel = null;
  $('#caseload-back')?.remove();
}

// ---- reading a file

function formatOf(name, bytes) {
  if (/\.csv$/i.test(name)) return 'csv';
  if (/\.(jsonl|ndjson|json)$/i.test(name)) return 'jsonl';
  let i = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  while (i < bytes.length && (bytes[i] === 0x20 || bytes[i] === 0x09 || bytes[i] === 0x0a || bytes[i] === 0x0d)) i++;
  return bytes[i] === 0x7b ? 'jsonl' : 'csv'; // "{": one case object a line
}

async function readFile(file) {
  if (!file) return;
  start(file.name, new Uint8Array(await file.arrayBuffer()));
}

function start(name, bytes) {
  clearCaseload();
  source = { name, bytes, format: formatOf(name, bytes) };
  status = 'reading';
  draw();
  worker = spare || newWorker();
  spare = null;
  worker.onmessage = ({ data }) => onWorker(data);
  worker.onerror = e => { console.error('caseload worker:', e.message || e.type); finish('failed'); };
  // The bytes move to the worker (transferred, not copied).
  const copy = bytes.slice();
  worker.postMessage({ type: 'run', bytes: copy.buffer, inFormat: source.format, wasm: wasmOptions() }, [copy.buffer]);
}

/** The single-file build carries the worker's code inline (bundled); the web build has it as a module file beside this one. */
function newWorker() {
  const inline = document.getElementById('caseload-worker');
  if (!inline) return new Worker(new URL('./caseload-worker.js', import.meta.url), { type: 'module' });
  // A classic worker: Chromium refuses a module worker from a blob: of a
  // file:// page (an opaque origin). Its code has no import or export left.
  const url = URL.createObjectURL(new Blob([inline.textContent], { type: 'text/javascript' }));
  const w = new Worker(url);
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
  return w;
}

/** Where the worker's engine gets its .wasm (vybir_caseload.wasm): beside main.js's, or inline in the single file. */
function wasmOptions() {
  const el = document.getElementById('vybir-caseload-wasm');
  if (!el) return { wasmUrl: new URL('../vybir_caseload.wasm', import.meta.url).href };
  const bin = atob(el.textContent.trim());
  const wasmBinary = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) wasmBinary[i] = bin.charCodeAt(i);
  return { wasmBinary };
}

const pending = new Map(); // what a download or an opened row waits for

// A worker with its engine loaded and nothing else, ready for the next file:
// a caseload's worker ends with the caseload (clear, cancel, a new file), and
// starting one costs the engine's compilation.
let spare = null;
function prepareSpare() {
  if (spare || !panel) return;
  spare = newWorker();
  spare.postMessage({ type: 'init', wasm: wasmOptions() });
}

function onWorker(data) {
  if (data.type === 'rows') {
    for (const r of data.rows) rows.push(r);
    progress(data.done, data.total);
  } else if (data.type === 'done') {
    if (data.stopped) refused = rows.find(r => r[CODE]) || null;
    status = 'done';
    finish('done', data.ms);
  } else if (data.type === 'failed') {
    console.error(data.message);
    finish('failed');
  } else {
    const key = data.type === 'case' ? 'case' + data.line : data.type;
    pending.get(key)?.(data);
    pending.delete(key);
  }
}

function ask(message, key) {
  return new Promise(res => {
    pending.set(key, res);
    worker.postMessage(message);
  });
}

let took = 0;
function finish(how, ms = 0) {
  status = how;
  took = ms;
  if (how === 'failed') { worker?.terminate(); worker = null; }
  refilter();
  draw();
  $('#caseload-status')?.focus();
}

function progress(done, total) {
  const bar = $('#caseload-progress');
  if (bar) { bar.max = total || 1; bar.value = done; }
  const count = $('#caseload-count');
  if (count) count.textContent = ct('caseload.reading', { rows: fmtNumber(rows.length) });
}

/** Forgets the caseload: the worker (and the copy of the file it holds) ends. */
function clearCaseload() {
  worker?.terminate();
  setTimeout(prepareSpare);
  worker = null;
  for (const res of pending.values()) res(null);
  pending.clear();
  rows = [];
  shown = [];
  source = null;
  refused = null;
  status = '';
  page = 0;
  openLine = 0;
  $('#caseload-back')?.remove();
}

// ---- the table's order and filters

const today = () => todayLocal();
function addDays(iso, days) {
  const d = new Date(iso + 'T00:00:00Z');
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

function refilter() {
  const { grade, outlook, deadline, errors } = filter;
  const now = today(), soon = addDays(now, 90);
  shown = [];
  for (let i = 0; i < rows.length; i++) {
    const r = rows[i];
    if (errors && !r[CODE]) continue;
    if (grade && String(r[GRADE]) !== grade) continue;
    if (outlook && r[OUTLOOK] !== outlook) continue;
    if (deadline === 'passed' && r[PASSED] !== 1) continue;
    if (deadline === 'soon' && !(r[PASSED] === 0 && r[DEADLINE] >= now && r[DEADLINE] <= soon)) continue;
    shown.push(i);
  }
  const { col, dir } = sort;
  const key = sortKey(col);
  const keys = rows.map(key);
  shown.sort((a, b) => {
    const x = keys[a], y = keys[b];
    const c = x < y ? -1 : x > y ? 1 : 0;
    return c * dir || rows[a][LINE] - rows[b][LINE];
  });
  page = Math.min(page, Math.max(0, Math.ceil(shown.length / PAGE) - 1));
}

// What a column sorts by: its words in the page language where it shows words.
function sortKey(col) {
  const blank = '\uffff'; // empty cells (error rows) last
  switch (col) {
    case LINE: case GRADE: case PASSED: return r => (r[CODE] && col !== LINE ? 99 : r[col]);
    case REGION: {
      const names = new Map();
      return r => {
        if (!r[REGION]) return blank;
        if (!names.has(r[REGION])) names.set(r[REGION], regionName(byIso.get(r[REGION])).toLocaleLowerCase());
        return names.get(r[REGION]);
      };
    }
    case OUTLOOK: return r => (r[OUTLOOK] ? ct('caseload.outlook.' + r[OUTLOOK]) : blank);
    case DOCUMENT: return r => (r[DOCUMENT] ? ct('caseload.document.' + r[DOCUMENT]) : blank);
    case CODE: return r => r[CODE] || blank;
    default: return r => r[col] || blank;
  }
}

// ---- drawing

function draw() {
  if (!panel) return;
  const busy = status === 'reading';
  const input = h('input', {
    type: 'file', id: 'caseload-file', class: 'caseload-file', accept: '.csv,.jsonl,.ndjson,.txt,text/csv',
    disabled: busy, onchange: e => readFile(e.target.files[0]),
  });
  const paste = h('textarea', { id: 'caseload-paste', class: 'caseload-paste', rows: 5, spellcheck: 'false', disabled: busy });
  panel.replaceChildren(...[
    h('h2', { id: 'caseload-title' }, ct('caseload.title')),
    h('p', {}, ct('caseload.intro')),
    h('p', { class: 'muted small' }, ct('caseload.private')),
    h('div', { class: 'caseload-drop', id: 'caseload-drop', ondragover: e => { e.preventDefault(); e.currentTarget.classList.add('over'); },
      ondragleave: e => e.currentTarget.classList.remove('over'),
      ondrop: e => { e.preventDefault(); e.currentTarget.classList.remove('over'); if (!busy) readFile(e.dataTransfer.files[0]); } },
    h('label', { for: 'caseload-file', class: 'qlabel' }, ct('caseload.file')),
    input,
    h('p', { class: 'muted small' }, ct('caseload.drop'))),
    h('details', { class: 'caseload-paste-box' },
      h('summary', {}, ct('caseload.paste')),
      h('label', { for: 'caseload-paste', class: 'qlabel' }, ct('caseload.pasteLabel')),
      paste,
      h('div', { class: 'actions' }, h('button', { type: 'button', class: 'btn', disabled: busy,
        onclick: () => paste.value.trim() && start('', new TextEncoder().encode(paste.value)) }, ct('caseload.assess')))),
    busy ? h('div', { class: 'caseload-progress' },
      h('label', { for: 'caseload-progress' }, ct('caseload.progress')),
      h('progress', { id: 'caseload-progress', max: 1, value: 0 }),
      h('p', { id: 'caseload-count', class: 'muted small' }, ct('caseload.reading', { rows: fmtNumber(rows.length) })),
      h('button', { type: 'button', class: 'btn', id: 'caseload-cancel', onclick: () => { clearCaseload(); status = 'cancelled'; draw(); } },
        ct('caseload.cancel'))) : null,
    h('p', { id: 'caseload-status', class: 'caseload-status', role: 'status', tabindex: '-1' }, statusText()),
    refused ? h('p', { class: 'err', role: 'alert' }, refusedText()) : null,
    status === 'done' && rows.length && !refused ? results() : null].filter(Boolean));
}

function statusText() {
  if (status === 'reading') return ct('caseload.started', { name: source?.name || ct('caseload.pasted') });
  if (status === 'cancelled') return ct('caseload.cancelled');
  if (status === 'failed') return ct('caseload.failed');
  if (status === 'cleared') return ct('caseload.cleared');
  if (status === 'noCase') return ct('caseload.noCase');
  if (status !== 'done') return '';
  const errors = rows.reduce((n, r) => n + (r[CODE] ? 1 : 0), 0);
  return ct('caseload.done', { rows: fmtNumber(rows.length), errors: fmtNumber(errors), seconds: (took / 1000).toFixed(1) });
}

function refusedText() {
  const column = refused[POINTER].slice(1).replace(/~1/g, '/').replace(/~0/g, '~');
  if (refused[CODE] === 'case.unknown-field') return ct('caseload.unknownColumn', { column });
  return ct('caseload.badHeader', { message: errorText(refused) });
}

function results() {
  return h('div', { class: 'caseload-results' },
    summary(),
    h('div', { class: 'actions' },
      h('button', { type: 'button', class: 'btn', id: 'caseload-csv', onclick: () => download('csv') }, ct('caseload.downloadCsv')),
      h('button', { type: 'button', class: 'btn', id: 'caseload-jsonl', onclick: () => download('jsonl') }, ct('caseload.downloadJsonl')),
      h('button', { type: 'button', class: 'btn', id: 'caseload-clear', onclick: () => { clearCaseload(); status = 'cleared'; draw(); $('#caseload-file')?.focus(); } },
        ct('caseload.clear'))),
    filters(),
    table());
}

function count(pred) {
  let n = 0;
  for (const r of rows) if (pred(r)) n++;
  return n;
}

function summary() {
  const bars = [
    ...GRADES.map(g => [t('grade.short' + g), count(r => !r[CODE] && r[GRADE] === g), 'g' + g]),
    ...OUTLOOKS.map(o => [ct('caseload.outlook.' + o), count(r => r[OUTLOOK] === o), 'o']),
    [ct('caseload.passedCount'), count(r => r[PASSED] === 1), 'p'],
    [ct('caseload.errorCount'), count(r => !!r[CODE]), 'e'],
  ];
  const max = Math.max(1, ...bars.map(b => b[1]));
  // One SVG: each row its label, its bar and its count, so that they stay on
  // one line whatever the language; read out as one image with every count.
  const rowH = 24, labelW = 400, W = 720;
  const said = bars.map(([label, n]) => `${label}: ${fmtNumber(n)}`).join('; ');
  const chart = s('svg', { class: 'caseload-chart', viewBox: `0 0 ${W} ${bars.length * rowH}`, role: 'img', 'aria-labelledby': 'caseload-chart-title' },
    s('title', { id: 'caseload-chart-title' }, said),
    bars.map(([label, n, cls], i) => {
      // Attributes as strings: dom.js would set a number as a property, and an SVG's x is read-only.
      const w = Math.max(n ? 2 : 0, Math.round((W - labelW - 70) * n / max));
      const y = i * rowH;
      return [
        s('text', { class: 'label', x: '0', y: String(y + 17) }, label),
        s('rect', { class: 'bar bar-' + cls, x: String(labelW), y: String(y + 5), height: String(rowH - 10), width: String(w) }),
        s('text', { class: 'count', x: String(labelW + w + 6), y: String(y + 17) }, fmtNumber(n)),
      ];
    }));
  return h('section', { class: 'caseload-summary', 'aria-labelledby': 'caseload-summary-title' },
    h('h3', { id: 'caseload-summary-title' }, ct('caseload.summary')),
    chart);
}

function select(id, label, value, options, onchange) {
  return h('div', { class: 'caseload-filter' },
    h('label', { for: id }, label),
    h('select', { id, onchange: e => onchange(e.target.value) },
      options.map(([v, text]) => h('option', { value: v, selected: v === value }, text))));
}

function filters() {
  const set = (k, v) => { filter[k] = v; page = 0; refilter(); draw(); $('#' + { grade: 'caseload-f-grade', outlook: 'caseload-f-outlook', deadline: 'caseload-f-deadline', errors: 'caseload-f-errors' }[k])?.focus(); };
  return h('fieldset', { class: 'caseload-filters' },
    h('legend', {}, ct('caseload.filter')),
    select('caseload-f-grade', ct('caseload.col.grade'), filter.grade,
      [['', ct('caseload.all')], ...GRADES.map(g => [String(g), t('grade.short' + g)])], v => set('grade', v)),
    select('caseload-f-outlook', ct('caseload.col.outlook'), filter.outlook,
      [['', ct('caseload.all')], ...OUTLOOKS.map(o => [o, ct('caseload.outlook.' + o)])], v => set('outlook', v)),
    select('caseload-f-deadline', ct('caseload.col.deadline'), filter.deadline,
      [['', ct('caseload.all')], ['passed', ct('caseload.deadlinePassed')], ['soon', ct('caseload.deadlineSoon')]], v => set('deadline', v)),
    h('div', { class: 'caseload-filter' },
      h('input', { type: 'checkbox', id: 'caseload-f-errors', checked: filter.errors, onchange: e => set('errors', e.target.checked) }),
      h('label', { for: 'caseload-f-errors' }, ct('caseload.errorsOnly'))));
}

function table() {
  const from = page * PAGE, to = Math.min(shown.length, from + PAGE);
  const pages = Math.max(1, Math.ceil(shown.length / PAGE));
  const head = COLUMNS.map(([name, col]) => {
    const on = sort.col === col;
    return h('th', { scope: 'col', 'aria-sort': on ? (sort.dir > 0 ? 'ascending' : 'descending') : null },
      h('button', { type: 'button', class: 'caseload-sort', id: 'caseload-sort-' + name, onclick: () => {
        sort = { col, dir: on ? -sort.dir : 1 };
        refilter();
        draw();
        $('#caseload-sort-' + name)?.focus();
      } }, ct('caseload.col.' + name), h('span', { 'aria-hidden': 'true' }, on ? (sort.dir > 0 ? ' ▲' : ' ▼') : '')));
  });
  const pager = h('div', { class: 'caseload-pager' },
    h('button', { type: 'button', class: 'btn', id: 'caseload-prev', disabled: page === 0, onclick: () => { page--; draw(); $('#caseload-prev')?.focus(); } }, ct('caseload.prev')),
    h('span', { id: 'caseload-page', 'aria-live': 'polite' }, shown.length
      ? ct('caseload.page', { from: fmtNumber(from + 1), to: fmtNumber(to), count: fmtNumber(shown.length), page: page + 1, pages })
      : ct('caseload.noRows')),
    h('button', { type: 'button', class: 'btn', id: 'caseload-next', disabled: to >= shown.length, onclick: () => { page++; draw(); $('#caseload-next')?.focus(); } }, ct('caseload.next')));
  return h('div', { class: 'caseload-table-wrap' },
    pager,
    h('div', { class: 'caseload-scroll', tabindex: '0', role: 'region', 'aria-labelledby': 'caseload-caption' },
      h('table', { class: 'caseload-table', id: 'caseload-table' },
        h('caption', { id: 'caseload-caption' }, ct('caseload.caption', { count: fmtNumber(shown.length) })),
        h('thead', {}, h('tr', {}, head)),
        h('tbody', {}, shown.slice(from, to).map(i => row(rows[i]))))));
}

function row(r) {
  const line = r[LINE];
  const cells = r[CODE]
    ? [h('td', { colspan: 6 }, ''), h('td', { class: 'caseload-error' }, errorText(r), r[POINTER] ? h('span', { class: 'muted' }, ' ', ct('caseload.field', { field: r[POINTER].slice(1) })) : null)]
    : [
      h('td', {}, regionName(byIso.get(r[REGION])) || r[REGION]),
      h('td', {}, t('grade.short' + r[GRADE])),
      h('td', {}, ct('caseload.outlook.' + r[OUTLOOK])),
      h('td', {}, ct('caseload.document.' + r[DOCUMENT])),
      h('td', {}, r[DEADLINE] ? fmtDate(r[DEADLINE]) : '—'),
      h('td', {}, r[PASSED] === 1 ? ct('caseload.passedYes') : r[PASSED] === 0 ? ct('caseload.passedNo') : '—'),
      h('td', {}, '')];
  return h('tr', { class: r[CODE] ? 'caseload-row-error' : null, 'data-line': String(line) },
    h('th', { scope: 'row' }, r[CODE] ? String(line)
      : h('button', { type: 'button', class: 'caseload-open', 'aria-label': ct('caseload.open', { line }), onclick: () => openRow(line) }, String(line))),
    cells);
}

function errorText(r) {
  const code = r[CODE];
  const vars = { code, policyDate: policy.date ? fmtDate(policy.date) : '', asOf: '' };
  if (chas('caseload.error.' + code)) return ct('caseload.error.' + code, vars);
  if (has('error.' + code)) return t('error.' + code, vars);
  return r[MESSAGE] || code;
}

// ---- one client's full result, as a shared link opens it

async function openRow(line) {
  if (!worker) return;
  const reply = await ask({ type: 'case', line }, 'case' + line);
  if (!reply) return;
  if (reply.value?.error) { status = 'noCase'; draw(); return; }
  openLine = line;
  replaceAnswers(answersFromLink(reply.value), { fromLink: true }); // complete as given, as a link's case is
  syncControls();
  $('#caseload-back')?.remove();
  document.body.append(h('div', { id: 'caseload-back', class: 'caseload-back' },
    h('button', { type: 'button', class: 'btn primary', onclick: back }, ct('caseload.back', { line }))));
  const result = $('#result');
  result?.scrollIntoView({ block: 'start' });
  result?.focus({ preventScroll: true });
}

function back() {
  $('#caseload-back')?.remove();
  const button = $(`#caseload tr[data-line="${openLine}"] .caseload-open`) || $('#caseload-title');
  button?.scrollIntoView({ block: 'center' });
  button?.focus({ preventScroll: true });
}

// ---- downloads: the worker's bytes, as the CLI writes them

async function download(kind) {
  if (!worker) return;
  const reply = await ask({ type: kind }, kind);
  if (!reply?.blob) return;
  const base = (source?.name || 'caseload').replace(/\.[^.]*$/, '') || 'caseload';
  const url = URL.createObjectURL(reply.blob);
  const link = h('a', { href: url, download: `${base}-vybir.${kind}`, hidden: true });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
