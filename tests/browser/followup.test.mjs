// Uppföljningstillfällen and the roll-up to kommunstyrelsen end to end (issue 14, items 4 and 5): on
// the demo served by the real `kplan serve`, hr adds the delårsrapport augusti to VOF's current plan
// year on Uppföljning, records the period's outcome of a goal's indicator, submits it ("Lämna in")
// and downloads the frozen PDF (the goal named with its Röd/Grön); an outcome edit afterwards leaves
// that PDF byte for byte the same; Översikt lists a förvaltning that has not reported; the
// kommunstyrelsen page lists every förvaltning with its plan and follow-up status.
// Screenshots: build/screenshots/followup-*.png.
//
//   KPLAN_BIN=$PWD/build/kplan node --test tests/browser/followup.test.mjs

import { test } from 'node:test'
import assert from 'node:assert/strict'
import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { axeSource as readAxe, demoData, launch, openPage, pdfText, seriousAxeViolations, shoot, signIn, startServer, stopServer, watchProblems } from './lib.mjs'

const open = (page, base, slug, title, org = 'VOF', year) => openPage(page, base, slug, title, org, year)

test('Uppföljningstillfällen: submit the delårsrapport, keep it frozen, roll it up', { timeout: 150_000 }, async (t) => {
  const tmp = await fs.mkdtemp(path.join(os.tmpdir(), 'kplan-followup-'))
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
    const plans = (await (await page.request.get(`${base}/api/v1/plan-years?org=VOF`)).json()).items.filter((p) => p.unit === 'VOF')
    const year = Math.max(...plans.map((p) => p.year))
    const csrf = await page.evaluate(async () => (await (await fetch('api/v1/session')).json()).csrf_token)
    const indicators = (await (await page.request.get(`${base}/api/v1/indicators?org=VOF&limit=500`)).json()).items
    const indicator = indicators.find((i) => i.unit === 'VOF' && i.goal_id && i.target?.at_least !== undefined)
    assert.ok(indicator, 'the demo has an indicator of a VOF goal')
    const goal = await (await page.request.get(`${base}/api/v1/goals/${indicator.goal_id}`)).json()
    const outcome = `${base}/api/v1/indicators/${indicator.id}/outcomes/${year}-T2`
    let pdfBytes

    await t.test('hr adds the delårsrapport augusti with its deadline', async () => {
      await open(page, base, 'uppfoljning', 'Uppföljning', 'VOF', year)
      const section = page.getByTestId('occasions')
      await section.getByRole('heading', { name: `Uppföljningstillfällen ${year}` }).waitFor()
      await page.getByLabel('Tillfälle').selectOption('delar_t2')
      await page.getByLabel('Sista dag', { exact: true }).fill(`${year}-09-15`)
      await page.getByRole('button', { name: 'Lägg till tillfället' }).click()
      await page.getByTestId('occasions-status').filter({ hasText: `Delårsrapport augusti med sista dag ${year}-09-15 är tillagd.` }).waitFor()
      const row = page.getByTestId('occasion-row').filter({ hasText: 'Delårsrapport augusti' })
      assert.equal(await row.getByTestId('occasion-status').textContent(), 'Ej påbörjad')
      assert.deepEqual(await seriousAxeViolations(page, axe), [], 'axe on Uppföljning')
    })

    await t.test('the period\'s outcome is recorded, and hr submits the occasion', async () => {
      const saved = await page.request.put(outcome, {
        data: { value: indicator.target.at_least + 5, comment: 'Över målet efter augusti.' },
        headers: { 'x-csrf-token': csrf, 'if-match': '"0"' } })
      assert.equal(saved.status(), 200, await saved.text())
      await page.reload()
      await open(page, base, 'uppfoljning', 'Uppföljning', 'VOF', year)
      const row = page.getByTestId('occasion-row').filter({ hasText: 'Delårsrapport augusti' })
      await row.getByTestId('occasion-status').filter({ hasText: 'Pågår' }).waitFor()
      await shoot(page, 'followup-occasions')
      await row.getByRole('button', { name: /^Lämna in/ }).click()
      await page.getByTestId('occasions-status').filter({ hasText: 'Delårsrapport augusti är inlämnad och låst.' }).waitFor()
      assert.equal(await row.getByTestId('occasion-status').textContent(), 'Inlämnad')
      const [download] = await Promise.all([page.waitForEvent('download'), row.getByTestId('occasion-pdf').click()])
      const file = path.join(tmp, 'delarsrapport.pdf')
      await download.saveAs(file)
      pdfBytes = await fs.readFile(file)
      const text = await pdfText(file)
      assert.match(text, new RegExp(`Uppföljning av kompetensförsörjningsplan för\\s+Vård- och omsorgsförvaltningen ${year}`))
      assert.ok(text.includes(goal.title.slice(0, 30)), `the PDF names the goal "${goal.title}"`)
      assert.match(text, /Grön – uppnått/)
      assert.equal(await row.getByRole('button', { name: /^Lämna in/ }).count(), 0, 'nothing to submit again')
    })

    await t.test('an outcome edit afterwards leaves the submitted PDF byte for byte the same', async () => {
      const current = await (await page.request.get(`${base}/api/v1/indicators/${indicator.id}/outcomes`)).json()
      const version = current.items.find((o) => o.period === `${year}-T2`).version
      const changed = await page.request.put(outcome, { data: { value: indicator.target.at_least - 10, comment: 'Ändrat i efterhand.' },
        headers: { 'x-csrf-token': csrf, 'if-match': `"${version}"` } })
      assert.equal(changed.status(), 200, await changed.text())
      const href = await page.getByTestId('occasion-pdf').getAttribute('href')
      const again = Buffer.from(await (await page.request.get(`${base}/${href}`)).body())
      assert.ok(again.equals(pdfBytes), 'the submitted PDF is what was submitted')
    })

    await t.test('Översikt lists a förvaltning that has not reported', async () => {
      await open(page, base, 'oversikt', 'Översikt', 'VOF', year)
      const list = page.getByTestId('not-reported')
      await list.waitFor()
      const rows = list.getByTestId('not-reported-row')
      await rows.filter({ hasText: 'Barn- och utbildningsförvaltningen' }).filter({ hasText: 'Delårsrapport augusti' }).waitFor()
      assert.equal(await rows.filter({ hasText: 'Vård- och omsorgsförvaltningen' }).count(), 0, 'VOF has reported')
      await shoot(page, 'followup-oversikt')
    })

    await t.test('the kommunstyrelsen page lists every förvaltning with its plan and follow-up status', async () => {
      await open(page, base, 'kommunstyrelsen', 'Sammanställning till kommunstyrelsen', null, year)
      await page.getByTestId('ks-summary').waitFor()
      for (const code of ['VOF', 'BUF', 'SF']) {
        const row = page.locator(`[data-testid="ks-row"][data-unit="${code}"]`)
        assert.equal(await row.count(), 1, `${code} is listed`)
        assert.ok((await row.getByTestId('ks-plan-status').textContent()).trim().length > 0)
      }
      const vof = page.locator('[data-testid="ks-row"][data-unit="VOF"]')
      assert.match(await vof.getByTestId('ks-followup-delar_t2').textContent(), /Inlämnad/)
      const buf = page.locator('[data-testid="ks-row"][data-unit="BUF"]')
      assert.match(await buf.getByTestId('ks-followup-delar_t2').textContent(), /Ej påbörjad/)
      assert.match(await page.getByTestId('ks-not-reported').textContent(), /Barn- och utbildningsförvaltningen/)
      const goals = page.getByTestId('ks-goals')
      assert.equal(await goals.locator('tbody tr').count() > 0, true, 'the kommun\'s målsättningar are listed')
      assert.ok(await goals.locator('.badge-green, .badge-red').count() >= 3, 'each förvaltning is Röd or Grön under the målsättning')
      assert.deepEqual(await seriousAxeViolations(page, axe), [], 'axe on kommunstyrelsen')
      await shoot(page, 'followup-kommunstyrelsen')
      const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('ks-pdf').click()])
      const file = path.join(tmp, 'kommunstyrelsen.pdf')
      await download.saveAs(file)
      assert.match(await pdfText(file), /Vård- och omsorgsförvaltningen/)
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
