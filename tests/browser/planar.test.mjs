// Planår och beslut end to end (issue 14, items 1 and 3): on the demo served by the real `kplan
// serve`, hr starts VOF's next plan year from 2025 with the kartläggning, sends it for decision and
// adopts it with Socialnämnden's decision (2026-03-15, § 47); the decision is listed with its
// documents, the adopted PDF downloads and carries the decision; a goal added afterwards shows up
// under "Ändrat sedan fastställd" while the adopted PDF stays byte for byte the same; a läsare sees
// the decision and its documents without any write control. Screenshots: build/screenshots/planar-*.png.
//
//   KPLAN_BIN=$PWD/build/kplan node --test tests/browser/planar.test.mjs

import { test } from 'node:test'
import assert from 'node:assert/strict'
import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { axeSource as readAxe, demoData, launch, pdfText, seriousAxeViolations, shoot, signIn, startServer, stopServer, watchProblems } from './lib.mjs'

async function open(page, base) {
  await page.goto(`${base}/#/planar`)
  await page.getByRole('heading', { level: 1, name: 'Planår och beslut' }).waitFor()
  await page.waitForLoadState('networkidle')
  const org = page.getByTestId('scope-org')
  if ((await org.inputValue()) !== 'VOF') {
    await org.selectOption('VOF')
    await page.waitForLoadState('networkidle')
  }
}

const row = (page, year) => page.getByTestId('plan-year-row').filter({ has: page.getByRole('rowheader', { name: String(year) }) })

test('Planår och beslut: start the year, adopt it, keep the adopted plan', { timeout: 150_000 }, async (t) => {
  const tmp = await fs.mkdtemp(path.join(os.tmpdir(), 'kplan-planar-'))
  const axe = await readAxe()
  let server
  let context
  try {
    await demoData(tmp, 200)
    server = await startServer(tmp)
    context = await launch(path.join(tmp, 'profile'))
    const page = context.pages()[0] ?? (await context.newPage())
    page.setDefaultTimeout(10_000)
    const problems = watchProblems(page)
    const base = server.base
    await page.goto(base)
    await signIn(page, 'hr')
    await open(page, base)
    const source = (await page.request.get(`${base}/api/v1/plan-years?org=VOF`)).json()
    const latest = Math.max(...(await source).items.filter((p) => p.unit === 'VOF').map((p) => p.year))
    const next = latest + 1
    let pdfBytes

    await t.test('hr starts next year from this year with the kartläggning', async () => {
      await row(page, latest).getByRole('button', { name: /^Visa/ }).click()
      await page.getByLabel(/Kopiera kartläggningen/).check()
      await page.getByRole('button', { name: `Starta ${next} från ${latest}` }).click()
      await page.getByTestId('planar-status').filter({ hasText: `Planår ${next} är startat från ${latest}.` }).waitFor()
      assert.equal(await row(page, next).getByTestId('plan-status').textContent(), 'Utkast')
      const inventory = await (await page.request.get(`${base}/api/v1/inventory?org=VOF&year=${next}`)).json()
      assert.ok(inventory.entries.length > 0, 'the kartläggning came along')
      assert.deepEqual(await seriousAxeViolations(page, axe), [], 'axe on Planår')
    })

    await t.test('hr sends it for decision and adopts it with the board\'s decision', async () => {
      await page.getByRole('button', { name: 'Skicka för beslut' }).click()
      await page.getByTestId('adopt-form').waitFor()
      assert.equal(await row(page, next).getByTestId('plan-status').textContent(), 'För beslut')
      await page.getByLabel('Beslutande organ').fill('Socialnämnden')
      await page.getByLabel('Beslutsdatum').fill(`${next}-03-15`)
      await page.getByLabel('Paragraf (§)').fill('47')
      await page.getByLabel('Diarienummer').fill(`Dnr 1.3.1-789/${next}`)
      await shoot(page, 'planar-adopt-form')
      await page.getByRole('button', { name: 'Fastställ och spara dokumenten' }).click()
      await page.getByTestId('adoptions').waitFor()
      assert.equal(await row(page, next).getByTestId('plan-status').textContent(), 'Fastställd')
      assert.match(await page.getByTestId('adoptions').textContent(),
        new RegExp(`Version 1: Fastställd av Socialnämnden ${next}-03-15, § 47 \\(Dnr 1.3.1-789/${next}\\)`))
      const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('adopted-pdf').click()])
      const file = path.join(tmp, 'adopted.pdf')
      await download.saveAs(file)
      pdfBytes = await fs.readFile(file)
      assert.match(await pdfText(file), new RegExp(`Fastställd av Socialnämnden ${next}-03-15, § 47`))
      await page.getByTestId('no-changes').waitFor()
    })

    await t.test('an edit after adoption is listed as changed, and the adopted PDF stays as it was', async () => {
      const csrf = await page.evaluate(async () => (await (await fetch('api/v1/session')).json()).csrf_token)
      const goal = await page.request.post(`${base}/api/v1/goals`, {
        data: { unit: 'VOF', year: next, title: 'Fler heltidsanställda undersköterskor' }, headers: { 'x-csrf-token': csrf } })
      assert.equal(goal.status(), 201, await goal.text())
      await page.reload()
      await open(page, base)
      await row(page, next).getByRole('button', { name: /^Visa/ }).click()
      const changes = page.getByTestId('changes')
      await changes.waitFor()
      assert.match(await changes.textContent(), /Ny\s*Kompetensmål: Fler heltidsanställda undersköterskor/)
      const href = await page.getByTestId('adopted-pdf').getAttribute('href')
      const again = Buffer.from(await (await page.request.get(`${base}/${href}`)).body())
      assert.ok(again.equals(pdfBytes), 'the adopted PDF is byte for byte what was adopted')
      await shoot(page, 'planar-changes')
    })

    await t.test('a läsare sees the decision and its documents, and nothing to change', async () => {
      await page.getByRole('button', { name: 'Logga ut' }).click()
      await signIn(page, 'lasare')
      await open(page, base)
      await row(page, next).getByRole('button', { name: /^Visa/ }).click()
      await page.getByTestId('adoptions').waitFor()
      assert.equal(await page.getByTestId('adopted-docx').count(), 1)
      assert.equal(await page.getByRole('button', { name: /Skicka för beslut|Revidera|Starta|Lägg upp/ }).count(), 0)
      const report = await page.request.get(`${base}/api/v1/reports?org=VOF&year=${next}&format=pdf`)
      assert.equal(report.headers()['x-plan-version'], 'adopted')
      assert.ok(Buffer.from(await report.body()).equals(pdfBytes), 'a läsare gets the adopted document')
    })

    await t.test('no page or console errors', () => {
      assert.deepEqual(problems, [])
    })
  } finally {
    await context?.close().catch(() => {})
    if (server) await stopServer(server)
    await fs.rm(tmp, { recursive: true, force: true })
  }
})
