// The five example plans shaped like the seeds (`kplan demo-data --example NAME`): each served by
// a real `kplan serve` on a loopback port (lib.mjs startServer: the database it picks), its plan document fetched as the Rapporter page does
// (GET /api/v1/reports) in all four formats, each non-empty and carrying its seed's headings.

import assert from 'node:assert/strict'
import { execFile } from 'node:child_process'
import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'
import zlib from 'node:zlib'
import { test } from 'node:test'

import { Client, PASSWORD, startServer } from './lib.mjs'

const run = promisify(execFile)

// Per example: its plan unit and year, and headings its seed's shape has.
const EXAMPLES = {
  trelleborg: { org: 'SOCF', year: 2023, headings: ['Uppföljning', 'Kommunövergripande målsättningar'] },
  malmo: { org: 'ASF', year: 2019, headings: ['Kompetensgap', 'Riskanalys'] },
  linkoping: { org: 'SON', year: 2020, headings: ['Personalprognos', 'Verksamheternas utmaningar och trender'] },
  stockholm: { org: 'STH-SOF', year: 2021, headings: ['Kompetensmål', 'Aktivitetsplan'] },
  hagersten: { org: 'HAE', year: 2022, headings: ['Förvaltningens gemensamma utmaningar', 'Successionsplanering'] },
}

/** The XML text of every entry of a ZIP (DOCX, XLSX), tags stripped: read with Node's zlib from
 *  the central directory (method 0 stored, 8 deflated). */
function zipText(zip) {
  const end = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]))
  assert.ok(end >= 0, 'not a ZIP file')
  let at = zip.readUInt32LE(end + 16)
  let text = ''
  for (let i = 0, n = zip.readUInt16LE(end + 10); i < n; i++) {
    const method = zip.readUInt16LE(at + 10)
    const size = zip.readUInt32LE(at + 20)
    const nameLength = zip.readUInt16LE(at + 28)
    const skip = nameLength + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32)
    const local = zip.readUInt32LE(at + 42)
    if (zip.toString('utf8', at + 46, at + 46 + nameLength).endsWith('.xml')) {
      const data = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28)
      const raw = zip.subarray(data, data + size)
      text += (method === 8 ? zlib.inflateRawSync(raw) : raw).toString('utf8').replace(/<[^>]+>/g, ' ') + '\n'
    }
    at += 46 + skip
  }
  return text
}

async function textOf(format, bytes, tmp) {
  if (format === 'html') return bytes.toString('utf8')
  if (format === 'pdf') {
    const file = path.join(tmp, 'plan.pdf')
    await fs.writeFile(file, bytes)
    // Without -layout: a heading is one line of running text.
    return (await run('pdftotext', [file, '-'])).stdout
  }
  return zipText(bytes)
}

for (const [key, example] of Object.entries(EXAMPLES)) {
  test(`${key}: its plan document in HTML, PDF, DOCX and XLSX with its seed's sections`, async () => {
    const tmp = await fs.mkdtemp(path.join(os.tmpdir(), `kplan-example-${key}-`))
    const server = await startServer({ demo: ['--example', key] })
    try {
      const reader = new Client(server.base)
      const login = await reader.login('lasare', PASSWORD)
      assert.equal(login.status, 201, login.text)
      for (const format of ['html', 'pdf', 'docx', 'xlsx']) {
        const url = `/api/v1/reports?org=${encodeURIComponent(example.org)}&year=${example.year}&format=${format}`
        const response = await fetch(server.base + url, {
          headers: { cookie: reader.cookie }, signal: AbortSignal.timeout(30_000),
        })
        const bytes = Buffer.from(await response.arrayBuffer())
        assert.equal(response.status, 200, `${key} ${format}: ${bytes.toString('utf8').slice(0, 300)}`)
        assert.ok(bytes.length > 1000, `${key} ${format}: ${bytes.length} bytes`)
        const text = await textOf(format, bytes, tmp)
        for (const heading of example.headings) {
          assert.ok(text.includes(heading), `${key} ${format}: no "${heading}"`)
        }
      }
    } finally {
      await server.stop()
      await fs.rm(tmp, { recursive: true, force: true })
    }
  })
}
