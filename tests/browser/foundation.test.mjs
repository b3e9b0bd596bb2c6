// Foundation end-to-end test: the real `kplan serve` with a fresh SQLite database serves the
// built web app (web/dist); Debian's chromium checks title, menu, routing, language switch,
// the health line and accessibility (axe-core, serious/critical impact).
//
//   cmake --build build && (cd web && npm ci && npm run build) && (cd tests/browser && npm ci)
//   node --test tests/browser/            # KPLAN_BIN overrides the binary (default build/kplan)

import { test } from 'node:test'
import assert from 'node:assert/strict'
import { spawn } from 'node:child_process'
import { once } from 'node:events'
import fs from 'node:fs/promises'
import { createRequire } from 'node:module'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { chromium } from 'playwright-core'

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')
const kplanBin = process.env.KPLAN_BIN ?? path.join(repo, 'build/kplan')
const webDist = path.join(repo, 'web/dist')
const screenshot = path.join(repo, 'build/screenshots/foundation.png')

const menuSv = [
  'Översikt', 'Nuläge', 'Kartläggning', 'Behov och gap', 'Kompetensmål', 'Riskanalys',
  'Aktivitetsplan', 'Personalprognos', 'Uppföljning', 'Successionsplanering', 'Rapporter',
  'Import', 'Administration',
]
const routes = [
  'oversikt', 'nulage', 'kartlaggning', 'behov-och-gap', 'kompetensmal', 'riskanalys',
  'aktivitetsplan', 'personalprognos', 'uppfoljning', 'successionsplanering', 'rapporter',
  'import', 'administration',
].map((slug) => `#/${slug}`)

const chromiumArgs = [
  '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
]

async function freePort() {
  const server = net.createServer()
  server.listen(0, '127.0.0.1')
  await once(server, 'listening')
  const { port } = server.address()
  server.close()
  await once(server, 'close')
  return port
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms))

/** Starts `kplan serve` and resolves once GET /api/v1/health answers 200 (at most 10 s). */
async function startServer(tmp) {
  await fs.access(kplanBin).catch(() => {
    throw new Error(`kplan binary not found at ${kplanBin} (build it, or set KPLAN_BIN)`)
  })
  await fs.access(path.join(webDist, 'index.html')).catch(() => {
    throw new Error(`${webDist}/index.html missing (run: cd web && npm ci && npm run build)`)
  })
  const port = await freePort()
  const args = ['serve', '--db', `sqlite:${path.join(tmp, 't.db')}`, '--host', '127.0.0.1',
    '--port', String(port), '--web', webDist]
  const proc = spawn(kplanBin, args, { stdio: ['ignore', 'pipe', 'pipe'] })
  let output = ''
  proc.stdout.on('data', (chunk) => (output += chunk))
  proc.stderr.on('data', (chunk) => (output += chunk))
  const exited = once(proc, 'exit')
  const server = { proc, exited, base: `http://127.0.0.1:${port}`, output: () => output }

  const deadline = Date.now() + 10_000
  while (Date.now() < deadline) {
    if (proc.exitCode !== null || proc.signalCode !== null) {
      throw new Error(`kplan exited early (${proc.exitCode ?? proc.signalCode}):\n${output}`)
    }
    try {
      const response = await fetch(`${server.base}/api/v1/health`, { signal: AbortSignal.timeout(1000) })
      if (response.status === 200) return server
    } catch {
      // not listening yet
    }
    await sleep(100)
  }
  proc.kill('SIGKILL')
  throw new Error(`kplan did not answer /api/v1/health within 10 s:\n${output}`)
}

/** Sends SIGTERM; resolves to { code, signal }, or { timedOut } after 3 s (then SIGKILL). */
async function stopServer({ proc, exited }) {
  if (proc.exitCode !== null || proc.signalCode !== null) {
    return { code: proc.exitCode, signal: proc.signalCode }
  }
  proc.kill('SIGTERM')
  const result = await Promise.race([exited.then(([code, signal]) => ({ code, signal })), sleep(3000).then(() => null)])
  if (result) return result
  proc.kill('SIGKILL')
  await exited
  return { timedOut: true }
}

async function seriousAxeViolations(page, axeSource) {
  // Evaluated through the DevTools protocol, so a Content-Security-Policy cannot block it.
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource)
  const results = await page.evaluate(() => window.axe.run(document, { resultTypes: ['violations'] }))
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)
}

test('foundation: server, menu, routing, language, health, accessibility', { timeout: 30_000 }, async (t) => {
  const tmp = await fs.mkdtemp(path.join(os.tmpdir(), 'kplan-browser-'))
  const axeSource = await fs.readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8')
  let server
  let context
  let stopped
  try {
    server = await startServer(tmp)
    context = await chromium.launchPersistentContext(path.join(tmp, 'profile'), {
      executablePath: '/usr/bin/chromium',
      headless: true,
      args: chromiumArgs,
      viewport: { width: 1280, height: 800 },
      timeout: 15_000,
    })
    const page = context.pages()[0] ?? (await context.newPage())
    page.setDefaultTimeout(5_000)
    const problems = []
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`))
    page.on('console', (msg) => msg.type() === 'error' && problems.push(`console: ${msg.text()}`))

    await page.goto(`${server.base}/`)
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
