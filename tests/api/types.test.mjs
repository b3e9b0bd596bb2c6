// The web app's wire types (web/src/lib/types.ts) against the server's OpenAPI document: every
// interface tagged `@schema Name` has the fields of that component schema (all of them, or with
// `partial` a subset) with the same JSON types and nullability, interfaces nested in it too. So a
// field renamed, added or retyped on the server fails here until the web app's type follows.
// (Checked, not generated: see web/README.md.)

import { test, before, after } from 'node:test'
import assert from 'node:assert/strict'
import fs from 'node:fs/promises'
import { createRequire } from 'node:module'
import path from 'node:path'
import { Client, repo, startServer } from './lib.mjs'

const ts = createRequire(path.join(repo, 'web/package.json'))('typescript')
// The files that hold wire types (types.ts, and the scope's and the session's own).
const typeFiles = ['types.ts', 'scope.svelte.ts', 'session.svelte.ts'].map((f) => path.join(repo, 'web/src/lib', f))

let server
let doc
before(async () => {
  server = await startServer()
  doc = (await new Client(server.base).get('/api/v1/openapi.json')).json
})
after(async () => server?.stop())

/** The interfaces of a TypeScript file: name → { schema, partial, members: name → { optional, type } }. */
export function interfacesOf(source) {
  const file = ts.createSourceFile('types.ts', source, ts.ScriptTarget.Latest, true)
  const out = {}
  for (const node of file.statements) {
    if (!ts.isInterfaceDeclaration(node)) continue
    const tag = ts.getJSDocTags(node).find((t) => t.tagName.text === 'schema')
    const [schema, mode] = (typeof tag?.comment === 'string' ? tag.comment : '').trim().split(/\s+/)
    const members = {}
    for (const m of node.members) {
      if (ts.isPropertySignature(m)) members[m.name.getText(file)] = { optional: !!m.questionToken, type: m.type }
    }
    out[node.name.text] = { schema: schema || null, partial: mode === 'partial', members }
  }
  return out
}

const resolve = (schema) => {
  let s = schema
  while (s?.$ref) s = s.$ref.replace('#/components/schemas/', '').split('/').reduce((at, k) => at?.[k], doc.components.schemas)
  if (s?.allOf?.length === 1) return { ...resolve(s.allOf[0]), nullable: s.nullable || resolve(s.allOf[0]).nullable }
  return s
}

/** The differences between a TS type node and a schema, at `where`. */
function compare(node, schema, where, interfaces) {
  const s = resolve(schema)
  if (!s || Object.keys(s).length === 0) return [] // any JSON
  let types = ts.isUnionTypeNode(node) ? [...node.types] : [node]
  const hasNull = types.some((t) => t.kind === ts.SyntaxKind.LiteralType && t.literal.kind === ts.SyntaxKind.NullKeyword)
  types = types.filter((t) => !(t.kind === ts.SyntaxKind.LiteralType && t.literal.kind === ts.SyntaxKind.NullKeyword))
  const wrong = []
  if (hasNull !== !!s.nullable) wrong.push(`${where}: ${hasNull ? 'null in the type, not in the schema' : 'the schema allows null, the type not'}`)
  for (const t of types) wrong.push(...compareOne(t, s, where, interfaces))
  return wrong
}

function compareOne(t, s, where, interfaces) {
  const K = ts.SyntaxKind
  const kind = t.kind === K.StringKeyword || (t.kind === K.LiteralType && ts.isStringLiteral(t.literal)) ? 'string'
    : t.kind === K.NumberKeyword ? 'number'
      : t.kind === K.BooleanKeyword ? 'boolean'
        : ts.isArrayTypeNode(t) ? 'array'
          : ts.isTypeLiteralNode(t) || ts.isTypeReferenceNode(t) ? 'object' : 'other'
  const want = s.type === 'integer' ? 'number' : s.type
  if (kind !== want) return [`${where}: ${t.getText()} is ${kind}, the schema says ${s.type}`]
  if (kind === 'array') return s.items ? compare(t.elementType, s.items, `${where}[]`, interfaces) : []
  if (kind !== 'object' || !s.properties) return []
  if (ts.isTypeReferenceNode(t)) {
    const name = t.typeName.getText()
    if (name === 'Record') return []
    const nested = interfaces[name]
    return nested ? compareMembers(nested.members, s, where, false, interfaces) : [`${where}: ${name} is not an interface of types.ts`]
  }
  const members = Object.fromEntries(t.members.map((m) => [m.name.getText(), { optional: !!m.questionToken, type: m.type }]))
  return compareMembers(members, s, where, false, interfaces)
}

function compareMembers(members, schema, where, partial, interfaces) {
  const props = schema.properties ?? {}
  const wrong = []
  for (const [name, m] of Object.entries(members)) {
    if (!(name in props)) wrong.push(`${where}.${name}: not in the schema`)
    else wrong.push(...compare(m.type, props[name], `${where}.${name}`, interfaces))
  }
  if (!partial) for (const name of Object.keys(props)) if (!(name in members)) wrong.push(`${where}.${name}: in the schema, not in the type`)
  return wrong
}

test('the check finds a missing field, an extra field and a wrong type (it can fail)', () => {
  const schema = { type: 'object', properties: { id: { type: 'integer' }, name: { type: 'string' }, note: { type: 'string', nullable: true } } }
  const check = (source) => {
    const i = interfacesOf(source)
    return compareMembers(i.T.members, schema, 'T', false, i)
  }
  assert.deepEqual(check('interface T { id: number; name: string; note: string | null }'), [])
  assert.equal(check('interface T { id: number; note: string | null }').length, 1)
  assert.equal(check('interface T { id: number; name: string; note: string | null; extra: number }').length, 1)
  assert.equal(check('interface T { id: string; name: string; note: string | null }').length, 1)
  assert.equal(check('interface T { id: number; name: string; note: string }').length, 1)
})

test('the web app\'s wire types agree with the OpenAPI document', async () => {
  const sources = await Promise.all(typeFiles.map((f) => fs.readFile(f, 'utf8')))
  const interfaces = Object.assign({}, ...sources.map(interfacesOf))
  const tagged = Object.entries(interfaces).filter(([, i]) => i.schema)
  assert.ok(tagged.length >= 10, `${tagged.length} interfaces name their schema`)
  const wrong = []
  for (const [name, i] of tagged) {
    const schema = doc.components.schemas[i.schema]
    if (!schema) wrong.push(`${name}: no component schema ${i.schema}`)
    else wrong.push(...compareMembers(i.members, schema, name, i.partial, interfaces))
  }
  assert.deepEqual(wrong, [])
})
