// Importing the organisation (issue 15): org-units files through the upload
// job — a dry run lists the units first and writes nothing, a renamed or moved
// unit keeps its register history — a register's new units with
// create_units, and who may do it (admin and hr; a chef or läsare may not).

import { test, before, after, describe } from 'node:test'
import assert from 'node:assert/strict'
import { Client, startServer, uploadForm, finishedImport } from './lib.mjs'

let server
let hr

before(async () => {
  server = await startServer()
  hr = await Client.signIn(server.base, 'hr')
})
after(async () => server?.stop())

const finished = finishedImport

function importOrgUnits(c, csv, fields = {}) {
  return c.request('POST', '/api/v1/imports', { body: uploadForm({ kind: 'org-units', ...fields }, 'enheter.csv', csv) })
}

async function units(c) {
  const r = await c.get('/api/v1/org-units?limit=500')
  assert.equal(r.status, 200, r.text)
  return new Map(r.json.items.map((u) => [u.code, u]))
}

const headcount = async (org) => (await hr.get(`/api/v1/figures?org=${org}`)).json.figures.headcount

const reorganisation = '\ufeffEnhetskod;Enhetsnamn;Överordnad enhet;Typ\r\n' +
  'VOF-HT-NY;Hemtjänst Väster;VOF-HT;enhet\r\n' +
  'VOF-HT-N;Hemtjänst Norra;VOF-HT;enhet\r\n' +
  'VOF-HT-S;Hemtjänst Söder;Vård- och omsorgsförvaltningen;enhet\r\n'

describe('org-units as an import kind', () => {
  test('a dry run lists the units to create and to change, and writes nothing', async () => {
    const job = await finished(hr, await importOrgUnits(hr, reorganisation, { dry_run: 'true' }))
    assert.equal(job.report?.outcome, 'validated', JSON.stringify(job))
    const changes = job.report.unit_changes
    assert.deepEqual(changes.map((c) => [c.action, c.code]),
      [['create', 'VOF-HT-NY'], ['update', 'VOF-HT-N'], ['update', 'VOF-HT-S']])
    assert.equal(changes[0].parent, 'VOF-HT')
    assert.equal(changes[1].old_name, 'Hemtjänst Norr')
    assert.equal(changes[2].old_parent, 'VOF-HT')
    assert.equal(changes[2].parent, 'VOF')  // the parent given by name
    const now = await units(hr)
    assert.equal(now.has('VOF-HT-NY'), false)
    assert.equal(now.get('VOF-HT-N').name, 'Hemtjänst Norr')
  })

  test('the import renames and moves units in place: their register figures stay', async () => {
    const north = await headcount('VOF-HT-N')
    const south = await headcount('VOF-HT-S')
    const before = await units(hr)
    assert.ok(north > 0 && south > 0)
    const job = await finished(hr, await importOrgUnits(hr, reorganisation))
    assert.equal(job.report?.outcome, 'imported', JSON.stringify(job))
    const now = await units(hr)
    assert.equal(now.get('VOF-HT-NY').parent, 'VOF-HT')
    assert.equal(now.get('VOF-HT-N').name, 'Hemtjänst Norra')
    assert.equal(now.get('VOF-HT-N').id, before.get('VOF-HT-N').id)
    assert.equal(now.get('VOF-HT-S').parent, 'VOF')
    assert.equal(now.get('VOF-HT-S').id, before.get('VOF-HT-S').id)
    assert.equal(await headcount('VOF-HT-N'), north)
    assert.equal(await headcount('VOF-HT-S'), south)
    // The same file again changes nothing.
    const again = await finished(hr, await importOrgUnits(hr, reorganisation))
    assert.equal(again.report.outcome, 'unchanged')
  })

  test('a file with a cycle or an unknown parent changes nothing and names row, column and rule', async () => {
    const bad = 'Enhetskod;Enhetsnamn;Överordnad enhet\nVOF;Vård- och omsorgsförvaltningen;VOF-HT-N\nNY;Ny enhet;SAKNAS\n'
    const job = await finished(hr, await importOrgUnits(hr, bad))
    assert.equal(job.report?.outcome, 'rejected', JSON.stringify(job))
    const cycle = job.report.errors.find((e) => e.rule === 'cycle')
    const unknown = job.report.errors.find((e) => e.location.row === 3)
    assert.equal(cycle.rule, 'cycle')
    assert.equal(cycle.location.row, 2)
    assert.equal(cycle.location.column, 'Överordnad enhet')
    assert.equal(unknown.rule, 'unknown_parent')
    assert.equal(unknown.location.value, 'SAKNAS')
    assert.equal((await units(hr)).has('NY'), false)
  })

  test('a register creates its new units with create_units, listed in the report', async () => {
    const register = 'Anst.nr;Enhet;Yrke;Anst.form;Födelseår;Kön;Syss.grad;Startdatum\n' +
      'N1;Nattpatrullen;Undersköterska;Tillsvidare;1980;K;100;2015-01-01\n' +
      'N2;Nattpatrullen;Undersköterska;Tillsvidare;1985;M;75;2016-01-01\n'
    const form = (extra) => uploadForm({ kind: 'employees', org: 'VOF-HT', snapshot: '2026-11-30', ...extra }, 'natt.csv', register)
    const refused = await finished(hr, await hr.request('POST', '/api/v1/imports', { body: form({}) }))
    assert.equal(refused.report?.outcome, 'rejected', JSON.stringify(refused))
    assert.equal(refused.report.errors[0].rule, 'unit_in_organisation')
    const job = await finished(hr, await hr.request('POST', '/api/v1/imports', { body: form({ create_units: 'true' }) }))
    assert.equal(job.report?.outcome, 'imported', JSON.stringify(job))
    assert.equal(job.report.unit_changes.length, 1)
    const created = job.report.unit_changes[0]
    assert.equal(created.name, 'Nattpatrullen')
    assert.equal(created.parent, 'VOF-HT')
    assert.match(created.code, /^nattpatrullen-[0-9a-f]{8}$/)
    assert.equal((await units(hr)).get(created.code).parent, 'VOF-HT')
    const wrong = await hr.request('POST', '/api/v1/imports',
      { body: uploadForm({ kind: 'org-units', create_units: 'true' }, 'e.csv', 'Enhetsnamn\nA\n') })
    assert.equal(wrong.status, 400, wrong.text)
    assert.equal(wrong.json.error.location?.field, 'create_units')
  })

  test('admin may import org units; a chef or läsare may not', async () => {
    const admin = await Client.signIn(server.base, 'admin')
    const job = await finished(admin, await importOrgUnits(admin, 'Enhetskod;Enhetsnamn;Överordnad enhet\nBUF-X;Resursenheten;BUF\n', { dry_run: 'true' }))
    assert.equal(job.report?.outcome, 'validated', JSON.stringify(job))
    for (const role of ['chef', 'lasare']) {
      const c = await Client.signIn(server.base, role)
      const r = await importOrgUnits(c, 'Enhetskod;Enhetsnamn;Överordnad enhet\nZZ;Otillåten;VOF\n')
      assert.equal(r.status, 403, `${role}: ${r.text}`)
    }
    assert.equal((await units(hr)).has('ZZ'), false)
  })
})
