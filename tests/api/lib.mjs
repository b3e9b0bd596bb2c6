// Shared by the black-box API tests: a real `kplan serve` on a free loopback port
// with a fresh demo database, and a small client that keeps a session cookie and
// quotes the session's CSRF token on writes, as the web app does.
//
//   KPLAN_BIN      the binary (default build/kplan)
//   KPLAN_TEST_DB  a PostgreSQL server to run against instead of a fresh SQLite file
//                  (a URL; the tests create and use a fresh database kplan_api there),
//                  or KPLAN_TEST_PG_URL_FILE, a file holding one (scripts/test-postgres.sh)

import assert from 'node:assert/strict'
import { spawn, execFile } from 'node:child_process'
import { once } from 'node:events'
import fs from 'node:fs/promises'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'
import { fileURLToPath } from 'node:url'

export const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')
export const kplanBin = process.env.KPLAN_BIN ?? path.join(repo, 'build/kplan')
export const PASSWORD = 'exempelby-demo'
export const ROLES = ['admin', 'hr', 'chef', 'lasare']
// The demo's user per role; chef.hemtjanst is chef of VOF-HT (under VOF).
export const USER_OF = { admin: 'admin', hr: 'hr', chef: 'chef.hemtjanst', lasare: 'lasare' }
// The chef's own subtree and one outside it.
export const OWN = 'VOF-HT'
export const OTHER = 'BUF'

const run = promisify(execFile)
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

/** The PostgreSQL server to test against (a URL of any database on it), or null for SQLite. */
async function postgresUrl() {
  if (process.env.KPLAN_TEST_DB) return process.env.KPLAN_TEST_DB
  if (process.env.KPLAN_TEST_PG_URL_FILE) {
    return (await fs.readFile(process.env.KPLAN_TEST_PG_URL_FILE, 'utf8')).trim()
  }
  return null
}

/** A fresh, empty database kplan_api on that server (apart from the store tests' own). */
async function freshPostgres(url) {
  await run('psql', [url, '-v', 'ON_ERROR_STOP=1', '-q', '-c', 'DROP DATABASE IF EXISTS kplan_api WITH (FORCE)',
    '-c', 'CREATE DATABASE kplan_api'])
  return url.replace(/\/[^/?]*(\?.*)?$/, '/kplan_api$1')
}

/**
 * Creates the demo municipality (300 employees) and starts `kplan serve` on it;
 * resolves once /api/v1/health answers 200 (at most 15 s). `extraArgs` go to serve.
 */
// `demo`: what `kplan demo-data` writes — Exempelby with `employees`, or an example plan
// (['--example', 'malmo']).
// Exempelby's plan year is pinned to 2025, the year the tests name (kplan demo-data follows the
// calendar unless told).
export async function startServer({ extraArgs = [], employees = 300, demo = ['--year', '2025', '--employees', String(employees)] } = {}) {
  await fs.access(kplanBin).catch(() => {
    throw new Error(`kplan binary not found at ${kplanBin} (build it, or set KPLAN_BIN)`)
  })
  const tmp = await fs.mkdtemp(path.join(os.tmpdir(), 'kplan-api-'))
  const pg = await postgresUrl()
  const db = pg ? await freshPostgres(pg) : `sqlite:${path.join(tmp, 'k.db')}`
  await run(kplanBin, ['demo-data', '--db', db, ...demo], { timeout: 60_000 })
    .catch((e) => { throw new Error(`kplan demo-data failed: ${e.stderr || e.message}`) })
  const web = path.join(tmp, 'web')
  await fs.mkdir(path.join(web, 'assets'), { recursive: true })
  await fs.writeFile(path.join(web, 'index.html'), '<!doctype html><title>Kompetensplan</title>')
  await fs.writeFile(path.join(web, 'assets', 'app-1.js'), 'console.log(1)')
  await fs.writeFile(path.join(tmp, 'secret.txt'), 'hemlig')

  const port = await freePort()
  const proc = spawn(kplanBin, ['serve', '--db', db, '--host', '127.0.0.1', '--port', String(port),
    '--web', web, ...extraArgs], { stdio: ['ignore', 'pipe', 'pipe'] })
  let output = ''
  proc.stdout.on('data', (chunk) => (output += chunk))
  proc.stderr.on('data', (chunk) => (output += chunk))
  const exited = once(proc, 'exit')
  const server = {
    proc, exited, tmp, db, port, base: `http://127.0.0.1:${port}`, output: () => output,
    async stop() {
      if (proc.exitCode === null && proc.signalCode === null) {
        proc.kill('SIGTERM')
        const done = await Promise.race([exited.then(() => true), sleep(5000).then(() => false)])
        if (!done) {
          proc.kill('SIGKILL')
          await exited
        }
      }
      await fs.rm(tmp, { recursive: true, force: true })
    },
  }
  const deadline = Date.now() + 15_000
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
  throw new Error(`kplan did not answer /api/v1/health within 15 s:\n${output}`)
}

/** A browser-like client: a cookie jar of one session and its CSRF token. */
export class Client {
  constructor(base) {
    this.base = base
    this.cookie = ''
    this.csrf = ''
    this.session = null
  }

  static async signIn(base, role) {
    const c = new Client(base)
    const r = await c.login(USER_OF[role] ?? role, PASSWORD)
    assert.equal(r.status, 201, `sign in as ${role}: ${r.text}`)
    return c
  }

  async login(username, password) {
    const r = await this.request('POST', '/api/v1/session', { json: { username, password } })
    const setCookie = r.headers.get('set-cookie') ?? ''
    const m = /kplan_session=([^;]*)/.exec(setCookie)
    if (r.status === 201 && m) {
      this.cookie = `kplan_session=${m[1]}`
      this.csrf = r.json.csrf_token
      this.session = r.json
    }
    return r
  }

  /**
   * Sends a request; resolves to { status, headers, text, json }. Options: json (a body
   * to send as JSON), body (raw), headers, csrf (false to leave the token out, or a
   * string to send instead), version (sent as If-Match).
   */
  async request(method, url, { json, body, headers = {}, csrf, version, cookie } = {}) {
    const h = { ...headers }
    const jar = cookie ?? this.cookie
    if (jar) h.cookie = jar
    if (method !== 'GET' && method !== 'HEAD') {
      const token = csrf === undefined ? this.csrf : csrf
      if (token) h['x-csrf-token'] = token
    }
    if (version !== undefined) h['if-match'] = `"${version}"`
    let payload = body
    if (json !== undefined) {
      payload = JSON.stringify(json)
      h['content-type'] = 'application/json'
    }
    const response = await fetch(this.base + url, {
      method, headers: h, body: payload, redirect: 'manual', signal: AbortSignal.timeout(30_000),
    })
    const text = await response.text()
    let parsed
    try {
      parsed = text ? JSON.parse(text) : undefined
    } catch {
      parsed = undefined
    }
    return { status: response.status, statusText: response.statusText, headers: response.headers, text, json: parsed }
  }

  get(url, o) { return this.request('GET', url, o) }
  post(url, json, o = {}) { return this.request('POST', url, { ...o, json }) }
  put(url, json, o = {}) { return this.request('PUT', url, { ...o, json }) }
  delete(url, o) { return this.request('DELETE', url, o) }
}

/** Raw HTTP/1.1 over a socket, for paths fetch would normalise (/../, backslashes). */
export async function rawRequest(port, requestLine, headers = {}) {
  const socket = net.connect(port, '127.0.0.1')
  await once(socket, 'connect')
  let head = `${requestLine}\r\nHost: 127.0.0.1:${port}\r\nConnection: close\r\n`
  for (const [k, v] of Object.entries(headers)) head += `${k}: ${v}\r\n`
  socket.write(head + '\r\n')
  let data = ''
  socket.setEncoding('utf8')
  socket.on('data', (chunk) => (data += chunk))
  await Promise.race([once(socket, 'end'), sleep(5000)])
  socket.destroy()
  const [top, ...rest] = data.split('\r\n\r\n')
  const status = Number(/^HTTP\/1\.[01] (\d{3})/.exec(top)?.[1] ?? 0)
  return { status, head: top, body: rest.join('\r\n\r\n') }
}

/** Asserts the one error shape, and that it gives away no database or stack details. */
export function assertErrorShape(r, context = '') {
  assert.ok(r.json && typeof r.json === 'object', `${context}: error body is JSON: ${r.text}`)
  assert.deepEqual(Object.keys(r.json), ['error'], `${context}: only "error" at the top: ${r.text}`)
  const e = r.json.error
  assert.equal(typeof e.code, 'string', `${context}: error.code: ${r.text}`)
  assert.equal(typeof e.message, 'string', `${context}: error.message: ${r.text}`)
  assert.ok(e.message.length > 0, `${context}: error.message is empty`)
  assertNoInternals(r.text, context)
}

const internals = [/sqlite/i, /SELECT\s/i, /INSERT\s+INTO/i, /UPDATE\s+\w+\s+SET/i, /\bpoco\b/i,
  /postgres(ql)?\s*(error|:)/i, /libpq/i, /\bERROR:\s/, /constraint failed/i, /std::/, /\.cpp\b/,
  /\.hpp\b/, /\/work\//, /\/tmp\//, /\/usr\//, /terminate called/i, /Segmentation/i, /nlohmann/i,
  /basic_string/i, /exception/i, /stack/i]

export function assertNoInternals(text, context = '') {
  for (const re of internals) {
    assert.doesNotMatch(text, re, `${context}: the answer shows internals (${re}): ${text.slice(0, 400)}`)
  }
}

/** Multipart form body for fetch. */
/** Waits for the import job a POST /api/v1/imports answered (202) to finish; resolves to the job. */
export async function finishedImport(c, r) {
  assert.equal(r.status, 202, r.text)
  assert.match(r.headers.get('location') ?? '', /\/api\/v1\/imports\/\d+$/)
  for (let i = 0; i < 200; i++) {
    const job = await c.get(`/api/v1/imports/${r.json.id}`)
    assert.equal(job.status, 200, job.text)
    if (job.json.state === 'done' || job.json.state === 'failed') return job.json
    await sleep(50)
  }
  throw new Error('the import did not finish within 10 s')
}

export function uploadForm(fields, fileName, content) {
  const form = new FormData()
  for (const [k, v] of Object.entries(fields)) form.append(k, v)
  form.append('file', new Blob([content], { type: 'text/csv' }), fileName)
  return form
}
