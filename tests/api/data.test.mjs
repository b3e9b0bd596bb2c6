// What happens to the data: two people editing one record (versions), hostile
// text in every text field, and the import as an upload job.

import { test, before, after, describe } from 'node:test'
import assert from 'node:assert/strict'
import { Client, startServer, assertErrorShape, assertNoInternals, uploadForm, finishedImport } from './lib.mjs'

let server
let hr
let admin

before(async () => {
  server = await startServer()
  hr = await Client.signIn(server.base, 'hr')
  admin = await Client.signIn(server.base, 'admin')
})
after(async () => server?.stop())

async function newActivity(c, extra = {}) {
  const r = await c.post('/api/v1/activities', { unit: 'VOF-HT', year: 2025, area: 'Utveckla', title: 'Handledarutbildning', ...extra })
  assert.equal(r.status, 201, r.text)
  return r.json
}
const editable = ({ id, version, status_label, overdue, ...rest }) => rest

describe('versions: two people edit the same record', () => {
  test('the second gets 412 with a clear message, and the first one\'s change is kept', async () => {
    const chef = await Client.signIn(server.base, 'chef')
    const a = await newActivity(hr)
    const seenByHr = await hr.get(`/api/v1/activities/${a.id}`)
    const seenByChef = await chef.get(`/api/v1/activities/${a.id}`)
    assert.equal(seenByHr.headers.get('etag'), `"${a.version}"`)
    assert.equal(seenByChef.json.version, a.version)

    const first = await hr.put(`/api/v1/activities/${a.id}`, { ...editable(seenByHr.json), title: 'HR:s rubrik' }, { version: a.version })
    assert.equal(first.status, 200, first.text)
    assert.equal(first.json.version, a.version + 1)
    assert.equal(first.headers.get('etag'), `"${a.version + 1}"`)

    const second = await chef.put(`/api/v1/activities/${a.id}`, { ...editable(seenByChef.json), owner: 'Chefens ändring' }, { version: a.version })
    assert.equal(second.status, 412, second.text)
    assertErrorShape(second)
    assert.equal(second.json.error.code, 'precondition_failed')
    assert.match(second.json.error.message, /ändra|version|någon/i)
    const en = await chef.put(`/api/v1/activities/${a.id}`, { ...editable(seenByChef.json), owner: 'x' },
      { version: a.version, headers: { 'accept-language': 'en' } })
    assert.match(en.json.error.message, /changed|version/i)

    const now = await chef.get(`/api/v1/activities/${a.id}`)
    assert.equal(now.json.title, 'HR:s rubrik')
    assert.equal(now.json.owner, seenByHr.json.owner)
    assert.equal(now.json.version, a.version + 1)

    // Read again, then the change goes through.
    const retry = await chef.put(`/api/v1/activities/${a.id}`, { ...editable(now.json), owner: 'Chefens ändring' }, { version: now.json.version })
    assert.equal(retry.status, 200, retry.text)
    assert.equal(retry.json.title, 'HR:s rubrik')
    assert.equal(retry.json.owner, 'Chefens ändring')
  })

  test('a change without If-Match or "version" is 400 naming "version"; the body\'s version and weak tags work', async () => {
    const a = await newActivity(hr)
    const body = { ...editable(a), title: 'Utan version' }
    const r = await hr.put(`/api/v1/activities/${a.id}`, body)
    assert.equal(r.status, 400)
    assertErrorShape(r)
    assert.equal(r.json.error.location?.field, 'version')
    assert.match(r.json.error.message, /version/)
    const del = await hr.delete(`/api/v1/activities/${a.id}`)
    assert.equal(del.status, 400)
    assert.equal(del.json.error.location?.field, 'version')
    const bad = await hr.put(`/api/v1/activities/${a.id}`, body, { headers: { 'if-match': 'senaste' } })
    assert.equal(bad.status, 400)
    assert.equal(bad.json.error.location?.field, 'If-Match')

    const inBody = await hr.put(`/api/v1/activities/${a.id}`, { ...body, version: a.version })
    assert.equal(inBody.status, 200, inBody.text)
    const weak = await hr.put(`/api/v1/activities/${a.id}`, { ...body, title: 'Svag tagg' }, { headers: { 'if-match': `W/"${inBody.json.version}"` } })
    assert.equal(weak.status, 200, weak.text)
  })

  test('a stale delete is 412 and the record stays; a current one removes it', async () => {
    const a = await newActivity(hr)
    const changed = await hr.put(`/api/v1/activities/${a.id}`, { ...editable(a), title: 'Ändrad' }, { version: a.version })
    assert.equal(changed.status, 200)
    assert.equal((await hr.delete(`/api/v1/activities/${a.id}`, { version: a.version })).status, 412)
    assert.equal((await hr.get(`/api/v1/activities/${a.id}`)).status, 200)
    assert.equal((await hr.delete(`/api/v1/activities/${a.id}`, { version: changed.json.version })).status, 204)
    assert.equal((await hr.get(`/api/v1/activities/${a.id}`)).status, 404)
  })

  test('the inventory grid: a stale version is 412 and nothing is written', async () => {
    const path = '/api/v1/inventory?org=VOF-HT&year=2025'
    const grid = await hr.get(path)
    assert.equal(grid.status, 200, grid.text)
    const cell = { unit: 'VOF-HT', category: 'Undersköterska', level: 'Hög', headcount: 7 }
    const first = await hr.put(path, { entries: [cell] }, { version: grid.json.version })
    assert.equal(first.status, 200, first.text)
    const second = await hr.put(path, { entries: [{ ...cell, headcount: 99 }] }, { version: grid.json.version })
    assert.equal(second.status, 412, second.text)
    const now = await hr.get(path)
    assert.ok(now.json.entries.some((e) => e.category === 'Undersköterska' && e.level === 'Hög' && e.headcount === 7 && e.unit === 'VOF-HT'))
    assert.ok(!now.json.entries.some((e) => e.headcount === 99))
  })

  test('every write lands in the audit log with who, before and after', async () => {
    const a = await newActivity(hr, { title: 'Granskad' })
    await hr.put(`/api/v1/activities/${a.id}`, { ...editable(a), title: 'Granskad igen' }, { version: a.version })
    const log = await admin.get(`/api/v1/audit?entity=activity&entity_id=${a.id}`)
    assert.equal(log.status, 200, log.text)
    const actions = log.json.items.map((e) => [e.action, e.actor])
    assert.ok(actions.some(([action, actor]) => action === 'create' && actor === 'hr'), JSON.stringify(actions))
    const update = log.json.items.find((e) => e.action === 'update')
    assert.equal(update.before.title, 'Granskad')
    assert.equal(update.after.title, 'Granskad igen')
  })
})

const probes = [
  "'; DROP TABLE activity; --",
  '<script>alert(1)</script>',
  '" OR 1=1 --',
  "Robert'); DELETE FROM app_user WHERE ('1'='1",
  'Åsa Öberg – äldreomsorg 𝄞 漢字 \u202eRTL\u202c 🙂',
  '{{7*7}} ${7*7} %s %n \\x00',
  '\u0000nul\u0000',
  'x'.repeat(10_000),
]

// Every text field of every writable resource: [route, body maker, fields, read back].
const targets = [
  { name: 'activity', post: '/api/v1/activities', fields: ['area', 'title', 'description', 'owner'],
    body: () => ({ unit: 'VOF-HT', year: 2025, area: 'Utveckla', title: 'Prov' }) },
  { name: 'risk', post: '/api/v1/risks', fields: ['description'],
    body: (i) => ({ unit: 'VOF-HT', year: 2030 + i, category: 'Undersköterska',
      operations: { consequence: 1, probability: 1 }, work_environment: { consequence: 1, probability: 1 } }) },
  { name: 'goal', post: '/api/v1/goals', fields: ['title', 'description'], body: () => ({ unit: 'VOF-HT', year: 2025, title: 'Prov' }) },
  { name: 'indicator', post: '/api/v1/indicators', fields: ['name', 'measure'], body: (i) => ({ unit: 'VOF-HT', name: `Prov ${i}` }) },
  { name: 'succession', post: '/api/v1/succession', fields: ['position_title', 'incumbent_ref', 'successor_ref'],
    body: () => ({ unit: 'VOF-HT', year: 2025, position_title: 'Prov' }) },
  { name: 'category', post: '/api/v1/categories', fields: ['name'], body: () => ({}), unique: true },
  { name: 'scale', post: '/api/v1/scales', fields: ['name'], body: () => ({ levels: ['Låg', 'Hög'] }), unique: true },
  { name: 'org unit', post: '/api/v1/org-units', fields: ['name'], body: (i) => ({ code: `PROV-${i}`, kind: 'enhet', parent: 'VOF-HT' }), asAdmin: true },
]

describe('injection and script probes in every text field', () => {
  test('stored and returned verbatim as JSON strings, no 5xx, the database intact', { timeout: 120_000 }, async () => {
    const activitiesBefore = (await hr.get('/api/v1/activities?limit=1000')).json.total
    const problems = []
    let stored = 0
    let refused = 0
    let i = 0
    for (const t of targets) {
      const c = t.asAdmin ? admin : hr
      for (const field of t.fields) {
        for (const probe of probes) {
          i += 1
          // Names that must be unique get a distinct suffix; the probe still leads.
          const value = t.unique || t.name === 'org unit' ? `${probe} ${i}` : probe
          const body = { ...t.body(i), [field]: value }
          const r = await c.post(t.post, body)
          const what = `${t.name}.${field} = ${JSON.stringify(probe).slice(0, 40)}`
          if (r.status >= 500) problems.push(`${what}: ${r.status} ${r.text}`)
          if (r.status === 201) {
            stored += 1
            // org-units answers {"added": n}; the list shows the unit.
            if (t.name !== 'org unit' && r.json[field] !== value) problems.push(`${what}: answered ${JSON.stringify(r.json[field])?.slice(0, 80)}`)
            if (r.json.id && t.name !== 'category' && t.name !== 'scale' && t.name !== 'org unit') {
              const back = await c.get(`${t.post}/${r.json.id}`)
              if (back.json?.[field] !== value) problems.push(`${what}: read back ${JSON.stringify(back.json?.[field])?.slice(0, 80)}`)
            } else {
              const list = await c.get(`${t.post}?limit=1000${t.name === 'org unit' ? '&org=VOF-HT' : ''}`)
              if (!list.json.items.some((x) => x[field] === value)) problems.push(`${what}: not in the list verbatim`)
            }
            assert.match(r.headers.get('content-type'), /^application\/json/)
          } else {
            refused += 1
            // Refused only for its length or its control characters, naming the field.
            try {
              assert.equal(r.status, 400, r.text)
              assertErrorShape(r, what)
              assert.equal(r.json.error.location?.field, field)
            } catch (e) {
              problems.push(`${what}: ${e.message.slice(0, 300)}`)
            }
          }
        }
      }
    }
    assert.deepEqual(problems, [])
    assert.ok(stored > refused, `stored ${stored}, refused ${refused}`)

    // The database is intact: the demo's records are all there and the server still answers.
    assert.equal((await hr.get('/api/v1/health')).json.status, 'ok')
    const after = await hr.get('/api/v1/activities?limit=1000')
    assert.ok(after.json.total >= activitiesBefore + 1, `${activitiesBefore} → ${after.json.total}`)
    for (const path of ['/api/v1/users', '/api/v1/categories', '/api/v1/org-units', '/api/v1/risks?year=2025', '/api/v1/figures']) {
      const r = await admin.get(path)
      assert.equal(r.status, 200, `${path}: ${r.text}`)
    }
    assert.equal((await admin.get('/api/v1/users')).json.total, 4)
    // Searching with the probes is harmless too.
    for (const probe of probes.slice(0, 6)) {
      const r = await hr.get(`/api/v1/activities?q=${encodeURIComponent(probe)}&sort=${encodeURIComponent(probe)}`)
      assert.equal(r.status, 200, r.text)
      const f = await hr.get(`/api/v1/activities?org=${encodeURIComponent(probe)}`)
      assert.ok(f.status === 400 || f.status === 403, f.text)
      assertNoInternals(f.text)
    }
  })
})

const registerHeader = 'Anst.nr;Enhet;Yrke;SSYK;Anst.form;Födelseår;Kön;Syss.grad;Startdatum;Slutdatum'
const registerRows = [
  'T1;VOF-HT;Undersköterska;5321;Tillsvidare;1968;K;75;2010-03-01;',
  'T2;VOF-HT;Undersköterska;5321;Tillsvidare;1979;M;100;2018-08-15;',
  'T3;VOF-HT;Vårdbiträde;5329;Visstid;1999;K;80;2024-01-08;2026-12-31',
]

async function upload(c, csv) {
  const r = await c.request('POST', '/api/v1/imports', {
    body: uploadForm({ kind: 'employees', org: 'VOF-HT', snapshot: '2026-10-31' }, 'personal.csv', csv),
  })
  return finishedImport(c, r)
}

describe('import as an upload job', () => {
  test('a register with a bad row: the job names row, column, value and rule, and imports nothing', async () => {
    const figures = (await hr.get('/api/v1/figures?org=VOF-HT')).json
    const bad = [registerHeader, registerRows[0], 'T2;VOF-HT;Undersköterska;5321;Tillsvidare;1979;M;150;2018-08-15;', registerRows[2]].join('\n')
    const job = await upload(hr, bad)
    assert.equal(job.report?.outcome, 'rejected', JSON.stringify(job))
    assert.equal(job.report.error_count, 1)
    const e = job.report.errors[0]
    assert.equal(e.location.row, 3)
    assert.equal(e.location.column, 'Syss.grad')
    assert.equal(e.location.value, '150')
    assert.ok(e.rule, JSON.stringify(e))
    assert.match(e.message, /150/)
    const after = (await hr.get('/api/v1/figures?org=VOF-HT')).json
    assert.deepEqual(after, figures, 'nothing imported')
    // Someone else's job is not visible.
    const chef = await Client.signIn(server.base, 'lasare')
    assert.ok([403, 404].includes((await chef.get(`/api/v1/imports/${job.id}`)).status))
  })

  test('the fixed file is imported and the key figures change', async () => {
    const before = (await hr.get('/api/v1/figures?org=VOF-HT')).json
    const job = await upload(hr, [registerHeader, ...registerRows].join('\n'))
    assert.equal(job.state, 'done', JSON.stringify(job))
    assert.equal(job.report.outcome, 'imported', JSON.stringify(job))
    assert.equal(job.report.records, 3)
    const after = (await hr.get('/api/v1/figures?org=VOF-HT')).json
    assert.equal(after.snapshot, '2026-10-31')
    assert.notEqual(after.snapshot, before.snapshot)
    assert.equal(after.figures.headcount, 3)
    const snapshots = (await hr.get('/api/v1/snapshots')).json.items
    assert.ok(snapshots.some((s) => s.unit === 'VOF-HT' && s.extract_date === '2026-10-31' && s.rows === 3))
  })

  test('an upload that is not a form, or outside the caller\'s subtree, is refused', async () => {
    const r = await hr.post('/api/v1/imports', { file: 'x' })
    assert.equal(r.status, 400)
    assert.equal(r.json.error.location?.field, 'file')
    const kind = await hr.request('POST', '/api/v1/imports', { body: uploadForm({ kind: 'lönelista' }, 'x.csv', 'a;b\n1;2') })
    assert.equal(kind.status, 400)
    assert.equal(kind.json.error.location?.field, 'kind')
    const org = await hr.request('POST', '/api/v1/imports', { body: uploadForm({ kind: 'employees', org: 'FINNS-INTE' }, 'x.csv', 'a;b\n1;2') })
    assert.equal(org.status, 400)
    assert.equal(org.json.error.location?.field, 'org')
  })

  test('the year of an upload is the whole field: "2025x" is 400 naming "year", not the year 2025', async () => {
    for (const year of ['2025x', '20 25', '2025.5']) {
      const r = await hr.request('POST', '/api/v1/imports',
        { body: uploadForm({ kind: 'inventory', org: 'VOF-HT', year }, 'k.csv', 'a;b\n1;2') })
      assert.equal(r.status, 400, `${year}: ${r.text}`)
      assertErrorShape(r, year)
      assert.equal(r.json.error.location?.field, 'year')
      assert.equal(r.json.error.rule, 'whole_number')
      assert.match(r.json.error.message, /2000.*2100/)
    }
  })
})

describe('request bodies: every key must be one the route declares', () => {
  test('a misspelt field is 400 naming it, on POST and PUT, and nothing changes', async () => {
    const a = await newActivity(hr)
    const post = await hr.post('/api/v1/activities', { unit: 'VOF-HT', year: 2025, area: 'Utveckla', titel: 'Stavfel' })
    assert.equal(post.status, 400, post.text)
    assertErrorShape(post)
    assert.equal(post.json.error.location?.field, 'titel')
    assert.equal(post.json.error.rule, 'unknown_key')
    const put = await hr.put(`/api/v1/activities/${a.id}`, { unit: 'VOF-HT', year: 2025, area: 'Utveckla', title: 'Ny', titel: 'Stavfel' },
      { version: a.version })
    assert.equal(put.status, 400, put.text)
    assert.equal(put.json.error.location?.field, 'titel')
    const risk = await hr.post('/api/v1/risks', { unit: 'VOF-HT', year: 2025, category: 'Undersköterska',
      operations: { consequence: 2, probability: 2, sannolikhet: 3 }, work_environment: { consequence: 1, probability: 1 } })
    assert.equal(risk.status, 400, risk.text)
    assert.equal(risk.json.error.location?.field, 'operations.sannolikhet')
    assert.equal((await hr.get(`/api/v1/activities/${a.id}`)).json.title, a.title)
  })

  test('a key given twice is 400 naming it, instead of the last one silently winning', async () => {
    const a = await newActivity(hr)
    const r = await hr.request('PUT', `/api/v1/activities/${a.id}`, {
      body: '{"unit": "VOF-HT", "area": "Utveckla", "title": "Första", "title": "Andra"}',
      headers: { 'content-type': 'application/json' }, version: a.version,
    })
    assert.equal(r.status, 400, r.text)
    assertErrorShape(r)
    assert.equal(r.json.error.location?.field, 'title')
    assert.equal(r.json.error.rule, 'duplicate_key')
    assert.equal((await hr.get(`/api/v1/activities/${a.id}`)).json.title, a.title)
  })
})

describe('one rule for every layer (core): limits, classes, vocabularies', () => {
  test('a 301-character title is refused naming title and max_length; 300 characters of å pass', async () => {
    const long = await hr.post('/api/v1/activities', { unit: 'VOF-HT', year: 2025, area: 'Utveckla', title: 'ö'.repeat(301) })
    assert.equal(long.status, 400, long.text)
    assert.equal(long.json.error.rule, 'max_length')
    assert.equal(long.json.error.location.field, 'title')
    const fits = await hr.post('/api/v1/activities', { unit: 'VOF-HT', year: 2025, area: 'Behålla', title: 'å'.repeat(300) })
    assert.equal(fits.status, 201, fits.text)
  })

  test('an end before the start is date_order', async () => {
    const r = await hr.post('/api/v1/activities', { unit: 'VOF-HT', year: 2025, area: 'Introducera', title: 'Prov',
      start: '2025-03-01', end: '2025-02-28' })
    assert.equal(r.status, 400, r.text)
    assert.equal(r.json.error.rule, 'date_order')
    assert.equal(r.json.error.location.field, 'end')
  })

  test('a risk of value 9 is class high, as red in the printed plan, labelled in the asked language', async () => {
    const category = `Klassprov ${Date.now()}` // a category of its own: one risk per category and year
    const made = await hr.post('/api/v1/categories', { name: category })
    assert.equal(made.status, 201, made.text)
    const r = await hr.post('/api/v1/risks', { unit: 'VOF-HT', year: 2025, category,
      operations: { consequence: 3, probability: 3 }, work_environment: { consequence: 2, probability: 4 } })
    assert.equal(r.status, 201, r.text)
    assert.equal(r.json.operations.class, 'high')
    assert.equal(r.json.operations.class_label, 'hög')
    assert.equal(r.json.work_environment.class, 'medium')
    const en = await hr.get(`/api/v1/risks/${r.json.id}`, { headers: { 'Accept-Language': 'en' } })
    assert.equal(en.json.operations.class_label, 'high')
  })

  test('the vocabularies: Utveckla and Behålla apart, the risk classes cover 1–16, limits in characters', async () => {
    const sv = await hr.get('/api/v1/vocabularies')
    assert.equal(sv.status, 200, sv.text)
    const areas = sv.json.strategic_areas.map((a) => a.value)
    assert.ok(areas.includes('Utveckla') && areas.includes('Behålla'), areas.join())
    assert.deepEqual(sv.json.risk_classes.map((c) => [c.key, c.from, c.to]), [['low', 1, 3], ['medium', 4, 8], ['high', 9, 16]])
    assert.equal(sv.json.limits['activity.title'], 300)
    assert.deepEqual(sv.json.readiness.map((r) => r.key), ['ready_now', '1_2_years', '3_5_years', 'none'])
    assert.equal(sv.json.activity_statuses.find((s) => s.key === 'ongoing').label, 'pågår')
    const en = await hr.get('/api/v1/vocabularies', { headers: { 'Accept-Language': 'en' } })
    assert.equal(en.json.activity_statuses.find((s) => s.key === 'ongoing').label, 'ongoing')
    assert.equal(en.json.risk_classes[2].label, 'high')
  })
})

// Issue 13: a plan year is a plan whatever it contains. Kommunledningsförvaltningen
// has goals, indicators and activities but no kartläggning (seed 000's shape).
describe('the plan document of a plan year without kartläggning', () => {
  const sections = (html) => [...html.matchAll(/<h1 id=[^>]*>([^<]*)<\/h1>/g)].map((m) => m[1]) // not the title

  test('a förvaltning with goals and indicators gets its document, with only the sections it has', async () => {
    const before = await hr.get('/api/v1/reports?org=KLF&year=2025')
    assert.equal(before.status, 404, before.text) // no plan year yet
    assert.match(before.json.error.message, /inget planår 2025/)
    const made = await hr.post('/api/v1/plan-years', { unit: 'KLF', year: 2025 })
    assert.equal(made.status, 201, made.text)
    const r = await hr.get('/api/v1/reports?org=KLF&year=2025')
    assert.equal(r.status, 200, r.text.slice(0, 300))
    const h1 = sections(r.text)
    for (const h of ['Inledning', 'Kompetensmål', 'Aktivitetsplan', 'Uppföljning']) assert.ok(h1.includes(h), h1.join())
    assert.ok(!h1.includes('Kompetensgap') && !h1.includes('Riskanalys'), h1.join())
    assert.match(r.text, /Hållbart engagemang/)
  })

  test('a plan year with nothing in it still gives a document that says so', async () => {
    const code = `NYF-${Date.now() % 100000}`
    const unit = await admin.post('/api/v1/org-units', { code, name: 'Nya förvaltningen', kind: 'forvaltning', parent: 'KS' })
    assert.equal(unit.status, 201, unit.text)
    const made = await hr.post('/api/v1/plan-years', { unit: code, year: 2026 })
    assert.equal(made.status, 201, made.text)
    const r = await hr.get(`/api/v1/reports?org=${code}&year=2026&format=html`)
    assert.equal(r.status, 200, r.text.slice(0, 300))
    assert.deepEqual(sections(r.text), ['Inledning'])
    assert.match(r.text, /Planåret innehåller ännu ingenting/)
  })
})

describe('an indicator\'s target per period (seed 000: PULS 7,7 against over 7, next year 8,2)', () => {
  test('a later target never re-judges an earlier period, next year\'s target stands alone, null gives the indicator\'s back', async () => {
    const made = await hr.post('/api/v1/indicators', { unit: 'VOF-HT', name: `PULS ${Date.now() % 100000}`, measure: '', target: { at_least: 7 } })
    assert.equal(made.status, 201, made.text)
    const ind = made.json
    const at = (p) => `/api/v1/indicators/${ind.id}/outcomes/${p}`

    const y2023 = await hr.put(at(2023), { value: 7.7 }, { version: 0 })
    assert.equal(y2023.status, 200, y2023.text)
    assert.equal(y2023.json.assessment, 'green')
    assert.equal(y2023.json.own_target, false)

    // The indicator's target is raised: 2023 keeps the target it was judged by.
    const raised = await hr.put(`/api/v1/indicators/${ind.id}`, { unit: 'VOF-HT', name: ind.name, measure: '', target: { at_least: 8 } }, { version: ind.version })
    assert.equal(raised.status, 200, raised.text)
    let list = (await hr.get(`/api/v1/indicators/${ind.id}/outcomes`)).json.items
    assert.equal(list[0].assessment, 'green')
    assert.deepEqual(list[0].target, { at_least: 7 })
    assert.equal(list[0].own_target, true)

    // Next year's target, without an outcome: allowed, Ej bedömd.
    const y2024 = await hr.put(at(2024), { value: null, target: { at_least: 8.2 } }, { version: 0 })
    assert.equal(y2024.status, 200, y2024.text)
    assert.equal(y2024.json.assessment, 'not_assessed')
    assert.equal(y2024.json.value_text, '–')
    assert.match(y2024.json.target_text, /8,2/)

    // Changing 2023's comment without "target" keeps its own target.
    const v = list[0].version
    const commented = await hr.put(at(2023), { value: 7.7, comment: 'Över 7 är grönt i PULS' }, { version: v })
    assert.equal(commented.status, 200, commented.text)
    assert.deepEqual(commented.json.target, { at_least: 7 })
    assert.equal(commented.json.assessment, 'green')

    // null: the period follows the indicator's target again, and 7,7 is under 8.
    const back = await hr.put(at(2023), { value: 7.7, target: null }, { version: commented.json.version })
    assert.equal(back.status, 200, back.text)
    assert.equal(back.json.own_target, false)
    assert.equal(back.json.assessment, 'red')

    const bad = await hr.put(at(2025), { value: 1, target: { between: [9, 3] } }, { version: 0 })
    assert.equal(bad.status, 400, bad.text)
    assert.equal(bad.json.error.location?.field, 'target')
    list = (await hr.get(`/api/v1/indicators/${ind.id}/outcomes`)).json.items
    assert.deepEqual(list.map((o) => o.period), ['2023', '2024'])
  })
})

describe('plan years: goals, activities and succession entries belong to theirs', () => {
  test('a record carried on is in each of its years\' lists, and in no other', async () => {
    for (const [path, body] of [
      ['/api/v1/activities', { unit: 'VOF-HT', area: 'Utveckla', title: 'Språkombud i hemtjänsten' }],
      ['/api/v1/goals', { unit: 'VOF-HT', title: 'Fler språkombud' }],
      ['/api/v1/succession', { unit: 'VOF-HT', position_title: 'Samordnare språkombud' }],
    ]) {
      const missing = await hr.post(path, body)
      assert.equal(missing.status, 400, missing.text)
      assert.equal(missing.json.error.location?.field, 'year')
      const backwards = await hr.post(path, { ...body, year: 2027, through_year: 2026 })
      assert.equal(backwards.status, 400, backwards.text)
      assert.equal(backwards.json.error.rule, 'year_order')
      assert.equal(backwards.json.error.location?.field, 'through_year')

      const r = await hr.post(path, { ...body, year: 2027, through_year: 2028 })
      assert.equal(r.status, 201, r.text)
      assert.equal(r.json.year, 2027)
      assert.equal(r.json.through_year, 2028)
      const ids = async (year) => (await hr.get(`${path}?org=VOF-HT&limit=1000${year ? `&year=${year}` : ''}`)).json.items.map((x) => x.id)
      assert.ok((await ids(2027)).includes(r.json.id), `${path} 2027`)
      assert.ok((await ids(2028)).includes(r.json.id), `${path} 2028`)
      assert.ok(!(await ids(2026)).includes(r.json.id), `${path} 2026`)
      assert.ok(!(await ids(2029)).includes(r.json.id), `${path} 2029`)
      assert.ok((await ids(null)).includes(r.json.id), `${path} every year`)
      const bad = await hr.get(`${path}?org=VOF-HT&year=tjugo`)
      assert.equal(bad.status, 400, bad.text)
      assert.equal((await hr.delete(`${path}/${r.json.id}`, { version: r.json.version })).status, 204)
    }
  })
})

describe('goals as seed 000 writes them', () => {
  test('the kommun\'s målsättning is read below; a goal serves it, with an area and a manual Röd/Grön and its reason', async () => {
    const kommun = await admin.post('/api/v1/goals', { unit: 'EX', year: 2025, title: 'Exempelby arbetar för att vara en attraktiv arbetsgivare' })
    assert.equal(kommun.status, 201, kommun.text)
    const above = await hr.get('/api/v1/goals?org=VOF&year=2025&above=true')
    assert.equal(above.status, 200, above.text)
    assert.ok(above.json.items.some((g) => g.id === kommun.json.id))
    assert.equal((await hr.get('/api/v1/goals?org=VOF&above=true')).status, 400)

    const body = { unit: 'VOF', year: 2025, title: 'Nöjd medarbetarindex 75', parent_id: kommun.json.id, area: 'Behålla', manual_assessment: 'red' }
    const noReason = await hr.post('/api/v1/goals', body)
    assert.equal(noReason.status, 400, noReason.text)
    assert.equal(noReason.json.error.rule, 'assessment_comment')
    const goal = await hr.post('/api/v1/goals', { ...body, assessment_comment: 'Ingen medarbetarundersökning under 2023.' })
    assert.equal(goal.status, 201, goal.text)
    assert.equal(goal.json.parent_id, kommun.json.id)
    assert.equal(goal.json.area, 'Behålla')
    assert.equal(goal.json.manual_assessment, 'red')

    const sibling = await hr.post('/api/v1/goals', { unit: 'BUF', year: 2025, title: 'Behöriga lärare' })
    assert.equal(sibling.status, 201, sibling.text)
    const wrong = await hr.post('/api/v1/goals', { unit: 'VOF', year: 2025, title: 'Fel', parent_id: sibling.json.id })
    assert.equal(wrong.status, 400, wrong.text)
    assert.equal(wrong.json.error.rule, 'goal_parent')

    const served = await admin.delete(`/api/v1/goals/${kommun.json.id}`, { version: kommun.json.version })
    assert.equal(served.status, 409, served.text)
    for (const g of [goal.json, sibling.json, kommun.json]) {
      assert.equal((await admin.delete(`/api/v1/goals/${g.id}`, { version: g.version })).status, 204)
    }
  })
})

describe('an activity works towards goals', () => {
  test('it names the goals by id; an unknown one is refused, and a named goal stays', async () => {
    const goal = await hr.post('/api/v1/goals', { unit: 'VOF-HT', year: 2025, title: 'Heltid som norm' })
    assert.equal(goal.status, 201, goal.text)
    const a = await newActivity(hr, { title: 'Heltidsresan', goal_ids: [goal.json.id] })
    assert.deepEqual(a.goal_ids, [goal.json.id])
    const unknown = await hr.post('/api/v1/activities', { unit: 'VOF-HT', year: 2025, area: 'Behålla', title: 'X', goal_ids: [987654] })
    assert.equal(unknown.status, 400, unknown.text)
    assert.equal(unknown.json.error.rule, 'unknown_goal')
    assert.equal(unknown.json.error.location?.field, 'goal_ids')
    const notIds = await hr.post('/api/v1/activities', { unit: 'VOF-HT', year: 2025, area: 'Behålla', title: 'X', goal_ids: 'alla' })
    assert.equal(notIds.status, 400, notIds.text)
    assert.equal((await hr.delete(`/api/v1/goals/${goal.json.id}`, { version: goal.json.version })).status, 409)
    assert.equal((await hr.delete(`/api/v1/activities/${a.id}`, { version: a.version })).status, 204)
    assert.equal((await hr.delete(`/api/v1/goals/${goal.json.id}`, { version: goal.json.version })).status, 204)
  })
})
