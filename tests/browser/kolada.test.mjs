// Kolada and the register on Uppföljning (issue 15, items 5 and 6): on the demo served by the real
// `kplan serve`, hr imports a Kolada answer for the full-time share (riket and Malmö) on the Import
// page as "Kolada (nyckeltal)", adds an indicator whose outcome comes from the register's
// heltidsandel and is compared with riket, and finds on Uppföljning the computed outcome marked
// "beräknat från personalregistret", riket's value beside it and riket's line in the trend; the
// outcome form takes no typed value for it. Screenshots: build/screenshots/kolada-*.png.
//
//   KPLAN_BIN=$PWD/build/kplan node --test tests/browser/kolada.test.mjs

import { test } from 'node:test'
import assert from 'node:assert/strict'
import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { axeSource as readAxe, demoData, launch, seriousAxeViolations, shoot, signIn, startServer, stopServer, watchProblems } from './lib.mjs'

const entry = (municipality, period, value) => ({
  kpi: 'N00206', municipality, period, values: [{ count: 1, gender: 'T', status: null, value }],
})
const answer = JSON.stringify({
  count: 6, next_url: null, previous_url: null,
  values: [entry('0000', 2023, 77.9), entry('0000', 2024, 78.2), entry('0000', 2025, 78.5),
    entry('1280', 2023, 80.1), entry('1280', 2024, 81.0), entry('1280', 2025, 81.4)],
})

test('Uppföljning: a Kolada comparison and an outcome computed from the register', { timeout: 120_000 }, async () => {
  const tmp = await fs.mkdtemp(path.join(os.tmpdir(), 'kplan-kolada-'))
  const axe = await readAxe()
  let server
  let context
  try {
    await demoData(tmp, 150)
    server = await startServer(tmp)
    context = await launch(path.join(tmp, 'profile'))
    const page = context.pages()[0] ?? (await context.newPage())
    page.setDefaultTimeout(10_000)
    const problems = watchProblems(page)
    await page.goto(server.base)
    await signIn(page, 'hr')

    await page.goto(`${server.base}/#/import`)
    await page.getByRole('heading', { level: 1, name: 'Import' }).waitFor()
    await page.getByLabel('Vad innehåller filen?').selectOption({ label: 'Kolada (nyckeltal)' })
    await page.getByTestId('kolada-help').waitFor()
    await page.locator('#import-file').setInputFiles({ name: 'n00206.json', mimeType: 'application/json', buffer: Buffer.from(answer) })
    await page.getByRole('button', { name: 'Läs in' }).click()
    await page.getByTestId('import-outcome').filter({ hasText: 'Filen är inläst' }).waitFor({ timeout: 15_000 })
    assert.match(await page.getByTestId('import-notes').textContent(), /N00206 Heltidsanställda.*: 6 värden/)

    await page.goto(`${server.base}/#/uppfoljning`)
    await page.getByRole('heading', { level: 1, name: 'Uppföljning' }).waitFor()
    await page.waitForLoadState('networkidle')
    const org = page.getByTestId('scope-org')
    if ((await org.inputValue()) !== 'VOF') {
      await org.selectOption('VOF')
      await page.waitForLoadState('networkidle')
    }
    await page.locator('#ind-name').fill('Heltidsandel i omsorgen')
    await page.getByLabel('Utfallet hämtas från').selectOption({ label: 'Heltidsandel (%)' })
    assert.equal(await page.locator('#ind-measure').count(), 0, 'the unit is the key figure’s')
    await page.getByLabel('Jämför med nyckeltal i Kolada').selectOption('N00206')
    await page.getByLabel('Jämför med (kommunkoder)').fill('0000, 1280')
    await page.locator('#ind-a').fill('80')
    await page.getByRole('button', { name: 'Lägg till indikator' }).click()

    const row = page.getByTestId('indicator-row').filter({ has: page.getByRole('rowheader', { name: 'Heltidsandel i omsorgen' }) })
    await row.waitFor()
    await row.getByTestId('computed').filter({ hasText: 'beräknat från personalregistret' }).waitFor()
    assert.match(await row.locator('td.num').textContent(), /\d+(,\d+)? %/)
    assert.match(await row.getByTestId('comparison').textContent(), /Riket 78,5 %\s*kommun 1280 81,4 %/)
    assert.equal(await row.locator('[data-testid="comparison-line"]').count(), 2, 'riket and Malmö in the trend')
    assert.match(await row.locator('svg.sparkline').getAttribute('aria-label'), /Riket: 77,9, 78,2, 78,5/)

    const option = await page.locator('#outcome-indicator option', { hasText: 'Heltidsandel i omsorgen' }).getAttribute('value')
    await page.locator('#outcome-indicator').selectOption(option)
    assert.equal(await page.locator('#outcome-value').isDisabled(), true)
    await page.getByTestId('outcome-computed').waitFor()
    assert.deepEqual(await seriousAxeViolations(page, axe), [], 'axe on Uppföljning')
    await shoot(page, 'kolada-uppfoljning')
    assert.deepEqual(problems, [])
  } finally {
    await context?.close().catch(() => {})
    if (server) await stopServer(server)
    await fs.rm(tmp, { recursive: true, force: true })
  }
})
