// Follow-up occasions over HTTP, as hr runs them on the demo (issue 14, item 4): hr adds the
// delårsrapport augusti to VOF's plan year, records the period's outcome, previews and submits it;
// the submitted PDF carries the goals with their Röd/Grön and stays byte for byte the same after
// an outcome changes; every write to a submitted occasion answers 409 "occasion_frozen"; a chef
// cannot add or submit one, a läsare reads it; Översikt's list names the förvaltningar that have
// not reported; the roll-up to kommunstyrelsen lists every förvaltning with its status.
//
//   KPLAN_BIN=$PWD/build/kplan node --test tests/api/followup_occasions.test.mjs

import assert from 'node:assert/strict'
import { execFile } from 'node:child_process'
import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { after, before, test } from 'node:test'
import { promisify } from 'node:util'

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

async function bytes(client, url) {
  const r = await fetch(server.base + url, { headers: { cookie: client.cookie } })
  return { status: r.status, headers: r.headers, body: Buffer.from(await r.arrayBuffer()) }
}

async function pdfText(buffer) {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'kplan-fu-'))
  try {
    const file = path.join(dir, 'doc.pdf')
    await fs.writeFile(file, buffer)
    const { stdout } = await promisify(execFile)('pdftotext', ['-layout', file, '-'])
    return stdout
  } finally {
    await fs.rm(dir, { recursive: true, force: true })
  }
}

test('hr submits the delårsrapport and its document is frozen', async () => {
  const plans = (await hr.get('/api/v1/plan-years?org=VOF')).json.items.filter((p) => p.unit === 'VOF')
  const plan = plans.reduce((a, b) => (b.year > a.year ? b : a))
  const year = plan.year
  const base = `/api/v1/plan-years/${plan.id}/followups`

  // The deadline is checked against the period (tertial 2 ends 31 August).
  const early = await hr.post(base, { kind: 'delar_t2', deadline: `${year}-08-01` })
  assert.equal(early.status, 400)
  assert.equal(early.json.error.rule, 'deadline_before_period')
  assert.equal(early.json.error.location.field, 'deadline')
  assert.equal((await chef.post(base, { kind: 'delar_t2', deadline: `${year}-09-15` })).status, 403, 'a chef cannot add one')

  const created = await hr.post(base, { kind: 'delar_t2', deadline: `${year}-09-15` })
  assert.equal(created.status, 201, created.text)
  assert.equal(created.json.kind_label, 'Delårsrapport augusti')
  assert.equal(created.json.period, `${year}-T2`)
  assert.equal(created.json.status_label, 'Ej påbörjad')
  assert.equal((await hr.post(base, { kind: 'delar_t2', deadline: `${year}-09-20` })).json.error.rule, 'occasion_exists')

  // hr records the period's outcome of one of VOF's goals' indicators: the occasion is under way.
  const indicators = (await hr.get('/api/v1/indicators?org=VOF&limit=500')).json.items
  const indicator = indicators.find((i) => i.unit === 'VOF' && i.goal_id && i.target?.at_least !== undefined)
  assert.ok(indicator, 'the demo has an indicator of a VOF goal with an at-least target')
  const goal = (await hr.get(`/api/v1/goals/${indicator.goal_id}`)).json
  const outcome = `/api/v1/indicators/${indicator.id}/outcomes/${year}-T2`
  const saved = await hr.put(outcome, { value: indicator.target.at_least + 5, comment: 'Över målet efter augusti.' }, { version: 0 })
  assert.equal(saved.status, 200, saved.text)
  const listed = (await hr.get(base)).json.items
  assert.equal(listed[0].status_label, 'Pågår')

  // Preview while open; then submit.
  const preview = await bytes(hr, `${base}/${created.json.id}/document?format=html`)
  assert.equal(preview.status, 200)
  assert.equal(preview.headers.get('x-followup-document'), 'preview')
  assert.match(preview.body.toString(), /Uppföljning av kompetensförsörjningsplan för Vård- och omsorgsförvaltningen/)
  assert.equal((await chef.post(`${base}/${created.json.id}/submit`, {}, { version: listed[0].version })).status, 403)
  const submitted = await hr.post(`${base}/${created.json.id}/submit`, {}, { version: listed[0].version })
  assert.equal(submitted.status, 201, submitted.text)
  assert.equal(submitted.json.status_label, 'Inlämnad')
  assert.ok(submitted.json.submitted_at)
  assert.deepEqual(submitted.json.documents.map((d) => d.format), ['docx', 'html', 'pdf'])

  const pdfHref = submitted.json.documents.find((d) => d.format === 'pdf').href
  const pdf = await bytes(lasare, pdfHref)
  assert.equal(pdf.status, 200, 'a läsare reads the submitted document')
  assert.equal(pdf.headers.get('x-followup-document'), 'submitted')
  const text = await pdfText(pdf.body)
  assert.match(text, /Delårsrapport augusti/)
  assert.ok(text.includes(goal.title.slice(0, 30)), `the PDF names the goal "${goal.title}"`)
  assert.match(text, /Grön – uppnått/)

  const docx = await bytes(hr, submitted.json.documents.find((d) => d.format === 'docx').href)
  assert.equal(docx.status, 200)
  assert.equal(docx.body.subarray(0, 2).toString(), 'PK', 'the DOCX is a zip')

  // An outcome edit afterwards does not alter the submitted document.
  const changed = await hr.put(outcome, { value: indicator.target.at_least - 10, comment: 'Ändrat i efterhand.' }, { version: saved.json.version })
  assert.equal(changed.status, 200, changed.text)
  const again = await bytes(hr, pdfHref)
  assert.ok(again.body.equals(pdf.body), 'the submitted PDF is byte for byte what was submitted')

  // Nobody can change a frozen occasion.
  const version = submitted.json.version
  for (const [method, url, json] of [
    ['PUT', `${base}/${created.json.id}`, { deadline: `${year}-10-01` }],
    ['DELETE', `${base}/${created.json.id}`, undefined],
    ['POST', `${base}/${created.json.id}/submit`, {}],
  ]) {
    const r = await hr.request(method, url, { json, version })
    assert.equal(r.status, 409, `${method} ${url}: ${r.text}`)
    assert.equal(r.json.error.rule, 'occasion_frozen')
  }

  const audit = await hr.get('/api/v1/audit?entity=followup_occasion&limit=20')
  const actions = audit.json.items.filter((e) => e.entity_id === String(created.json.id)).map((e) => e.action)
  for (const action of ['create', 'submit']) assert.ok(actions.includes(action), `${action} in ${actions}`)

  // Översikt: the other förvaltningar owe the delårsrapport; VOF has reported it.
  const reporting = (await hr.get(`/api/v1/followups?year=${year}`)).json.items
  const vof = reporting.find((r) => r.unit === 'VOF' && r.kind === 'delar_t2')
  assert.equal(vof.status, 'inlamnad')
  const buf = reporting.find((r) => r.unit === 'BUF' && r.kind === 'delar_t2')
  assert.ok(buf, 'BUF owes the delårsrapport too')
  assert.equal(buf.has_occasion, false)
  assert.equal(buf.deadline, `${year}-09-15`)

  // Kommunstyrelsen: every förvaltning with its plan and follow-up status, the unreported named.
  const ks = await hr.get(`/api/v1/kommunstyrelsen?year=${year}`)
  assert.equal(ks.status, 200, ks.text)
  const units = ks.json.forvaltningar.map((f) => f.unit)
  for (const unit of ['VOF', 'BUF', 'SF']) assert.ok(units.includes(unit), `${unit} in ${units}`)
  assert.equal(ks.json.forvaltningar.find((f) => f.unit === 'VOF').followups[0].status, 'inlamnad')
  assert.ok(ks.json.not_reported.includes('BUF'))
  assert.ok(!ks.json.not_reported.includes('VOF'))
  const malsattning = ks.json.malsattningar[0]
  assert.ok(malsattning, 'the demo kommun has a kommunövergripande målsättning')
  for (const unit of ['VOF', 'BUF', 'SF']) {
    const a = malsattning.forvaltningar.find((f) => f.unit === unit)
    assert.ok(['green', 'red'].includes(a?.assessment), `${unit}'s Röd/Grön under "${malsattning.title}": ${JSON.stringify(a)}`)
  }
  assert.equal((await chef.get(`/api/v1/kommunstyrelsen?year=${year}`)).status, 403)
  const ksPdf = await bytes(lasare, `/api/v1/kommunstyrelsen/document?year=${year}&format=pdf`)
  assert.equal(ksPdf.status, 200)
  assert.match(await pdfText(ksPdf.body), /inte har lämnat in sin uppföljning:[\s\S]*Barn- och utbildningsförvaltningen/)
})
