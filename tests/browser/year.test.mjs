// A plan year from start to kommunstyrelsen, as issue 14's "done when" tells it, on the demo served
// by the real `kplan serve`: hr starts next year from this year (with the kartläggning) and opens
// its kartläggning; chef.hemtjanst downloads Hemtjänst's Excel file, uploads it with one bad cell
// (the cell is named, nothing saved), fixes it and hands in; hr sees Hemtjänst handed in, sends the
// plan for decision and adopts it (Socialnämnden, § 47) and downloads the frozen PDF; an edit
// afterwards leaves that PDF byte for byte the same and shows under "changed since adopted"; a
// läsare gets the adopted version; the delårsrapport is submitted and frozen; the kommunstyrelsen
// roll-up lists every förvaltning with its plan and follow-up status. The steps' details have their
// own tests (planar, kartlaggning_assignment, followup); this one checks they make one year.
//
//   KPLAN_BIN=$PWD/build/kplan node --test tests/browser/year.test.mjs

import { test } from 'node:test'
import assert from 'node:assert/strict'
import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { setCells } from '../api/xlsx_cells.mjs'
import { demoData, launch, openPage, pdfText, shoot, signIn, startServer, stopServer, watchProblems } from './lib.mjs'

const open = openPage

const planRow = (page, year) => page.getByTestId('plan-year-row').filter({ has: page.getByRole('rowheader', { name: String(year) }) })
const unitStatus = async (page, code) =>
  (await page.getByTestId('mapping-units').locator(`tr[data-unit="${code}"]`).getByTestId('mapping-status').textContent()).trim()

async function signOutAndIn(page, user) {
  await page.getByRole('button', { name: 'Logga ut' }).click()
  await signIn(page, user)
}

test('A plan year: start, kartläggning from the chefs, adoption, delårsrapport, kommunstyrelsen', { timeout: 240_000 }, async (t) => {
  const tmp = await fs.mkdtemp(path.join(os.tmpdir(), 'kplan-year-'))
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
    const get = async (url) => (await page.request.get(`${base}${url}`)).json()
    await page.goto(base)
    await signIn(page, 'hr')
    const latest = Math.max(...(await get('/api/v1/plan-years?org=VOF')).items.filter((p) => p.unit === 'VOF').map((p) => p.year))
    const year = latest + 1
    let adoptedPdf

    await t.test(`hr starts ${year} from ${latest} and opens its kartläggning`, async () => {
      await open(page, base, 'planar', 'Planår och beslut', 'VOF')
      await planRow(page, latest).getByRole('button', { name: /^Visa/ }).click()
      await page.getByLabel(/Kopiera kartläggningen/).check()
      await page.getByRole('button', { name: `Starta ${year} från ${latest}` }).click()
      await page.getByTestId('planar-status').filter({ hasText: `Planår ${year} är startat från ${latest}.` }).waitFor()

      await open(page, base, 'kartlaggning', 'Kartläggning', 'VOF', year)
      await page.getByTestId('mapping-round').waitFor()
      // A round's last day lies ahead (the demo's plan year is pinned, the calendar is not).
      const deadline = new Date(Date.now() + 14 * 86400000).toISOString().slice(0, 10)
      await page.getByTestId('mapping-deadline').fill(deadline)
      await page.getByRole('button', { name: 'Öppna kartläggningen' }).click()
      await page.getByRole('status').filter({ hasText: `Kartläggningen är öppen till och med ${deadline}.` }).waitFor()
      assert.equal(await unitStatus(page, 'VOF-HT'), 'Ej påbörjad')
    })

    await t.test('chef.hemtjanst fills the Excel file, is told the bad cell, fixes it and hands in', async () => {
      await signOutAndIn(page, 'chef.hemtjanst')
      await open(page, base, 'kartlaggning', 'Kartläggning', 'VOF-HT', year)
      await page.getByTestId('mapping-round').waitFor()
      const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('mapping-download').click()])
      const file = path.join(tmp, 'hemtjanst.xlsx')
      await download.saveAs(file)
      const bytes = await fs.readFile(file)
      const bad = path.join(tmp, 'hemtjanst-fel.xlsx')
      await fs.writeFile(bad, await setCells(bytes, 'Kartläggning', { D2: 'tio', E2: 4 }))
      await page.getByTestId('mapping-file').setInputFiles(bad)
      await page.getByRole('button', { name: 'Ladda upp ifylld fil' }).click()
      await page.getByTestId('mapping-upload-error').filter({ hasText: /cell D2: "tio" är inte ett tal/ }).waitFor()
      const good = path.join(tmp, 'hemtjanst-ratt.xlsx')
      await fs.writeFile(good, await setCells(bytes, 'Kartläggning', { D2: 10, E2: 4 }))
      await page.getByTestId('mapping-file').setInputFiles(good)
      await page.getByRole('button', { name: 'Ladda upp ifylld fil' }).click()
      await page.getByRole('status').filter({ hasText: /Filen är inläst: \d+ celler sparade\./ }).waitFor()
      await page.getByRole('button', { name: 'Lämna in kartläggningen för Hemtjänst' }).click()
      await page.getByRole('status').filter({ hasText: 'Kartläggningen för Hemtjänst är inlämnad.' }).waitFor()
      // The chef worked in the förvaltning's plan year: no plan year of Hemtjänst's own appeared.
      const own = (await get('/api/v1/plan-years?org=VOF-HT')).items.filter((p) => p.unit === 'VOF-HT')
      assert.deepEqual(own, [])
    })

    await t.test('hr sees Hemtjänst handed in and adopts the plan; the frozen PDF downloads', async () => {
      await signOutAndIn(page, 'hr')
      await open(page, base, 'kartlaggning', 'Kartläggning', 'VOF', year)
      await page.getByTestId('mapping-units').locator('tr[data-unit="VOF-HT"]').getByTestId('mapping-status')
        .filter({ hasText: 'Inlämnad' }).waitFor()
      await open(page, base, 'planar', 'Planår och beslut', 'VOF')
      await planRow(page, year).getByRole('button', { name: /^Visa/ }).click()
      await page.getByRole('button', { name: 'Skicka för beslut' }).click()
      await page.getByTestId('adopt-form').waitFor()
      await page.getByLabel('Beslutande organ').fill('Socialnämnden')
      await page.getByLabel('Beslutsdatum').fill(`${year}-03-15`)
      await page.getByLabel('Paragraf (§)').fill('47')
      await page.getByRole('button', { name: 'Fastställ och spara dokumenten' }).click()
      await page.getByTestId('adoptions').waitFor()
      assert.equal(await planRow(page, year).getByTestId('plan-status').textContent(), 'Fastställd')
      const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('adopted-pdf').click()])
      const file = path.join(tmp, 'adopted.pdf')
      await download.saveAs(file)
      adoptedPdf = await fs.readFile(file)
      assert.match(await pdfText(file), new RegExp(`Fastställd av Socialnämnden ${year}-03-15, § 47`))
    })

    await t.test('an edit after adoption shows as changed; the adopted PDF stays the same bytes', async () => {
      const csrf = await page.evaluate(async () => (await (await fetch('api/v1/session')).json()).csrf_token)
      const goal = await page.request.post(`${base}/api/v1/goals`, {
        data: { unit: 'VOF', year, title: 'Heltid som norm i hemtjänsten' }, headers: { 'x-csrf-token': csrf } })
      assert.equal(goal.status(), 201, await goal.text())
      await page.reload()
      await open(page, base, 'planar', 'Planår och beslut', 'VOF')
      await planRow(page, year).getByRole('button', { name: /^Visa/ }).click()
      await page.getByTestId('changes').filter({ hasText: /Kompetensmål: Heltid som norm i hemtjänsten/ }).waitFor()
      const href = await page.getByTestId('adopted-pdf').getAttribute('href')
      assert.ok(Buffer.from(await (await page.request.get(`${base}/${href}`)).body()).equals(adoptedPdf))
    })

    await t.test('a läsare gets the adopted version', async () => {
      await signOutAndIn(page, 'lasare')
      const report = await page.request.get(`${base}/api/v1/reports?org=VOF&year=${year}&format=pdf`)
      assert.equal(report.headers()['x-plan-version'], 'adopted')
      assert.ok(Buffer.from(await report.body()).equals(adoptedPdf), 'the läsare reads what the board adopted')
    })

    await t.test('hr submits the delårsrapport; it is frozen', async () => {
      await signOutAndIn(page, 'hr')
      await open(page, base, 'uppfoljning', 'Uppföljning', 'VOF', year)
      await page.getByTestId('occasions').getByRole('heading', { name: `Uppföljningstillfällen ${year}` }).waitFor()
      await page.getByLabel('Tillfälle').selectOption('delar_t2')
      await page.getByLabel('Sista dag', { exact: true }).fill(`${year}-09-15`)
      await page.getByRole('button', { name: 'Lägg till tillfället' }).click()
      const row = page.getByTestId('occasion-row').filter({ hasText: 'Delårsrapport augusti' })
      await row.waitFor()
      await row.getByRole('button', { name: /^Lämna in/ }).click()
      await page.getByTestId('occasions-status').filter({ hasText: 'Delårsrapport augusti är inlämnad och låst.' }).waitFor()
      assert.equal(await row.getByTestId('occasion-status').textContent(), 'Inlämnad')
      assert.equal(await row.getByRole('button', { name: /^Lämna in/ }).count(), 0, 'a frozen occasion is not submitted again')
      const plan = (await get('/api/v1/plan-years?org=VOF')).items.find((p) => p.unit === 'VOF' && p.year === year)
      const occasions = (await get(`/api/v1/plan-years/${plan.id}/followups`)).items
      const occasion = occasions.find((o) => o.kind === 'delar_t2')
      const csrf = await page.evaluate(async () => (await (await fetch('api/v1/session')).json()).csrf_token)
      const change = await page.request.put(`${base}/api/v1/plan-years/${plan.id}/followups/${occasion.id}`, {
        data: { deadline: `${year}-09-30` }, headers: { 'x-csrf-token': csrf, 'if-match': `"${occasion.version}"` } })
      assert.equal(change.status(), 409, `nobody changes a frozen occasion: ${await change.text()}`)
    })

    await t.test('the kommunstyrelsen roll-up lists every förvaltning with its status', async () => {
      await open(page, base, 'kommunstyrelsen', 'Sammanställning till kommunstyrelsen', null, year)
      await page.getByTestId('ks-summary').waitFor()
      for (const code of ['VOF', 'BUF', 'SF']) {
        assert.equal(await page.locator(`[data-testid="ks-row"][data-unit="${code}"]`).count(), 1, `${code} is listed`)
      }
      // BUF and SF have no plan of this year yet: the roll-up says so instead of leaving them out.
      assert.match(await page.getByTestId('ks-not-reported').textContent(), /Barn- och utbildningsförvaltningen/)
      const vof = page.locator('[data-testid="ks-row"][data-unit="VOF"]')
      assert.match(await vof.getByTestId('ks-plan-status').textContent(), /Fastställd/)
      assert.match(await vof.getByTestId('ks-followup-delar_t2').textContent(), /Inlämnad/)
      await shoot(page, 'year-kommunstyrelsen')
    })

    await t.test('no page or console errors (but the one bad upload and the refused change)', () => {
      const unexpected = problems.filter((p) => !/status of (400|409)/.test(p))
      assert.deepEqual(unexpected, [])
    })
  } finally {
    await context?.close().catch(() => {})
    if (server) await stopServer(server)
    await fs.rm(tmp, { recursive: true, force: true })
  }
})
