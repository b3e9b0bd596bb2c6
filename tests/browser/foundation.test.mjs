// Foundation end-to-end test: the real `kplan serve` with the demo database serves the built web
// app (web/dist); Debian's chromium signs in and checks title, menu, routing, language switch, the
// health line and accessibility (axe-core, serious/critical impact).
//
//   cmake --build build && (cd web && npm ci && npm run build) && (cd tests/browser && npm ci)
//   node --test tests/browser/            # KPLAN_BIN overrides the binary (default build/kplan)

import { test } from 'node:test'
import assert from 'node:assert/strict'
import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { axeSource as readAxe, demoData, launch, screenshots, seriousAxeViolations, signIn, startServer, stopServer, watchProblems } from './lib.mjs'

const screenshot = path.join(screenshots, 'foundation.png')

const menuSv = [
  'Översikt', 'Nuläge', 'Kartläggning', 'Behov och gap', 'Kompetensmål', 'Riskanalys',
  'Aktivitetsplan', 'Personalprognos', 'Uppföljning', 'Successionsplanering', 'Planår och beslut', 'Plantexter', 'Rapporter',
  'Sammanställning till kommunstyrelsen', 'Import', 'Administration',
]
const routes = [
  'oversikt', 'nulage', 'kartlaggning', 'behov-och-gap', 'kompetensmal', 'riskanalys',
  'aktivitetsplan', 'personalprognos', 'uppfoljning', 'successionsplanering', 'planar', 'plantexter', 'rapporter',
  'kommunstyrelsen', 'import', 'administration',
].map((slug) => `#/${slug}`)

test('foundation: sign-in, server, menu, routing, language, health, accessibility', { timeout: 60_000 }, async (t) => {
  const tmp = await fs.mkdtemp(path.join(os.tmpdir(), 'kplan-browser-'))
  const axeSource = await readAxe()
  let server
  let context
  let stopped
  try {
    await demoData(tmp)
    server = await startServer(tmp)
    context = await launch(path.join(tmp, 'profile'))
    const page = context.pages()[0] ?? (await context.newPage())
    page.setDefaultTimeout(5_000)
    const problems = watchProblems(page)

    await page.goto(`${server.base}/`)
    await signIn(page, 'admin')
    const nav = page.getByRole('navigation', { name: 'Huvudmeny' })
    const links = nav.getByRole('link')

    await t.test('title, language and main menu', async () => {
      assert.equal(await page.title(), 'Kompetensplan')
      assert.equal(await page.getAttribute('html', 'lang'), 'sv')
      await links.first().waitFor()
      assert.deepEqual((await links.allTextContents()).map((s) => s.trim()), menuSv)
      assert.deepEqual(await links.evaluateAll((as) => as.map((a) => a.getAttribute('href'))), routes)
      assert.equal(await links.first().getAttribute('aria-current'), 'page')
      assert.equal(await page.getByRole('heading', { level: 1 }).textContent(), 'Översikt')
    })

    await t.test('health line shows the server status', async () => {
      const status = page.getByRole('contentinfo').getByRole('status')
      await status.filter({ hasText: 'sqlite' }).waitFor()
      assert.match(await status.textContent(), /Server: ok · version \S+ · databas: sqlite/)
    })

    await t.test('no serious or critical accessibility violations', async () => {
      assert.deepEqual(await seriousAxeViolations(page, axeSource), [])
    })

    await t.test('menu navigates by hash route', async () => {
      await nav.getByRole('link', { name: 'Riskanalys' }).click()
      await page.getByRole('heading', { level: 1, name: 'Riskanalys' }).waitFor()
      assert.equal(new URL(page.url()).hash, '#/riskanalys')
      assert.equal(await nav.getByRole('link', { name: 'Riskanalys' }).getAttribute('aria-current'), 'page')
      assert.equal(await links.first().getAttribute('aria-current'), null)
    })

    await t.test('language switch to English is applied and remembered', async () => {
      const navEn = page.getByRole('navigation', { name: 'Main menu' })
      await page.getByRole('button', { name: 'English' }).click()
      await navEn.getByRole('link', { name: 'Risk analysis' }).waitFor()
      assert.equal(await page.getAttribute('html', 'lang'), 'en')
      assert.equal(await page.getByRole('heading', { level: 1 }).textContent(), 'Risk analysis')
      await page.reload()
      await navEn.getByRole('link', { name: 'Risk analysis' }).waitFor()
      assert.equal(await page.getAttribute('html', 'lang'), 'en')
      await page.getByRole('button', { name: 'Svenska' }).click()
      await nav.getByRole('link', { name: 'Riskanalys' }).waitFor()
      assert.equal(await page.getAttribute('html', 'lang'), 'sv')
    })

    await t.test('screenshot; no page or console errors', async () => {
      await fs.mkdir(path.dirname(screenshot), { recursive: true })
      await page.screenshot({ path: screenshot, fullPage: true })
      assert.deepEqual(problems, [])
    })
  } finally {
    await context?.close().catch(() => {})
    if (server) stopped = await stopServer(server)
    await fs.rm(tmp, { recursive: true, force: true })
  }
  assert.deepEqual(stopped, { code: 0, signal: null },
    `kplan should exit with code 0 within 3 s of SIGTERM\n${server.output()}`)
})
