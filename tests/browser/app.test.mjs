// The web app end to end, as the users would work: an HR strategist signs in, imports a
// register with a deliberate error and sees the row error, fixes it and imports; edits the
// inventory and sees the gap table change; adds a risk and an activity; records an indicator
// outcome and sees Röd or Grön; downloads a report (when the server has the route). A chef sees
// only their own förvaltning. Every page is screenshotted (build/screenshots/page-*.png) and
// checked with axe-core (no serious or critical violations).

import { test } from 'node:test'
import assert from 'node:assert/strict'
import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { axeSource as readAxe, demoData, docxText, launch, pdfText, seriousAxeViolations, shoot, signIn, startServer, stopServer, watchProblems } from './lib.mjs'

const pages = [
  ['oversikt', 'Översikt'], ['nulage', 'Nuläge'], ['kartlaggning', 'Kartläggning'],
  ['behov-och-gap', 'Behov och gap'], ['kompetensmal', 'Kompetensmål'], ['riskanalys', 'Riskanalys'],
  ['aktivitetsplan', 'Aktivitetsplan'], ['personalprognos', 'Personalprognos'], ['uppfoljning', 'Uppföljning'],
  ['successionsplanering', 'Successionsplanering'], ['planar', 'Planår och beslut'], ['plantexter', 'Plantexter'], ['rapporter', 'Rapporter'],
  ['kommunstyrelsen', 'Sammanställning till kommunstyrelsen'], ['import', 'Import'],
  ['administration', 'Administration'],
]

const header = 'Anställningsnr;Enhet;Yrke;Anställningsform;Födelseår;Kön;Sysselsättningsgrad;Anställningsdatum'
const register = (fte) => [header,
  'T1;KLF-HR;HR-specialist;tillsvidare;1970;K;100;2010-03-01',
  `T2;KLF-HR;HR-specialist;visstid;1988;M;${fte};2024-08-15`,
  'T3;KLF-HR;Controller;tillsvidare;1962;K;75,5;2001-01-10',
].join('\r\n') + '\r\n'

async function open(page, base, slug, title) {
  await page.goto(`${base}/#/${slug}`)
  await page.getByRole('heading', { level: 1, name: title }).waitFor()
  await page.waitForLoadState('networkidle')
}

/** Someone else saves the record open in the form (fetch in the page, with the session), then the
 *  user saves their own change: a 412. Every page answers it the same way (lib/recordEditor): the
 *  choice; "Hämta den sparade versionen" puts the stored version into the still open form, lists the
 *  user's value beside it and can put it back. `field` is the form field the user changed. */
async function meetConflict(page, { saveElsewhere, field, label, mine, theirs, shot }) {
  await page.evaluate(saveElsewhere)
  await page.locator(field).fill(mine)
  await page.getByRole('button', { name: 'Spara', exact: true }).click()
  const conflict = page.getByRole('alertdialog', { name: 'Någon annan har sparat under tiden' })
  await conflict.waitFor()
  await shoot(page, shot)
  await conflict.getByRole('button', { name: 'Hämta den sparade versionen' }).click()
  await page.waitForFunction(([f, v]) => document.querySelector(f)?.value === v, [field, theirs])
  assert.equal(await conflict.count(), 0)
  // The record is still open (not cancelled, not re-opened empty), and the user's value is shown.
  assert.equal(await page.getByRole('button', { name: 'Avbryt' }).count(), 1)
  await page.getByTestId('editor-notice').filter({ hasText: 'Formuläret visar nu den sparade versionen' }).waitFor()
  const row = page.getByTestId('unsaved-values').locator('tr', { has: page.locator('th', { hasText: label }) })
  assert.ok((await row.textContent()).includes(mine), await row.textContent())
  await row.getByRole('button', { name: `Använd mitt värde för ${label}` }).click()
  assert.equal(await page.locator(field).inputValue(), mine)
  assert.equal(await row.count(), 0) // re-applied: no longer listed
}

/** The "GAP – Totalt" cell of a category's first (2-year) row in the gap table. */
async function gapTotal(page, category) {
  const row = page.getByTestId('gap-table').locator('tr', { has: page.locator('th', { hasText: category }) }).first()
  return (await row.locator('td').last().textContent()).trim()
}

test('the web app: every module in the browser', { timeout: 170_000 }, async (t) => {
  const tmp = await fs.mkdtemp(path.join(os.tmpdir(), 'kplan-app-'))
  const axe = await readAxe()
  let server
  let context
  try {
    await demoData(tmp)
    server = await startServer(tmp)
    context = await launch(path.join(tmp, 'profile'))
    const page = context.pages()[0] ?? (await context.newPage())
    page.setDefaultTimeout(8_000)
    const problems = watchProblems(page)
    const base = server.base

    await t.test('login page is accessible and refuses a wrong password', async () => {
      await page.goto(`${base}/`)
      await page.getByRole('heading', { level: 1, name: 'Logga in' }).waitFor()
      assert.deepEqual(await seriousAxeViolations(page, axe), [])
      await shoot(page, 'page-login')
      await page.getByLabel('Användarnamn').fill('hr')
      await page.getByLabel('Lösenord').fill('fel-lösenord')
      await page.getByRole('button', { name: 'Logga in' }).click()
      await page.getByRole('alert').waitFor()
      await signIn(page, 'hr')
      assert.match(await page.getByTestId('who').textContent(), /hr · HR-strateg/)
    })

    await t.test('import: a register with an error shows the row error; the fixed file imports', async () => {
      await open(page, base, 'import', 'Import')
      await page.getByTestId('scope-org').selectOption('KLF-HR') // a small unit, so the other pages keep the demo's figures
      await page.getByLabel('Vad innehåller filen?').selectOption('employees')
      await page.getByLabel('Uttagsdatum').fill('2023-12-31') // older than the demo's snapshots, so the newest figures stay the demo's
      await page.locator('#import-file').setInputFiles({ name: 'personal.csv', mimeType: 'text/csv', buffer: Buffer.from(register('150')) })
      await page.getByRole('button', { name: 'Läs in', exact: true }).click()
      const errors = page.getByTestId('import-errors')
      await errors.waitFor({ timeout: 15_000 })
      const row = errors.locator('tbody tr').first()
      assert.equal((await row.locator('td').nth(0).textContent()).trim(), '3')
      assert.match(await row.textContent(), /Sysselsättningsgrad/)
      assert.match(await row.textContent(), /150/)
      assert.match(await page.getByTestId('import-outcome').textContent(), /ingenting har sparats/)
      await shoot(page, 'page-import-error')

      await page.locator('#import-file').setInputFiles({ name: 'personal.csv', mimeType: 'text/csv', buffer: Buffer.from(register('80')) })
      await page.getByRole('button', { name: 'Läs in', exact: true }).click()
      await page.getByTestId('import-outcome').filter({ hasText: 'Filen är inläst' }).waitFor({ timeout: 15_000 })
      assert.equal(await page.getByTestId('import-errors').count(), 0)
    })

    await t.test('need parameters: a target distribution makes shortages appear, coloured', async () => {
      await open(page, base, 'behov-och-gap', 'Behov och gap')
      await page.getByTestId('scope-org').selectOption('VOF')
      await page.getByTestId('gap-table').locator('th', { hasText: 'Sjuksköterska' }).waitFor()
      await page.getByTestId('gap-category').selectOption('Sjuksköterska')
      const placeholder = await page.getByLabel('Utgångsläge (antal)').getAttribute('placeholder')
      await page.getByLabel('Utgångsläge (antal)').fill(placeholder)
      await page.getByLabel('Viss (%)', { exact: true }).fill('10')
      await page.getByLabel('God (%)', { exact: true }).fill('30')
      await page.getByLabel('Hög (%)', { exact: true }).fill('40')
      await page.getByLabel('Mycket hög (%)', { exact: true }).fill('20')
      await page.getByLabel('Ökning på 2 års sikt (%)').fill('2,6')
      await page.getByLabel('Ökning på 5 års sikt (%)').fill('6,7')
      await page.getByRole('button', { name: 'Spara och räkna om' }).click()
      await page.getByRole('status').filter({ hasText: 'är sparade' }).waitFor()
      assert.ok((await page.getByTestId('gap-table').locator('td.gap-shortage').count()) > 0)
      await shoot(page, 'page-behov-och-gap-saved')
    })

    await t.test('inventory edit changes the gap table', async () => {
      await open(page, base, 'behov-och-gap', 'Behov och gap')
      await page.getByTestId('scope-org').selectOption('VOF')
      await page.getByTestId('gap-table').waitFor()
      const category = 'Sjuksköterska' // its need has a fixed base now, so more supply means a smaller gap
      const before = await gapTotal(page, category)

      await open(page, base, 'kartlaggning', 'Kartläggning')
      const grid = page.getByTestId('inventory-grid')
      await grid.waitFor()
      const cell = grid.getByLabel(`${category}, Viss`)
      if ((await cell.count()) === 0) {
        await page.getByLabel('Lägg till yrkeskategori').selectOption(category)
      }
      const old = Number((await grid.getByLabel(`${category}, Viss`).inputValue()).replace(',', '.') || '0')
      await grid.getByLabel(`${category}, Viss`).fill(String(old + 10))
      await page.getByRole('button', { name: 'Spara', exact: true }).click()
      await page.getByRole('status').filter({ hasText: 'Kartläggningen är sparad.' }).waitFor()

      await open(page, base, 'behov-och-gap', 'Behov och gap')
      await page.getByTestId('gap-table').waitFor()
      const after = await gapTotal(page, category)
      const num = (s) => Number(s.replace('\u2212', '-').replace(/\s/g, ''))
      assert.equal(num(after), num(before) + 10, `gap total of ${category}: ${before} → ${after}`)
    })

    await t.test('add a risk (and meet a 412 conflict as a choice) and an activity', async () => {
      await open(page, base, 'riskanalys', 'Riskanalys')
      await page.getByLabel('Yrkeskategori').selectOption('Sjuksköterska')
      await page.locator('#risk-oc').selectOption('4')
      await page.locator('#risk-op').selectOption('3')
      await page.getByLabel('Beskrivning').fill('Svårt att rekrytera erfarna sjuksköterskor till natten.')
      await page.getByRole('button', { name: 'Lägg till risk' }).click()
      await page.getByTestId('risk-table').getByText('Svårt att rekrytera erfarna sjuksköterskor till natten.').waitFor()


      // Someone else saves the same risk while it is open here: 412, shown as a choice.
      const row = page.getByTestId('risk-table').locator('tr', { hasText: 'Svårt att rekrytera erfarna sjuksköterskor till natten.' })
      await row.getByRole('button', { name: /^Ändra/ }).click()
      await meetConflict(page, {
        saveElsewhere: async () => {
          const { csrf_token } = await (await fetch('api/v1/session')).json()
          const list = await (await fetch('api/v1/risks?org=VOF&year=2025&limit=500')).json()
          const risk = list.items.find((r) => r.description.startsWith('Svårt att rekrytera erfarna'))
          const body = { unit: risk.unit, year: risk.year, category: risk.category, description: 'Ändrad av en kollega.',
            operations: { consequence: 4, probability: 4 }, work_environment: { consequence: 2, probability: 2 } }
          const r = await fetch(`api/v1/risks/${risk.id}`, { method: 'PUT', body: JSON.stringify(body),
            headers: { 'Content-Type': 'application/json', 'X-CSRF-Token': csrf_token, 'If-Match': `"${risk.version}"` } })
          if (!r.ok) throw new Error(`PUT ${r.status}`)
        },
        field: '#risk-description', label: 'Beskrivning', mine: 'Min ändring.', theirs: 'Ändrad av en kollega.',
        shot: 'page-riskanalys-conflict',
      })
      // Saved again on top of the stored version: the colleague's probability (4) stays, my text wins.
      assert.equal(await page.locator('#risk-op').inputValue(), '4')
      await page.getByRole('button', { name: 'Spara', exact: true }).click()
      await page.getByTestId('risk-table').getByText('Min ändring.').waitFor()

      await open(page, base, 'aktivitetsplan', 'Aktivitetsplan')
      // The form's limits and areas are the server's (GET /api/v1/vocabularies), not the page's own.
      const vocabularies = await page.evaluate(async () => (await fetch('api/v1/vocabularies')).json())
      const titleLimit = String(vocabularies.limits['activity.title'])
      await page.waitForFunction((n) => document.querySelector('#activity-title')?.getAttribute('maxlength') === n, titleLimit)
      assert.equal(await page.locator('#activity-title').getAttribute('maxlength'), titleLimit)
      const offered = await page.locator('#activity-areas option').evaluateAll((os) => os.map((o) => o.value))
      for (const area of vocabularies.strategic_areas) assert.ok(offered.includes(area.value), area.value)
      assert.ok(offered.includes('Utveckla') && offered.includes('Behålla'), offered.join(', '))
      await page.getByLabel('Strategiskt område').last().fill('Rekrytera')
      await page.getByLabel('Aktivitet', { exact: true }).fill('Mentorskap för nya nattsjuksköterskor')
      await page.locator('#activity-category').selectOption('Sjuksköterska')
      await page.locator('#activity-owner').fill('Enhetschef natt')
      await page.locator('#activity-end').fill('2027-06-30')
      // It runs into next year: the plan of 2026 has it too (it is written for the scope's year).
      await page.getByLabel('Gäller till och med planår').selectOption('2026')
      // It works towards one of the plan year's goals.
      const goal = (await page.locator('#activity-goals option').first().textContent()).trim()
      await page.locator('#activity-goals').selectOption({ index: 0 })
      await page.getByRole('button', { name: 'Lägg till aktivitet' }).click()
      await page.locator('table.activity-table th', { hasText: 'Mentorskap för nya nattsjuksköterskor' })
        .getByText(`Mål: ${goal}`).waitFor()
      await page.getByText('Mentorskap för nya nattsjuksköterskor', { exact: true }).first().waitFor()
      await page.getByTestId('filter-area').selectOption('Rekrytera')
      await page.getByText('Mentorskap för nya nattsjuksköterskor', { exact: true }).first().waitFor()
      await page.getByTestId('filter-area').selectOption('')

      // The same conflict on another page: the activity is changed elsewhere while open here.
      await page.getByRole('button', { name: 'Ändra Mentorskap för nya nattsjuksköterskor' }).click()
      await meetConflict(page, {
        saveElsewhere: async () => {
          const { csrf_token } = await (await fetch('api/v1/session')).json()
          const list = await (await fetch('api/v1/activities?org=VOF&limit=1000')).json()
          const a = list.items.find((x) => x.title === 'Mentorskap för nya nattsjuksköterskor')
          if (a.through_year !== 2026) throw new Error(`through_year ${a.through_year}`)
          const body = { unit: a.unit, year: a.year, through_year: a.through_year, goal_ids: a.goal_ids, area: a.area, title: a.title,
            description: a.description, categories: a.categories, owner: 'Vårdenhetschef', start: a.start, end: a.end,
            status: 'ongoing' }
          const r = await fetch(`api/v1/activities/${a.id}`, { method: 'PUT', body: JSON.stringify(body),
            headers: { 'Content-Type': 'application/json', 'X-CSRF-Token': csrf_token, 'If-Match': `"${a.version}"` } })
          if (!r.ok) throw new Error(`PUT ${r.status}`)
        },
        field: '#activity-owner', label: 'Ansvarig', mine: 'Enhetschef natt och kväll', theirs: 'Vårdenhetschef',
        shot: 'page-aktivitetsplan-conflict',
      })
      // The colleague's status (Pågår) is in the form now, and saving keeps it with my owner.
      assert.equal(await page.locator('#activity-status').inputValue(), 'ongoing')
      await page.getByRole('button', { name: 'Spara', exact: true }).click()
      await page.getByRole('status').filter({ hasText: 'är sparad' }).waitFor()
      await page.locator('table.activity-table td', { hasText: 'Enhetschef natt och kväll' }).first().waitFor()
    })

    await t.test('a goal serves the kommun\'s målsättning and is judged by hand with its reason', async () => {
      await open(page, base, 'kompetensmal', 'Kompetensmål')
      const inherited = page.getByTestId('inherited-goals').locator('li')
      await inherited.first().waitFor()
      const malsattning = (await inherited.first().textContent()).trim()
      await page.getByLabel('Mål', { exact: true }).fill('Nöjd medarbetarindex 75')
      await page.locator('#goal-parent').selectOption({ label: malsattning })
      await page.locator('#goal-area').fill('Behålla')
      await page.locator('#goal-manual').selectOption('red')
      await page.getByRole('button', { name: 'Lägg till mål' }).click()
      // No reason, no save: the form says why before anything is sent.
      await page.getByText('Skriv varför målet bedöms manuellt.').first().waitFor()
      await page.locator('#goal-comment').fill('Ingen medarbetarundersökning under 2023.')
      await page.getByRole('button', { name: 'Lägg till mål' }).click()
      const item = page.locator('.goal-list li', { hasText: 'Nöjd medarbetarindex 75' })
      await item.waitFor()
      await item.getByText(`Utgår från kommunens målsättning: ${malsattning}`).waitFor()
      await item.locator('.badge-red').waitFor()
    })

    await t.test('record an indicator outcome and see Röd or Grön', async () => {
      await open(page, base, 'uppfoljning', 'Uppföljning')
      await page.locator('#outcome-period').fill('2026')
      await page.locator('#outcome-value').fill('7,5')
      await page.getByRole('button', { name: 'Spara utfall' }).click()
      const status = page.getByTestId('outcome-status')
      await status.filter({ hasText: /: (Röd|Grön)\.$/ }).waitFor()
      assert.ok((await page.locator('.badge-red, .badge-green').count()) > 0)
      // A new indicator with a target (seed 000's style) and an outcome below it: Röd.
      await page.locator('#ind-name').fill('Andel heltidsanställda undersköterskor')
      await page.locator('#ind-rule').selectOption('at_least')
      await page.locator('#ind-a').fill('80')
      await page.getByRole('button', { name: 'Lägg till indikator' }).click()
      await page.getByRole('rowheader', { name: 'Andel heltidsanställda undersköterskor' }).waitFor()
      await page.locator('#outcome-indicator').selectOption({ label: 'Andel heltidsanställda undersköterskor (minst 80 %)' })
      await page.locator('#outcome-manual').selectOption('')
      await page.locator('#outcome-period').fill('2025')
      await page.locator('#outcome-value').fill('72,5')
      await page.getByRole('button', { name: 'Spara utfall' }).click()
      await status.filter({ hasText: 'Andel heltidsanställda undersköterskor 2025 är sparat: Röd.' }).waitFor()
      const row = page.getByTestId('indicator-row').filter({ hasText: 'Andel heltidsanställda undersköterskor' })
      await row.locator('.badge-red').waitFor()
      // A manual assessment without a comment is refused before it is sent.
      await page.locator('#outcome-manual').selectOption('green')
      await page.getByRole('button', { name: 'Spara utfall' }).click()
      await page.getByRole('alert').filter({ hasText: 'kommentar' }).waitFor()
      // With its comment it stands (seed 000: judged Grön although under the rule's value).
      const fill = async (period, value) => {
        await page.locator('#outcome-indicator').selectOption({ label: 'Andel heltidsanställda undersköterskor (minst 80 %)' })
        await page.locator('#outcome-period').fill(period)
        await page.locator('#outcome-value').fill(value)
      }
      await fill('2025', '72,5')
      await page.locator('#outcome-manual').selectOption('green')
      await page.locator('#outcome-comment').fill('Heltidsresan gick fortare än planerat i hemtjänsten')
      await page.getByRole('button', { name: 'Spara utfall' }).click()
      await status.filter({ hasText: 'Andel heltidsanställda undersköterskor 2025 är sparat: Grön.' }).waitFor()
      await row.locator('.badge-green').waitFor()
      // Next year's target, without an outcome: the period holds only its own target.
      await fill('2026', '')
      await page.locator('#outcome-own-target').check()
      await page.locator('#outcome-target-rule').selectOption('at_least')
      await page.locator('#outcome-target-a').fill('85')
      await page.getByRole('button', { name: 'Spara utfall' }).click()
      await status.filter({ hasText: 'Andel heltidsanställda undersköterskor 2026 är sparat: Ej bedömd.' }).waitFor()
      await row.getByTestId('next-target').filter({ hasText: '2026: minst 85 %' }).waitFor()
      await row.locator('.badge-green').waitFor() // 2025 is still the outcome shown, Grön
    })

    await t.test('write the plan\'s texts: a chapter with a heading and a list, a comment per category, a summary', async () => {
      await open(page, base, 'plantexter', 'Plantexter')
      const status = page.getByTestId('text-status')
      await page.locator('#text-section').selectOption('inledning')
      await page.locator('#text-body').fill('## Vår utgångspunkt\n\nFörvaltningen ska bli en attraktiv arbetsgivare.\n\n- Traineeprogram för undersköterskor\n- Sommarjobb för unga\n')
      // The toolbar: the last line in bold.
      await page.locator('#text-body').evaluate((el) => el.setSelectionRange(el.value.indexOf('Sommarjobb'), el.value.indexOf('Sommarjobb') + 10))
      await page.getByRole('button', { name: 'Fet', exact: true }).click()
      assert.match(await page.locator('#text-body').inputValue(), /- \*\*Sommarjobb\*\* för unga/)
      const preview = page.getByTestId('text-preview')
      await preview.locator('h2', { hasText: 'Vår utgångspunkt' }).waitFor()
      await preview.locator('li strong', { hasText: 'Sommarjobb' }).waitFor()
      await page.getByRole('button', { name: 'Spara texten' }).click()
      await status.filter({ hasText: 'Texten till Inledning är sparad.' }).waitFor()
      // A per-category comment under Kompetensgap (seed 001's "Kommentar kompetensgap").
      await page.locator('#text-section').selectOption('kompetensgap')
      await page.locator('#text-category').selectOption('Undersköterska')
      await page.locator('#text-body').fill('Bristen på nivån *Hög* växer när erfarna undersköterskor går i pension.')
      await page.getByRole('button', { name: 'Spara texten' }).click()
      await status.filter({ hasText: 'Texten till Kompetensgap – Undersköterska är sparad.' }).waitFor()
      await page.locator('#text-section').selectOption('sammanfattning')
      await page.locator('#text-body').fill('Sammanfattningen är skriven i appen.')
      await page.getByRole('button', { name: 'Spara texten' }).click()
      await status.filter({ hasText: 'Texten till Sammanfattning är sparad.' }).waitFor()
      // A script probe stays text in the preview.
      await page.locator('#text-body').fill('<script>window.__probe = 1</script>')
      await preview.filter({ hasText: '<script>window.__probe = 1</script>' }).waitFor()
      assert.equal(await page.evaluate(() => window.__probe), undefined)
      await page.locator('#text-section').selectOption('sammanfattning') // back to the stored text
      assert.equal(await page.locator('#text-body').inputValue(), 'Sammanfattningen är skriven i appen.')
      const row = page.getByTestId('text-row').filter({ hasText: 'Kompetensgap' })
      await row.filter({ hasText: 'Undersköterska' }).waitFor()
    })

    await t.test('reports: download the plan as PDF (skipped only while the server lacks GET /api/v1/reports)', async (st) => {
      await open(page, base, 'rapporter', 'Rapporter')
      const link = page.getByTestId('report-pdf')
      if ((await link.count()) === 0) {
        st.skip('pending: the server has no /api/v1/reports yet')
        return
      }
      const [download] = await Promise.all([page.waitForEvent('download'), link.click()])
      const file = await download.path()
      assert.ok((await fs.stat(file)).size > 1000)
      // The follow-up as the board reads it, in the PDF and the DOCX: the manual Grön marked as
      // such, its comment, and next year's target in its own column.
      const [docx] = await Promise.all([page.waitForEvent('download'), page.getByTestId('report-docx').click()])
      for (const text of [await pdfText(file), await docxText(await docx.path())]) {
        const flat = text.replace(/\s+/g, ' ')
        // The PDF's narrow cells wrap ("Grön" above "(manuell)"), as a reader sees them in print.
        assert.match(flat, /Andel heltidsanställda .{0,120}minst 80 % 72,5 % – Grön .{0,40}minst 85 %/)
        assert.match(flat, /Grön (\S+ ){0,2}\(manuell\)/)
        assert.match(flat, /Målvärde (\S+ ){0,2}2026/)
        assert.match(flat, /Andel heltidsanställda undersköterskor: Heltidsresan gick fortare än planerat i hemtjänsten/)
        // The texts written in the app, with their heading and list.
        assert.match(flat, /Vår utgångspunkt Förvaltningen ska bli en attraktiv arbetsgivare\./)
        assert.match(flat, /Traineeprogram för undersköterskor/)
        assert.match(flat, /Sommarjobb för unga/)
        assert.doesNotMatch(flat, /\*\*Sommarjobb/) // formatting, not asterisks
        assert.match(flat, /Bristen på nivån Hög växer när erfarna undersköterskor går i pension\./)
        assert.match(flat, /Sammanfattningen är skriven i appen\./)
      }
    })

    await t.test('every page: screenshot and no serious accessibility violations', async () => {
      for (const [slug, title] of pages) {
        await open(page, base, slug, title)
        if (slug !== 'oversikt' && slug !== 'administration') {
          const org = page.getByTestId('scope-org')
          if ((await org.count()) && (await org.inputValue()) !== 'VOF') {
            await org.selectOption('VOF')
            await page.waitForLoadState('networkidle')
          }
        }
        await page.waitForTimeout(300)
        assert.deepEqual(await seriousAxeViolations(page, axe), [], `axe on ${slug}`)
        await shoot(page, `page-${slug}`)
      }
      // The stochastic projection's bands: personalprognos.test.mjs.
      // English too: the switch reaches every text of a page.
      await page.getByRole('button', { name: 'English' }).click()
      await open(page, base, 'behov-och-gap', 'Needs and gaps')
      await shoot(page, 'page-behov-och-gap-en')
      await page.getByRole('button', { name: 'Svenska' }).click()
    })

    await t.test('a chef sees only their own förvaltning', async () => {
      await page.getByRole('button', { name: 'Logga ut' }).click()
      await page.getByRole('heading', { level: 1, name: 'Logga in' }).waitFor()
      await signIn(page, 'chef.hemtjanst')
      const nav = page.getByRole('navigation', { name: 'Huvudmeny' })
      const menu = (await nav.getByRole('link').allTextContents()).map((s) => s.trim())
      assert.ok(!menu.includes('Import') && !menu.includes('Administration'), menu.join(', '))
      assert.ok(!menu.includes('Sammanställning till kommunstyrelsen'), 'the roll-up is for the whole kommun, not a chef')
      await open(page, base, 'riskanalys', 'Riskanalys')
      const units = await page.getByTestId('scope-org').locator('option').evaluateAll((os) => os.map((o) => o.value))
      assert.ok(units.length > 0 && units.every((u) => u.startsWith('VOF')), units.join(', '))
      assert.ok(!units.includes('BUF'))
      const status = await page.evaluate(async () => (await fetch('api/v1/risks?org=BUF&year=2025')).status)
      assert.equal(status, 403)
      // The manager may write risks but not need parameters: no save button on Behov och gap.
      await open(page, base, 'behov-och-gap', 'Behov och gap')
      assert.equal(await page.getByRole('button', { name: 'Spara och räkna om' }).count(), 0)
      await shoot(page, 'page-chef-behov-och-gap')
    })

    await t.test('a reader sees no write controls; the administrator sees the users', async () => {
      await page.getByRole('button', { name: 'Logga ut' }).click()
      await signIn(page, 'lasare')
      await open(page, base, 'riskanalys', 'Riskanalys')
      await page.getByTestId('risk-table').waitFor()
      assert.equal(await page.getByRole('button', { name: 'Lägg till risk' }).count(), 0)
      assert.equal(await page.getByRole('button', { name: /^Ändra/ }).count(), 0)
      await page.getByRole('button', { name: 'Logga ut' }).click()
      await signIn(page, 'admin')
      await open(page, base, 'administration', 'Administration')
      await page.getByRole('heading', { name: 'Användare', exact: true }).waitFor()
      await page.getByRole('cell', { name: 'chef.hemtjanst' }).or(page.getByRole('rowheader', { name: 'chef.hemtjanst' })).first().waitFor()
      assert.deepEqual(await seriousAxeViolations(page, axe), [])
      await shoot(page, 'page-administration-admin')
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
