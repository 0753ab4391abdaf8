// The map: the regions SVG (same origin, or embedded by a single-file build
// as <template id="map-svg">) coloured by grade, internal protection areas
// hatched, a legend in words, and selection by pointer or keyboard
// (one tab stop; arrow keys move through the regions in name order).
import { h, s, $, $$ } from './dom.js';
import { t, regionName, compareRegions, applyTexts } from './i18n.js';

const IPA_FILL = 'url(#vy-ipa)';
let svg, overlay, caption, onPick;
let byIso = new Map();
let order = [];
let selected = '';

/** The regions SVG as text: from the single-file build's template, or fetched. */
export async function loadMapSvg() {
  const tpl = document.getElementById('map-svg');
  if (tpl) return tpl.innerHTML;
  const r = await fetch('./map/regions.svg');
  if (!r.ok) throw new Error('map: ' + r.status);
  return r.text();
}

/** The map's place, its caption, legend and credit lines, before the map
 *  itself (initMap, once the first screen is up): so nothing moves when it comes. */
export function prepareMap(container, regions) {
  byIso = new Map(regions.map(r => [r.iso, r]));
  caption = h('p', { class: 'map-caption' });
  container.replaceChildren(h('div', { class: 'map-place' }), caption, legend(),
    h('p', { class: 'credit', 'data-t': 'map.credit' }), h('p', { class: 'credit', 'data-t': 'map.dejure' }));
  applyTexts(container);
  writeCaption();
}

export function initMap(container, regions, text, pick) {
  onPick = pick;
  if (!$('.map-place', container)) prepareMap(container, regions);
  byIso = new Map(regions.map(r => [r.iso, r]));
  const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
  svg = document.importNode(doc.documentElement, true);
  for (const n of svg.querySelectorAll('script, foreignObject, title, desc')) n.remove();
  svg.setAttribute('class', 'map-svg');
  svg.setAttribute('role', 'group');
  // Not colour alone: grade i cross-hatched, grade ii dotted, safer areas striped, grade iii plain.
  const pat = (id, size, ...shapes) => s('pattern', { id, patternUnits: 'userSpaceOnUse', width: size, height: size, patternTransform: 'rotate(45)' },
    s('rect', { width: size, height: size, class: id.slice(3) + '-bg' }), ...shapes);
  svg.prepend(s('defs', {},
    pat('vy-ipa', '14', s('rect', { width: '4', height: '14', class: 'ipa-line' })),
    pat('vy-g1', '12', s('rect', { width: '2', height: '12', class: 'pat-line' }), s('rect', { width: '12', height: '2', class: 'pat-line' })),
    pat('vy-g2', '10', s('circle', { cx: '5', cy: '5', r: '1.8', class: 'pat-dot' }))));
  for (const path of svg.querySelectorAll('path[data-iso]')) {
    const r = byIso.get(path.dataset.iso);
    if (!r) continue;
    path.classList.add('region', r.internalProtectionArea ? 'ipa' : 'g' + r.grade);
    if (r.internalProtectionArea) path.setAttribute('fill', IPA_FILL);
    path.setAttribute('role', 'button');
    path.setAttribute('tabindex', '-1');
    path.addEventListener('click', () => onPick(r.iso));
    path.addEventListener('keydown', onKey);
  }
  overlay = s('path', { class: 'sel-outline', 'aria-hidden': 'true' });
  svg.append(overlay);
  $('.map-place', container).replaceWith(svg);
  relabelMap();
}

function swatch(cls, ipa) {
  return s('svg', { class: 'sw', viewBox: '0 0 28 28', 'aria-hidden': 'true', focusable: 'false' },
    s('rect', { width: '28', height: '28', class: cls, ...(ipa ? { fill: IPA_FILL } : {}) }));
}

function legend() {
  return h('ul', { class: 'legend' },
    [1, 2, 3].map(g => h('li', {}, swatch('g' + g), h('span', { 'data-t': `map.legend${g}` }))),
    h('li', {}, swatch('ipa', true), h('span', { 'data-t': 'map.legendIpa' })));
}

function onKey(e) {
  const i = order.indexOf(e.currentTarget.dataset.iso);
  let j = -1;
  if (e.key === 'ArrowRight' || e.key === 'ArrowDown') j = (i + 1) % order.length;
  else if (e.key === 'ArrowLeft' || e.key === 'ArrowUp') j = (i - 1 + order.length) % order.length;
  else if (e.key === 'Home') j = 0;
  else if (e.key === 'End') j = order.length - 1;
  else if (e.key === 'Enter' || e.key === ' ') { e.preventDefault(); onPick(order[i]); return; }
  if (j < 0) return;
  e.preventDefault();
  roving(order[j]).focus();
}

function roving(iso) {
  let target = null;
  for (const p of $$('path.region', svg)) {
    const on = p.dataset.iso === iso;
    p.setAttribute('tabindex', on ? '0' : '-1');
    if (on) target = p;
  }
  return target;
}

/** Names, order and labels in the page language. */
export function relabelMap() {
  if (!svg) { writeCaption(); return; }
  order = [...byIso.values()].sort(compareRegions).map(r => r.iso);
  svg.setAttribute('aria-label', t('map.label'));
  for (const p of $$('path.region', svg)) {
    const r = byIso.get(p.dataset.iso);
    p.setAttribute('aria-label', label(r));
  }
  setSelected(selected);
}

const label = r => [regionName(r), t('grade.short' + r.grade), r.internalProtectionArea ? t('map.isIpa') : ''].filter(Boolean).join(' — ');

/** Marks the chosen region (before the map is built: the one initMap marks). */
export function setSelected(iso) {
  selected = iso;
  if (!svg) { writeCaption(); return; }
  if (!byIso.has(selected)) selected = ''; // an unknown code (from a tampered link) selects nothing
  for (const p of $$('path.region', svg)) {
    const on = p.dataset.iso === selected;
    p.classList.toggle('selected', on);
    p.setAttribute('aria-pressed', on ? 'true' : 'false');
  }
  const src = selected && $(`path[data-iso="${selected}"]`, svg);
  if (src) overlay.setAttribute('d', src.getAttribute('d')); else overlay.removeAttribute('d');
  const active = svg.contains(document.activeElement) ? document.activeElement.dataset.iso : null;
  roving(active || selected || order[0]);
  writeCaption();
}

function writeCaption() {
  if (!caption) return;
  const r = byIso.get(selected);
  caption.textContent = r ? t('map.selected', { region: label(r) }) : t('map.hint');
}
