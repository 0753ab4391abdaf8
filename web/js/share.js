// Shared links: the case in the URL fragment (the part after '#', which a
// browser never sends to a server), in the core's link format
// (engine.fragment, docs/contract.md "Shared links"). The address bar holds
// the answers only once the user asks for a link or opens one; history is
// only ever replaced, never pushed, so no older entry keeps an older case.
// What shows the link (and its QR code) is share-panel.js.
import { $ } from './dom.js';
import { notice, dismiss } from './notice.js';
import { render } from './share-panel.js';

let engine = null;
const link = { on: false, fragment: '', qr: false }; // on: the address bar mirrors the answers

const showPanel = (force = false) => render(link, force);

/** The case in the current fragment: null (none, or an in-page anchor), {case, policy} or {error}. */
export function readLink(eng = engine) {
  let text = location.hash.replace(/^#/, '');
  try { text = decodeURIComponent(text); } catch { /* left as it is: the core says what is wrong */ }
  if (!text || document.getElementById(text)) return null;
  const out = eng.fragment.decode(text);
  if (!out.error) link.on = true;
  return out;
}

/** The answers state.js keeps, from a decoded link's case. */
export function answersFromLink(c) {
  // A date is an application: the engine reads it so, and the answer shows it.
  const applied = c.asylumApplicationDate && c.asylumApplication !== 'no' ? 'yes' : c.asylumApplication;
  return { ...c, asylumApplication: applied, asylumApplicationDate: c.asylumApplicationDate || '' };
}

export function initShare(eng, { onForget }) {
  engine = eng;
  $('#share-link').addEventListener('click', () => {
    link.on = true;
    dismiss('share');
    writeFragment();
    showPanel();
    $('#share-url')?.focus();
  });
  $('#share-qr').addEventListener('click', () => { link.on = link.qr = true; writeFragment(); showPanel(true); });
  $('#forget').addEventListener('click', () => {
    forgetLink();
    onForget();
    notice('share', 'share.forgotten');
    $('#q-title').scrollIntoView({ block: 'start' });
  });
}

/** Drops the link: the fragment leaves the address bar, the link and QR leave the page. */
export function forgetLink() {
  Object.assign(link, { on: false, fragment: '', qr: false });
  if (location.hash) history.replaceState(history.state, '', location.pathname + location.search);
  showPanel();
}

/** After every re-render: the case (or null) keeps the fragment and the shown link current. */
export function syncLink(caseObject) {
  $('#share').hidden = !caseObject;
  const f = caseObject ? engine.fragment.encode(caseObject) : '';
  link.fragment = typeof f === 'string' ? f : '';
  writeFragment();
  showPanel();
}

export const relabelShare = () => showPanel(true);

function writeFragment() {
  if (link.on && link.fragment && location.hash !== '#' + link.fragment) {
    history.replaceState(history.state, '', location.pathname + location.search + '#' + link.fragment);
  }
}
