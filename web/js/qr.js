// A QR code of a link, drawn as SVG nodes (no image URLs, no HTML strings).
// Loaded only when someone asks for a QR code; the encoder is
// qrcode-generator (MIT), copied into vendor/ by tools/build-web.mjs.
import qrcode from '../vendor/qrcode.mjs';
import { s } from './dom.js';

export function qrSvg(text, label) {
  const qr = qrcode(0, 'M');
  qr.addData(text);
  qr.make();
  const n = qr.getModuleCount();
  let d = '';
  for (let r = 0; r < n; r++) for (let c = 0; c < n; c++) if (qr.isDark(r, c)) d += `M${c + 4},${r + 4}h1v1h-1z`;
  const size = n + 8; // four modules of quiet zone on each side
  return s('svg', { class: 'qr-code', viewBox: `0 0 ${size} ${size}`, role: 'img', 'aria-label': label, 'shape-rendering': 'crispEdges' },
    s('rect', { width: String(size), height: String(size), class: 'qr-bg' }),
    s('path', { d, class: 'qr-fg' }));
}
