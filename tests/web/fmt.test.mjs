// web/js/fmt.js against Intl (Node's full ICU): the page formats dates from
// the language files' "fmt" texts, and must give what Intl would have given,
// in all four languages. The region names' order comes from the build
// (tools/web/i18n.mjs regionOrder), tested here against known orders.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { formatDate, formatNumber } from '../../web/js/fmt.js';
import { regionOrder } from '../../tools/web/i18n.mjs';

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

test('each language file spells out twelve months', () => {
  for (const l of LANGS) {
    const f = dicts[l].fmt;
    assert.equal(f.months.split(' ').length, 12, l);
    for (const k of ['{d}', '{month}', '{y}']) assert.ok(f.date.includes(k), `${l}: fmt.date lacks ${k}`);
  }
});

test('region codes in the order of their names, by the CLDR collation of each language (not by code point)', () => {
  const policy = policies.find(p => p.date === '2026-06-30') || policies[0];
  const by = new Map(policy.regions.map(r => [r.iso, r]));
  for (const l of LANGS) {
    const order = regionOrder(policy, l);
    assert.deepEqual([...order].sort(), policy.regions.map(r => r.iso).sort(), `${l}: every region once`);
    const names = order.map(iso => by.get(iso).names[l]);
    const cmp = new Intl.Collator(CLDR[l]).compare;
    for (let i = 1; i < names.length; i++) assert.ok(cmp(names[i - 1], names[i]) <= 0, `${l}: ${names[i - 1]} before ${names[i]}`);
  }
  const uk = regionOrder(policy, 'uk').map(iso => by.get(iso).names.uk);
  // "І" sorts between "З" and "К" in Ukrainian; by code point it would come before "А".
  assert.ok(uk.indexOf('Запорізька область') < uk.indexOf('Івано-Франківська область'));
  assert.ok(uk.indexOf('Івано-Франківська область') < uk.indexOf('Київ'));
  assert.ok(uk.indexOf('Чернівецька область') < uk.indexOf('Чернігівська область'));
});

test('counts are written each language\'s way', () => {
  assert.equal(formatNumber(12345, 'en'), '12,345');
  assert.equal(formatNumber(12345, 'nl'), '12.345');
  assert.equal(formatNumber(12345, 'uk').replace(/\s/g, ' '), '12 345');
  assert.equal(formatNumber(7, 'ru'), '7');
});
