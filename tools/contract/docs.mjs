// Writes the tables of docs/contract.md that the schemas (data/schema/) hold:
// each between `<!-- generated: NAME -->` and `<!-- end -->`; the prose
// around them is written by hand. `node tools/contract/docs.mjs --check`
// exits 1, writing nothing, when the document differs from what it would write.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { root, caseSchema, assessmentSchema, writeOrCheck } from './schemas.mjs';

export const file = path.join(root, 'docs/contract.md');
const schemas = { 'case.schema.json': caseSchema, 'assessment.schema.json': assessmentSchema };

const code = (v) => `\`${typeof v === 'string' ? JSON.stringify(v) : JSON.stringify(v)}\``;
const cell = (text) => String(text).replace(/\|/g, (m, at, s) => (s[at - 1] === '\\' ? m : '\\|')).replace(/\n/g, ' ');
const row = (...cells) => `|${cells.map((c) => (c === '' ? ' ' : ` ${cell(c)} `)).join('|')}|`;
const table = (head, rows) => [row(...head), `|${head.map(() => '---').join('|')}|`, ...rows].join('\n');

// A $ref's target, with the file it is in.
function deref(s, base) {
  if (!s.$ref) return { s, base };
  const [doc, pointer] = s.$ref.split('#');
  const file = doc || base;
  const target = pointer.split('/').slice(1).reduce((x, k) => x[k], schemas[file]);
  return deref(target, file);
}

// The values of a closed list, each with its meaning when the schema gives one.
function values(s) {
  const list = s.oneOf ?? s.anyOf;
  if (s.enum) return s.enum.map((v) => ({ value: v }));
  if (list && list.every((b) => 'const' in b)) return list.map((b) => ({ value: b.const, description: b.description }));
  return null;
}

function typeText(s, base) {
  if (s['x-doc-type']) return s['x-doc-type'];
  const { s: t, base: b } = deref(s, base);
  if (t['x-doc-type']) return t['x-doc-type'];
  if (t.type === 'boolean') return 'bool';
  const v = values(t);
  if (v) return v.map((x) => code(x.value)).join(' \\| ');
  throw new Error(`no type text for ${JSON.stringify(s).slice(0, 80)} in ${b}`);
}

function caseFields() {
  const required = new Set(caseSchema.required);
  return table(['field', 'type', 'required', 'default', 'meaning'], Object.entries(caseSchema.properties).map(([name, s]) =>
    row(`\`${name}\``, typeText(s, 'case.schema.json'), required.has(name) ? 'yes' : 'no',
      required.has(name) ? '' : s['x-doc-default'] ?? code(s.default), s.description)));
}

// One row per field with a description; a closed list of values with a
// meaning for each gets a row per value; an object without a description of
// its own gets the rows of its fields. Every field of the assessment is in it.
function assessmentRows(properties, prefix, base) {
  return Object.entries(properties).flatMap(([key, s]) => {
    const name = `${prefix}${key}`;
    const { s: t, base: b } = deref(s, base);
    const v = values(t);
    if (v && v.every((x) => x.description))
      return v.map((x, i) => row(i === 0 ? `\`${name}\`` : '', code(x.value), x.description));
    const description = s.description ?? t.description;
    if (description) {
      const shown = s['x-doc-values'] ?? t['x-doc-values'] ?? t['x-doc-type'] ??
        ('const' in t ? code(t.const) : v ? v.map((x) => code(x.value)).join(', ') : t.type === 'object' ? 'object' : t.type === 'boolean' ? 'bool' : t.type === 'integer' ? 'integer' : '');
      return [row(`\`${name}\``, shown, description)];
    }
    if (t.type === 'object' && t.properties) return assessmentRows(t.properties, `${name}.`, b);
    throw new Error(`assessment.schema.json: ${name} has no description`);
  });
}

const assessmentFields = () => table(['field', 'values', 'rule (memo section)'], assessmentRows(assessmentSchema.properties, '', 'assessment.schema.json'));
const modalities = () => table(['modality', 'meaning'], values(assessmentSchema.$defs.modality).map((x) => row(`\`${x.value}\``, x.description)));
const errors = () => table(['code', 'pointer', 'when'], assessmentSchema.$defs.errorCode.oneOf.map((b) =>
  row(`\`${b.const}\``, b['x-doc-values'].split(', ').map((p) => (p === 'same' ? p : `\`${p}\``)).join(', '), b.description)));
// The trace's steps: each field but rule and cite, with the values of a
// closed list written inline ("region" or "occupied-part").
const traceSteps = () => table(['rule', 'cite', 'other fields'], assessmentSchema.$defs.traceStep.oneOf.map((step) => {
  const fields = Object.entries(step.properties).filter(([name]) => name !== 'rule' && name !== 'cite').map(([name, f]) => {
    const note = f['x-doc-values'] ?? (f.enum?.every((v) => typeof v === 'string') ? f.enum.map(code).join(' or ') : '');
    return note ? `\`${name}\` (${note})` : `\`${name}\``;
  });
  return row(`\`${step.properties.rule.const}\``, step.properties.cite.description, fields.join(', ') + (step.description ? `; ${step.description}` : ''));
}));
const limits = () => table(['limit', 'value', 'what'], Object.entries(caseSchema['x-limits']).map(([name, l]) =>
  row(`\`${name}\``, name === 'inputBytes' ? `${l.value} (${l.value / 1048576} MiB)` : String(l.value), l.description)));
const csvColumns = () => [assessmentSchema['x-csv'].description, '',
  table(['column', 'from (JSON Pointer into the JSONL row)'], assessmentSchema['x-csv'].columns.map((c) => row(`\`${c.name}\``, `\`${c.pointer}\``)))].join('\n');

export const sections = {
  'case fields': caseFields,
  'assessment fields': assessmentFields,
  modalities,
  'trace steps': traceSteps,
  errors,
  limits,
  'csv columns': csvColumns,
};

export function written(current) {
  let out = current;
  for (const [name, make] of Object.entries(sections)) {
    const begin = `<!-- generated: ${name} -->\n`;
    const from = out.indexOf(begin);
    const to = out.indexOf('<!-- end -->', from);
    if (from < 0 || to < 0) throw new Error(`${path.relative(root, file)}: no ${begin.trim()} … <!-- end -->`);
    out = `${out.slice(0, from + begin.length)}${make()}\n${out.slice(to)}`;
  }
  return out;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) writeOrCheck(file, written, 'tools/contract/docs.mjs');
