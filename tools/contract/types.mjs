// Writes the case and assessment types of wasm/vybir.d.ts from the schemas
// (data/schema/), between the marker lines; the rest of the file (the API
// itself) is written by hand. `node tools/contract/types.mjs --check` exits
// 1, writing nothing, when the file differs from what it would write.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { root, caseSchema, assessmentSchema, writeOrCheck } from './schemas.mjs';

export const file = path.join(root, 'wasm/vybir.d.ts');
export const begin = '// <generated from data/schema by tools/contract/types.mjs: do not edit>';
export const end = '// </generated>';

const schemas = { 'case.schema.json': caseSchema, 'assessment.schema.json': assessmentSchema };
const pascal = (key) => key.replace(/(^|-)([a-z])/g, (_, __, c) => c.toUpperCase());

// A $defs entry is a named type when it is a closed list of values or an
// object (a plain string with a pattern or format stays `string`).
const closed = (s) => 'enum' in s || (s.oneOf ?? s.anyOf ?? []).length > 0 || s.type === 'object';
const nameOf = (s, key) => s['x-ts-name'] ?? (s['x-ts-type'] || !closed(s) ? null : pascal(key));

function resolve(ref, base) {
  const [doc, pointer] = ref.split('#');
  const schemaFile = doc || base;
  const whole = schemas[schemaFile];
  if (!pointer) return { schemaFile, name: whole.title, schema: whole };
  const keys = pointer.split('/').slice(1);
  const schema = keys.reduce((s, k) => s[k], whole);
  const name = keys.length === 2 && keys[0] === '$defs' ? nameOf(schema, keys[1]) : null;
  return { schemaFile, name, schema };
}

const literal = (v) => (typeof v === 'string' ? `'${v}'` : JSON.stringify(v));
const comment = (text, pad) => (text ? `${pad}/** ${text.replace(/\*\//g, '*\\/')} */\n` : '');

function ts(s, base, pad) {
  if (s['x-ts-type']) return s['x-ts-type'];
  if (s.$ref) {
    const { schemaFile, name, schema } = resolve(s.$ref, base);
    return name ?? ts(schema, schemaFile, pad);
  }
  if ('const' in s) return literal(s.const);
  if (s.enum) return s.enum.map(literal).join(' | ');
  const branches = s.oneOf ?? s.anyOf;
  if (branches) return branches.map((b) => ts(b, base, pad)).join(' | ');
  switch (s.type) {
    case 'null': return 'null';
    case 'boolean': return 'boolean';
    case 'integer':
    case 'number': return 'number';
    case 'string': return 'string';
    case 'array': {
      const item = ts(s.items, base, pad);
      return /[| ]/.test(item) && !item.startsWith('{') ? `(${item})[]` : `${item}[]`;
    }
    case 'object': return objectBody(s, base, pad);
    default: throw new Error(`no TypeScript for ${JSON.stringify(s).slice(0, 80)}`);
  }
}

function objectBody(s, base, pad) {
  const inner = `${pad}  `;
  const required = new Set(s.required ?? []);
  const lines = Object.entries(s.properties).map(([name, p]) => {
    const doc = p.description && p.description.length <= 200 ? comment(p.description, inner) : '';
    return `${doc}${inner}${name}${required.has(name) ? '' : '?'}: ${ts(p, base, inner)};\n`;
  });
  return `{\n${lines.join('')}${pad}}`;
}

function declaration(name, s, base) {
  const doc = comment(s.description && s.description.length <= 300 ? s.description : '', '');
  if (s.type === 'object' && s.properties) return `${doc}export interface ${name} ${objectBody(s, base, '')}\n`;
  return `${doc}export type ${name} = ${ts(s, base, '')};\n`;
}

export function generated() {
  const out = [begin];
  out.push(declaration(caseSchema.title, caseSchema, 'case.schema.json'));
  for (const [key, s] of Object.entries(caseSchema.$defs)) {
    const name = nameOf(s, key);
    if (name) out.push(declaration(name, s, 'case.schema.json'));
  }
  // The assessment's own description is long: its type takes only the title.
  out.push(declaration(assessmentSchema.title, { ...assessmentSchema, description: 'What the policy means for one case (contract version 2).' }, 'assessment.schema.json'));
  for (const [key, s] of Object.entries(assessmentSchema.$defs)) {
    const name = nameOf(s, key);
    if (name) out.push(declaration(name, s, 'assessment.schema.json'));
  }
  out.push(end);
  return out.join('\n');
}

// The file with its generated part replaced.
export function written(current) {
  const from = current.indexOf(begin);
  const to = current.indexOf(end);
  if (from < 0 || to < from) throw new Error(`${file}: no ${begin} … ${end} lines`);
  return current.slice(0, from) + generated() + current.slice(to + end.length);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) writeOrCheck(file, written, 'tools/contract/types.mjs');
