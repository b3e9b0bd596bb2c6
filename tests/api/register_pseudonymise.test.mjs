// A register straight from the HR system through the web import (issue 15
// item 3): refused without "pseudonymise", with the reason and the way out;
// with it, names dropped and personnummer replaced by the database's keyed
// hash (the key is never in any answer), one person's employments merged, and
// the page's column mapping (POST /imports/columns, then the --map document
// as the "map" field) used. The personnummer are made up, with correct check digits.

import { test, before, after, describe } from 'node:test'
import assert from 'node:assert/strict'
import { execFileSync } from 'node:child_process'
import { Client, startServer, uploadForm, finishedImport } from './lib.mjs'

let server
let hr
let admin

before(async () => {
  server = await startServer()
  hr = await Client.signIn(server.base, 'hr')
  admin = await Client.signIn(server.base, 'admin')
})
after(async () => server?.stop())

// Personec-style: the unit column is called "Arbetsställe", which the reader does not know.
const header = 'Personnummer;Förnamn;Efternamn;Arbetsställe;Befattning;Anställningsform;Sysselsättningsgrad;Anställningsdatum\r\n'
const register = header +
  '19680512-1230;Karl;Lindqvist;VOF-HT-N;Undersköterska;Tillsvidare;100;1995-03-01\r\n' +
  '680512-1248;Maria;Bergström;VOF-HT-N;Sjuksköterska;Tillsvidare;75;2001-09-01\r\n' +
  '701063-2391;Ahmed;Yusuf;VOF-HT-S;Undersköterska;Tillsvidare;50;2010-05-01\r\n' +
  '7010632391;Ahmed;Yusuf;VOF-HT-N;Undersköterska;Tillsvidare;25;2018-01-01\r\n'
const secrets = ['19680512-1230', '680512-1230', '6805121230', '680512-1248', '6805121248', '701063-2391',
  '7010632391', 'Karl', 'Lindqvist', 'Maria', 'Bergström', 'Ahmed', 'Yusuf']

const upload = (fields, csv = register) =>
  hr.request('POST', '/api/v1/imports', { body: uploadForm({ kind: 'employees', org: 'VOF-HT', snapshot: '2031-11-01', ...fields }, 'personec.csv', csv) })

function storedKey() {
  if (!server.db.startsWith('sqlite:')) return null
  return execFileSync('sqlite3', [server.db.slice('sqlite:'.length), 'SELECT key_hex FROM pseudonym_key'], { encoding: 'utf8' }).trim()
}

describe('a register with personnummer and names', () => {
  test('the page gets the file\'s headers and what the reader recognises', async () => {
    const r = await hr.request('POST', '/api/v1/imports/columns', { body: uploadForm({ kind: 'employees' }, 'personec.csv', register) })
    assert.equal(r.status, 200, r.text)
    assert.deepEqual(r.json.headers.slice(0, 4), ['Personnummer', 'Förnamn', 'Efternamn', 'Arbetsställe'])
    const header = Object.fromEntries(r.json.fields.map((f) => [f.key, f.header]))
    assert.equal(header.unit, null)  // "Arbetsställe" is the user's to map
    assert.equal(header.occupation, 'Befattning')
    assert.equal(header.fte_percent, 'Sysselsättningsgrad')
    assert.equal(r.json.fields.find((f) => f.key === 'unit').label, 'enhet')
    for (const s of secrets) assert.ok(!r.text.includes(s), `the answer holds ${s}`)
  })

  test('without pseudonymise it is refused with the reason and the way out', async () => {
    const job = await finishedImport(hr, await upload({ map: JSON.stringify({ unit: 'Arbetsställe' }) }))
    assert.equal(job.state, 'failed', JSON.stringify(job))
    assert.equal(job.error.rule, 'personal_data')
    assert.match(job.error.message, /--pseudonymise/)
    assert.match(job.error.message, /Pseudonymisera personnummer och ta bort namn/)
  })

  test('a wrong check digit names row and column, never the number', async () => {
    const bad = header + '680512-1249;Maria;Bergström;VOF-HT-N;Sjuksköterska;Tillsvidare;75;2001-09-01\r\n'
    const job = await finishedImport(hr, await upload({ pseudonymise: 'true', map: JSON.stringify({ unit: 'Arbetsställe' }) }, bad))
    assert.equal(job.report?.outcome, 'rejected', JSON.stringify(job))
    const [e] = job.report.errors
    assert.equal(e.rule, 'personnummer')
    assert.equal(e.location.row, 2)
    assert.equal(e.location.column, 'Personnummer')
    assert.ok(!JSON.stringify(job).includes('680512'), JSON.stringify(job))
    assert.equal(storedKey() || null, null, 'a rejected file stores no key')
  })

  test('pseudonymised with the mapping: imported, merged, and nothing personal or secret in any answer', async () => {
    const map = { employee_id: null, unit: 'Arbetsställe', birth_year: null, gender: null }
    const job = await finishedImport(hr, await upload({ pseudonymise: 'true', map: JSON.stringify(map) }))
    assert.equal(job.report?.outcome, 'imported', JSON.stringify(job))
    assert.equal(job.report.rows, 4)
    assert.equal(job.report.records, 3)
    assert.ok(job.report.notes.some((n) => n.startsWith('1 anställningsrader slogs ihop')), job.report.notes.join('\n'))
    assert.ok(job.report.notes.some((n) => n.includes('"Förnamn", "Efternamn" togs bort')), job.report.notes.join('\n'))
    const key = storedKey()
    const answers = [JSON.stringify(job), (await admin.get('/api/v1/audit?limit=200')).text,
      (await hr.get('/api/v1/figures?org=VOF-HT')).text, (await admin.get('/api/v1/openapi.json')).text]
    for (const text of answers) {
      for (const s of secrets) assert.ok(!text.includes(s), `an answer holds ${s}`)
      if (key) assert.ok(!text.includes(key), 'an answer holds the pseudonym key')
    }
    if (key) assert.match(key, /^[0-9a-f]{64}$/)
    // The same file again: the same pseudonyms, so the same content.
    const again = await finishedImport(hr, await upload({ pseudonymise: 'true', map: JSON.stringify(map) }))
    assert.equal(again.report?.outcome, 'unchanged', JSON.stringify(again))
  })

  test('pseudonymise is for registers only', async () => {
    const r = await hr.request('POST', '/api/v1/imports', { body: uploadForm({ kind: 'activities', pseudonymise: 'true', year: '2025' }, 'a.csv', 'Område;Aktivitet\nA;B\n') })
    assert.equal(r.status, 400, r.text)
    assert.equal(r.json.error.location.field, 'pseudonymise')
  })
})
