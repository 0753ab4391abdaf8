// web/js/fmt.js against Intl (Node's full ICU): the page formats dates and
// orders region names from the language files' "fmt" texts, and must give
// what Intl would have given, in all four languages.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { formatDate, nameOrder } from '../../web/js/fmt.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const LANGS = ['uk', 'ru', 'nl', 'en'];
const dicts = Object.fromEntries(LANGS.map(l => [l, JSON.parse(readFileSync(path.join(root, 'web/i18n', `${l}.json`), 'utf8'))]));
const policyDir = path.join(root, 'data/policy');
const policies = readdirSync(policyDir).filter(f => f.endsWith('.json'))
  .map(f => JSON.parse(readFileSync(path.join(policyDir, f), 'utf8')));

// The CLDR locale each language file follows: English as written in Europe
// ("4 March 2027"), like the page's English texts.
const CLDR = { uk: 'uk', ru: 'ru', nl: 'nl', en: 'en-GB' };

const iso = ms => new Date(ms).toISOString().slice(0, 10);
const DAY = 86400000;

for (const l of LANGS) {
  test(`dates in ${l}: every day 1990-2040 as Intl writes it`, () => {
    const intl = new Intl.DateTimeFormat(CLDR[l], { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
    for (let ms = Date.UTC(1990, 0, 1); ms <= Date.UTC(2040, 11, 31); ms += DAY) {
      const day = iso(ms);
      assert.equal(formatDate(day, dicts[l]), intl.format(ms), day);
    }
  });

  test(`region names in ${l}: the order of Intl.Collator, in every policy file`, () => {
    const cmp = nameOrder(dicts[l]);
    const intl = new Intl.Collator(CLDR[l]).compare;
    for (const p of policies) {
      const names = p.regions.map(r => r.names[l]);
      assert.deepEqual([...names].sort(cmp), [...names].sort(intl));
    }
  });

  test(`names in ${l}: the order of Intl.Collator on 3,000 generated names`, () => {
    // letters of the alphabet in both cases, Latin accents, spaces, punctuation, digits
    const chars = [...dicts[l].fmt.alphabet, ...dicts[l].fmt.alphabet.toUpperCase(), 'ë', 'é', 'ё', ...' -–—’«»,().', '1', '2'];
    let seed = 6; // mulberry32, as tools/bench/generate-cases.mjs
    const rnd = n => {
      seed = (seed + 0x6d2b79f5) | 0;
      let x = Math.imul(seed ^ (seed >>> 15), 1 | seed);
      x = (x + Math.imul(x ^ (x >>> 7), 61 | x)) ^ x;
      return ((x ^ (x >>> 14)) >>> 0) % n;
    };
    const words = Array.from({ length: 3000 }, () => Array.from({ length: 1 + rnd(6) }, () => chars[rnd(chars.length)]).join(''));
    const ours = [...words].sort(nameOrder(dicts[l]));
    const theirs = [...words].sort(new Intl.Collator(CLDR[l]).compare);
    // Where Intl calls two different names equal, its order between them is
    // arbitrary: compare the sorted lists up to such ties.
    const intl = new Intl.Collator(CLDR[l]).compare;
    for (let i = 0; i < ours.length; i++) {
      if (ours[i] !== theirs[i]) assert.equal(intl(ours[i], theirs[i]), 0, `${JSON.stringify(ours[i])} against ${JSON.stringify(theirs[i])} at ${i}`);
    }
  });
}

test('month names on their own (the kiosk\'s month select) as Intl writes them', () => {
  for (const l of LANGS) {
    const intl = new Intl.DateTimeFormat(CLDR[l], { month: 'long', timeZone: 'UTC' });
    assert.deepEqual(dicts[l].fmt.monthNames.split(' '), Array.from({ length: 12 }, (_, i) => intl.format(Date.UTC(2001, i, 1))), l);
  }
});

test('what is not a calendar date is shown as it is, not as a made-up date', () => {
  for (const bad of ['2026-13-01', '2026-00-10', '2026-02-30', '2027-02-29', '2026-04-31', '2026-1', 'soon', ''])
    for (const l of LANGS) assert.equal(formatDate(bad, dicts[l]), bad, `${l} ${bad}`);
  assert.equal(formatDate('2028-02-29', dicts.uk), '29 лютого 2028 р.');
});

test('each language file spells out twelve months and an alphabet without repeats', () => {
  for (const l of LANGS) {
    const f = dicts[l].fmt;
    assert.equal(f.months.split(' ').length, 12, l);
    assert.equal(new Set(f.alphabet).size, [...f.alphabet].length, l);
    for (const k of ['{d}', '{month}', '{y}']) assert.ok(f.date.includes(k), `${l}: fmt.date lacks ${k}`);
  }
});
