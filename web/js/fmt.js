// Dates and the order of names, from the language file's "fmt" texts
// instead of Intl: the first Intl object a new renderer process makes loads
// the browser's locale data, 55-95 ms at 4x CPU before the first result
// when Vybir is opened again from the home screen (docs/performance.md).
// The output matches Intl's (tests/web/fmt.test.mjs holds it to Node's ICU).
// Pure functions of a language dictionary: no DOM, so Node can test them.

/** "2027-03-04" -> "4 березня 2027 р." by fmt.date ("{d} {month} {y} р.") and fmt.months.
 *  Anything that is not a calendar date comes back as it is. */
export function formatDate(iso, dict) {
  const [y, m, d] = String(iso).split('-').map(Number);
  const month = dict.fmt.months.split(' ')[m - 1];
  if (!month || !(d >= 1 && d <= new Date(Date.UTC(y, m, 0)).getUTCDate())) return iso;
  return dict.fmt.date.replace(/\{(\w+)\}/g, (all, k) => ({ d, month, y })[k] ?? all);
}

// Names are compared as the Unicode collation compares them (the order
// Intl.Collator gives), for the letters of one alphabet:
//  1. letter by letter, by the letter's place in fmt.alphabet, case and
//     accents aside ("ë" is "e", and so is Russian "ё"); spaces and
//     punctuation come first (in MARKS order), then digits, then letters;
//     letters of other scripts after the alphabet, by code point (accents aside);
//  2. then accents (the plain letter first), then case (lower case first).
const MARKS = ' _-–—,;:!?.…\'‘’"“”«»()[]{}§@*/\\&#%`^+<=>|~$'; // in the collation's order
const MARK = 0; // then MARKS' place, or past it by code point
const DIGIT = 0x200000; // each band lies past every code point of the one before
const LETTER = 0x400000;
const OTHER = 0x600000;

function ranker(alphabet) {
  const place = new Map([...alphabet].map((c, i) => [c, LETTER + i]));
  return ch => {
    const c = ch.toLowerCase();
    const base = c.normalize('NFD')[0];
    const p = place.get(c) ?? place.get(base);
    if (p !== undefined) return p;
    if (/\p{N}/u.test(c)) return DIGIT + c.codePointAt(0);
    if (/\p{L}/u.test(c)) return OTHER + base.codePointAt(0);
    const m = MARKS.indexOf(c);
    return MARK + (m >= 0 ? m : MARKS.length + c.codePointAt(0));
  };
}

function accentsThenCase(a, b) {
  const la = a.toLowerCase(), lb = b.toLowerCase();
  if (la !== lb) return la < lb ? -1 : 1;
  for (let i = 0; i < a.length && i < la.length; i++) if (a[i] !== b[i]) return a[i] === la[i] ? -1 : 1;
  return 0;
}

/** A compare function for names in the dictionary's language (fmt.alphabet). */
export function nameOrder(dict) {
  const rank = ranker(dict.fmt.alphabet);
  return (a, b) => {
    a = a.normalize('NFC');
    b = b.normalize('NFC');
    const x = [...a], y = [...b];
    for (let i = 0; i < x.length && i < y.length; i++) {
      const d = rank(x[i]) - rank(y[i]);
      if (d) return d;
    }
    return x.length - y.length || accentsThenCase(a, b);
  };
}
