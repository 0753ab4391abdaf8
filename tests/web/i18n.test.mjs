// The page's texts: the same keys in all four languages, no empty text, no
// placeholder that one language has and another lacks, and a text for every
// code the core can return. The codes are read from docs/contract.md and
// data/policy/*.json (not copied from tools/build-web.mjs), so a code added
// to the contract without a text fails here.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const LANGS = ['uk', 'ru', 'nl', 'en'];

const texts = Object.fromEntries(LANGS.map(l => [l, JSON.parse(readFileSync(path.join(root, 'web/i18n', `${l}.json`), 'utf8'))]));
const contract = readFileSync(path.join(root, 'docs/contract.md'), 'utf8');
const policyDir = path.join(root, 'data/policy');
const policies = readdirSync(policyDir).filter(f => f.endsWith('.json')).sort()
  .map(f => ({ file: f, doc: JSON.parse(readFileSync(path.join(policyDir, f), 'utf8')) }));

/** {"cat": {"code": text}} -> Map("cat.code" -> text); i18n.js splits keys at the first dot. */
function flatten(dict) {
  const out = new Map();
  for (const [cat, v] of Object.entries(dict)) {
    assert.ok(v && typeof v === 'object' && !Array.isArray(v), `top level "${cat}" must be an object of texts`);
    assert.ok(!cat.includes('.'), `category "${cat}" must not hold a dot (i18n.js splits at the first one)`);
    for (const [code, text] of Object.entries(v)) out.set(`${cat}.${code}`, text);
  }
  return out;
}
const flat = Object.fromEntries(LANGS.map(l => [l, flatten(texts[l])]));

// ---- reading the contract's markdown tables
/** The tables that follow the heading `title` (up to the next heading of any level). */
function section(title) {
  const lines = contract.split('\n');
  const start = lines.findIndex(l => /^#+\s/.test(l) && l.replace(/^#+\s*/, '').trim() === title);
  assert.ok(start >= 0, `docs/contract.md has no section "${title}"`);
  const end = lines.findIndex((l, i) => i > start && /^#+\s/.test(l));
  return lines.slice(start + 1, end < 0 ? undefined : end);
}

/** Every table in some lines, as arrays of rows of cells (header and rule dropped). */
function tables(lines) {
  const out = [];
  let cur = null;
  for (const l of lines) {
    if (!l.trim().startsWith('|')) { cur = null; continue; }
    const cells = l.trim().replace(/^\||\|$/g, '').split('|').map(c => c.trim());
    if (!cur) { cur = { header: cells, rows: [] }; out.push(cur); continue; }
    if (cells.every(c => /^:?-+:?$/.test(c))) continue;
    cur.rows.push(cells);
  }
  return out;
}

const ticks = cell => [...cell.matchAll(/`([^`]+)`/g)].map(m => m[1]);
const quoted = cell => ticks(cell).filter(x => /^".*"$/.test(x)).map(x => x.slice(1, -1));

/** The values of a field in the assessment table: its row and the continuation rows under it. */
function fieldValues(field) {
  const [table] = tables(section('The assessment')).filter(t => t.header[0] === 'field');
  const values = [];
  let inField = false;
  for (const [name, vals] of table.rows) {
    if (name) inField = ticks(name)[0] === field;
    if (inField) values.push(...quoted(vals));
  }
  assert.ok(values.length, `docs/contract.md lists no values for ${field}`);
  return values;
}

function contractCodes() {
  // every table headed "code", wherever it is in the doc (a later section may add codes of its own)
  const errorTables = tables(contract.split('\n')).filter(t => t.header[0] === 'code');
  assert.ok(errorTables.length >= 2, 'docs/contract.md: expected the case and policy error tables');
  const errors = [];
  const outsidePage = [];
  for (const t of errorTables) {
    const when = t.header.indexOf('when');
    for (const row of t.rows) {
      // (CLI) and (native builds) codes cannot reach the page: the WASM module
      // reads no files and is built without exceptions (core/src/api.cpp).
      const codes = ticks(row[0]);
      if (/^\((CLI|native builds)\)/.test(row[when] || '')) outsidePage.push(...codes);
      else errors.push(...codes);
    }
  }

  const [findings] = tables(section('The assessment')).filter(t => t.header[0] === 'claim' && t.header[1] === 'finding');
  assert.ok(findings, 'docs/contract.md: no group findings table');
  const claims = findings.rows.map(r => ticks(r[0])[0]);
  const findingValues = findings.rows.map(r => ticks(r[1])[0]);

  const [trace] = tables(section('Trace')).filter(t => t.header[0] === 'rule');
  assert.ok(trace, 'docs/contract.md: no trace table');
  const rules = trace.rows.map(r => ticks(r[0])[0]);
  const traceText = section('Trace').join('\n');
  for (const m of traceText.matchAll(/one `([\w.-]+)` step/g)) rules.push(m[1]);
  const basis = quoted(trace.rows.find(r => ticks(r[0])[0] === 'grade')[2]); // `basis` (`"region"` or `"occupied-part"`)

  // whatIf: "Inputs considered: `a`, `b`, … and `temporaryProtection` when it is `"yes"` or `"no"`"
  const [fieldTable] = tables(section('The assessment')).filter(t => t.header[0] === 'field');
  const [whatIfRow] = fieldTable.rows.filter(r => ticks(r[0])[0] === 'whatIf');
  const considered = whatIfRow[2].split(/Inputs considered:/)[1];
  assert.ok(considered, 'docs/contract.md: whatIf row names no inputs');
  const inputs = ticks(considered).filter(x => !/^"/.test(x));
  const tpValues = quoted(considered);
  const whatIf = inputs.flatMap(i => (i === 'temporaryProtection' || i === 'asylumApplication' ? tpValues : ['true', 'false']).map(v => `${i}.${v}`));

  const scenario = [...new Set([...contract.matchAll(/"scenario": "([\w-]+)"|scenario: "([\w-]+)"/g)].map(m => m[1] || m[2]))];

  return {
    errors, outsidePage, claims, findingValues, rules, basis, whatIf, scenario,
    realRisk: fieldValues('realRisk'),
    outlook: fieldValues('outlook'),
    eligible: fieldValues('transitionDocument.eligible'),
  };
}

const codes = contractCodes();

// ---- tests
test('the contract is read: the tables hold the codes this test expects to find', () => {
  // Guards the parser, not the texts: if the doc's layout changes and the parse
  // comes back short, this says so instead of passing on nothing.
  assert.deepEqual([...codes.realRisk].sort(), ['established', 'individual-assessment', 'not-established', 'not-readily-accepted']);
  assert.deepEqual([...codes.outlook].sort(), ['can-be-refused', 'individual-assessment', 'not-supported']);
  assert.deepEqual([...codes.eligible].sort(), ['no', 'not-applicable', 'open', 'unknown', 'yes']);
  assert.equal(codes.claims.length, 6);
  assert.equal(codes.findingValues.length, 6);
  assert.ok(codes.errors.includes('case.date-invalid') && codes.errors.includes('policy.tp-before-memo'));
  assert.ok(codes.errors.includes('policy.claim-missing') && codes.errors.includes('policy.claim-duplicate'));
  assert.ok(codes.errors.length >= 28, `only ${codes.errors.length} error codes read`);
  assert.ok(codes.rules.includes('group') && codes.rules.includes('decision-deadline') && codes.rules.length >= 9);
  assert.deepEqual([...new Set(codes.basis)].sort(), ['occupied-part', 'region']);
  assert.ok(codes.whatIf.includes('temporaryProtection.no') && codes.whatIf.includes('occupiedArea.false'));
  assert.deepEqual(codes.scenario.sort(), ['current', 'extension-2028']);
});

test('all four languages have exactly the same keys', () => {
  const ref = [...flat.en.keys()].sort();
  for (const l of LANGS) {
    const keys = [...flat[l].keys()].sort();
    const set = new Set(keys);
    const refSet = new Set(ref);
    assert.deepEqual({ lang: l, missing: ref.filter(k => !set.has(k)), extra: keys.filter(k => !refSet.has(k)) },
      { lang: l, missing: [], extra: [] });
  }
});

test('no text is empty or not a string', () => {
  for (const l of LANGS) {
    const bad = [...flat[l]].filter(([, v]) => typeof v !== 'string' || !v.trim()).map(([k]) => k);
    assert.deepEqual(bad, [], `${l}.json: empty or non-string texts`);
  }
});

test('placeholders ({name}) and Dutch-term brackets ([[…]]) match across languages', () => {
  const vars = s => [...s.matchAll(/\{(\w+)\}/g)].map(m => m[1]).sort().join(',');
  const problems = [];
  for (const [k, en] of flat.en) {
    for (const l of LANGS) {
      const v = flat[l].get(k);
      if (typeof v !== 'string') continue;
      if (vars(v) !== vars(en)) problems.push(`${l}:${k} has {${vars(v)}}, en has {${vars(en)}}`);
      const open = (v.match(/\[\[/g) || []).length;
      const close = (v.match(/\]\]/g) || []).length;
      if (open !== close) problems.push(`${l}:${k} has unbalanced [[ ]]`);
    }
  }
  assert.deepEqual(problems, []);
});

function requireKeys(keys) {
  const missing = [];
  for (const l of LANGS) for (const k of keys) if (typeof flat[l].get(k) !== 'string') missing.push(`${l}:${k}`);
  assert.deepEqual(missing, []);
}

test('every realRisk, outlook and transition-document value has a short text; every outlook a headline', () => {
  requireKeys([
    ...codes.realRisk.map(v => `realRiskShort.${v}`),
    ...codes.outlook.flatMap(v => [`outlookShort.${v}`, `headline.${v}`]),
    ...codes.eligible.map(v => `eligibleShort.${v}`),
  ]);
});

test('every claim has a text, and every statement of every policy (group findings included) its words', () => {
  requireKeys([...codes.claims.map(c => `claim.${c}`), ...codes.findingValues.map(f => `stmt.finding.${f}`)]);
  for (const { doc } of policies) {
    requireKeys(Object.keys(doc.statements).map(id => `stmt.${id}`));
    requireKeys([...new Set(Object.values(doc.statements).map(s => `modality.${s.modality}`))]);
  }
});

test('every grade of every policy has its short name and name', () => {
  const grades = new Set([1, 2, 3]);
  for (const { doc } of policies) for (const r of doc.regions) grades.add(r.grade);
  requireKeys([...grades].flatMap(g => [`grade.short${g}`, `grade.name${g}`]));
});

test('web/js holds no rule knowledge: no region codes, citation ids or grade logic', () => {
  const jsDir = path.join(root, 'web/js');
  const found = [];
  for (const f of readdirSync(jsDir).filter(f => f.endsWith('.js'))) {
    const src = readFileSync(path.join(jsDir, f), 'utf8');
    for (const [what, re] of [['a region code', /UA-\d\d/], ['a citation id', /['"`](BN|EU|NL)-/], ['grade logic', /grade\s*[=!<>]=?=?\s*\d/]]) {
      if (re.test(src)) found.push(`${f}: ${what}`);
    }
  }
  assert.deepEqual(found, []);
});

test('every error code in docs/contract.md that the page can receive has a text, and so does "unknown"', () => {
  requireKeys([...codes.errors.map(c => `error.${c}`), 'error.unknown']);
  // The rest (CLI-only and native-only codes) fall back to error.unknown, which names the code.
  for (const l of LANGS) assert.match(flat[l].get('error.unknown'), /\{code\}/, `${l}: error.unknown should show {code}`);
});

test('every citation id of every policy file has the name of its section', () => {
  for (const { file, doc } of policies) {
    assert.ok(Object.keys(doc.citations).length > 0, `${file}: no citations`);
    requireKeys(Object.keys(doc.citations).map(id => `citeSection.${id}`));
  }
});

test('every policy status has a text', () => {
  requireKeys([...new Set(policies.map(p => `status.${p.doc.status}`))]);
});

test('every trace rule, basis and TP scenario has a text', () => {
  requireKeys([
    ...codes.rules.map(r => `rule.${r}`), 'rule.title',
    ...codes.basis.map(b => `basis.${b}`),
    ...codes.scenario.map(s => `scenario.${s}`),
  ]);
});

test('every whatIf input and value has a text', () => {
  requireKeys(codes.whatIf.map(w => `whatIf.${w}`));
});

test('every key the page code names literally has a text', () => {
  // t('ui.next'), tn('paths.keep'), 'data-t': 'ui.back', data-t="ui.skip", key: 'time.today', …
  const keys = new Set();
  const known = new Set([...flat.en.keys()].map(k => k.split('.')[0]));
  const jsDir = path.join(root, 'web/js');
  const sources = [
    ...readdirSync(jsDir).filter(f => f.endsWith('.js')).map(f => readFileSync(path.join(jsDir, f), 'utf8')),
    readFileSync(path.join(root, 'web/index.html'), 'utf8'),
  ];
  for (const src of sources) {
    // a literal followed by + is a prefix ('grade.short' + g), not a key
    for (const m of src.matchAll(/['"`]([a-zA-Z]+)\.([\w.-]+)['"`](?!\s*\+)/g)) {
      const [, cat, code] = m;
      if (!known.has(cat) || /^(js|json|svg|css|html|wasm|mjs)$/.test(code)) continue;
      keys.add(`${cat}.${code}`);
    }
  }
  assert.ok(keys.size > 50, `only ${keys.size} literal keys found in web/`);
  requireKeys([...keys]);
});

// What the built core actually returns, over the scenario catalogue and every
// region with each yes/no input flipped: a second source besides the doc, so
// a code the core has and the contract forgot is caught too.
const wasm = path.join(root, 'build/wasm/vybir.js');
test('every code the built WASM core returns has a text', { skip: !existsSync(wasm) && 'build/wasm/vybir.js not built' }, async () => {
  const vybir = await (await import(wasm)).load();
  const cases = [];
  const dir = path.join(root, 'tests/scenarios');
  for (const f of readdirSync(dir).filter(f => f.endsWith('.json'))) {
    for (const s of JSON.parse(readFileSync(path.join(dir, f), 'utf8')).scenarios) {
      if ('case' in s) cases.push(s.case);
      else try { cases.push(JSON.parse(s.caseText)); } catch { /* not JSON: never reaches the page */ }
    }
  }
  for (const r of vybir.regions()) {
    for (const flags of [{}, { personalRiskFactors: true }, { personalRiskFactors: true, relocationObstacles: true },
      { occupiedArea: true, temporaryProtection: 'no' }, { temporaryProtection: 'yes', regularPermit: true },
      { tpExtension2028: true, asylumApplicationDate: '2025-05-31', claims: ['journalist', 'lgbtiq'] }]) {
      cases.push({ asOf: '2026-11-29', region: r.iso, ...flags });
    }
  }
  const keys = new Set();
  const add = k => keys.add(k);
  for (const c of cases) {
    const a = vybir.evaluate(c);
    if (a.error) { add(`error.${a.error.code}`); continue; }
    add(`grade.short${a.grade}`);
    add(`realRiskShort.${a.realRisk}`);
    add(`headline.${a.outlook}`); add(`outlookShort.${a.outlook}`);
    add(`eligibleShort.${a.transitionDocument.eligible}`);
    for (const s of a.statements) { add(`stmt.${s.id}`); add(`modality.${s.modality}`); add(`citeSection.${s.cite}`); }
    add(`scenario.${a.temporaryProtection.scenario}`);
    add(`status.${a.policy.status}`);
    for (const g of a.groups) { add(`claim.${g.claim}`); add(`citeSection.${g.cite}`); }
    for (const st of a.trace) {
      add(`rule.${st.rule}`); add(`citeSection.${st.cite}`);
      if (st.basis) add(`basis.${st.basis}`);
    }
    for (const w of a.whatIf) {
      add(`whatIf.${w.input}.${w.value}`);
      add(`grade.short${w.grade}`); add(`outlookShort.${w.outlook}`); add(`eligibleShort.${w.transitionDocumentEligible}`);
    }
  }
  assert.ok(cases.length > 300 && keys.size > 60, `only ${cases.length} cases, ${keys.size} keys`);
  requireKeys([...keys]);
});
