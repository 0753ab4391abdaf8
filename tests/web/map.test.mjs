// tools/web/copy.mjs roundPath: the built map's regions stay where they are
// (every ring's points within a grid step of the source's) and all 27 are there.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { roundPath } from '../../tools/web/copy.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const svg = readFileSync(path.join(root, 'web/map/regions.svg'), 'utf8');
const paths = [...svg.matchAll(/data-iso="(UA-\d+)"[^>]*\bd="([^"]*)"/g)].map(m => ({ iso: m[1], d: m[2] }));

/** Each ring's absolute points (M x y, then relative l moves). */
function rings(d) {
  const out = [];
  let x = 0, y = 0, ring = null;
  for (const [, cmd, body] of d.matchAll(/([Mlz])([^Mlz]*)/g)) {
    const n = (body.match(/-?(?:\d+\.?\d*|\.\d+)/g) || []).map(Number);
    if (cmd === 'z') continue;
    let i = 0;
    if (cmd === 'M') { x = n[0]; y = n[1]; i = 2; ring = [[x, y]]; out.push(ring); }
    for (; i + 1 < n.length; i += 2) { x += n[i]; y += n[i + 1]; ring.push([x, y]); }
  }
  return out;
}

test('all 27 regions, each ring where the source has it, within the grid step', () => {
  assert.equal(paths.length, 27);
  for (const { iso, d } of paths) {
    const before = rings(d), after = rings(roundPath(d));
    assert.equal(after.length, before.length, `${iso}: rings`);
    after.forEach((ring, r) => {
      assert.ok(ring.length >= 3, `${iso}: ring ${r} keeps a shape`);
      for (const [px, py] of ring) {
        const near = before[r].some(([qx, qy]) => Math.abs(px - qx) <= 1.05 && Math.abs(py - qy) <= 1.05);
        assert.ok(near, `${iso}: ring ${r} point ${px},${py} is not near any point of the source`);
      }
      const ends = ring[ring.length - 1];
      assert.ok(Math.abs(ends[0] - before[r][before[r].length - 1][0]) <= 1.05, `${iso}: ring ${r} ends where the source does`);
    });
  }
});

test('a point on the straight line between its neighbours is dropped; a corner is kept', () => {
  assert.equal(roundPath('M10 10l2 0 2 0 0 2z'), 'M10 10l4 0 0 2z');
  assert.equal(roundPath('M10 10l2 0 -2 0 0 2z'), 'M10 10l2 0-2 0 0 2z', 'going back is not the same direction');
});
