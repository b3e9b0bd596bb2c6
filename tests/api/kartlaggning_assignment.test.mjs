// The chefs' kartläggning as an assignment over HTTP, on the demo: hr starts next year's plan of
// VOF and opens its kartläggning with a last day; chef.hemtjanst sees what is due, downloads
// Hemtjänst's XLSX (last year's figures and the level definitions in it), uploads it with one bad
// cell and is told the cell, fixes it and hands in; hr sees Hemtjänst inlämnad and reminds the
// others. A chef cannot open the round, remind, or hand in for another unit; nothing is written
// on a bad file; every step is in the audit log.

import assert from 'node:assert/strict'
import { after, before, test } from 'node:test'

import { Client, startServer } from './lib.mjs'
import { cellText, setCells, sharedStrings } from './xlsx_cells.mjs'

let server
let hr, chef
before(async () => {
  server = await startServer()
  hr = await Client.signIn(server.base, 'hr')
  chef = await Client.signIn(server.base, 'chef')
})
after(() => server?.stop())

async function download(client, path) {
  const r = await fetch(server.base + path, { headers: { cookie: client.cookie } })
  return { status: r.status, headers: r.headers, body: new Uint8Array(await r.arrayBuffer()) }
}

function upload(client, path, bytes) {
  const form = new FormData()
  form.append('file', new Blob([bytes]), 'Kartläggning Hemtjänst.xlsx')
  return client.request('POST', path, { body: form })
}

const isoDay = (offset) => new Date(Date.now() + offset * 86400000).toISOString().slice(0, 10)

test('hr opens the kartläggning, chef.hemtjanst fills the XLSX and hands it in, hr sees it', async () => {
  const years = (await hr.get('/api/v1/plan-years?org=VOF')).json.items.filter((p) => p.unit === 'VOF')
  const last = years.reduce((a, b) => (a.year > b.year ? a : b))
  const started = await hr.post(`/api/v1/plan-years/${last.id}/start`, { year: last.year + 1 })
  assert.equal(started.status, 201, started.text)
  const plan = started.json
  const year = plan.year
  const q = `org=VOF-HT&year=${year}`

  // The level definitions hr writes for Undersköterska reach the chef's file.
  const categories = (await hr.get('/api/v1/categories')).json.items
  const usk = categories.find((c) => c.name === 'Undersköterska')
  const definitions = { definitions: [{ level: 'Hög', text: 'Handleder kollegor och leder det dagliga arbetet' }] }
  assert.equal((await chef.put(`/api/v1/categories/${usk.id}/level-definitions`, definitions)).status, 403)
  const saved = await hr.put(`/api/v1/categories/${usk.id}/level-definitions`, definitions)
  assert.equal(saved.status, 200, saved.text)
  const listed = (await chef.get('/api/v1/categories')).json.items.find((c) => c.id === usk.id)
  assert.deepEqual(listed.level_definitions, definitions.definitions)
  const tooLong = await hr.put(`/api/v1/categories/${usk.id}/level-definitions`,
    { definitions: [{ level: 'Hög', text: 'x'.repeat(2001) }] })
  assert.equal(tooLong.status, 400)
  assert.equal(tooLong.json.error.location.field, 'definitions[0].text')

  // Before the round: nothing to hand in. Only hr opens it, and not with a day gone by.
  const before = await chef.get(`/api/v1/mapping?${q}`)
  assert.equal(before.status, 200, before.text)
  assert.equal(before.json.plan_unit, 'VOF', "the chef's unit maps into VOF's plan year")
  assert.equal(before.json.round, null)
  assert.equal((await chef.post(`/api/v1/mapping/submit?${q}`)).json.error.rule, 'mapping_closed')
  assert.equal((await chef.put(`/api/v1/plan-years/${plan.id}/mapping`, { deadline: isoDay(30) })).status, 403)
  const past = await hr.put(`/api/v1/plan-years/${plan.id}/mapping`, { deadline: isoDay(-1) })
  assert.equal(past.status, 400)
  assert.equal(past.json.error.rule, 'deadline')
  const opened = await hr.put(`/api/v1/plan-years/${plan.id}/mapping`, { deadline: isoDay(30) })
  assert.equal(opened.status, 200, opened.text)
  assert.equal(opened.json.deadline, isoDay(30))

  // The chef sees what is due for Hemtjänst and by when; hr sees every avdelning of VOF.
  const due = (await chef.get(`/api/v1/mapping?${q}`)).json
  assert.equal(due.round.deadline, isoDay(30))
  assert.deepEqual(due.units.map((u) => [u.unit, u.status_label]), [['VOF-HT', 'Ej påbörjad']])
  const all = (await hr.get(`/api/v1/mapping?org=VOF&year=${year}`)).json.units
  assert.ok(all.length >= 3 && all.some((u) => u.unit === 'VOF-SB'), JSON.stringify(all))

  // The file: Hemtjänst named, last year's figures, the definitions; nothing to fill in yet.
  const file = await download(chef, `/api/v1/mapping/workbook?${q}`)
  assert.equal(file.status, 200)
  assert.match(file.headers.get('content-type'), /spreadsheetml/)
  assert.equal(await cellText(file.body, 'Om filen', 'B2'), 'VOF-HT')
  assert.equal(await cellText(file.body, 'Om filen', 'B4'), String(year))
  assert.equal(await cellText(file.body, 'Kartläggning', 'D1'), plan.levels[0])
  const lastColumn = String.fromCharCode(68 + plan.levels.length) // after this year's levels, from D
  assert.equal(await cellText(file.body, 'Kartläggning', `${lastColumn}1`), `${plan.levels[0]} ${year - 1}`)
  assert.match(await cellText(file.body, 'Kartläggning', 'A2'), /^VOF-HT/)
  const lastYear = []
  for (let i = 0; i < plan.levels.length; i++) {
    lastYear.push(await cellText(file.body, 'Kartläggning', `${String.fromCharCode(lastColumn.charCodeAt(0) + i)}2`))
  }
  assert.ok(lastYear.some((v) => v !== ''), `last year's figures are filled in: ${lastYear}`)
  assert.match(await sharedStrings(file.body), /Handleder kollegor och leder det dagliga arbetet/)
  const unit = await cellText(file.body, 'Kartläggning', 'A2')
  const category = await cellText(file.body, 'Kartläggning', 'C2')

  // One bad cell: named, and nothing written.
  const grid = (await chef.get(`/api/v1/inventory?${q}`)).json
  const bad = await upload(chef, `/api/v1/mapping/workbook?${q}`,
    await setCells(file.body, 'Kartläggning', { D2: 17, E3: 'tio' }))
  assert.equal(bad.status, 400, bad.text)
  assert.equal(bad.json.error.rule, 'mapping_count')
  assert.equal(bad.json.error.location.cell, 'E3')
  assert.equal(bad.json.error.location.sheet, 'Kartläggning')
  assert.match(bad.json.error.message, /cell E3: "tio" är inte ett tal/)
  assert.equal((await chef.get(`/api/v1/inventory?${q}`)).json.version, grid.version, 'nothing was written')

  // Fixed: the grid is replaced and its version moves on; still VOF's plan year, none of Hemtjänst's own.
  const good = await upload(chef, `/api/v1/mapping/workbook?${q}`,
    await setCells(file.body, 'Kartläggning', { D2: 17, E3: 10 }))
  assert.equal(good.status, 201, good.text)
  const after = (await chef.get(`/api/v1/inventory?${q}`)).json
  assert.equal(after.version, good.json.version)
  assert.ok(after.version > grid.version)
  const cell = after.entries.find((e) => e.unit === unit && e.category === category && e.level === plan.levels[0])
  assert.equal(cell?.headcount, 17)
  const hemtjanstYears = (await hr.get('/api/v1/plan-years?org=VOF-HT')).json.items
  assert.ok(!hemtjanstYears.some((p) => p.unit === 'VOF-HT'), 'no plan year of Hemtjänst was created')
  // The same file again is stale: the grid changed since it was downloaded.
  const stale = await upload(chef, `/api/v1/mapping/workbook?${q}`, file.body)
  assert.equal(stale.status, 412, stale.text)

  assert.equal((await chef.get(`/api/v1/mapping?${q}`)).json.units[0].status, 'pagar')

  // hr reminds (recorded, shown in the app; a chef may not), the chef hands in.
  assert.equal((await chef.post(`/api/v1/mapping/remind?${q}`)).status, 403)
  const reminded = await hr.post(`/api/v1/mapping/remind?${q}`)
  assert.equal(reminded.status, 201, reminded.text)
  assert.equal((await chef.get(`/api/v1/mapping?${q}`)).json.units[0].reminders, 1)
  assert.equal((await chef.post(`/api/v1/mapping/submit?org=BUF-FS&year=${year}`)).status, 403)
  const submitted = await chef.post(`/api/v1/mapping/submit?${q}`)
  assert.equal(submitted.status, 201, submitted.text)
  assert.equal(submitted.json.status_label, 'Inlämnad')
  const hrList = (await hr.get(`/api/v1/mapping?org=VOF&year=${year}`)).json.units
  assert.equal(hrList.find((u) => u.unit === 'VOF-HT').status, 'inlamnad')
  assert.equal(hrList.find((u) => u.unit === 'VOF-SB').status, 'ej_paborjad')
  assert.equal((await hr.post(`/api/v1/mapping/remind?${q}`)).json.error.rule, 'already_submitted')

  // Closed: no more hand-ins. Every step audited.
  assert.equal((await hr.delete(`/api/v1/plan-years/${plan.id}/mapping`)).status, 204)
  assert.equal((await chef.post(`/api/v1/mapping/submit?${q}`)).json.error.rule, 'mapping_closed')
  const audit = (await hr.get('/api/v1/audit?entity=mapping_unit')).json.items.map((e) => e.action)
  assert.ok(audit.includes('submit') && audit.includes('remind'), JSON.stringify(audit))
  const rounds = (await hr.get('/api/v1/audit?entity=mapping_round')).json.items.map((e) => e.action)
  assert.ok(rounds.includes('open') && rounds.includes('close'), JSON.stringify(rounds))
})

test('a chef proposes a changed need with a reason; hr accepts one (the need changes) and rejects one', async () => {
  const years = (await hr.get('/api/v1/plan-years?org=VOF')).json.items.filter((p) => p.unit === 'VOF')
  const year = Math.max(...years.map((p) => p.year))
  const q = `org=VOF-HT&year=${year}`
  const need = (await hr.get(`/api/v1/need-parameters?org=VOF&year=${year}`)).json.items
  const usk = need.find((n) => n.category === 'Undersköterska')
  assert.ok(usk, 'the demo has a need for Undersköterska')

  const missing = await chef.post(`/api/v1/need-proposals?${q}`, { category: 'Undersköterska', base: 520, reason: '' })
  assert.equal(missing.status, 400)
  assert.equal(missing.json.error.location.field, 'reason')
  const made = await chef.post(`/api/v1/need-proposals?${q}`,
    { category: 'Undersköterska', base: 520, reason: 'Två nya trygghetsboenden öppnar i Norr' })
  assert.equal(made.status, 201, made.text)
  assert.equal(made.json.status_label, 'Föreslagen')
  assert.equal(made.json.unit, 'VOF-HT')
  assert.equal((await chef.post(`/api/v1/need-proposals?org=BUF-FS&year=${year}`,
    { category: 'Undersköterska', base: 1, reason: 'x' })).status, 403)
  assert.equal((await chef.post(`/api/v1/need-proposals/${made.json.id}/accept`, {})).status, 403, 'a chef does not decide')

  const accepted = await hr.post(`/api/v1/need-proposals/${made.json.id}/accept`, {})
  assert.equal(accepted.status, 201, accepted.text)
  assert.equal(accepted.json.status, 'accepterad')
  const after = (await hr.get(`/api/v1/need-parameters?org=VOF&year=${year}`)).json.items.find((n) => n.category === 'Undersköterska')
  assert.equal(after.base, 520)
  assert.equal(after.version, usk.version + 1)
  assert.equal((await hr.post(`/api/v1/need-proposals/${made.json.id}/reject`, { reason: 'nej' })).json.error.rule, 'proposal_decided')

  const second = (await chef.post(`/api/v1/need-proposals?${q}`, { category: 'Undersköterska', base: 600, reason: 'Ännu fler' })).json
  const noReason = await hr.post(`/api/v1/need-proposals/${second.id}/reject`, {})
  assert.equal(noReason.status, 400)
  assert.equal(noReason.json.error.location.field, 'reason')
  const rejected = await hr.post(`/api/v1/need-proposals/${second.id}/reject`, { reason: 'Ryms inte i budgeten' })
  assert.equal(rejected.status, 201, rejected.text)

  // The chef sees both outcomes; the need stays as accepted.
  const seen = (await chef.get(`/api/v1/need-proposals?${q}`)).json.items
  assert.deepEqual(seen.map((p) => [p.base, p.status_label, p.decision_reason]),
    [[600, 'Avslagen', 'Ryms inte i budgeten'], [520, 'Accepterad', '']])
  assert.equal((await hr.get(`/api/v1/need-parameters?org=VOF&year=${year}`)).json.items
    .find((n) => n.category === 'Undersköterska').base, 520)
  const audit = (await hr.get('/api/v1/audit?entity=need_proposal')).json.items.map((e) => e.action)
  assert.ok(['create', 'accept', 'reject'].every((a) => audit.includes(a)), JSON.stringify(audit))
})
