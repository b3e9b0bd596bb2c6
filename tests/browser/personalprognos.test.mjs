// Personalprognos end to end: the demo municipality (kplan demo-data) served by the real
// `kplan serve`; in Debian's chromium a projection of 1,000 runs with three scenarios comes back
// as bands (median and P10–P90) per year, the figure and category can be changed, a long
// projection can be cancelled, and the page has no serious accessibility violations.
// Saves build/screenshots/personalprognos.png.
//
//   node --test tests/browser/personalprognos.test.mjs   # KPLAN_BIN overrides build/kplan

import { test } from 'node:test'
import assert from 'node:assert/strict'
import { execFile, spawn } from 'node:child_process'
import { once } from 'node:events'
import fs from 'node:fs/promises'
import { createRequire } from 'node:module'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { DEMO_YEAR } from './lib.mjs'
import { promisify } from 'node:util'
import { chromium } from 'playwright-core'

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')
const kplanBin = process.env.KPLAN_BIN ?? path.join(repo, 'build/kplan')
const webDist = path.join(repo, 'web/dist')
const screenshot = path.join(repo, 'build/screenshots/personalprognos.png')
const chromiumArgs = [
  '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
]
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms))

async function freePort() {
  const server = net.createServer()
  server.listen(0, '127.0.0.1')
  await once(server, 'listening')
  const { port } = server.address()
  server.close()
  await once(server, 'close')
  return port
}

async function startServer(db) {
  const port = await freePort()
  const proc = spawn(kplanBin, ['serve', '--db', db, '--host', '127.0.0.1', '--port', String(port), '--web', webDist],
    { stdio: ['ignore', 'pipe', 'pipe'] })
  let output = ''
  proc.stdout.on('data', (chunk) => (output += chunk))
  proc.stderr.on('data', (chunk) => (output += chunk))
  const server = { proc, exited: once(proc, 'exit'), base: `http://127.0.0.1:${port}`, output: () => output }
  const deadline = Date.now() + 10_000
  while (Date.now() < deadline) {
    if (proc.exitCode !== null) throw new Error(`kplan exited early:\n${output}`)
    try {
      if ((await fetch(`${server.base}/api/v1/health`, { signal: AbortSignal.timeout(1000) })).ok) return server
    } catch {
      // not listening yet
    }
    await sleep(100)
  }
  proc.kill('SIGKILL')
  throw new Error(`kplan did not answer within 10 s:\n${output}`)
}

// "1 234 (1 180–1 290)" with Swedish (no-break or thin) spaces → [p50, p10, p90].
function parseBand(text) {
  const m = text.replace(/[\s\u00a0\u2009\u202f]/g, '').match(/^(\d+)\((\d+)[–-](\d+)\)$/)
  assert.ok(m, `not a band: "${text}"`)
  return m.slice(1).map(Number)
}

test('Personalprognos: bands for three scenarios, cancel, accessibility', { timeout: 150_000 }, async (t) => {
  const tmp = await fs.mkdtemp(path.join(os.tmpdir(), 'kplan-prognos-'))
  const db = `sqlite:${path.join(tmp, 'demo.db')}`
  const axeSource = await fs.readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8')
  let server
  let context
  try {
    await promisify(execFile)(kplanBin, ['demo-data', '--db', db, '--year', DEMO_YEAR])
    server = await startServer(db)
    context = await chromium.launchPersistentContext(path.join(tmp, 'profile'), {
      executablePath: '/usr/bin/chromium', headless: true, args: chromiumArgs,
      viewport: { width: 1280, height: 900 }, timeout: 15_000,
    })
    const page = context.pages()[0] ?? (await context.newPage())
    page.setDefaultTimeout(10_000)
    const problems = []
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`))
    // The app asks for its session before sign-in: that one 401 is expected.
    page.on('console', (msg) => msg.type() === 'error' && !/status of 401/.test(msg.text()) &&
      problems.push(`console: ${msg.text()}`))
    // Signed in as the HR strategist, who may run projections for the whole kommun.
    await page.goto(`${server.base}/`)
    await page.getByLabel('Användarnamn').fill('hr')
    await page.getByLabel('Lösenord').fill('exempelby-demo')
    await page.getByRole('button', { name: 'Logga in' }).click()
    await page.getByRole('navigation', { name: 'Huvudmeny' }).waitFor()
    await page.goto(`${server.base}/#/personalprognos`)
    await page.getByRole('heading', { level: 1, name: 'Personalprognos' }).waitFor()

    await t.test('1,000 runs of the demo municipality come back as bands within seconds', async () => {
      await page.getByLabel('Enhet').selectOption('EX')
      await page.getByLabel('Antal körningar').fill('1000')
      const started = Date.now()
      await page.getByRole('button', { name: 'Beräkna prognos' }).click()
      const table = page.getByTestId('projection-table')
      await table.waitFor({ timeout: 60_000 })
      const seconds = (Date.now() - started) / 1000
      t.diagnostic(`projection of the demo municipality, 1,000 runs × 3 scenarios: ${seconds.toFixed(1)} s in the browser`)
      const headers = (await table.locator('thead th').allTextContents()).map((s) => s.trim())
      assert.deepEqual(headers, ['År', 'Bas', 'Heltid som norm', '30 % andra lösningar'])
      const rows = table.locator('tbody tr')
      assert.equal(await rows.count(), 11)  // ten years and the whole period
      for (const text of await rows.nth(0).locator('td').allTextContents()) {
        const [p50, p10, p90] = parseBand(text)
        assert.ok(p10 <= p50 && p50 <= p90 && p10 < p90, `P10 ≤ P50 ≤ P90 and a real band: ${text}`)
      }
      assert.match(await page.getByText(/körningar på/).textContent(), /1[\s\u00a0\u202f]000 körningar/)
    })

    await t.test('full time as the norm needs fewer employees at the end', async () => {
      await page.getByLabel('Visa').selectOption('headcount')
      await page.getByLabel('Kategori').selectOption('Undersköterska')
      const last = page.getByTestId('projection-table').locator('tbody tr').nth(9).locator('td')
      const [base] = parseBand(await last.nth(0).textContent())
      const fullTime = parseBand(await last.nth(1).textContent())[0]
      assert.ok(fullTime < base, `heltid som norm: ${fullTime} < bas: ${base}`)
      await page.getByRole('img', { name: /Anställda vid årets slut per år, Undersköterska/ }).waitFor()
    })

    await t.test('no serious or critical accessibility violations; screenshot', async () => {
      if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource)
      const results = await page.evaluate(() => window.axe.run(document, { resultTypes: ['violations'] }))
      const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')
        .map((v) => `${v.id}: ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)
      assert.deepEqual(serious, [])
      await fs.mkdir(path.dirname(screenshot), { recursive: true })
      await page.screenshot({ path: screenshot, fullPage: true })
    })

    await t.test('a long projection shows progress and can be cancelled', async () => {
      await page.getByLabel('Antal körningar').fill('20000')
      await page.getByRole('button', { name: 'Beräkna prognos' }).click()
      await page.getByRole('progressbar').waitFor()
      await page.getByRole('button', { name: 'Avbryt' }).click()
      await page.getByText('Beräkningen avbröts.').waitFor({ timeout: 20_000 })
      assert.deepEqual(problems, [])
    })
  } finally {
    await context?.close().catch(() => {})
    if (server) {
      server.proc.kill('SIGTERM')
      await Promise.race([server.exited, sleep(3000)])
      if (server.proc.exitCode === null) server.proc.kill('SIGKILL')
    }
    await fs.rm(tmp, { recursive: true, force: true })
  }
})
