// Plantexter's own chapters end to end (issue 13, item 2): on the demo municipality served by the
// real `kplan serve`, the HR strategist writes two chapters after Nuläge in the browser — one with a
// sub-heading and a bullet list made with the toolbar —, edits one, moves it above the other,
// meets a colleague's change while moving (the 412 choice), and deletes a third; a script probe
// stays text in the preview and in the list. The plan downloaded from Rapporter as PDF and DOCX has
// the chapters in that order with their heading, sub-heading and list items. A reader sees the
// chapters without write controls. Screenshots: build/screenshots/plantexter-*.png.
//
//   KPLAN_BIN=$PWD/build/kplan node --test tests/browser/plantexter.test.mjs

import { test } from 'node:test'
import assert from 'node:assert/strict'
import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { axeSource as readAxe, demoData, docxText, launch, pdfText, seriousAxeViolations, shoot, signIn, startServer, stopServer, watchProblems, zipEntry } from './lib.mjs'

const trends = 'Verksamheternas utmaningar och trender'
const common = 'Gemensamma utmaningar'
const probe = 'Skriptprov'

async function open(page, base, slug, title) {
  await page.goto(`${base}/#/${slug}`)
  await page.getByRole('heading', { level: 1, name: title }).waitFor()
  await page.waitForLoadState('networkidle')
  const org = page.getByTestId('scope-org')
  if ((await org.inputValue()) !== 'VOF') {
    await org.selectOption('VOF')
    await page.waitForLoadState('networkidle')
  }
}

/** The chapter titles as the list shows them, section by section. */
async function listed(page) {
  return page.getByTestId('chapter-group').evaluateAll((groups) =>
    groups.map((g) => [g.dataset.after, [...g.querySelectorAll('.chapter-title')].map((e) => e.textContent.trim())]))
}

test('Plantexter: the plan\'s own chapters, written, moved and printed', { timeout: 150_000 }, async (t) => {
  const tmp = await fs.mkdtemp(path.join(os.tmpdir(), 'kplan-chapters-'))
  const axe = await readAxe()
  let server
  let context
  try {
    await demoData(tmp, 200)
    server = await startServer(tmp)
    context = await launch(path.join(tmp, 'profile'))
    const page = context.pages()[0] ?? (await context.newPage())
    page.setDefaultTimeout(8_000)
    const problems = watchProblems(page)
    // Only the delete's confirm may open a dialog; an alert would be the script probe running.
    const dialogs = []
    page.on('dialog', async (d) => {
      dialogs.push(`${d.type()}: ${d.message()}`)
      if (d.type() === 'confirm') await d.accept()
      else await d.dismiss()
    })
    const base = server.base
    await page.goto(base)
    await signIn(page, 'hr')

    const status = page.getByTestId('chapter-status')
    const form = page.locator('#chapter-form')

    await t.test('write a chapter with a sub-heading and a bullet list after Nuläge', async () => {
      await open(page, base, 'plantexter', 'Plantexter')
      await page.getByTestId('chapters-none').waitFor() // the demo plan year has none yet
      await page.getByRole('button', { name: 'Nytt kapitel' }).click()
      await form.getByRole('heading', { name: 'Nytt kapitel' }).waitFor()
      await page.getByLabel('Kapitlets rubrik').fill(trends)
      await page.getByLabel('Placeras efter').selectOption({ label: 'Nuläge' })
      const body = page.getByLabel('Kapitlets text', { exact: true })
      await body.fill('## Digitalisering\n\nNya arbetssätt förändrar verksamheterna.\n\nVälfärdsteknik\nDistansarbete')
      // The toolbar of this editor (the section text's editor has one of its own).
      await body.evaluate((el) => el.setSelectionRange(el.value.indexOf('Välfärdsteknik'), el.value.length))
      await page.getByRole('toolbar', { name: 'Formatering: Kapitlets text' }).getByRole('button', { name: 'Punktlista' }).click()
      assert.match(await body.inputValue(), /\n- Välfärdsteknik\n- Distansarbete$/)
      const preview = page.getByTestId('chapter-preview')
      await preview.locator('h2', { hasText: 'Digitalisering' }).waitFor()
      assert.deepEqual((await preview.locator('li').allTextContents()).map((s) => s.trim()), ['Välfärdsteknik', 'Distansarbete'])
      assert.deepEqual(await seriousAxeViolations(page, axe), [], 'axe with the chapter form open')
      await shoot(page, 'plantexter-chapter-form')
      await page.getByRole('button', { name: 'Lägg till kapitlet' }).click()
      await status.filter({ hasText: `Kapitlet ${trends} är tillagt.` }).waitFor()
      assert.equal(await form.count(), 0) // the form closes after the save
      assert.deepEqual(await listed(page), [['nulage', [trends]]])
    })

    await t.test('a second chapter after Nuläge, edited, then moved above the first', async () => {
      await page.getByRole('button', { name: 'Nytt kapitel' }).click()
      await page.getByLabel('Kapitlets rubrik').fill(common)
      await page.getByLabel('Placeras efter').selectOption('nulage')
      await page.getByLabel('Kapitlets text', { exact: true }).fill('Alla förvaltningar delar bristen på sjuksköterskor.')
      await page.getByRole('button', { name: 'Lägg till kapitlet' }).click()
      await status.filter({ hasText: `Kapitlet ${common} är tillagt.` }).waitFor()
      assert.deepEqual(await listed(page), [['nulage', [trends, common]]])
      // The first can't move up, the last can't move down.
      assert.ok(await page.getByRole('button', { name: `Flytta upp ${trends}` }).isDisabled())
      assert.ok(await page.getByRole('button', { name: `Flytta ned ${common}` }).isDisabled())

      await page.getByRole('button', { name: `Ändra kapitlet ${common}` }).click()
      await form.getByRole('heading', { name: `Ändra kapitel: ${common}` }).waitFor()
      assert.equal(await page.getByLabel('Kapitlets text', { exact: true }).inputValue(), 'Alla förvaltningar delar bristen på sjuksköterskor.')
      await page.getByLabel('Kapitlets text', { exact: true }).fill('Alla förvaltningar delar bristen på **sjuksköterskor** och chefer.')
      await page.getByTestId('chapter-preview').locator('strong', { hasText: 'sjuksköterskor' }).waitFor()
      await page.getByRole('button', { name: 'Spara kapitlet' }).click()
      await status.filter({ hasText: `Kapitlet ${common} är sparat.` }).waitFor()

      await page.getByRole('button', { name: `Flytta upp ${common}` }).click()
      await status.filter({ hasText: `Kapitlet ${common} är flyttat.` }).waitFor()
      assert.deepEqual(await listed(page), [['nulage', [common, trends]]])
      // What the server holds: the same order (the list is read again).
      await open(page, base, 'plantexter', 'Plantexter')
      await page.getByTestId('chapter-item').first().waitFor()
      assert.deepEqual(await listed(page), [['nulage', [common, trends]]])
      const item = page.getByTestId('chapter-item').filter({ hasText: common })
      await item.getByText('Visa texten').click()
      await item.locator('.chapter-text strong', { hasText: 'sjuksköterskor' }).waitFor()
    })

    await t.test('a colleague changed a chapter meanwhile: moving meets the 412 choice', async () => {
      await page.evaluate(async (title) => {
        const { csrf_token } = await (await fetch('api/v1/session')).json()
        const list = await (await fetch('api/v1/chapters?org=VOF&year=2025')).json()
        const c = list.items.find((x) => x.title === title)
        const r = await fetch(`api/v1/chapters/${c.id}`, { method: 'PUT',
          body: JSON.stringify({ unit: c.unit, year: c.year, title: c.title, text: c.text + '\n\nTillägg av en kollega.', after: c.after, position: c.position }),
          headers: { 'Content-Type': 'application/json', 'X-CSRF-Token': csrf_token, 'If-Match': `"${c.version}"` } })
        if (!r.ok) throw new Error(`PUT ${r.status}`)
      }, trends)
      await page.getByRole('button', { name: `Flytta upp ${trends}` }).click()
      const conflict = page.getByRole('alertdialog', { name: 'Någon annan har sparat under tiden' })
      await conflict.waitFor()
      await shoot(page, 'plantexter-chapter-conflict')
      await conflict.getByRole('button', { name: 'Hämta den sparade ordningen' }).click()
      await page.getByRole('status').filter({ hasText: 'Listan visar nu den sparade ordningen' }).waitFor()
      assert.equal(await conflict.count(), 0)
      // Nothing was overwritten: the colleague's text is kept, and the order is the stored one.
      assert.deepEqual(await listed(page), [['nulage', [common, trends]]])
      const item = page.getByTestId('chapter-item').filter({ hasText: trends })
      await item.getByText('Visa texten').click()
      await item.getByText('Tillägg av en kollega.').waitFor()
    })

    await t.test('a script probe stays text in the preview and the list; the chapter is deleted', async () => {
      await page.getByRole('button', { name: 'Nytt kapitel' }).click()
      await page.getByLabel('Kapitlets rubrik').fill(probe)
      await page.getByLabel('Kapitlets text', { exact: true }).fill('<script>alert(1)</script>')
      const preview = page.getByTestId('chapter-preview')
      await preview.filter({ hasText: '<script>alert(1)</script>' }).waitFor()
      assert.equal(await preview.locator('script').count(), 0)
      await page.getByRole('button', { name: 'Lägg till kapitlet' }).click()
      await status.filter({ hasText: `Kapitlet ${probe} är tillagt.` }).waitFor()
      assert.deepEqual(await listed(page), [['nulage', [common, trends]], ['', [probe]]])
      const item = page.getByTestId('chapter-item').filter({ hasText: probe })
      await item.getByText('Visa texten').click()
      await item.getByText('<script>alert(1)</script>').waitFor()
      assert.equal(await page.locator('main script, [data-testid="chapter-item"] script').count(), 0)
      await page.getByRole('button', { name: `Ta bort kapitlet ${probe}` }).click()
      await status.filter({ hasText: `Kapitlet ${probe} är borttaget.` }).waitFor()
      assert.deepEqual(await listed(page), [['nulage', [common, trends]]])
      assert.deepEqual(dialogs, [`confirm: Ta bort kapitlet ${probe}?`])
      await shoot(page, 'plantexter-chapters')
    })

    await t.test('the plan as PDF and DOCX has the chapters after Nuläge, with sub-heading and list', async () => {
      await open(page, base, 'rapporter', 'Rapporter')
      const [pdf] = await Promise.all([page.waitForEvent('download'), page.getByTestId('report-pdf').click()])
      const [docx] = await Promise.all([page.waitForEvent('download'), page.getByTestId('report-docx').click()])
      for (const [format, text] of [['PDF', await pdfText(await pdf.path())], ['DOCX', await docxText(await docx.path())]]) {
        const flat = text.replace(/\s+/g, ' ')
        assert.match(flat, /Alla förvaltningar delar bristen på sjuksköterskor och chefer\./, format)
        assert.match(flat, new RegExp(`${trends} Digitalisering Nya arbetssätt förändrar verksamheterna\\. (\\S+ )?Välfärdsteknik (\\S+ )?Distansarbete`), format)
        assert.match(flat, /Tillägg av en kollega\./, format)
        assert.doesNotMatch(flat, /## Digitalisering|- Välfärdsteknik|\*\*sjuksköterskor/, format) // formatting, not marks
        assert.doesNotMatch(flat, new RegExp(probe), format)
        // After Nuläge's table and chart, before Kompetensgap's own text, in the moved order.
        const at = ['Nyckeltalen bygger på personaluttaget', `${common} Alla förvaltningar`, `${trends} Digitalisering`,
          'Tillägg av en kollega.', 'Kompetensgap avser skillnaden'].map((s) => flat.indexOf(s))
        assert.ok(at.every((x, i) => x >= 0 && (i === 0 || x > at[i - 1])), `${format}: ${at}`)
      }
      // In the DOCX the chapter's title and sub-heading are headings, the items a list.
      const xml = await zipEntry(await docx.path(), 'word/document.xml')
      const paragraph = (words) => xml.split('</w:p>').find((p) => p.replace(/<[^>]+>/g, '').includes(words)) ?? ''
      assert.match(paragraph(trends), /<w:pStyle w:val="Heading1"\/>/)
      assert.match(paragraph('Digitalisering'), /<w:pStyle w:val="Heading2"\/>/)
      for (const item of ['Välfärdsteknik', 'Distansarbete']) assert.match(paragraph(item), /<w:pStyle w:val="ListBullet"\/>/)
    })

    await t.test('a reader sees the chapters without write controls', async () => {
      await page.getByRole('button', { name: 'Logga ut' }).click()
      await signIn(page, 'lasare')
      await open(page, base, 'plantexter', 'Plantexter')
      await page.getByTestId('chapter-item').first().waitFor()
      assert.deepEqual(await listed(page), [['nulage', [common, trends]]])
      assert.equal(await page.getByRole('button', { name: 'Nytt kapitel' }).count(), 0)
      assert.equal(await page.getByRole('button', { name: /^(Flytta|Ändra kapitlet|Ta bort kapitlet)/ }).count(), 0)
      assert.deepEqual(await seriousAxeViolations(page, axe), [], 'axe as a reader')
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
