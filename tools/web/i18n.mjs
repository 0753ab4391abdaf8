// The language files: checked (every key in all four, none empty, a text for
// every code the core can return: docs/contract.md), minified into build/web,
// with the region names' order for each language worked out here, in Node,
// by Intl.Collator (the page sorts nothing itself), and the caseload panel's
// texts in a file of their own (js/caseload.js fetches them with the panel).
// Also writes the first screen's fixed texts into index.html.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { CLDR, LANGS, escapeHtml, fail, policyFile, repoRoot, webDir } from './common.mjs';

const CODES = {
  realRiskShort: ['established', 'individual-assessment', 'not-readily-accepted', 'not-established'],
  outlookShort: ['can-be-refused', 'individual-assessment', 'not-supported'],
  headline: ['can-be-refused', 'individual-assessment', 'not-supported'],
  eligibleShort: ['yes', 'no', 'not-applicable', 'open', 'unknown'],
  claim: ['draft-evasion', 'desertion', 'journalist', 'pro-russian', 'lgbtiq', 'other-persecution'],
  modality: ['established', 'in-principle', 'may', 'individual-assessment', 'not-readily', 'proposed', 'scenario',
    'context', 'open', 'reading'],
  rule: ['grade', 'real-risk', 'internal-protection', 'outlook', 'groups', 'group',
    'temporary-protection', 'transition-document', 'decision-deadline'],
  basis: ['region', 'occupied-part'],
  scenario: ['current', 'extension-2028'],
  status: ['advised'],
  grade: ['short1', 'short2', 'short3', 'name1', 'name2', 'name3'],
  whatIf: ['occupiedArea.true', 'occupiedArea.false', 'personalRiskFactors.true', 'personalRiskFactors.false',
    'relocationObstacles.true', 'relocationObstacles.false', 'regularPermit.true', 'regularPermit.false',
    'temporaryProtection.yes', 'temporaryProtection.no', 'asylumApplication.yes', 'asylumApplication.no'],
  error: ['input.too-large', 'json.syntax', 'json.too-deep', 'case.not-object', 'case.unknown-field',
    'case.missing-field', 'case.wrong-type', 'case.date-format', 'case.date-invalid', 'case.region-unknown',
    'case.claim-unknown', 'case.claim-duplicate', 'case.value-unknown', 'case.as-of-before-policy',
    'case.application-after-as-of', 'case.application-conflict', 'policy.syntax', 'policy.schema', 'policy.date-invalid',
    'policy.region-unknown', 'policy.region-missing', 'policy.region-duplicate', 'policy.grade-range',
    'policy.cite-unknown', 'policy.ipa-not-grade-3', 'policy.ipa-occupied', 'policy.claim-missing',
    'policy.claim-duplicate', 'policy.tp-before-memo', 'policy.statement-unknown', 'policy.statement-missing', 'unknown',
    'fragment.syntax', 'fragment.too-long', 'fragment.version', 'fragment.value', 'fragment.unencodable',
    'fragment.cut-short'],
};

const dictOf = lang => {
  const file = join(webDir, 'i18n', `${lang}.json`);
  if (!existsSync(file)) fail(`i18n: ${relative(repoRoot, file)} is missing`);
  try { return JSON.parse(readFileSync(file, 'utf8')); } catch (e) { return fail(`i18n: ${lang}.json is not JSON: ${e.message}`); }
};

function flatKeys(obj) {
  const keys = [];
  for (const [cat, v] of Object.entries(obj)) {
    if (typeof v !== 'object' || v === null || Array.isArray(v)) fail(`i18n: top level "${cat}" must be an object of texts`);
    for (const [code, text] of Object.entries(v)) {
      if (typeof text !== 'string' || !text.trim()) fail(`i18n: ${cat}.${code} is empty or not a string`);
      keys.push(`${cat}.${code}`);
    }
  }
  return keys.sort();
}

/** Fails the build unless every language has the same keys and every required one; returns the key count. */
export function checkTexts(policy) {
  const required = Object.entries(CODES).flatMap(([cat, codes]) => codes.map(c => `${cat}.${c}`));
  required.push(...Object.keys(policy.citations).map(id => `citeSection.${id}`));
  // Every statement the policy can make is worded in every language.
  required.push(...Object.keys(policy.statements).map(id => `stmt.${id}`));
  let reference = null;
  for (const lang of LANGS) {
    const keys = flatKeys(dictOf(lang));
    const set = new Set(keys);
    const missing = required.filter(k => !set.has(k));
    if (missing.length) fail(`i18n: ${lang}.json has no text for ${missing.join(', ')}`);
    if (!reference) { reference = { lang, keys }; continue; }
    const ref = new Set(reference.keys);
    const extra = keys.filter(k => !ref.has(k));
    const lacking = reference.keys.filter(k => !set.has(k));
    if (extra.length || lacking.length) {
      fail(`i18n: ${lang}.json and ${reference.lang}.json differ:` +
        (lacking.length ? ` missing ${lacking.join(', ')};` : '') + (extra.length ? ` extra ${extra.join(', ')}` : ''));
    }
  }
  return reference.keys.length;
}

/** The policy's region codes in the alphabetical order of their names in lang (CLDR collation). */
export function regionOrder(policy, lang) {
  const collator = new Intl.Collator(CLDR[lang]);
  const name = r => r.names?.[lang] || r.names?.en || r.iso;
  return [...policy.regions].sort((a, b) => collator.compare(name(a), name(b)) || (a.iso < b.iso ? -1 : 1)).map(r => r.iso);
}

// Categories that go to a file of their own, i18n/{part}/{lang}.json, fetched
// only by the module that shows them.
export const PARTS = { caseload: ['caseload'] };

/** Writes outDir/i18n/{lang}.json (and the parts) for every language. */
export function writeTexts(outDir, policy) {
  mkdirSync(join(outDir, 'i18n'), { recursive: true });
  for (const lang of LANGS) {
    const data = dictOf(lang);
    for (const [part, cats] of Object.entries(PARTS)) {
      mkdirSync(join(outDir, 'i18n', part), { recursive: true });
      writeFileSync(join(outDir, 'i18n', part, `${lang}.json`), JSON.stringify(Object.fromEntries(cats.map(c => [c, data[c]]))));
      for (const c of cats) delete data[c];
    }
    // Region codes by name, space-separated (web/js/i18n.js regionRank).
    data.order = { regions: regionOrder(policy, lang).join(' ') };
    writeFileSync(join(outDir, 'i18n', `${lang}.json`), JSON.stringify(data));
  }
}

// The page's fixed texts (tagline, headings) are written into index.html in
// its default language, Ukrainian, so the first paint already has their
// size: filling them from script later would push the page down (layout
// shift). Script still rewords them in the reader's language. The
// description (for search engines and link previews) is Ukrainian and English.
const DEFAULT_LANG = 'uk';
// Only what the first screen shows: the rest is below it, and index.html has a byte budget of its own.
const FIRST_SCREEN = new Set(['ui.tagline', 'ui.questionsTitle', 'ui.resultTitle']);

export function staticTexts(html) {
  const [uk, en] = [dictOf(DEFAULT_LANG), dictOf('en')];
  const text = (d, key) => d[key.slice(0, key.indexOf('.'))]?.[key.slice(key.indexOf('.') + 1)];
  html = html.replace(/(<(\w+)\b[^>]*\bdata-t="([^"]+)"[^>]*>)(<\/\2>)/g, (all, open, tag, key, close) => {
    const v = text(uk, key);
    if (!FIRST_SCREEN.has(key) || typeof v !== 'string') return all;
    return open + escapeHtml(v).split(/\[\[|\]\]/).map((p, i) => (i % 2 ? `<span lang="nl" class="nl">${p}</span>` : p)).join('') + close;
  });
  const description = `${text(uk, 'ui.description')} · ${text(en, 'ui.description')}`.replace(/\[\[|\]\]/g, '');
  return html.replace(/<meta name="description" content="[^"]*">/, `<meta name="description" content="${escapeHtml(description)}">`);
}

export const readPolicy = () => JSON.parse(readFileSync(policyFile, 'utf8'));
