// Small inline SVG bars for the memo's figures, where a picture reads
// better than numbers: OHCHR's split of civilian casualties and the
// departures by year. No chart library: a few rectangles.
import { h } from './dom.js';
import { t } from './i18n.js';

const SVG = 'http://www.w3.org/2000/svg';
const svg = (tag, attrs, ...kids) => {
  const el = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  el.append(...kids);
  return el;
};

// One bar per row: [label, value], scaled to the largest; the numbers are
// also in the text beside, so the chart is decoration for screen readers.
function bars(rows) {
  const max = Math.max(...rows.map(r => Number(r[1]) || 0), 1);
  const rowH = 18;
  return h('figure', { class: 'chart', 'aria-hidden': 'true' },
    svg('svg', { viewBox: `0 0 300 ${rows.length * rowH}`, width: '100%', role: 'presentation' },
      ...rows.flatMap(([label, v], i) => [
        svg('text', { x: 0, y: i * rowH + 13, class: 'chart-label' }, String(label)),
        svg('rect', { x: 60, y: i * rowH + 3, height: 12, width: Math.max(1, ((Number(v) || 0) / max) * 200), class: 'chart-bar' }),
        svg('text', { x: 66 + ((Number(v) || 0) / max) * 200, y: i * rowH + 13, class: 'chart-value' }, String(v)),
      ])));
}

export function contextChart(id, policy) {
  const c = policy.context || {};
  if (id === 'context.ohchr' && c.civilianCasualties) {
    const cc = c.civilianCasualties;
    return bars([[t('chart.nearFront'), cc.nearFrontPercent], [t('chart.longRange'), cc.longRangePercent]]);
  }
  if (id === 'context.departures' && c.voluntaryDepartures) {
    const d = c.voluntaryDepartures;
    // "<5" stays as the memo gives it; its bar is drawn as 0.
    return bars(d.years.map((y, i) => [y, d.total[i]]));
  }
  return null;
}
