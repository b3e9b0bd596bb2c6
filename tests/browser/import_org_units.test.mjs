// The organisation from a file on the Import page (issue 15): hr chooses
// "Organisation (enheter)", drops a one-column-a-level file, sees the units to
// be created listed before anything is saved, confirms, and finds the new
// units in the unit picker; a renaming file lists the change with its old
// name. Screenshots: build/screenshots/import-org-units-*.png.
//
//   KPLAN_BIN=$PWD/build/kplan node --test tests/browser/import_org_units.test.mjs

import { test } from 'node:test'
import assert from 'node:assert/strict'
import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { axeSource as readAxe, demoData, launch, seriousAxeViolations, shoot, signIn, startServer, stopServer, watchProblems } from './lib.mjs'

const levels = '\ufeffFörvaltning;Avdelning;Enhet\r\n' +
  'Vård- och omsorgsförvaltningen;Hemtjänst;Nattpatrullen\r\n' +
  'Kultur- och fritidsförvaltningen;Bibliotek;Stadsbiblioteket\r\n'

async function chooseFile(page, name, text) {
  await page.locator('#import-file').setInputFiles({ name, mimeType: 'text/csv', buffer: Buffer.from(text) })
}

test('Import: hr imports an org-units file, previewed first, and sees the units', { timeout: 120_000 }, async () => {
  const tmp = await fs.mkdtemp(path.join(os.tmpdir(), 'kplan-orgimport-'))
  const axe = await readAxe()
  let server
  let context
  try {
    await demoData(tmp, 100)
    server = await startServer(tmp)
    context = await launch(path.join(tmp, 'profile'))
    const page = context.pages()[0] ?? (await context.newPage())
    page.setDefaultTimeout(10_000)
    const problems = watchProblems(page)
    await page.goto(server.base)
    await signIn(page, 'hr')
    await page.goto(`${server.base}/#/import`)
    await page.getByRole('heading', { level: 1, name: 'Import' }).waitFor()
    await page.getByLabel('Vad innehåller filen?').selectOption('org-units')
    await page.getByText('ingenting sparas förrän du bekräftar').waitFor()
    await chooseFile(page, 'enheter.csv', levels)
    await page.getByRole('button', { name: 'Visa enheterna' }).click()

    const units = page.getByTestId('import-units')
    await units.waitFor({ timeout: 15_000 })
    assert.match(await units.locator('caption').textContent(), /Enheter som skulle skapas eller ändras \(\d+\)/)
    const rows = await units.locator('tbody tr').allTextContents()
    // The förvaltningar and avdelningar are new units too: a level file names units by their path.
    assert.ok(rows.some((r) => /Ny.*Nattpatrullen.*Enhet.*Hemtjänst/.test(r)), rows.join('\n'))
    assert.ok(rows.some((r) => /Ny.*Stadsbiblioteket.*Enhet.*Bibliotek/.test(r)), rows.join('\n'))
    assert.match(await page.getByTestId('import-outcome').textContent(), /ingenting sparat/)
    const picker = page.getByTestId('scope-org')
    assert.equal(await picker.locator('option', { hasText: 'Nattpatrullen' }).count(), 0, 'nothing saved before confirming')
    assert.deepEqual(await seriousAxeViolations(page, axe), [])
    await shoot(page, 'import-org-units-preview')

    await page.getByRole('button', { name: 'Bekräfta och läs in' }).click()
    await page.getByTestId('import-outcome').filter({ hasText: 'Filen är inläst' }).waitFor({ timeout: 15_000 })
    assert.match(await units.locator('caption').textContent(), /Enheter som skapades eller ändrades/)
    await picker.locator('option', { hasText: 'Nattpatrullen' }).waitFor({ state: 'attached' })
    await picker.locator('option', { hasText: 'Stadsbiblioteket' }).waitFor({ state: 'attached' })
    await shoot(page, 'import-org-units-done')

    // A renaming by code: listed as a change, with the name it had.
    await chooseFile(page, 'namn.csv', 'Enhetskod;Enhetsnamn;Överordnad enhet\nVOF-HT-N;Hemtjänst Norra;VOF-HT\n')
    await page.getByRole('button', { name: 'Visa enheterna' }).click()
    await units.locator('tbody tr', { hasText: 'Hemtjänst Norra' }).waitFor({ timeout: 15_000 })
    const change = await units.locator('tbody tr').first().textContent()
    assert.match(change, /Ändras.*VOF-HT-N.*Hemtjänst Norra.*Hemtjänst Norr/)
    await page.getByRole('button', { name: 'Bekräfta och läs in' }).click()
    await page.getByTestId('import-outcome').filter({ hasText: 'Filen är inläst' }).waitFor({ timeout: 15_000 })
    await picker.locator('option', { hasText: 'Hemtjänst Norra' }).waitFor({ state: 'attached' })
    assert.deepEqual(problems, [])
  } finally {
    await context?.close().catch(() => {})
    if (server) await stopServer(server)
    await fs.rm(tmp, { recursive: true, force: true })
  }
})
