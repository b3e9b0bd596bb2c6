// Every answer against the schema the OpenAPI document declares for its route and status: one
// successful call of every route of the route table (routes.mjs), made by a role allowed to, and
// the refusals (401 without a session, 403 for a reader where readers may not write). A field the
// server sends that the schema does not name fails too, so the document (and the web app's types,
// which are checked against it: types.test.mjs) cannot fall behind the server.

import { test, before, after } from 'node:test'
import assert from 'node:assert/strict'
import Ajv from 'ajv'
import { Client, ROLES, startServer } from './lib.mjs'
import { routeTable, makeContext } from './routes.mjs'

let server
let doc
let ajv
const sessions = {}

/** The document's components as JSON Schema: every object that lists its properties closed to
 *  others, and OpenAPI 3.0's `nullable` beside a `$ref` (in allOf) as "that or null". */
export function closedComponents(components) {
  const close = (schema) => {
    if (Array.isArray(schema)) return schema.map(close)
    if (!schema || typeof schema !== 'object') return schema
    const out = Object.fromEntries(Object.entries(schema).map(([k, v]) => [k, close(v)]))
    if (out.type === 'object' && out.properties && !('additionalProperties' in out)) out.additionalProperties = false
    if (out.nullable === true && !('type' in out)) {
      const { nullable, ...rest } = out
      return { anyOf: [rest, { type: 'null' }] }
    }
    return out
  }
  return close(components)
}

/** A validator of the JSON Schema dialect of OpenAPI 3.0 (nullable; formats are documentation). */
export function openApiValidator(document) {
  const v = new Ajv({ strict: false, allErrors: true, validateFormats: false })
  v.addSchema({ $id: 'openapi.json', components: closedComponents(document.components) })
  return v
}

before(async () => {
  server = await startServer()
  doc = (await new Client(server.base).get('/api/v1/openapi.json')).json
  ajv = openApiValidator(doc)
  for (const role of ROLES) sessions[role] = await Client.signIn(server.base, role)
})
after(async () => server?.stop())

/** What is wrong with an answer, by the document (empty: it matches). */
function check(op, r) {
  const [method, path] = op.split(' ')
  const responses = doc.paths[path]?.[method.toLowerCase()]?.responses ?? {}
  const declared = responses[String(r.status)]
  if (!declared) return [`${op} → ${r.status}: the document declares ${Object.keys(responses).join(', ')}`]
  const schema = declared.content?.['application/json']?.schema
  if (!schema) {
    // No JSON declared: the answer has no JSON body either (a chart's SVG is not JSON).
    return r.json === undefined ? [] : [`${op} → ${r.status}: a JSON body the document does not declare: ${r.text.slice(0, 120)}`]
  }
  if (r.json === undefined) return [`${op} → ${r.status}: not JSON: ${r.text.slice(0, 120)}`]
  const ref = schema.$ref ? `openapi.json${schema.$ref}` : null
  const validate = ref ? ajv.getSchema(ref) : ajv.compile(schema)
  if (validate(r.json)) return []
  return validate.errors.map((e) => `${op} → ${r.status}: ${e.instancePath || '/'} ${e.message}${e.params?.additionalProperty ? ` (${e.params.additionalProperty})` : ''}`)
}

test('the validator finds an undeclared field and a wrong type (the check can fail)', () => {
  const v = openApiValidator({ components: { schemas: { T: { type: 'object', properties: { a: { type: 'integer' } } } } } })
  const t = v.getSchema('openapi.json#/components/schemas/T')
  assert.equal(t({ a: 1 }), true)
  assert.equal(t({ a: 'x' }), false)
  assert.equal(t({ a: 1, b: 2 }), false)
})

test('every answer of the route table matches its documented schema', { timeout: 120_000 }, async () => {
  const maker = await Client.signIn(server.base, 'admin')
  const made = await maker.post('/api/v1/users', { name: 'schemas', role: 'admin', password: 'schemas-lösenord' })
  assert.equal(made.status, 201, made.text)
  const fixtures = new Client(server.base)
  assert.equal((await fixtures.login('schemas', 'schemas-lösenord')).status, 201)
  const ctx = makeContext(fixtures)
  const wrong = []
  let checked = 0
  for (const [op, spec] of Object.entries(routeTable)) {
    if (spec.known) continue // routes.test.mjs reports these as to-do
    const [method] = op.split(' ')
    const role = spec.who === 'public' || spec.who === 'any' ? 'admin' : spec.who[0]
    const client = spec.fresh ? await Client.signIn(server.base, role) : sessions[role]
    const req = await spec.make(ctx, 'own', client)
    const r = await client.request(method, req.path, { json: req.json, body: req.form, version: req.version })
    if (r.status !== spec.ok) wrong.push(`${op}: want ${spec.ok}, got ${r.status} ${r.text.slice(0, 200)}`)
    else wrong.push(...check(op, r))
    checked++
    if (spec.fresh) sessions[role] = await Client.signIn(server.base, role)
    // A refusal is an answer too: without a session, and for a reader where only writers may.
    if (spec.who !== 'public') {
      const anon = await new Client(server.base).request(method, req.path, { json: req.json, body: req.form, version: req.version })
      wrong.push(...check(op, anon))
    }
    if (Array.isArray(spec.who) && !spec.who.includes('lasare') && !spec.fresh) {
      const denied = await sessions.lasare.request(method, req.path, { json: req.json, body: req.form, version: req.version })
      wrong.push(...check(op, denied))
    }
  }
  assert.ok(checked >= 50, `${checked} routes checked`)
  assert.deepEqual(wrong, [])
})
