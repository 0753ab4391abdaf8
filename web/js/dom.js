// Tiny DOM builder. Builds nodes with properties and listeners, never HTML
// strings or style attributes, so the page stays inside its
// Content-Security-Policy.
const SVG_NS = 'http://www.w3.org/2000/svg';

function build(el, attrs, children) {
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === null || v === undefined || v === false) continue;
    if (k === 'class') el.setAttribute('class', v);
    else if (k === 'text') el.textContent = v;
    else if (k.startsWith('on')) el.addEventListener(k.slice(2), v);
    else if (typeof v !== 'string' && !k.includes('-') && k in el) el[k] = v;
    else el.setAttribute(k, v === true ? '' : v);
  }
  append(el, children);
  return el;
}

export function append(el, children) {
  for (const c of children.flat(Infinity)) {
    if (c === null || c === undefined || c === false) continue;
    el.append(typeof c === 'string' || typeof c === 'number' ? String(c) : c);
  }
  return el;
}

/** h('p', {class: 'x'}, 'text', child, [more]) */
export const h = (tag, attrs, ...children) => build(document.createElement(tag), attrs, children);

/** s('path', {d: '…'}) in the SVG namespace */
export const s = (tag, attrs, ...children) => build(document.createElementNS(SVG_NS, tag), attrs, children);

export function clear(el) {
  while (el.firstChild) el.firstChild.remove();
  return el;
}

export const $ = (sel, root = document) => root.querySelector(sel);
export const $$ = (sel, root = document) => [...root.querySelectorAll(sel)];

/** Adds a stylesheet once (a single-file build has it inline as <style data-href>); resolves when it is ready. */
export function loadStyle(href, media) {
  if (document.querySelector(`link[href="${href}"], style[data-href="${href}"]`)) return Promise.resolve();
  return new Promise(res => document.head.append(h('link', { rel: 'stylesheet', href, media, onload: res, onerror: res })));
}
