// Page language: choice, loading (only the chosen language's file), lookup,
// and formatting. Texts are two-level JSON: {"category": {"code": "text"}};
// t('citeSection.BN-4.1a') splits at the first dot only, so codes may hold dots.
// In a text, [[…]] marks a Dutch legal term: it is shown in its own span
// with lang="nl" so that screen readers pronounce it as Dutch.
import { h, $$ } from './dom.js';
import { formatDate, formatNumber } from './fmt.js';

export const LANGS = ['uk', 'ru', 'nl', 'en'];
export const LANG_NAMES = { uk: 'Українська', ru: 'Русский', nl: 'Nederlands', en: 'English' };
let dict = {};
let lang = 'uk';

export const currentLang = () => lang;

/** The first of the browser's languages we speak; Ukrainian when none fits. */
export function pickLang(list = navigator.languages || [navigator.language]) {
  for (const l of list || []) {
    const base = String(l).toLowerCase().split('-')[0];
    if (LANGS.includes(base)) return base;
  }
  return 'uk';
}

/** Loads one language. A build may embed texts as
 *  <script type="application/json" data-i18n="uk">; otherwise they are fetched. */
export async function loadLang(code) {
  if (!LANGS.includes(code)) code = 'uk';
  dict = await loadDict(code);
  rank = null;
  lang = code;
  document.documentElement.lang = code;
  return code;
}

/** One language's texts without switching to it (the print sheet's Dutch column). */
export async function loadDict(code) {
  const embedded = document.querySelector(`script[type="application/json"][data-i18n="${code}"]`);
  if (embedded) return JSON.parse(embedded.textContent);
  const r = await fetch(`./i18n/${code}.json`);
  if (!r.ok) throw new Error(`i18n/${code}.json: ${r.status}`);
  return r.json();
}

export function has(key) {
  const i = key.indexOf('.');
  return typeof dict[key.slice(0, i)]?.[key.slice(i + 1)] === 'string';
}

/** Plain text for key, with {name} replaced from vars. [[term]] loses its brackets. */
export function t(key, vars, d = dict) {
  return fill(raw(key, d), vars).replace(/\[\[|\]\]/g, '');
}

/** Text as nodes: Dutch terms become <span lang="nl" class="nl">. */
export function tn(key, vars, d = dict) {
  const parts = fill(raw(key, d), vars).split(/\[\[|\]\]/);
  return parts.map((p, i) => (i % 2 ? h('span', { lang: 'nl', class: 'nl' }, p) : p)).filter(p => p !== '');
}

function raw(key, d = dict) {
  const i = key.indexOf('.');
  const v = d[key.slice(0, i)]?.[key.slice(i + 1)];
  if (typeof v !== 'string') {
    console.warn('vybir: no text for', key);
    return key;
  }
  return v;
}

function fill(text, vars) {
  return vars ? text.replace(/\{(\w+)\}/g, (m, k) => (k in vars ? String(vars[k]) : m)) : text;
}

let pageVars = () => ({});
/** Values that static texts may use, e.g. {policyDate}; a function, so dates follow the language. */
export const setPageVars = fn => { pageVars = fn; };

/** Fills every [data-t] element's content and [data-t-label] aria-label. */
export function applyTexts(root = document) {
  const vars = pageVars();
  for (const el of $$('[data-t]', root)) el.replaceChildren(...tn(el.dataset.t, vars));
  for (const el of $$('[data-t-label]', root)) el.setAttribute('aria-label', t(el.dataset.tLabel));
}

/** "2027-03-04" -> "4 березня 2027 р." in the page language, or in d's (calendar date, no time zone). */
export const fmtDate = (iso, d = dict) => formatDate(iso, d);

/** A count written the page language's way. */
export const fmtNumber = n => formatNumber(n, lang);

let rank = null;
/** Compares two regions by their names in the page language: the build sorted
 *  the codes (order.regions, Intl.Collator). A region it did not know goes last. */
export function compareRegions(a, b) {
  rank ??= new Map((dict.order?.regions || '').split(' ').map((iso, i) => [iso, i]));
  const x = rank.get(a.iso) ?? Infinity, y = rank.get(b.iso) ?? Infinity;
  return x !== y ? (x < y ? -1 : 1) : a.iso < b.iso ? -1 : a.iso > b.iso ? 1 : 0;
}

/** Region name in the page language. */
export const regionName = r => r?.names?.[lang] || r?.names?.en || r?.iso || '';
