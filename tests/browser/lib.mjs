// Shared by the browser tests: start the real `kplan serve` on a fresh SQLite database (optionally
// with the demo organisation, users and data), launch Debian's chromium, run axe-core, sign in.

import { spawn, execFile } from 'node:child_process'
import { once } from 'node:events'
import fs from 'node:fs/promises'
import { createRequire } from 'node:module'
import net from 'node:net'
import path from 'node:path'
import { promisify } from 'node:util'
import zlib from 'node:zlib'
import { fileURLToPath } from 'node:url'
import { chromium } from 'playwright-core'

export const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')
export const kplanBin = process.env.KPLAN_BIN ?? path.join(repo, 'build/kplan')
export const webDist = path.join(repo, 'web/dist')
export const screenshots = path.join(repo, 'build/screenshots')
export const demoPassword = 'exempelby-demo'

export const chromiumArgs = [
  '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
]

export const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms))

async function freePort() {
  const server = net.createServer()
  server.listen(0, '127.0.0.1')
  await once(server, 'listening')
  const { port } = server.address()
  server.close()
  await once(server, 'close')
  return port
}

/** The demo's plan year in the tests: `kplan demo-data` follows the calendar unless told, and the
 *  tests name the demo's years (2025, and 2024 before it), so they tell it. */
export const DEMO_YEAR = '2025'

/** Fills the database with `kplan demo-data` (the demo municipality, its users and data). */
export async function demoData(tmp, employees = 500) {
  await promisify(execFile)(kplanBin, ['demo-data', '--db', `sqlite:${path.join(tmp, 't.db')}`, '--year', DEMO_YEAR, '--employees', String(employees)])
}

/** Starts `kplan serve` and resolves once GET /api/v1/health answers 200 (at most 10 s). */
export async function startServer(tmp) {
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
export async function stopServer({ proc, exited }) {
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

export function launch(profileDir) {
  return chromium.launchPersistentContext(profileDir, {
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: chromiumArgs,
    viewport: { width: 1280, height: 800 },
    timeout: 15_000,
    acceptDownloads: true,
  })
}

export const axeSource = () => fs.readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8')

export async function seriousAxeViolations(page, source) {
  // Evaluated through the DevTools protocol, so a Content-Security-Policy cannot block it.
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(source)
  const results = await page.evaluate(() => window.axe.run(document, { resultTypes: ['violations'] }))
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)
}

/** Collects page errors, console errors and HTTP 5xx answers. Expected failed resources that
 *  chromium logs are left out: 401 (GET /api/v1/session before sign-in), 403 (the chef test asks
 *  for another förvaltning), 412 (the conflict test saves a stale version). */
export function watchProblems(page) {
  const problems = []
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`))
  page.on('console', (msg) => {
    if (msg.type() !== 'error') return
    if (/Failed to load resource: .*status of (401|403|412)/.test(msg.text())) return // 412: the conflict test provokes it
    problems.push(`console: ${msg.text()}`)
  })
  page.on('response', (r) => r.status() >= 500 && problems.push(`HTTP ${r.status()}: ${r.request().method()} ${r.url()}`))
  return problems
}

/** Signs in through the login form and waits for the main menu. */
export async function signIn(page, username, password = demoPassword) {
  await page.getByLabel('Användarnamn').fill(username)
  await page.getByLabel('Lösenord').fill(password)
  await page.getByRole('button', { name: 'Logga in' }).click()
  await page.getByRole('navigation', { name: 'Huvudmeny' }).waitFor()
}

export async function shoot(page, name) {
  await fs.mkdir(screenshots, { recursive: true })
  await page.screenshot({ path: path.join(screenshots, `${name}.png`), fullPage: true })
}

/** The text of a downloaded PDF (Debian's pdftotext, poppler-utils), as a reader would search it. */
export async function pdfText(file) {
  const { stdout } = await promisify(execFile)('pdftotext', ['-layout', file, '-'])
  return stdout
}

/** One entry of a ZIP file (a DOCX's word/document.xml), read with Node's own zlib: the central
 *  directory names each entry's offset, method (0 stored, 8 deflated) and compressed size. */
export async function zipEntry(file, name) {
  const zip = await fs.readFile(file)
  const end = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]))
  if (end < 0) throw new Error(`${file}: not a ZIP file`)
  let at = zip.readUInt32LE(end + 16)
  for (let i = 0, n = zip.readUInt16LE(end + 10); i < n; i++) {
    const method = zip.readUInt16LE(at + 10)
    const size = zip.readUInt32LE(at + 20)
    const nameLength = zip.readUInt16LE(at + 28)
    const skip = nameLength + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32)
    const local = zip.readUInt32LE(at + 42)
    if (zip.toString('utf8', at + 46, at + 46 + nameLength) === name) {
      const data = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28)
      const raw = zip.subarray(data, data + size)
      return (method === 8 ? zlib.inflateRawSync(raw) : raw).toString('utf8')
    }
    at += 46 + skip
  }
  throw new Error(`${file}: no ${name}`)
}

/** A DOCX's running text: word/document.xml's text runs, paragraphs on their own lines. */
export async function docxText(file) {
  const xml = await zipEntry(file, 'word/document.xml')
  return xml.replace(/<\/w:p>/g, '\n').replace(/<[^>]+>/g, '').replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'")
}

/** Opens a page of the app by its slug and waits for its heading; then chooses the unit and the
 *  plan year in the scope bar when given and not already chosen. */
export async function openPage(page, base, slug, title, org, year) {
  await page.goto(`${base}/#/${slug}`)
  await page.getByRole('heading', { level: 1, name: title }).waitFor()
  await page.waitForLoadState('networkidle')
  const unit = page.getByTestId('scope-org')
  if (org && (await unit.inputValue()) !== org) {
    await unit.selectOption(org)
    await page.waitForLoadState('networkidle')
  }
  const years = page.getByTestId('scope-year')
  if (year && (await years.count()) && (await years.inputValue()) !== String(year)) {
    await years.selectOption(String(year))
    await page.waitForLoadState('networkidle')
  }
}
