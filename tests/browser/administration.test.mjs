// Administration as the HR strategist uses it (issue 14, item 1: hr edits the organisation tree
// and the categories; users stay the administrator's): on the demo served by the real
// `kplan serve`, hr adds a unit below Hemtjänst, then moves Hemtjänst Landsbygd to Särskilt boende
// under a new name, as a reorganisation does; the moved unit keeps its register figures (its id
// stays, so its history follows it); hr adds a category; hr sees no users; a läsare sees the tree
// without any edit control. Screenshots: build/screenshots/administration-*.png.
//
//   KPLAN_BIN=$PWD/build/kplan node --test tests/browser/administration.test.mjs

import { test } from 'node:test'
import assert from 'node:assert/strict'
import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { axeSource as readAxe, demoData, launch, seriousAxeViolations, shoot, signIn, startServer, stopServer, watchProblems } from './lib.mjs'

async function open(page, base) {
  await page.goto(`${base}/#/administration`)
  await page.getByRole('heading', { level: 1, name: 'Administration' }).waitFor()
  await page.waitForLoadState('networkidle')
}

const unitRow = (page, name) => page.getByTestId('org-unit-row').filter({ has: page.locator('.org-name', { hasText: new RegExp(`^${name}$`) }) })

test('Administration: hr reorganises the tree and the units keep their history', { timeout: 120_000 }, async (t) => {
  const tmp = await fs.mkdtemp(path.join(os.tmpdir(), 'kplan-admin-'))
  const axe = await readAxe()
  let server
  let context
  try {
    await demoData(tmp, 300)
    server = await startServer(tmp)
    context = await launch(path.join(tmp, 'profile'))
    const page = context.pages()[0] ?? (await context.newPage())
    page.setDefaultTimeout(10_000)
    const problems = watchProblems(page)
    const base = server.base
    await page.goto(base)
    await signIn(page, 'hr')
    await open(page, base)
    const units = async () => (await (await page.request.get(`${base}/api/v1/org-units?limit=1000`)).json()).items
    const figures = async (org) => (await (await page.request.get(`${base}/api/v1/figures?org=${org}`)).json())

    await t.test('hr sees the tree and the categories, not the users', async () => {
      await unitRow(page, 'Hemtjänst Landsbygd').waitFor()
      assert.equal(await page.getByRole('heading', { name: 'Användare', exact: true }).count(), 0)
      assert.ok(await page.getByRole('button', { name: 'Ändra enheten Hemtjänst Landsbygd' }).isVisible())
      assert.deepEqual(await seriousAxeViolations(page, axe), [], 'axe on Administration as hr')
    })

    await t.test('hr adds a unit below Hemtjänst', async () => {
      await page.getByLabel('Kod', { exact: true }).fill('VOF-HT-NY')
      await page.getByLabel('Namn', { exact: true }).fill('Hemtjänst Nattpatrull')
      await page.getByLabel('Typ').selectOption('enhet')
      await page.getByLabel('Ingår i').selectOption('VOF-HT')
      await page.getByRole('button', { name: 'Lägg till enhet' }).click()
      await page.getByRole('status').filter({ hasText: 'Enheten Hemtjänst Nattpatrull är tillagd.' }).waitFor()
      await unitRow(page, 'Hemtjänst Nattpatrull').waitFor()
      const added = (await units()).find((u) => u.code === 'VOF-HT-NY')
      assert.equal(added?.parent, 'VOF-HT')
    })

    await t.test('hr moves and renames Hemtjänst Landsbygd; its history follows it', async () => {
      const before = (await units()).find((u) => u.code === 'VOF-HT-L')
      const figuresBefore = await figures('VOF-HT-L')
      assert.ok(figuresBefore.figures.headcount > 0, 'the unit has staff in the register')
      await page.getByRole('button', { name: 'Ändra enheten Hemtjänst Landsbygd' }).click()
      await page.getByRole('heading', { name: 'Ändra enheten Hemtjänst Landsbygd' }).waitFor()
      assert.equal(await page.getByLabel('Kod', { exact: true }).inputValue(), 'VOF-HT-L')
      assert.ok(await page.getByLabel('Kod', { exact: true }).getAttribute('readonly') !== null, 'the code stays')
      // A unit cannot go below itself: the parent list leaves out the unit's own subtree.
      const parents = await page.getByLabel('Ingår i').locator('option').evaluateAll((os) => os.map((o) => o.value))
      assert.ok(!parents.includes('VOF-HT-L'))
      await page.getByLabel('Namn', { exact: true }).fill('Landsbygdens omsorg')
      await page.getByLabel('Ingår i').selectOption('VOF-SB')
      await page.getByRole('button', { name: 'Spara' }).click()
      await page.getByRole('status').filter({ hasText: 'Enheten Landsbygdens omsorg är sparad.' }).waitFor()
      await unitRow(page, 'Landsbygdens omsorg').waitFor()
      assert.equal(await unitRow(page, 'Hemtjänst Landsbygd').count(), 0)
      const after = (await units()).find((u) => u.code === 'VOF-HT-L')
      assert.equal(after.id, before.id, 'the unit keeps its id')
      assert.equal(after.name, 'Landsbygdens omsorg')
      assert.equal(after.parent, 'VOF-SB')
      const figuresAfter = await figures('VOF-HT-L')
      assert.equal(figuresAfter.figures.headcount, figuresBefore.figures.headcount, 'its register figures follow it')
      const home = (await units()).filter((u) => u.parent === 'VOF-HT').map((u) => u.code)
      assert.ok(!home.includes('VOF-HT-L'))
      await shoot(page, 'administration-hr-moved')
    })

    await t.test('a unit cannot be put below a unit of its own subtree, said in Swedish', async () => {
      const r = await page.evaluate(async () => {
        const session = await (await fetch('api/v1/session')).json()
        const res = await fetch('api/v1/org-units/VOF-HT', {
          method: 'PUT',
          headers: { 'Content-Type': 'application/json', 'X-CSRF-Token': session.csrf_token },
          body: JSON.stringify({ parent: 'VOF-HT-N' }),
        })
        return { status: res.status, body: await res.json() }
      })
      assert.equal(r.status, 400)
      assert.equal(r.body.error.rule, 'cycle')
    })

    await t.test('hr adds a category', async () => {
      await page.getByLabel('Yrkeskategori', { exact: true }).fill('Nattpatrullerare')
      await page.getByRole('button', { name: 'Lägg till yrkeskategori' }).click()
      await page.getByRole('status').filter({ hasText: /Nattpatrullerare/ }).waitFor()
    })

    await t.test('a läsare sees the tree without edit controls', async () => {
      await page.getByRole('button', { name: 'Logga ut' }).click()
      await signIn(page, 'lasare')
      const menu = (await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link').allTextContents()).map((s) => s.trim())
      assert.ok(!menu.includes('Administration'), menu.join(', '))
      const status = await page.evaluate(async () => {
        const session = await (await fetch('api/v1/session')).json()
        return (await fetch('api/v1/org-units/VOF-HT-N', {
          method: 'PUT', headers: { 'Content-Type': 'application/json', 'X-CSRF-Token': session.csrf_token },
          body: JSON.stringify({ name: 'X' }),
        })).status
      })
      assert.equal(status, 403)
    })

    await t.test('no page or console errors', () => {
      // The two refused requests above (400 and 403) are the test's own.
      assert.deepEqual(problems.filter((p) => !/status of 40[03]/.test(p)), [])
    })
  } finally {
    await context?.close().catch(() => {})
    if (server) await stopServer(server)
    await fs.rm(tmp, { recursive: true, force: true })
  }
})
