// Kolada and the register feed Uppföljning, over HTTP as hr does it on the demo (extracts
// 31 October 2023–2025): a Kolada v3 answer for riket and Malmö goes in through the Import
// page's upload, a v2 answer from the test files too, a broken one changes nothing and names
// the JSON path; an indicator bound to the full-time share gets one computed outcome per
// extract — the register's own figure — refuses a typed one, and shows riket beside its outcome
// and in the plan document.

import assert from 'node:assert/strict'
import fs from 'node:fs/promises'
import path from 'node:path'
import { after, before, test } from 'node:test'

import { Client, finishedImport, repo, startServer } from './lib.mjs'

let server
let hr
before(async () => {
  server = await startServer()
  hr = await Client.signIn(server.base, 'hr')
})
after(() => server?.stop())

// Shaped as api.kolada.se/v3/data/kpi/N00206/municipality/0000,1280/year/2023,2024,2025 answers.
const entry = (municipality, period, t, k = null, m = null) => ({
  kpi: 'N00206', municipality, period,
  values: [
    { count: 1, gender: 'K', status: null, value: k },
    { count: 1, gender: 'M', status: null, value: m },
    { count: 1, gender: 'T', status: null, value: t },
  ],
})
const v3 = {
  count: 6, next_url: null, previous_url: null,
  values: [entry('0000', 2023, 77.9, 75.8, 84.0), entry('0000', 2024, 78.2), entry('0000', 2025, 78.5),
    entry('1280', 2023, 80.1), entry('1280', 2024, 81.0), entry('1280', 2025, null)],
}

function upload(client, fileName, content) {
  const form = new FormData()
  form.append('kind', 'kolada')
  form.append('file', new Blob([content], { type: 'application/json' }), fileName)
  return client.request('POST', '/api/v1/imports', { body: form })
}

test('a broken Kolada answer is refused with the JSON path, value and rule, and nothing is stored', async () => {
  const broken = structuredClone(v3)
  broken.values[1].values[2].value = '78,2'
  broken.values[4].municipality = 'Malmö'
  const job = await finishedImport(hr, await upload(hr, 'n00206.json', JSON.stringify(broken)))
  assert.equal(job.report.outcome, 'rejected', JSON.stringify(job))
  assert.equal(job.report.error_count, 2)
  const [value, municipality] = job.report.errors
  assert.equal(value.rule, 'json_type')
  assert.equal(value.location.field, 'values[1].values[2].value')
  assert.equal(value.location.value, '"78,2"')
  assert.equal(municipality.rule, 'municipality')
  assert.equal(municipality.location.field, 'values[4].municipality')
  assert.equal(municipality.location.value, 'Malmö')

  const probe = await hr.post('/api/v1/indicators', { unit: 'VOF', name: 'Prov Kolada', kolada_kpi: 'N00206', comparison: ['0000'] })
  assert.equal(probe.status, 201, probe.text)
  assert.deepEqual(probe.json.comparisons[0].points, [], 'nothing of the broken file was stored')
  assert.equal((await hr.delete(`/api/v1/indicators/${probe.json.id}`, { version: probe.json.version })).status, 204)
})

test('a v2 answer saved from the API imports, and says which KPIs and how many kommuner', async () => {
  const bytes = await fs.readFile(path.join(repo, 'tests/import/kolada/v2_sick_leave.json'))
  const job = await finishedImport(hr, await upload(hr, 'v2_sick_leave.json', bytes))
  assert.equal(job.report.outcome, 'imported', JSON.stringify(job))
  assert.equal(job.report.records, 9)
  assert.match(job.report.format, /Kolada API v2/)
  assert.ok(job.report.notes.some((n) => /^N00090 Sjukfrånvaro/.test(n)), job.report.notes.join(' | '))
  assert.ok(job.report.notes.includes('2 kommuner (med riket)'), job.report.notes.join(' | '))
})

test('a bound indicator is computed from the register, compared with riket and Malmö, and never typed', async () => {
  const job = await finishedImport(hr, await upload(hr, 'n00206.json', JSON.stringify(v3)))
  assert.equal(job.report.outcome, 'imported', JSON.stringify(job))
  assert.equal(job.report.records, 18, 'K, M and T of six entries, nulls kept as no value')

  const made = await hr.post('/api/v1/indicators', {
    unit: 'VOF', name: 'Heltidsandel VOF', key_figure: 'full_time_share', target: { at_least: 80 },
    kolada_kpi: 'N00206', comparison: ['0000', '1280'],
  })
  assert.equal(made.status, 201, made.text)
  const ind = made.json
  assert.equal(ind.computed, true)
  assert.equal(ind.computed_label, 'beräknat från personalregistret')
  assert.equal(ind.key_figure_label, 'Heltidsandel')
  assert.equal(ind.measure, '%', "the key figure's unit")
  assert.deepEqual(ind.comparison, ['0000', '1280'])

  const outcomes = (await hr.get(`/api/v1/indicators/${ind.id}/outcomes`)).json.items
  assert.deepEqual(outcomes.map((o) => o.period), ['2023', '2024', '2025'], 'one period per extract')
  assert.ok(outcomes.every((o) => o.computed && o.value !== null))
  // The outcome is the register's own figure: 100 % minus the part-time share of VOF's extract.
  const figures = (await hr.get('/api/v1/figures?org=VOF&snapshot=2025-10-31')).json
  assert.ok(Math.abs(outcomes[2].value - 100 * (1 - figures.figures.part_time_share)) < 1e-9, JSON.stringify(figures.figures))
  assert.deepEqual(outcomes[2].comparisons.map((c) => `${c.label} ${c.value_text}`), ['Riket 78,5 %', 'kommun 1280 –'])
  assert.deepEqual(outcomes[0].comparisons.map((c) => c.value_text), ['77,9 %', '80,1 %'])

  const listed = (await hr.get('/api/v1/indicators?org=VOF&limit=500')).json.items.find((i) => i.id === ind.id)
  assert.equal(listed.latest.period, '2025')
  assert.equal(listed.latest.comparisons[0].value_text, '78,5 %')
  assert.deepEqual(listed.comparisons.find((c) => c.municipality === '0000').points.map((p) => p.value), [77.9, 78.2, 78.5])

  const typed = await hr.put(`/api/v1/indicators/${ind.id}/outcomes/2025`, { value: 50 }, { version: outcomes[2].version })
  assert.equal(typed.status, 400, typed.text)
  assert.equal(typed.json.error.rule, 'computed_outcome')
  assert.equal(typed.json.error.location.field, 'value')
  const commented = await hr.put(`/api/v1/indicators/${ind.id}/outcomes/2025`,
    { comment: 'Heltidsresan fortsätter' }, { version: outcomes[2].version })
  assert.equal(commented.status, 200, commented.text)
  assert.equal(commented.json.value, outcomes[2].value, 'the value stays the computed one')
  assert.equal(commented.json.comment, 'Heltidsresan fortsätter')

  const doc = await hr.get('/api/v1/reports?org=VOF&year=2025&format=html')
  assert.equal(doc.status, 200)
  assert.match(doc.text, /Jämförelse \(Kolada\)/)
  assert.match(doc.text, /Riket 78,5 %/)
  assert.match(doc.text, /beräknat från personalregistret för [^<]*Heltidsandel VOF/)
})

test('a bad binding or comparison is refused naming the field and rule', async () => {
  const cases = [
    [{ key_figure: 'sjukfranvaro' }, 'key_figure', 'key_figure'],
    [{ kolada_kpi: 'U00401' }, 'kolada_kpi', 'kolada_kpi'],
    [{ kolada_kpi: 'N00090', comparison: ['Malmö'] }, 'comparison', 'municipality'],
  ]
  for (const [extra, field, rule] of cases) {
    const r = await hr.post('/api/v1/indicators', { unit: 'VOF', name: `Fel ${field}`, ...extra })
    assert.equal(r.status, 400, r.text)
    assert.equal(r.json.error.location.field, field, r.text)
    assert.equal(r.json.error.rule, rule, r.text)
  }
})
