// Sessions, CSRF, idle expiry, the login throttle, body limits, malformed input,
// static files and headers: what an attacker or a careless client tries.

import { test, before, after, describe } from 'node:test'
import assert from 'node:assert/strict'
import { Client, PASSWORD, startServer, assertErrorShape, rawRequest, sleep } from './lib.mjs'

const LIMIT = 64 * 1024
let server // body limit 64 KiB
let quick // sessions end after 2 s idle; its own login throttle

before(async () => {
  server = await startServer({ extraArgs: ['--max-body-bytes', String(LIMIT)] })
  quick = await startServer({ extraArgs: ['--session-idle-seconds', '2'], employees: 100 })
})
after(async () => {
  await server?.stop()
  await quick?.stop()
})

const activity = (title = 'CSRF-prov') => ({ unit: 'VOF-HT', year: 2025, area: 'Utveckla', title })

describe('sessions and CSRF', () => {
  test('signing in sets an HttpOnly, SameSite=Strict cookie and hands out a CSRF token', async () => {
    const c = new Client(server.base)
    const r = await c.login('hr', PASSWORD)
    assert.equal(r.status, 201)
    const cookie = r.headers.get('set-cookie')
    assert.match(cookie, /kplan_session=[^;]{20,}/)
    assert.match(cookie, /HttpOnly/i)
    assert.match(cookie, /SameSite=Strict/i)
    assert.doesNotMatch(cookie, /Secure/, 'plain HTTP on loopback: no Secure flag')
    assert.ok(r.json.csrf_token.length >= 20)
    assert.equal(r.json.user.name, 'hr')
    assert.ok(!JSON.stringify(r.json).includes(cookie.split(';')[0].split('=')[1]), 'the body does not repeat the cookie')
  })

  test('a write without the CSRF token, or with a wrong one, is refused and changes nothing', async () => {
    const c = await Client.signIn(server.base, 'hr')
    const before = (await c.get('/api/v1/activities?org=VOF-HT&limit=1000')).json.total
    for (const csrf of [false, 'fel-token', c.csrf.slice(0, -1), c.csrf + 'x', '']) {
      const r = await c.post('/api/v1/activities', activity(), { csrf })
      assert.equal(r.status, 403, `token ${JSON.stringify(csrf)}: ${r.text}`)
      assertErrorShape(r)
      assert.equal(r.json.error.rule, 'csrf')
    }
    // Another session's token does not do either.
    const other = await Client.signIn(server.base, 'hr')
    assert.equal((await c.post('/api/v1/activities', activity(), { csrf: other.csrf })).status, 403)
    assert.equal((await c.get('/api/v1/activities?org=VOF-HT&limit=1000')).json.total, before)
    const ok = await c.post('/api/v1/activities', activity())
    assert.equal(ok.status, 201, ok.text)
  })

  test('a forged or missing cookie is 401, whatever the CSRF token', async () => {
    const c = await Client.signIn(server.base, 'admin')
    for (const cookie of ['', 'kplan_session=', 'kplan_session=AAAA', `kplan_session=${c.cookie.split('=')[1]}x`,
      `other=${c.cookie.split('=')[1]}`]) {
      const r = await c.request('GET', '/api/v1/session', { cookie: cookie || ' ' })
      assert.equal(r.status, 401, `cookie ${cookie}`)
      assertErrorShape(r)
    }
  })

  test('signing out ends the session on the server, and clears the cookie', async () => {
    const c = await Client.signIn(server.base, 'chef')
    assert.equal((await c.get('/api/v1/session')).status, 200)
    const out = await c.delete('/api/v1/session')
    assert.equal(out.status, 204)
    assert.match(out.headers.get('set-cookie') ?? '', /kplan_session=;.*Max-Age=0/)
    // The old cookie, replayed, is worthless.
    assert.equal((await c.get('/api/v1/session')).status, 401)
    assert.equal((await c.post('/api/v1/activities', activity())).status, 401)
  })

  test('a changed password ends the user\'s other sessions', async () => {
    const admin = await Client.signIn(server.base, 'admin')
    const made = await admin.post('/api/v1/users', { name: 'byter', role: 'lasare', password: 'första-lösenordet' })
    assert.equal(made.status, 201, made.text)
    const a = new Client(server.base)
    const b = new Client(server.base)
    assert.equal((await a.login('byter', 'första-lösenordet')).status, 201)
    assert.equal((await b.login('byter', 'första-lösenordet')).status, 201)
    const wrong = await a.put('/api/v1/users/me/password', { current_password: 'inte-det-här', password: 'andra-lösenordet' })
    assert.ok([400, 401, 403].includes(wrong.status), wrong.text)
    const changed = await a.put('/api/v1/users/me/password', { current_password: 'första-lösenordet', password: 'andra-lösenordet' })
    assert.equal(changed.status, 204, changed.text)
    assert.equal((await b.get('/api/v1/session')).status, 401)
    assert.equal((await new Client(server.base).login('byter', 'första-lösenordet')).status, 401)
    assert.equal((await new Client(server.base).login('byter', 'andra-lösenordet')).status, 201)
  })

  test('a session unused longer than the idle time ends; one in use stays', async () => {
    const idle = await Client.signIn(quick.base, 'hr')
    const busy = await Client.signIn(quick.base, 'hr')
    for (let i = 0; i < 6; i++) {
      await sleep(500)
      assert.equal((await busy.get('/api/v1/session')).status, 200, `in use after ${(i + 1) * 0.5} s`)
    }
    // 3 s without a request: over the 2 s idle time.
    const r = await idle.get('/api/v1/session')
    assert.equal(r.status, 401)
    assertErrorShape(r)
  })
})

describe('failed sign-ins', () => {
  test('slow down per user (429 after a few), never say whether the user exists, and a success resets', async () => {
    const c = new Client(quick.base)
    const known = await c.login('lasare', 'fel-lösenord')
    const unknown = await c.login('finns-inte', 'fel-lösenord')
    assert.equal(known.status, 401)
    assert.equal(unknown.status, 401)
    assert.deepEqual(known.json, unknown.json, 'the same answer for a wrong password and an unknown user')
    assertErrorShape(known)

    const statuses = []
    for (let i = 0; i < 5; i++) statuses.push((await c.login('lasare', 'fel-lösenord')).status)
    assert.ok(statuses.includes(429), `5 more failures: ${statuses}`)
    const limited = await c.login('lasare', PASSWORD)
    assert.equal(limited.status, 429, 'even the right password waits while the user is throttled')
    assertErrorShape(limited)
    assert.equal(limited.json.error.rule, 'login_throttle')
    // An unknown name is throttled the same way.
    const ghost = []
    for (let i = 0; i < 6; i++) ghost.push((await c.login('finns-inte', 'fel-lösenord')).status)
    assert.deepEqual(ghost.filter((s) => s !== 401 && s !== 429), [])
    assert.ok(ghost.includes(429), `unknown user: ${ghost}`)

    // After the wait the right password works, and the count starts over.
    const m = /(\d+) sekunder/.exec(limited.json.error.message)
    assert.ok(m, limited.json.error.message)
    await sleep((Number(m[1]) + 1) * 1000)
    assert.equal((await c.login('lasare', PASSWORD)).status, 201)
    assert.equal((await c.login('lasare', 'fel-lösenord')).status, 401, 'the user\'s count was reset')
  })
})

describe('bodies and input', () => {
  test('a body over the limit is 413, declared or streamed, and nothing is stored', async () => {
    const c = await Client.signIn(server.base, 'hr')
    const big = activity('x'.repeat(LIMIT))
    const r = await c.post('/api/v1/activities', big)
    assert.equal(r.status, 413)
    assertErrorShape(r)
    assert.equal(r.json.error.code, 'too_large')
    // Without Content-Length (chunked): the server counts what arrives (and may close
    // the connection before the client has sent it all).
    const chunked = await fetch(server.base + '/api/v1/activities', {
      method: 'POST', duplex: 'half',
      headers: { cookie: c.cookie, 'x-csrf-token': c.csrf, 'content-type': 'application/json' },
      body: new ReadableStream({
        start(ctl) {
          ctl.enqueue(new TextEncoder().encode(JSON.stringify(big)))
          ctl.close()
        },
      }),
    }).catch((e) => ({ status: `connection closed (${e.cause?.code ?? e.message})` }))
    assert.ok(chunked.status === 413 || String(chunked.status).startsWith('connection closed'), String(chunked.status))
    // Also before signing in, and on sign-in itself.
    assert.equal((await new Client(server.base).post('/api/v1/session', { username: 'x'.repeat(LIMIT), password: 'y' })).status, 413)
    const list = await c.get(`/api/v1/activities?org=VOF-HT&q=${'x'.repeat(50)}`)
    assert.equal(list.json.total, 0)
    // Just under the limit is fine (as far as the size goes).
    const under = await c.post('/api/v1/activities', activity('y'.repeat(200)))
    assert.equal(under.status, 201, under.text)
  })

  test('malformed JSON is 400 naming the body and the position', async () => {
    const c = await Client.signIn(server.base, 'hr')
    for (const body of ['{', '{"unit": "VOF-HT",}', 'nonsense', '{"title": "\u0000"', '\u00ff\u00fe{}', '{"a":1}{"b":2}']) {
      const r = await c.request('POST', '/api/v1/activities', { body, headers: { 'content-type': 'application/json' } })
      assert.equal(r.status, 400, `${JSON.stringify(body)}: ${r.text}`)
      assertErrorShape(r, body)
      assert.equal(r.json.error.location?.field, 'body')
      assert.match(r.json.error.message, /JSON.*\d/, 'says where')
    }
    for (const body of ['[]', '"text"', '42', 'null']) {
      const r = await c.request('POST', '/api/v1/activities', { body, headers: { 'content-type': 'application/json' } })
      assert.equal(r.status, 400, body)
      assert.equal(r.json.error.location?.field, 'body')
    }
  })

  test('wrong types are 400 naming the field', async () => {
    const c = await Client.signIn(server.base, 'hr')
    const cases = [
      ['/api/v1/activities', { ...activity(), title: 42 }, 'title'],
      ['/api/v1/activities', { ...activity(), unit: ['VOF-HT'] }, 'unit'],
      ['/api/v1/activities', { ...activity(), end: 'i morgon' }, 'end'],
      ['/api/v1/activities', { ...activity(), status: 'klar' }, 'status'],
      ['/api/v1/activities', { unit: 'VOF-HT', year: 2025, area: 'Utveckla' }, 'title'],
      ['/api/v1/activities', { ...activity(), unit: 'FINNS-INTE' }, 'unit'],
      ['/api/v1/risks', { unit: 'VOF-HT', year: '2025', category: 'Undersköterska', operations: {}, work_environment: {} }, 'year'],
      ['/api/v1/risks', { unit: 'VOF-HT', year: 2025, category: 'Undersköterska', operations: { consequence: 9, probability: 1 },
        work_environment: { consequence: 1, probability: 1 } }, 'operations.consequence'],
      ['/api/v1/risks', { unit: 'VOF-HT', year: 1.5, category: 'x', operations: {}, work_environment: {} }, 'year'],
      ['/api/v1/categories', { name: true }, 'name'],
      ['/api/v1/categories', { name: 'Yrke', ssyk: '12' }, 'ssyk'],
      ['/api/v1/scales', { name: 'Skala', levels: 'Låg, Hög' }, 'levels'],
      ['/api/v1/plan-years', { unit: 'VOF-HT', year: 2070, horizons: '2,5' }, 'horizons'],
      ['/api/v1/succession', { unit: 'VOF-HT', year: 2025, position_title: 'Chef', retirement_year: 'snart' }, 'retirement_year'],
      ['/api/v1/goals', { unit: 'VOF-HT', year: 2025, title: { sv: 'Mål' } }, 'title'],
      ['/api/v1/indicators', { unit: 'VOF-HT', name: 'Sjukfrånvaro', goal_id: 'ett' }, 'goal_id'],
    ]
    for (const [path, body, field] of cases) {
      const r = await c.post(path, body)
      assert.equal(r.status, 400, `${path} ${JSON.stringify(body)}: ${r.text}`)
      assertErrorShape(r, path)
      assert.equal(r.json.error.location?.field, field, `${path}: ${r.text}`)
    }
    const put = await c.put('/api/v1/inventory?org=VOF-HT&year=2025', { entries: [{ unit: 'VOF-HT', category: 'Undersköterska', level: 'God', headcount: '3' }] }, { version: 0 })
    assert.equal(put.status, 400, put.text)
    assert.equal(put.json.error.location?.field, 'entries[0].headcount')
    const q = await c.get('/api/v1/activities?limit=abc')
    assert.equal(q.status, 400)
    assert.equal(q.json.error.location?.field, 'limit')
  })

  test('one error shape everywhere, with no database or stack details', async () => {
    const c = await Client.signIn(server.base, 'admin')
    const probes = [
      ['GET', '/api/v1/activities/999999999'], ['GET', '/api/v1/activities/abc'], ['GET', '/api/v1/activities/-1'],
      ['GET', '/api/v1/activities/99999999999999999999999'], ['GET', '/api/v1/risks?year=twenty'],
      ['GET', '/api/v1/figures?org=%27%3B--'], ['GET', '/api/v1/figures?snapshot=1999-13-45'],
      ['GET', '/api/v1/analysis?year=2025&org=NOPE'], ['GET', '/api/v1/imports/42'],
      ['DELETE', '/api/v1/activities/999999'], ['PUT', '/api/v1/texts/okand?org=VOF&year=2025'],
      ['GET', '/api/v1/audit?limit=-5'], ['POST', '/api/v1/imports'],
      ['GET', '/api/v1/org-units?org=' + encodeURIComponent("' OR 1=1 --")],
    ]
    for (const [method, path] of probes) {
      const r = await c.request(method, path, { version: method === 'GET' ? undefined : 1 })
      assert.ok(r.status >= 400 && r.status < 500, `${method} ${path}: ${r.status} ${r.text}`)
      assertErrorShape(r, `${method} ${path}`)
    }
    const en = await c.request('GET', '/api/v1/activities/999999999', { headers: { 'accept-language': 'en' } })
    assert.equal(en.status, 404)
    assert.match(en.json.error.message, /[a-z]/)
  })
})

describe('static files and headers', () => {
  test('path traversal is refused: /../, encoded dots, backslashes, symlinks outside', async () => {
    const c = new Client(server.base)
    assert.equal((await c.get('/')).status, 200)
    assert.equal((await c.get('/assets/app-1.js')).status, 200)
    const attempts = ['GET /../secret.txt HTTP/1.1', 'GET /assets/../../secret.txt HTTP/1.1',
      'GET /%2e%2e/secret.txt HTTP/1.1', 'GET /%2E%2E/%2E%2E/etc/passwd HTTP/1.1', 'GET /assets/%2e%2e%2f%2e%2e%2fsecret.txt HTTP/1.1',
      'GET /..%2fsecret.txt HTTP/1.1', 'GET /..\\secret.txt HTTP/1.1', 'GET /assets\\..\\..\\secret.txt HTTP/1.1',
      'GET /%5c..%5csecret.txt HTTP/1.1', 'GET /....//secret.txt HTTP/1.1', 'GET /%00/secret.txt HTTP/1.1',
      'GET //etc/passwd HTTP/1.1', 'GET /../../../../../../etc/passwd HTTP/1.1', 'GET /.%2e/secret.txt HTTP/1.1']
    for (const line of attempts) {
      const r = await rawRequest(server.port, line)
      assert.ok(r.status === 400 || r.status === 404 || (r.status === 200 && r.body.includes('<title>Kompetensplan')),
        `${line}: ${r.status}`)
      assert.ok(!r.body.includes('hemlig') && !r.body.includes('root:'), `${line} gave a file outside: ${r.body.slice(0, 100)}`)
    }
  })

  test('API and static answers carry CSP with frame-ancestors \'none\' and nosniff', async () => {
    const c = await Client.signIn(server.base, 'lasare')
    for (const path of ['/', '/assets/app-1.js', '/api/v1/health', '/api/v1/activities', '/api/v1/no-such', '/saknas.png', '/api/v1/users']) {
      const r = await c.get(path)
      assert.equal(r.headers.get('x-content-type-options'), 'nosniff', path)
      assert.match(r.headers.get('content-security-policy') ?? '', /frame-ancestors 'none'/, path)
      assert.match(r.headers.get('content-security-policy') ?? '', /default-src 'self'/, path)
      assert.ok(['DENY', null].includes(r.headers.get('x-frame-options')), path)
    }
    const api = await c.get('/api/v1/activities')
    assert.match(api.headers.get('content-type'), /^application\/json/)
    assert.equal(api.headers.get('cache-control'), 'no-store')
  })
})
