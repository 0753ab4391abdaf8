// Dates from the language file's "fmt" texts instead of Intl: the first
// Intl object a new renderer process makes loads the browser's locale data,
// 55-95 ms at 4x CPU, and the first result shows a date (the policy's). The
// output matches Intl's (tests/web/fmt.test.mjs holds it to Node's ICU).
// Numbers, only shown later (a caseload's counts, a finding's figures), use
// Intl. The order of region names is worked out at build time
// (tools/web/i18n.mjs, Intl.Collator in Node): the page sorts no names.
// Pure functions: no DOM, so Node can test them.

/** "2027-03-04" -> "4 березня 2027 р." by fmt.date ("{d} {month} {y} р.") and fmt.months.
 *  Anything that is not a calendar date comes back as it is. */
export function formatDate(iso, dict) {
  const [y, m, d] = String(iso).split('-').map(Number);
  const month = dict.fmt.months.split(' ')[m - 1];
  if (!month || !(d >= 1 && d <= new Date(Date.UTC(y, m, 0)).getUTCDate())) return iso;
  return dict.fmt.date.replace(/\{(\w+)\}/g, (all, k) => ({ d, month, y })[k] ?? all);
}

/** A count in the language's way of writing numbers (Intl: "12 345" in Ukrainian, "12.345" in Dutch). */
export const formatNumber = (n, lang) => new Intl.NumberFormat(lang === 'en' ? 'en-GB' : lang).format(n);
