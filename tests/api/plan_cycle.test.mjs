// A plan year's cycle over HTTP, as hr runs it on the demo: start 2026 from 2025 with the
// kartläggning, put the plan up for decision, adopt it (Socialnämnden, § 47), download the
// frozen PDF; an edit afterwards leaves that PDF byte for byte as it was and shows up in
// "ändrat sedan fastställd"; a läsare gets the adopted document, a chef cannot adopt, and
// every transition is in the audit log.

import assert from 'node:assert/strict'
import { after, before, test } from 'node:test'

import { Client, startServer } from './lib.mjs'

let server
let hr, chef, lasare
before(async () => {
  server = await startServer()
  hr = await Client.signIn(server.base, 'hr')
  chef = await Client.signIn(server.base, 'chef')
  lasare = await Client.signIn(server.base, 'lasare')
})
after(() => server?.stop())

async function bytes(client, path) {
  const r = await fetch(server.base + path, { headers: { cookie: client.cookie } })
  return { status: r.status, headers: r.headers, body: Buffer.from(await r.arrayBuffer()) }
}

const planYearOf = async (year) =>
  (await hr.get('/api/v1/plan-years?org=VOF')).json.items.find((p) => p.unit === 'VOF' && p.year === year)

test('hr starts 2026 from 2025, adopts it, and the adopted PDF stays as the board received it', async () => {
  const y2025 = await planYearOf(2025)
  assert.ok(y2025, 'the demo has VOF 2025')
  const started = await hr.post(`/api/v1/plan-years/${y2025.id}/start`, { year: 2026, copy_inventory: true })
  assert.equal(started.status, 201, started.text)
  assert.equal(started.json.status, 'utkast')
  assert.deepEqual(started.json.horizons, y2025.horizons)
  assert.equal((await hr.post(`/api/v1/plan-years/${y2025.id}/start`, { year: 2026 })).status, 409)

  const inventory = await hr.get('/api/v1/inventory?org=VOF&year=2026')
  assert.ok(inventory.json.entries.length > 0, 'the kartläggning came along')
  const goals2026 = await hr.get('/api/v1/goals?org=VOF&year=2026')
  assert.ok(goals2026.json.items.length > 0, "2025's goals go on in 2026")

  const id = started.json.id
  const early = await hr.post(`/api/v1/plan-years/${id}/adoptions`,
    { decided_by: 'Socialnämnden', decided_on: '2026-03-15', paragraph: '47' }, { version: started.json.version })
  assert.equal(early.status, 400)
  assert.equal(early.json.error.rule, 'plan_status', 'an utkast is not adopted')

  const up = await hr.put(`/api/v1/plan-years/${id}/status`, { status: 'for_beslut' }, { version: started.json.version })
  assert.equal(up.status, 200, up.text)
  assert.equal(up.json.status_label, 'För beslut')

  const decision = { decided_by: 'Socialnämnden', decided_on: '2026-03-15', paragraph: '47', registration_number: 'Dnr 1.3.1-789/2026' }
  const byChef = await chef.post(`/api/v1/plan-years/${id}/adoptions`, decision, { version: up.json.version })
  assert.equal(byChef.status, 403, 'a chef cannot adopt')
  const bad = await hr.post(`/api/v1/plan-years/${id}/adoptions`, { ...decision, decided_on: '2026-02-30' }, { version: up.json.version })
  assert.equal(bad.status, 400)
  assert.equal(bad.json.error.location.field, 'decided_on', bad.text)

  const adopted = await hr.post(`/api/v1/plan-years/${id}/adoptions`, decision, { version: up.json.version })
  assert.equal(adopted.status, 201, adopted.text)
  assert.equal(adopted.json.revision, 1)
  assert.equal(adopted.json.decision, 'Fastställd av Socialnämnden 2026-03-15, § 47 (Dnr 1.3.1-789/2026)')
  assert.deepEqual(adopted.json.documents.map((d) => d.format).sort(), ['docx', 'html', 'pdf', 'xlsx'])
  assert.equal((await planYearOf(2026)).status, 'faststalld')

  const pdfHref = adopted.json.documents.find((d) => d.format === 'pdf').href
  const pdf = await bytes(hr, pdfHref)
  assert.equal(pdf.status, 200)
  assert.equal(pdf.headers.get('content-type'), 'application/pdf')
  assert.equal(pdf.body.subarray(0, 5).toString(), '%PDF-')
  const html = await bytes(hr, adopted.json.documents.find((d) => d.format === 'html').href)
  assert.match(html.body.toString(), /Fastställd av Socialnämnden 2026-03-15, § 47/)

  assert.equal((await hr.get(`/api/v1/plan-years/${id}/changes`)).json.changes.length, 0, 'nothing changed yet')

  // An edit after adoption: a new goal and a rewritten text.
  const goal = await hr.post('/api/v1/goals', { unit: 'VOF', year: 2026, title: 'Fler heltidsanställda undersköterskor' })
  assert.equal(goal.status, 201, goal.text)
  const texts = await hr.get('/api/v1/texts?org=VOF&year=2026')
  const inledning = texts.json.items.find((t) => t.section === 'inledning' && !t.category)
  const put = await hr.put('/api/v1/texts/inledning?org=VOF&year=2026', { text: 'Reviderad inledning.' },
    { version: inledning?.version ?? 0 })
  assert.ok([200, 201].includes(put.status), put.text)

  const again = await bytes(hr, pdfHref)
  assert.ok(again.body.equals(pdf.body), 'the adopted PDF is byte for byte what was adopted')
  const changes = (await hr.get(`/api/v1/plan-years/${id}/changes`)).json
  assert.equal(changes.adopted.revision, 1)
  const added = changes.changes.find((c) => c.kind === 'goal' && c.change === 'added')
  assert.equal(added?.label, 'Fler heltidsanställda undersköterskor')
  const rewritten = changes.changes.find((c) => c.kind === 'text')
  assert.equal(rewritten?.after, 'Reviderad inledning.')

  // A läsare gets the adopted document unless asking for the draft; hr gets the draft.
  const reader = await bytes(lasare, '/api/v1/reports?org=VOF&year=2026&format=pdf')
  assert.equal(reader.headers.get('x-plan-version'), 'adopted')
  assert.ok(reader.body.equals(pdf.body))
  const readerDraft = await bytes(lasare, '/api/v1/reports?org=VOF&year=2026&format=pdf&version=draft')
  assert.equal(readerDraft.headers.get('x-plan-version'), 'draft')
  assert.equal((await bytes(hr, '/api/v1/reports?org=VOF&year=2026&format=html')).headers.get('x-plan-version'), 'draft')

  // Nobody changes a frozen document: there is no route that writes one.
  for (const method of ['PUT', 'DELETE']) {
    assert.ok([404, 405].includes((await hr.request(method, pdfHref)).status), `${method} on an adopted document`)
  }

  const audit = await hr.get('/api/v1/audit?entity=plan_year&limit=20')
  const actions = audit.json.items.filter((e) => e.entity_id === String(id)).map((e) => e.action)
  for (const action of ['start', 'status', 'adopt']) assert.ok(actions.includes(action), `${action} in ${actions}`)
})
