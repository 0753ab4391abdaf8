// One way to print: the "Print for a lawyer" button and the browser's own
// print (Ctrl+P, the menu) both print the lawyer's summary (print.js), never
// the form. beforeprint cannot wait for a download, so print.js and the
// Dutch texts are fetched ahead, once a result is on screen (and the browser
// is idle); css/print.css (linked with media="print") hides everything else.
import { $ } from './dom.js';
import { notice } from './notice.js';

let context = () => null;
let printer = null; // print.js, once loaded with its Dutch texts
let loading = null;

/** ctx(): the sheet's context ({a, answers, policy, …}) while there is a result, otherwise null. */
export function initPrint(ctx) {
  context = ctx;
  $('#print-lawyer').addEventListener('click', printNow);
  addEventListener('beforeprint', build);
  addEventListener('afterprint', () => printer?.removeSheet());
}

/** Loads print.js and the Dutch texts (once); resolves to the module. */
export function preparePrint() {
  loading ??= import('./print.js').then(async m => { await m.preload(); return (printer = m); })
    .catch(e => { loading = null; throw e; });
  return loading;
}

/** A result is on screen: fetch what printing needs once the browser is idle (no competition with the result). */
export function printSoon() {
  if (loading) return;
  const idle = self.requestIdleCallback ? fn => requestIdleCallback(fn, { timeout: 2000 }) : fn => setTimeout(fn, 200);
  loading = new Promise(res => idle(res)).then(() => import('./print.js')).then(async m => { await m.preload(); return (printer = m); })
    .catch(e => { console.warn('vybir: printing not prepared:', e); loading = null; });
}

function build() {
  const c = context();
  if (!printer) return; // not loaded yet: print.css prints the page's short note instead of the form
  if (c) printer.buildSheet(c);
  else printer.removeSheet();
}

async function printNow() {
  if (!context()) return;
  try {
    await preparePrint();
    if (!printer) throw new Error('print.js is not loaded');
    build();
  } catch (e) {
    console.error(e);
    notice('print', 'print.failed', { kind: 'error' });
    return;
  }
  window.print();
}
