// The soak: CLIENTS clients edit activities for SECONDS seconds, four clients
// per activity, each increment read → +1 → PUT with If-Match. A 412 means
// someone else wrote first: read again and retry. At the end every activity's
// counter must equal the successful writes to it (no lost update), and no
// answer may be 5xx.
//   node bench/load/soak.mjs BASE_URL [CLIENTS=32] [SECONDS=30]

const [base, clientsArg = '32', secondsArg = '30'] = process.argv.slice(2)
const CLIENTS = Number(clientsArg)
const SECONDS = Number(secondsArg)
const PER_ACTIVITY = 4

async function signIn(username) {
  const r = await fetch(`${base}/api/v1/session`, {
    method: 'POST', headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password: 'exempelby-demo' }),
  })
  if (r.status !== 201) throw new Error(`sign in ${username}: ${r.status}`)
  const cookie = /kplan_session=[^;]*/.exec(r.headers.get('set-cookie'))[0]
  return { cookie, csrf: (await r.json()).csrf_token }
}

const counter = (a) => Number(/räknare=(\d+)/.exec(a.description ?? '')?.[1] ?? 0)
const editable = ({ id, version, status_label, overdue, ...rest }) => rest

async function main() {
  const hr = await signIn('hr')
  const json = { 'content-type': 'application/json', cookie: hr.cookie, 'x-csrf-token': hr.csrf }
  const activities = []
  for (let i = 0; i < Math.ceil(CLIENTS / PER_ACTIVITY); i++) {
    const r = await fetch(`${base}/api/v1/activities`, {
      method: 'POST', headers: json,
      body: JSON.stringify({ unit: 'VOF-HT', area: 'Utveckla', title: `Soak ${i}`, description: 'räknare=0' }),
    })
    if (r.status !== 201) throw new Error(`create: ${r.status} ${await r.text()}`)
    activities.push((await r.json()).id)
  }
  const stats = { writes: 0, conflicts: 0, reads: 0, server_errors: 0, other: {}, per: new Map() }
  const sessions = []
  for (let i = 0; i < CLIENTS; i++) sessions.push(await signIn(i % 2 ? 'hr' : 'chef.hemtjanst'))
  const deadline = Date.now() + SECONDS * 1000
  const latencies = []
  await Promise.all(sessions.map(async (s, i) => {
    const id = activities[i % activities.length]
    const h = { 'content-type': 'application/json', cookie: s.cookie, 'x-csrf-token': s.csrf }
    while (Date.now() < deadline) {
      const got = await fetch(`${base}/api/v1/activities/${id}`, { headers: h })
      stats.reads += 1
      if (got.status >= 500) stats.server_errors += 1
      const a = await got.json()
      const t0 = performance.now()
      const put = await fetch(`${base}/api/v1/activities/${id}`, {
        method: 'PUT', headers: { ...h, 'if-match': `"${a.version}"` },
        body: JSON.stringify({ ...editable(a), description: `räknare=${counter(a) + 1}` }),
      })
      latencies.push(performance.now() - t0)
      await put.arrayBuffer()
      if (put.status === 200) {
        stats.writes += 1
        stats.per.set(id, (stats.per.get(id) ?? 0) + 1)
      } else if (put.status === 412) {
        stats.conflicts += 1
      } else {
        if (put.status >= 500) stats.server_errors += 1
        stats.other[put.status] = (stats.other[put.status] ?? 0) + 1
      }
    }
  }))
  const lost = []
  for (const id of activities) {
    const a = await (await fetch(`${base}/api/v1/activities/${id}`, { headers: json })).json()
    if (counter(a) !== (stats.per.get(id) ?? 0)) lost.push({ id, counter: counter(a), writes: stats.per.get(id) ?? 0 })
  }
  latencies.sort((x, y) => x - y)
  const result = {
    clients: CLIENTS, seconds: SECONDS, activities: activities.length, successful_writes: stats.writes,
    conflicts_412: stats.conflicts, reads: stats.reads, server_errors_5xx: stats.server_errors, other_statuses: stats.other,
    lost_updates: lost, writes_per_second: +(stats.writes / SECONDS).toFixed(1),
    put_p50_ms: +latencies[Math.floor(latencies.length * 0.5)]?.toFixed(2),
    put_p99_ms: +latencies[Math.floor(latencies.length * 0.99)]?.toFixed(2),
  }
  console.log(JSON.stringify(result, null, 2))
  process.exit(lost.length === 0 && stats.server_errors === 0 && Object.keys(stats.other).length === 0 ? 0 : 1)
}

main().catch((e) => {
  console.error(e)
  process.exit(2)
})
