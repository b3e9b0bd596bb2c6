// A register straight from the HR system on the Import page (issue 15 item 3):
// hr chooses the file, the page shows its columns with what it recognises,
// hr maps the unknown unit column, ticks "Pseudonymisera personnummer och ta
// bort namn" and imports; the report says what was dropped and merged. The
// mapping is remembered for the next register file. Screenshots:
// build/screenshots/import-register-*.png.
//
//   KPLAN_BIN=$PWD/build/kplan node --test tests/browser/import_register.test.mjs

import { test } from 'node:test'
import assert from 'node:assert/strict'
import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { axeSource as readAxe, demoData, launch, seriousAxeViolations, shoot, signIn, startServer, stopServer, watchProblems } from './lib.mjs'

// Made-up personnummer with correct check digits; "Arbetsställe" is not a header the reader knows.
const register = 'Personnummer;Förnamn;Efternamn;Arbetsställe;Befattning;Anställningsform;Sysselsättningsgrad;Anställningsdatum\r\n' +
  '19680512-1230;Karl;Lindqvist;VOF-HT-N;Undersköterska;Tillsvidare;100;1995-03-01\r\n' +
  '701063-2391;Ahmed;Yusuf;VOF-HT-S;Undersköterska;Tillsvidare;50;2010-05-01\r\n' +
  '7010632391;Ahmed;Yusuf;VOF-HT-N;Undersköterska;Tillsvidare;25;2018-01-01\r\n'

async function chooseFile(page, name, text) {
  await page.locator('#import-file').setInputFiles({ name, mimeType: 'text/csv', buffer: Buffer.from(text) })
}

test('Import: hr maps the columns of an HR export and imports it pseudonymised', { timeout: 120_000 }, async () => {
  const tmp = await fs.mkdtemp(path.join(os.tmpdir(), 'kplan-pseudo-'))
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
    await page.getByTestId('scope-org').selectOption('VOF-HT')  // the file's units are Hemtjänst's
    await page.getByLabel('Uttagsdatum').fill('2031-11-01')
    await chooseFile(page, 'personec.csv', register)

    const mapping = page.getByTestId('import-mapping')
    await mapping.waitFor({ timeout: 15_000 })
    assert.equal(await page.locator('#map-occupation').inputValue(), 'Befattning', 'the recognised header is prefilled')
    assert.equal(await page.locator('#map-unit').inputValue(), '', 'an unknown header is not guessed')
    await page.locator('#map-unit').selectOption('Arbetsställe')
    await page.getByLabel('Pseudonymisera personnummer och ta bort namn').check()
    assert.match(await page.locator('#map-employee_id option:checked').textContent(), /Personnumret \(pseudonymiseras\)/)
    assert.match(await page.locator('#map-birth_year option:checked').textContent(), /Tas från personnumret/)
    assert.match(await page.getByTestId('import-map-json').textContent(), /"unit": "Arbetsställe"/)
    assert.deepEqual(await seriousAxeViolations(page, axe), [])
    await shoot(page, 'import-register-mapping')

    await page.getByRole('button', { name: 'Läs in', exact: true }).click()
    await page.getByTestId('import-outcome').waitFor({ timeout: 15_000 })
    await page.waitForTimeout(1500)
    assert.match(await page.locator('section.card').last().textContent(), /Filen är inläst/)
    const notes = await page.locator('ul.notes').textContent()
    assert.match(notes, /1 anställningsrader slogs ihop/)
    assert.match(notes, /"Förnamn", "Efternamn" togs bort/)
    const shown = await page.locator('main').textContent()
    for (const secret of ['19680512-1230', '701063-2391', 'Lindqvist', 'Yusuf']) assert.ok(!shown.includes(secret), secret)
    await shoot(page, 'import-register-done')

    // The next register file: the mapping chosen for this kind comes back.
    await page.reload()
    await page.getByRole('heading', { level: 1, name: 'Import' }).waitFor()
    await chooseFile(page, 'personec-2032.csv', register)
    await page.getByTestId('import-mapping').waitFor({ timeout: 15_000 })
    assert.equal(await page.locator('#map-unit').inputValue(), 'Arbetsställe', 'the mapping is remembered')
    assert.deepEqual(problems, [])
  } finally {
    await context?.close().catch(() => {})
    if (server) await stopServer(server)
    await fs.rm(tmp, { recursive: true, force: true })
  }
})
