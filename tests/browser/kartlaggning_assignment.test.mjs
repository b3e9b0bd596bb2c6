// The chefs' kartläggning as an assignment end to end (issue 14, item 2), on the demo served by
// the real `kplan serve`: hr opens the kartläggning of VOF's current plan year with a last day and
// writes what "Hög" means for an undersköterska; chef.hemtjanst sees what is due for Hemtjänst and
// by when, and the definition; downloads Hemtjänst's Excel file, fills it in (jszip, as Excel
// would save it: tests/api/xlsx_cells.mjs), uploads it with one bad cell and is told that cell,
// fixes it, uploads it and hands in, and proposes a larger need for undersköterskor; hr sees
// Hemtjänst "Inlämnad", reminds Särskilt boende and accepts the proposal, which the chef then sees.
// Screenshots: build/screenshots/kartlaggning-*.png.
//
//   KPLAN_BIN=$PWD/build/kplan node --test tests/browser/kartlaggning_assignment.test.mjs

import { test } from 'node:test'
import assert from 'node:assert/strict'
import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { cellText, setCells } from '../api/xlsx_cells.mjs'
import { axeSource as readAxe, demoData, launch, seriousAxeViolations, shoot, signIn, startServer, stopServer, watchProblems } from './lib.mjs'

async function open(page, base, org, year) {
  await page.goto(`${base}/#/kartlaggning`)
  await page.getByRole('heading', { level: 1, name: 'Kartläggning' }).waitFor()
  await page.waitForLoadState('networkidle')
  const scopeOrg = page.getByTestId('scope-org')
  if ((await scopeOrg.inputValue()) !== org) {
    await scopeOrg.selectOption(org)
    await page.waitForLoadState('networkidle')
  }
  const scopeYear = page.getByTestId('scope-year')
  if ((await scopeYear.inputValue()) !== String(year)) {
    await scopeYear.selectOption(String(year))
    await page.waitForLoadState('networkidle')
  }
  await page.getByTestId('mapping-round').waitFor()
}

const unitRow = (page, code) => page.getByTestId('mapping-units').locator(`tr[data-unit="${code}"]`)
const statusOf = async (page, code) => (await unitRow(page, code).getByTestId('mapping-status').textContent()).trim()

async function uploadFile(page, file) {
  await page.getByTestId('mapping-file').setInputFiles(file)
  await page.getByRole('button', { name: 'Ladda upp ifylld fil' }).click()
}

test('Kartläggning as an assignment: open, fill the Excel file, hand in, see it handed in', { timeout: 150_000 }, async (t) => {
  const tmp = await fs.mkdtemp(path.join(os.tmpdir(), 'kplan-mapping-'))
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
    const years = (await (await page.request.get(`${base}/api/v1/plan-years?org=VOF`)).json()).items
    const year = Math.max(...years.filter((p) => p.unit === 'VOF').map((p) => p.year))
    const deadline = new Date(Date.now() + 14 * 86400000).toISOString().slice(0, 10)
    const definition = 'Handleder kollegor och leder det dagliga arbetet i gruppen'

    await t.test('hr opens the kartläggning with a last day and defines a level', async () => {
      await open(page, base, 'VOF', year)
      assert.match(await page.getByTestId('mapping-state').textContent(), /inte öppnad/)
      await page.getByTestId('mapping-deadline').fill(deadline)
      await page.getByRole('button', { name: 'Öppna kartläggningen' }).click()
      await page.getByRole('status').filter({ hasText: `Kartläggningen är öppen till och med ${deadline}.` }).waitFor()
      assert.equal(await statusOf(page, 'VOF-HT'), 'Ej påbörjad')
      assert.match(await page.getByTestId('mapping-round').textContent(), /Inget e-postmeddelande skickas/)

      await page.getByRole('button', { name: 'Ändra nivådefinitionerna för Undersköterska' }).click()
      await page.getByLabel('Hög', { exact: true }).fill(definition)
      await page.getByRole('button', { name: 'Spara nivådefinitionerna' }).click()
      await page.getByRole('status').filter({ hasText: 'Nivådefinitionerna för Undersköterska är sparade.' }).waitFor()
      assert.deepEqual(await seriousAxeViolations(page, axe), [], 'axe on Kartläggning (hr)')
      await shoot(page, 'kartlaggning-hr-open')
    })

    await t.test('chef.hemtjanst sees what is due, by when, and what the levels mean', async () => {
      await page.getByRole('button', { name: 'Logga ut' }).click()
      await signIn(page, 'chef.hemtjanst')
      await open(page, base, 'VOF-HT', year)
      assert.match(await page.getByTestId('mapping-state').textContent(), new RegExp(`Sista dag: ${deadline}`))
      assert.equal(await page.getByTestId('mapping-units').locator('tbody tr').count(), 1)
      assert.equal(await statusOf(page, 'VOF-HT'), 'Ej påbörjad')
      assert.match(await page.getByTestId('level-definitions').textContent(), new RegExp(definition))
      assert.equal(await page.getByRole('button', { name: 'Öppna kartläggningen' }).count(), 0, 'a chef does not open the round')
    })

    await t.test('the chef fills the Excel file; one bad cell is named, nothing is saved, then it is', async () => {
      const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('mapping-download').click()])
      const original = path.join(tmp, 'hemtjanst.xlsx')
      await download.saveAs(original)
      const bytes = await fs.readFile(original)
      assert.equal(await cellText(bytes, 'Om filen', 'B2'), 'VOF-HT')
      const unit = await cellText(bytes, 'Kartläggning', 'A2')
      const category = await cellText(bytes, 'Kartläggning', 'C2')
      const level = await cellText(bytes, 'Kartläggning', 'D1')
      const before = await (await page.request.get(`${base}/api/v1/inventory?org=VOF-HT&year=${year}`)).json()

      const bad = path.join(tmp, 'hemtjanst-fel.xlsx')
      await fs.writeFile(bad, await setCells(bytes, 'Kartläggning', { D2: 'tio', E2: 4 }))
      await uploadFile(page, bad)
      const error = page.getByTestId('mapping-upload-error')
      await error.waitFor()
      assert.match(await error.textContent(), /cell D2: "tio" är inte ett tal/)
      const unchanged = await (await page.request.get(`${base}/api/v1/inventory?org=VOF-HT&year=${year}`)).json()
      assert.equal(unchanged.version, before.version, 'nothing was saved')
      await shoot(page, 'kartlaggning-chef-bad-cell')

      const good = path.join(tmp, 'hemtjanst-ratt.xlsx')
      await fs.writeFile(good, await setCells(bytes, 'Kartläggning', { D2: 10, E2: 4 }))
      await uploadFile(page, good)
      await page.getByRole('status').filter({ hasText: /Filen är inläst: \d+ celler sparade\./ }).waitFor()
      assert.equal(await error.count(), 0)
      const after = await (await page.request.get(`${base}/api/v1/inventory?org=VOF-HT&year=${year}`)).json()
      const cell = after.entries.find((e) => e.unit === unit && e.category === category && e.level === level)
      assert.equal(cell?.headcount, 10)
      assert.equal(await statusOf(page, 'VOF-HT'), 'Pågår')
    })

    await t.test('the chef hands in', async () => {
      await page.getByRole('button', { name: 'Lämna in kartläggningen för Hemtjänst' }).click()
      await page.getByRole('status').filter({ hasText: 'Kartläggningen för Hemtjänst är inlämnad.' }).waitFor()
      assert.equal(await statusOf(page, 'VOF-HT'), 'Inlämnad')
      assert.deepEqual(await seriousAxeViolations(page, axe), [], 'axe on Kartläggning (chef)')
      await shoot(page, 'kartlaggning-chef-submitted')
    })

    await t.test('the chef proposes a changed need for Undersköterska, with the reason', async () => {
      const proposals = page.getByTestId('need-proposals')
      await proposals.getByLabel('Yrkeskategori').selectOption('Undersköterska')
      await proposals.getByLabel('Föreslaget behov (antal)').fill('540')
      await proposals.getByLabel('Skäl').fill('Två nya trygghetsboenden öppnar i Norr')
      await proposals.getByRole('button', { name: 'Föreslå' }).click()
      await page.getByRole('status').filter({ hasText: 'Förslaget för Undersköterska är skickat till HR.' }).waitFor()
      assert.equal(await proposals.getByTestId('proposal-status').first().textContent(), 'Föreslagen')
    })

    await t.test('hr sees Hemtjänst handed in and reminds Särskilt boende', async () => {
      await page.getByRole('button', { name: 'Logga ut' }).click()
      await signIn(page, 'hr')
      await open(page, base, 'VOF', year)
      assert.equal(await statusOf(page, 'VOF-HT'), 'Inlämnad')
      assert.equal(await statusOf(page, 'VOF-SB'), 'Ej påbörjad')
      assert.equal(await unitRow(page, 'VOF-HT').getByRole('button', { name: /Påminn/ }).count(), 0)
      await page.getByRole('button', { name: 'Påminn Särskilt boende' }).click()
      await page.getByRole('status').filter({ hasText: 'Påminnelsen till Särskilt boende är registrerad.' }).waitFor()
      assert.equal((await unitRow(page, 'VOF-SB').locator('td.num').textContent()).trim(), '1')
      await shoot(page, 'kartlaggning-hr-list')
    })

    await t.test('hr accepts the proposal: the need changes, and the chef sees it accepted', async () => {
      await page.getByRole('button', { name: 'Acceptera förslaget för Undersköterska' }).click()
      await page.getByRole('status').filter({ hasText: /Förslaget för Undersköterska är accepterat: behovet är nu 540\./ }).waitFor()
      const need = (await (await page.request.get(`${base}/api/v1/need-parameters?org=VOF&year=${year}`)).json()).items
      assert.equal(need.find((n) => n.category === 'Undersköterska').base, 540)
      await page.getByRole('button', { name: 'Logga ut' }).click()
      await signIn(page, 'chef.hemtjanst')
      await open(page, base, 'VOF-HT', year)
      assert.equal(await page.getByTestId('need-proposals').getByTestId('proposal-status').first().textContent(), 'Accepterad')
    })

    await t.test('no page or console errors (but the one bad upload)', () => {
      const unexpected = problems.filter((p) => !/status of 400/.test(p))
      assert.deepEqual(unexpected, [])
      assert.ok(problems.length <= 1, JSON.stringify(problems))
    })
  } finally {
    await context?.close().catch(() => {})
    if (server) await stopServer(server)
    await fs.rm(tmp, { recursive: true, force: true })
  }
})
