// The expected behaviour of every route of the API, by hand: who may call it,
// whether the caller's part of the organisation matters, what a success answers,
// and how to make one valid request to it (creating what it needs first, as
// admin). The tests check that this table has an entry for every route of
// /api/v1/openapi.json and no entry the document lacks, so a new route without
// an entry here fails until someone states who may use it.
//
// who:    'public' (no session needed), 'any' (any signed-in user), or the roles allowed
// scoped: the record or scope lies in a unit, so a chef outside its subtree gets 403
// known:  a known server bug on this route (the reason): its differences are reported as
//         to-do, not failures, until the bug is fixed and the entry removed
// ok:     the status of a successful call
// fresh:  the call ends or changes the session: it gets a session of its own
// make(ctx, scope, client) → { path, json?, form?, version? }: one valid request;
//         scope is 'own' (the chef's unit VOF-HT) or 'other' (BUF).

import { OWN, OTHER, PASSWORD } from './lib.mjs'

const ALL = ['admin', 'hr', 'chef', 'lasare']
const PLANNERS = ['admin', 'hr']
const UNIT_WRITERS = ['admin', 'hr', 'chef'] // inventory, risks, activities
const ADMIN = ['admin']

export const unitOf = (scope) => (scope === 'other' ? OTHER : OWN)
// The avdelning of the plan unit that a scope's chef answers for in the kartläggning round.
export const mappingUnitOf = (scope) => (scope === 'other' ? 'BUF-FS' : OWN)
const YEAR = 2025 // the demo's plan year (VOF, BUF, SF)
const FOLLOWUP_YEAR = 2020 // the follow-up occasions' plan year (no other maker's)
const OCCASION_DEADLINES = { delar_t1: '2020-05-15', delar_t2: '2020-09-15', delar_h1: '2020-07-31', arsanalys: '2021-02-15' }

// One record of each kind per scope, made by admin, for the routes on /{id}.
export const makers = {
  activity: (ctx, scope, extra = {}) => ctx.create('/api/v1/activities', {
    unit: unitOf(scope), year: YEAR, area: 'Utveckla', title: `Aktivitet ${ctx.next()}`, ...extra }),
  risk: (ctx, scope, extra = {}) => ctx.create('/api/v1/risks', {
    unit: unitOf(scope), year: ctx.year('risk'), category: 'Undersköterska',
    operations: { consequence: 2, probability: 3 }, work_environment: { consequence: 1, probability: 1 }, ...extra }),
  goal: (ctx, scope, extra = {}) => ctx.create('/api/v1/goals', {
    unit: unitOf(scope), year: YEAR, title: `Mål ${ctx.next()}`, ...extra }),
  indicator: (ctx, scope, extra = {}) => ctx.create('/api/v1/indicators', {
    unit: unitOf(scope), name: `Indikator ${ctx.next()}`, measure: '%', target: { at_least: 80 }, ...extra }),
  succession: (ctx, scope, extra = {}) => ctx.create('/api/v1/succession', {
    unit: unitOf(scope), year: YEAR, position_title: `Enhetschef ${ctx.next()}`, readiness: 'ready_now', ...extra }),
  category: (ctx, _scope, extra = {}) => ctx.create('/api/v1/categories', { name: `Yrke ${ctx.next()}`, ...extra }),
  planYear: (ctx, scope, year = ctx.year('plan')) => ctx.create('/api/v1/plan-years', {
    unit: unitOf(scope), year, horizons: [2, 5] }),
  // The yearly cycle's routes share one plan year per scope (year 2000, which no
  // other maker uses), read fresh each time since its status moves.
  cyclePlan: async (ctx, scope) => {
    ctx.cyclePlans ??= {}
    ctx.cyclePlans[scope] ??= makers.planYear(ctx, scope, 2000)
    const { id } = await ctx.cyclePlans[scope]
    const r = await ctx.admin.get(`/api/v1/plan-years?org=${unitOf(scope)}`)
    return r.json.items.find((p) => p.id === id)
  },
  // The cycle plan year moved to för beslut (from utkast, or from fastställd via utkast).
  planForDecision: async (ctx, scope) => {
    let p = await makers.cyclePlan(ctx, scope)
    for (const status of p.status === 'faststalld' ? ['utkast', 'for_beslut'] : p.status === 'utkast' ? ['for_beslut'] : []) {
      const r = await ctx.admin.request('PUT', `/api/v1/plan-years/${p.id}/status`, { json: { status }, version: p.version })
      if (r.status !== 200) throw new Error(`status ${status}: ${r.status} ${r.text}`)
      p = r.json
    }
    return p
  },
  adoptedPlan: async (ctx, scope) => {
    ctx.adoptedPlans ??= {}
    ctx.adoptedPlans[scope] ??= (async () => {
      const p = await makers.planForDecision(ctx, scope)
      const r = await ctx.admin.request('POST', `/api/v1/plan-years/${p.id}/adoptions`,
        { json: { decided_by: 'Socialnämnden', decided_on: '2000-03-15', paragraph: '47' }, version: p.version })
      if (r.status !== 201) throw new Error(`adopt: ${r.status} ${r.text}`)
      return { plan: p, adoption: r.json }
    })()
    return ctx.adoptedPlans[scope]
  },
  // The demo plan year's kartläggning round, opened once per scope.
  mappingRound: async (ctx, scope) => {
    ctx.mappingRounds ??= {}
    ctx.mappingRounds[scope] ??= (async () => {
      const m = await ctx.admin.get(`/api/v1/mapping?org=${unitOf(scope)}&year=${YEAR}`)
      const r = await ctx.admin.put(`/api/v1/plan-years/${m.json.plan_year_id}/mapping`, { deadline: '2099-12-31' })
      if (r.status !== 200) throw new Error(`open the round: ${r.status} ${r.text}`)
      return m.json.plan_year_id
    })()
    return ctx.mappingRounds[scope]
  },
  // A category that has need parameters in the scope's demo plan year, and a fresh proposal for it.
  needCategory: async (ctx, scope) => {
    const r = await ctx.admin.get(`/api/v1/need-parameters?org=${unitOf(scope)}&year=${YEAR}`)
    if (!r.json?.items?.length) throw new Error(`no need parameters: ${r.status} ${r.text}`)
    return r.json.items[0].category
  },
  needProposal: async (ctx, scope) => {
    const r = await ctx.admin.post(`/api/v1/need-proposals?org=${mappingUnitOf(scope)}&year=${YEAR}`,
      { category: await makers.needCategory(ctx, scope), base: 100 + ctx.next(), reason: 'Fler brukare' })
    if (r.status !== 201) throw new Error(`propose: ${r.status} ${r.text}`)
    return r.json
  },
  // A chapter needs its unit's plan year: one per scope, made once.
  chapterPlan: async (ctx, scope) => {
    ctx.chapterPlans ??= {}
    ctx.chapterPlans[scope] ??= makers.planYear(ctx, scope)
    return ctx.chapterPlans[scope]
  },
  chapter: async (ctx, scope, extra = {}) => {
    const plan = await makers.chapterPlan(ctx, scope)
    return ctx.create('/api/v1/chapters', { unit: unitOf(scope), year: plan.year, title: `Kapitel ${ctx.next()}`,
      text: '## Uppgifter\n\n- En punkt', after: 'nulage', ...extra })
  },
  // Follow-up occasions: one plan year per scope (year 2020, which no other maker uses). A plan year
  // has one occasion per kind (four), and a submitted one stays: the makers reuse the open one.
  followupPlan: (ctx, scope) => {
    ctx.followupPlans ??= {}
    ctx.followupPlans[scope] ??= makers.planYear(ctx, scope, FOLLOWUP_YEAR)
    return ctx.followupPlans[scope]
  },
  // A kind the scope's plan year has no occasion of, deleting its open one when all four are taken.
  freeOccasionKind: async (ctx, scope) => {
    const plan = await makers.followupPlan(ctx, scope)
    const list = (await ctx.admin.get(`/api/v1/plan-years/${plan.id}/followups`)).json.items
    const free = Object.keys(OCCASION_DEADLINES).find((k) => !list.some((o) => o.kind === k))
    if (free) return { plan, kind: free }
    const open = list.find((o) => !o.submitted_at)
    if (!open) throw new Error('every occasion of the follow-up plan year is submitted')
    const r = await ctx.admin.request('DELETE', `/api/v1/plan-years/${plan.id}/followups/${open.id}`, { version: open.version })
    if (r.status !== 204) throw new Error(`delete occasion: ${r.status} ${r.text}`)
    return { plan, kind: open.kind }
  },
  // The scope's open occasion (made when there is none), read fresh for its version.
  openOccasion: async (ctx, scope) => {
    const plan = await makers.followupPlan(ctx, scope)
    const list = (await ctx.admin.get(`/api/v1/plan-years/${plan.id}/followups`)).json.items
    const open = list.find((o) => !o.submitted_at)
    if (open) return open
    const { kind } = await makers.freeOccasionKind(ctx, scope)
    return ctx.create(`/api/v1/plan-years/${plan.id}/followups`, { kind, deadline: OCCASION_DEADLINES[kind] })
  },
  submittedOccasion: async (ctx, scope) => {
    ctx.submittedOccasions ??= {}
    ctx.submittedOccasions[scope] ??= (async () => {
      const o = await makers.openOccasion(ctx, scope)
      const r = await ctx.admin.request('POST', `/api/v1/plan-years/${o.plan_year_id}/followups/${o.id}/submit`,
        { json: {}, version: o.version })
      if (r.status !== 201) throw new Error(`submit: ${r.status} ${r.text}`)
      return r.json
    })()
    return ctx.submittedOccasions[scope]
  },
  user: (ctx) => ctx.create('/api/v1/users', { name: `anv${ctx.next()}`, role: 'lasare', password: 'ett-långt-lösenord' }),
}

function unitRecord(base, kind, writers) {
  return {
    [`GET ${base}`]: { who: ALL, scoped: true, ok: 200, make: (_ctx, s) => ({ path: `${base}?org=${unitOf(s)}` }) },
    [`GET ${base}/{id}`]: { who: ALL, scoped: true, ok: 200,
      make: async (ctx, s) => ({ path: `${base}/${(await makers[kind](ctx, s)).id}` }) },
    [`POST ${base}`]: { who: writers, scoped: true, ok: 201,
      make: (ctx, s) => ({ path: base, json: ctx.bodyOf(kind, s) }) },
    [`PUT ${base}/{id}`]: { who: writers, scoped: true, ok: 200,
      make: async (ctx, s) => {
        const r = await makers[kind](ctx, s)
        return { path: `${base}/${r.id}`, json: { ...ctx.editable(kind, r) }, version: r.version }
      } },
    [`DELETE ${base}/{id}`]: { who: writers, scoped: true, ok: 204,
      make: async (ctx, s) => {
        const r = await makers[kind](ctx, s)
        return { path: `${base}/${r.id}`, version: r.version }
      } },
  }
}

export const routeTable = {
  'GET /api/v1/health': { who: 'public', ok: 200, make: () => ({ path: '/api/v1/health' }) },
  'GET /api/v1/openapi.json': { who: 'public', ok: 200, make: () => ({ path: '/api/v1/openapi.json' }) },
  'POST /api/v1/session': { who: 'public', ok: 201,
    make: () => ({ path: '/api/v1/session', json: { username: 'lasare', password: PASSWORD } }) },
  'GET /api/v1/session': { who: 'any', ok: 200, make: () => ({ path: '/api/v1/session' }) },
  'GET /api/v1/vocabularies': { who: 'any', ok: 200, make: () => ({ path: '/api/v1/vocabularies' }) },
  'DELETE /api/v1/session': { who: 'any', ok: 204, fresh: true, make: () => ({ path: '/api/v1/session' }) },

  'GET /api/v1/org-units': { who: ALL, scoped: true, ok: 200, make: (_c, s) => ({ path: `/api/v1/org-units?org=${unitOf(s)}` }) },
  'POST /api/v1/org-units': { who: PLANNERS, ok: 201,
    make: (ctx, s) => ({ path: '/api/v1/org-units',
      json: { code: `NY-${ctx.next()}`, name: 'Ny enhet', kind: 'enhet', parent: unitOf(s) } }) },
  'PUT /api/v1/org-units/{code}': { who: PLANNERS, ok: 200,
    make: async (ctx, s) => {
      const code = `BYT-${ctx.next()}`
      const r = await ctx.admin.post('/api/v1/org-units', { code, name: 'Enhet att byta namn på', kind: 'enhet', parent: unitOf(s) })
      if (r.status !== 201) throw new Error(`org unit: ${r.status} ${r.text}`)
      return { path: `/api/v1/org-units/${code}`, json: { name: `Nytt namn ${ctx.next()}` } }
    } },

  'GET /api/v1/categories': { who: ALL, ok: 200, make: () => ({ path: '/api/v1/categories' }) },
  'POST /api/v1/categories': { who: PLANNERS, ok: 201,
    make: (ctx) => ({ path: '/api/v1/categories', json: { name: `Yrke ${ctx.next()}`, ssyk: '5321' } }) },
  'PUT /api/v1/categories/{id}': { who: PLANNERS, ok: 200,
    make: async (ctx) => {
      const c = await makers.category(ctx)
      return { path: `/api/v1/categories/${c.id}`, json: { name: `${c.name} (ändrad)` }, version: c.version }
    } },
  'GET /api/v1/scales': { who: ALL, ok: 200, make: () => ({ path: '/api/v1/scales' }) },
  'POST /api/v1/scales': { who: PLANNERS, ok: 201,
    make: (ctx) => ({ path: '/api/v1/scales', json: { name: `Skala ${ctx.next()}`, levels: ['Låg', 'Hög'] } }) },

  'GET /api/v1/plan-years': { who: ALL, scoped: true, ok: 200, make: (_c, s) => ({ path: `/api/v1/plan-years?org=${unitOf(s)}` }) },
  'POST /api/v1/plan-years': { who: PLANNERS, scoped: true, ok: 201,
    make: (ctx, s) => ({ path: '/api/v1/plan-years',
      json: { unit: unitOf(s), year: ctx.year('plan'), horizons: [2, 5] } }) },
  'PUT /api/v1/plan-years/{id}': { who: PLANNERS, scoped: true, ok: 200,
    make: async (ctx, s) => {
      const p = await makers.planYear(ctx, s)
      return { path: `/api/v1/plan-years/${p.id}`, json: { unit: p.unit, year: p.year, horizons: [3, 6] }, version: p.version }
    } },

  'POST /api/v1/plan-years/{id}/start': { who: PLANNERS, scoped: true, ok: 201,
    make: async (ctx, s) => {
      const p = await makers.cyclePlan(ctx, s)
      return { path: `/api/v1/plan-years/${p.id}/start`, json: { year: 2000 + ctx.year('start') - 2065, copy_inventory: true } }
    } },
  'PUT /api/v1/plan-years/{id}/status': { who: PLANNERS, scoped: true, ok: 200,
    make: async (ctx, s) => {
      await makers.adoptedPlan(ctx, s)
      const p = await makers.cyclePlan(ctx, s)
      return { path: `/api/v1/plan-years/${p.id}/status`, json: { status: p.status === 'for_beslut' ? 'utkast' : p.status === 'utkast' ? 'for_beslut' : 'utkast' }, version: p.version }
    } },
  'POST /api/v1/plan-years/{id}/adoptions': { who: PLANNERS, scoped: true, ok: 201,
    make: async (ctx, s) => {
      await makers.adoptedPlan(ctx, s)
      const p = await makers.planForDecision(ctx, s)
      return { path: `/api/v1/plan-years/${p.id}/adoptions`, version: p.version,
        json: { decided_by: 'Socialnämnden', decided_on: '2000-09-20', paragraph: '§ 112', registration_number: 'Dnr 1.3.1-789/2000' } }
    } },
  'GET /api/v1/plan-years/{id}/adoptions': { who: ALL, scoped: true, ok: 200,
    make: async (ctx, s) => ({ path: `/api/v1/plan-years/${(await makers.adoptedPlan(ctx, s)).plan.id}/adoptions` }) },
  'GET /api/v1/plan-years/{id}/adoptions/{revision}/document': { who: ALL, scoped: true, ok: 200,
    make: async (ctx, s) => {
      const { plan, adoption } = await makers.adoptedPlan(ctx, s)
      return { path: `/api/v1/plan-years/${plan.id}/adoptions/${adoption.revision}/document?format=docx` }
    } },
  'GET /api/v1/plan-years/{id}/followups': { who: ALL, scoped: true, ok: 200,
    make: async (ctx, s) => ({ path: `/api/v1/plan-years/${(await makers.followupPlan(ctx, s)).id}/followups` }) },
  'POST /api/v1/plan-years/{id}/followups': { who: PLANNERS, scoped: true, ok: 201,
    make: async (ctx, s) => {
      const { plan, kind } = await makers.freeOccasionKind(ctx, s)
      return { path: `/api/v1/plan-years/${plan.id}/followups`, json: { kind, deadline: OCCASION_DEADLINES[kind] } }
    } },
  'PUT /api/v1/plan-years/{id}/followups/{occasion}': { who: PLANNERS, scoped: true, ok: 200,
    make: async (ctx, s) => {
      const o = await makers.openOccasion(ctx, s)
      return { path: `/api/v1/plan-years/${o.plan_year_id}/followups/${o.id}`, json: { deadline: OCCASION_DEADLINES[o.kind] }, version: o.version }
    } },
  'DELETE /api/v1/plan-years/{id}/followups/{occasion}': { who: PLANNERS, scoped: true, ok: 204,
    make: async (ctx, s) => {
      const o = await makers.openOccasion(ctx, s)
      return { path: `/api/v1/plan-years/${o.plan_year_id}/followups/${o.id}`, version: o.version }
    } },
  'POST /api/v1/plan-years/{id}/followups/{occasion}/submit': { who: PLANNERS, scoped: true, ok: 201,
    make: async (ctx, s) => {
      const o = await makers.openOccasion(ctx, s)
      return { path: `/api/v1/plan-years/${o.plan_year_id}/followups/${o.id}/submit`, json: {}, version: o.version }
    } },
  'GET /api/v1/plan-years/{id}/followups/{occasion}/document': { who: ALL, scoped: true, ok: 200,
    make: async (ctx, s) => {
      const o = await makers.submittedOccasion(ctx, s)
      return { path: `/api/v1/plan-years/${o.plan_year_id}/followups/${o.id}/document?format=pdf` }
    } },
  'GET /api/v1/followups': { who: ALL, scoped: true, ok: 200,
    make: (_c, s) => ({ path: `/api/v1/followups?org=${unitOf(s)}&year=${FOLLOWUP_YEAR}` }) },
  'GET /api/v1/kommunstyrelsen': { who: ['admin', 'hr', 'lasare'], ok: 200,
    make: () => ({ path: `/api/v1/kommunstyrelsen?year=${YEAR}` }) },
  'GET /api/v1/kommunstyrelsen/document': { who: ['admin', 'hr', 'lasare'], ok: 200,
    make: () => ({ path: `/api/v1/kommunstyrelsen/document?year=${YEAR}&format=html` }) },
  'GET /api/v1/plan-years/{id}/changes': { who: ALL, scoped: true, ok: 200,
    make: async (ctx, s) => ({ path: `/api/v1/plan-years/${(await makers.adoptedPlan(ctx, s)).plan.id}/changes` }) },

  'GET /api/v1/inventory': { who: ALL, scoped: true, ok: 200,
    make: (_c, s) => ({ path: `/api/v1/inventory?org=${unitOf(s)}&year=${YEAR}` }) },
  'PUT /api/v1/inventory': { who: UNIT_WRITERS, scoped: true, ok: 200,
    make: async (ctx, s) => {
      const path = `/api/v1/inventory?org=${unitOf(s)}&year=${YEAR}`
      const grid = await ctx.admin.get(path)
      return { path, version: grid.json.version,
        json: { entries: [{ unit: unitOf(s), category: 'Undersköterska', level: 'God', headcount: 3 }] } }
    } },

  // The kartläggning as an assignment: the demo's plan year (VOF's and BUF's) with its round
  // open; each chef answers for an avdelning of the plan unit (own: VOF-HT, other: BUF-FS).
  'GET /api/v1/mapping': { who: ALL, scoped: true, ok: 200,
    make: (_c, s) => ({ path: `/api/v1/mapping?org=${unitOf(s)}&year=${YEAR}` }) },
  'PUT /api/v1/plan-years/{id}/mapping': { who: PLANNERS, scoped: true, ok: 200,
    make: async (ctx, s) => ({ path: `/api/v1/plan-years/${(await makers.cyclePlan(ctx, s)).id}/mapping`,
      json: { deadline: '2099-12-31' } }) },
  'DELETE /api/v1/plan-years/{id}/mapping': { who: PLANNERS, scoped: true, ok: 204,
    make: async (ctx, s) => {
      const p = await makers.planYear(ctx, s)
      const r = await ctx.admin.put(`/api/v1/plan-years/${p.id}/mapping`, { deadline: '2099-12-31' })
      if (r.status !== 200) throw new Error(`open the round: ${r.status} ${r.text}`)
      return { path: `/api/v1/plan-years/${p.id}/mapping` }
    } },
  'POST /api/v1/mapping/submit': { who: UNIT_WRITERS, scoped: true, ok: 201,
    make: async (ctx, s) => {
      await makers.mappingRound(ctx, s)
      return { path: `/api/v1/mapping/submit?org=${mappingUnitOf(s)}&year=${YEAR}` }
    } },
  // Reminders go to an avdelning nobody submits in this table (a submitted one is not reminded).
  'POST /api/v1/mapping/remind': { who: PLANNERS, ok: 201,
    make: async (ctx) => {
      await makers.mappingRound(ctx, 'own')
      return { path: `/api/v1/mapping/remind?org=VOF-LSS&year=${YEAR}` }
    } },
  'GET /api/v1/mapping/workbook': { who: ALL, scoped: true, ok: 200,
    make: (_c, s) => ({ path: `/api/v1/mapping/workbook?org=${mappingUnitOf(s)}&year=${YEAR}` }) },
  'POST /api/v1/mapping/workbook': { who: UNIT_WRITERS, scoped: true, ok: 201,
    make: async (ctx, s) => {
      // The unit's own workbook, downloaded by admin and sent back unchanged.
      const path = `/api/v1/mapping/workbook?org=${mappingUnitOf(s)}&year=${YEAR}`
      const r = await fetch(ctx.admin.base + path, { headers: { cookie: ctx.admin.cookie } })
      if (r.status !== 200) throw new Error(`download the workbook: ${r.status}`)
      const form = new FormData()
      form.append('file', new Blob([await r.arrayBuffer()]), 'kartlaggning.xlsx')
      return { path, form }
    } },
  'GET /api/v1/need-proposals': { who: ALL, scoped: true, ok: 200,
    make: (_c, s) => ({ path: `/api/v1/need-proposals?org=${unitOf(s)}&year=${YEAR}` }) },
  'POST /api/v1/need-proposals': { who: UNIT_WRITERS, scoped: true, ok: 201,
    make: async (ctx, s) => ({ path: `/api/v1/need-proposals?org=${mappingUnitOf(s)}&year=${YEAR}`,
      json: { category: await makers.needCategory(ctx, s), base: 100 + ctx.next(), reason: 'Fler brukare i hemtjänsten' } }) },
  'POST /api/v1/need-proposals/{id}/accept': { who: PLANNERS, scoped: true, ok: 201,
    make: async (ctx, s) => ({ path: `/api/v1/need-proposals/${(await makers.needProposal(ctx, s)).id}/accept`, json: {} }) },
  'POST /api/v1/need-proposals/{id}/reject': { who: PLANNERS, scoped: true, ok: 201,
    make: async (ctx, s) => ({ path: `/api/v1/need-proposals/${(await makers.needProposal(ctx, s)).id}/reject`,
      json: { reason: 'Ryms inte i budgeten' } }) },
  'PUT /api/v1/categories/{id}/level-definitions': { who: PLANNERS, ok: 200,
    make: async (ctx) => ({ path: `/api/v1/categories/${(await makers.category(ctx)).id}/level-definitions`,
      json: { definitions: [{ level: 'Hög', text: 'Leder och utvecklar arbetet' }] } }) },

  'GET /api/v1/need-parameters': { who: ALL, scoped: true, ok: 200,
    make: (_c, s) => ({ path: `/api/v1/need-parameters?org=${unitOf(s)}&year=${YEAR}` }) },
  'PUT /api/v1/need-parameters/{category}': { who: PLANNERS, scoped: true, ok: 200,
    make: async (ctx, s) => {
      // A category without parameters yet: version 0.
      const c = await makers.category(ctx)
      return { path: `/api/v1/need-parameters/${encodeURIComponent(c.name)}?org=${s === 'other' ? OTHER : 'VOF'}&year=${YEAR}`,
        version: 0, json: { base: 10, horizons: [{ years: 2, growth: 0.02, target_shares: [10, 40, 40, 10] },
        { years: 5, growth: 0.05, target_shares: [10, 30, 40, 20] }] } }
    } },

  'GET /api/v1/texts': { who: ALL, scoped: true, ok: 200,
    make: (_c, s) => ({ path: `/api/v1/texts?org=${unitOf(s)}&year=${YEAR}` }) },
  'PUT /api/v1/texts/{section}': { who: PLANNERS, scoped: true, ok: 200,
    make: async (ctx, s) => {
      const path = `/api/v1/texts/inledning?org=${s === 'other' ? OTHER : 'VOF'}&year=${YEAR}`
      const list = await ctx.admin.get(`/api/v1/texts?org=${s === 'other' ? OTHER : 'VOF'}&year=${YEAR}&section=inledning`)
      const current = list.json.items.find((t) => t.category === '')
      return { path, version: current?.version ?? 0, json: { text: `Inledning ${ctx.next()}` } }
    } },

  'GET /api/v1/chapters': { who: ALL, scoped: true, ok: 200,
    make: (_c, s) => ({ path: `/api/v1/chapters?org=${unitOf(s)}&year=${YEAR}` }) },
  'GET /api/v1/chapters/{id}': { who: ALL, scoped: true, ok: 200,
    make: async (ctx, s) => ({ path: `/api/v1/chapters/${(await makers.chapter(ctx, s)).id}` }) },
  'POST /api/v1/chapters': { who: PLANNERS, scoped: true, ok: 201,
    make: async (ctx, s) => {
      const plan = await makers.chapterPlan(ctx, s)
      return { path: '/api/v1/chapters', json: { unit: unitOf(s), year: plan.year, title: `Nytt kapitel ${ctx.next()}` } }
    } },
  'PUT /api/v1/chapters/{id}': { who: PLANNERS, scoped: true, ok: 200,
    make: async (ctx, s) => {
      const { id, version, ...rest } = await makers.chapter(ctx, s)
      return { path: `/api/v1/chapters/${id}`, json: { ...rest, position: 5 }, version }
    } },
  'DELETE /api/v1/chapters/{id}': { who: PLANNERS, scoped: true, ok: 204,
    make: async (ctx, s) => {
      const c = await makers.chapter(ctx, s)
      return { path: `/api/v1/chapters/${c.id}`, version: c.version }
    } },

  'GET /api/v1/analysis': { who: ALL, scoped: true, ok: 200,
    make: (_c, s) => ({ path: `/api/v1/analysis?org=${unitOf(s)}&year=${YEAR}` }) },
  'GET /api/v1/figures': { who: ALL, scoped: true, ok: 200, make: (_c, s) => ({ path: `/api/v1/figures?org=${unitOf(s)}` }) },
  'GET /api/v1/snapshots': { who: ALL, ok: 200, make: () => ({ path: '/api/v1/snapshots' }) },

  'GET /api/v1/reports': { who: ALL, scoped: true, ok: 200,
    known: 'the plan document of a unit inside a plan unit (VOF-HT in plan VOF 2025) is 404: LoadPlanData does not look up to the plan unit',
    make: (_c, s) => ({ path: `/api/v1/reports?org=${unitOf(s)}&year=${YEAR}` }) },
  'GET /api/v1/charts': { who: ALL, scoped: true, ok: 200,
    known: 'the plan document of a unit inside a plan unit (VOF-HT in plan VOF 2025) is 404: LoadPlanData does not look up to the plan unit',
    make: (_c, s) => ({ path: `/api/v1/charts?org=${unitOf(s)}&year=${YEAR}` }) },
  'GET /api/v1/charts/{name}': { who: ALL, scoped: true, ok: 200,
    known: 'the plan document of a unit inside a plan unit (VOF-HT in plan VOF 2025) is 404: LoadPlanData does not look up to the plan unit',
    make: async (ctx, s) => {
      const list = await ctx.admin.get(`/api/v1/charts?org=${unitOf(s)}&year=${YEAR}`)
      const name = list.json?.items?.[0]?.name
      if (!name) throw new Error(`no chart in the plan of ${unitOf(s)}: ${list.text.slice(0, 200)}`)
      return { path: `/api/v1/charts/${encodeURIComponent(name)}?org=${unitOf(s)}&year=${YEAR}` }
    } },

  ...unitRecord('/api/v1/risks', 'risk', UNIT_WRITERS),
  ...unitRecord('/api/v1/activities', 'activity', UNIT_WRITERS),
  ...unitRecord('/api/v1/goals', 'goal', PLANNERS),
  ...unitRecord('/api/v1/indicators', 'indicator', PLANNERS),
  ...unitRecord('/api/v1/succession', 'succession', PLANNERS),
  'GET /api/v1/risks': { who: ALL, scoped: true, ok: 200, make: (_c, s) => ({ path: `/api/v1/risks?org=${unitOf(s)}&year=${YEAR}` }) },

  'GET /api/v1/indicators/{id}/outcomes': { who: ALL, scoped: true, ok: 200,
    make: async (ctx, s) => ({ path: `/api/v1/indicators/${(await makers.indicator(ctx, s)).id}/outcomes` }) },
  'PUT /api/v1/indicators/{id}/outcomes/{period}': { who: PLANNERS, scoped: true, ok: 200,
    make: async (ctx, s) => ({ path: `/api/v1/indicators/${(await makers.indicator(ctx, s)).id}/outcomes/2025`,
      version: 0, json: { value: 85, comment: 'Mätt i december' } }) },

  'GET /api/v1/projections/setup': { who: ALL, ok: 200, make: () => ({ path: '/api/v1/projections/setup' }) },
  'POST /api/v1/projections': { who: PLANNERS, scoped: true, ok: 202,
    make: (_c, s) => ({ path: '/api/v1/projections', json: { org: unitOf(s), years: 2, runs: 5, seed: 1 } }) },
  // A job is found by its id, whoever started it (the id is the secret).
  'GET /api/v1/projections/{id}': { who: ALL, ok: 200,
    make: async (ctx) => ({ path: `/api/v1/projections/${(await ctx.projection()).id}` }) },
  'DELETE /api/v1/projections/{id}': { who: PLANNERS, ok: 202,
    make: async (ctx) => ({ path: `/api/v1/projections/${(await ctx.projection()).id}` }) },

  'POST /api/v1/imports': { who: PLANNERS, scoped: true, ok: 202,
    make: (ctx, s) => ({ path: '/api/v1/imports', form: ctx.activityImport(s) }) },
  // The file's headers for the Import page's column mapping: nothing is stored.
  'POST /api/v1/imports/columns': { who: PLANNERS, ok: 200,
    make: (ctx) => ({ path: '/api/v1/imports/columns', form: ctx.activityImport('own') }) },
  'GET /api/v1/imports/{id}': { who: PLANNERS, ok: 200,
    // The job of the caller itself (another user's job is as good as absent).
    make: async (ctx, _s, client) => {
      const r = await client.request('POST', '/api/v1/imports', { body: ctx.activityImport('own') })
      return { path: `/api/v1/imports/${r.json?.id ?? 1}` }
    } },

  'PUT /api/v1/users/me/password': { who: 'any', ok: 204, fresh: true,
    make: () => ({ path: '/api/v1/users/me/password',
      json: { current_password: PASSWORD, password: PASSWORD } }) },
  'GET /api/v1/users': { who: ADMIN, ok: 200, make: () => ({ path: '/api/v1/users' }) },
  'POST /api/v1/users': { who: ADMIN, ok: 201,
    make: (ctx) => ({ path: '/api/v1/users', json: { name: `ny${ctx.next()}`, role: 'lasare', password: 'ett-långt-lösenord' } }) },
  'PUT /api/v1/users/{id}': { who: ADMIN, ok: 200,
    make: async (ctx) => {
      const u = await makers.user(ctx)
      return { path: `/api/v1/users/${u.id}`, json: { role: 'hr' }, version: u.version }
    } },
  'PUT /api/v1/users/{id}/password': { who: ADMIN, ok: 204,
    make: async (ctx) => ({ path: `/api/v1/users/${(await makers.user(ctx)).id}/password`,
      json: { password: 'ett-annat-långt-lösenord' } }) },
  'GET /api/v1/audit': { who: PLANNERS, ok: 200, make: () => ({ path: '/api/v1/audit?limit=5' }) },
}

/** The status a role should get from a route, in its own or another subtree ('none': no session). */
export function expectedStatus(spec, role, scope) {
  if (spec.who === 'public') return spec.ok
  if (role === 'none') return 401
  if (spec.who !== 'any' && !spec.who.includes(role)) return 403
  if (spec.scoped && role === 'chef' && scope === 'other') return 403
  return spec.ok
}

/** What the route table needs from a running server: admin to make records, counters, bodies. */
export function makeContext(admin) {
  let n = 0
  const years = {}
  const ctx = {
    admin,
    next: () => ++n,
    // A year not used before by records of this kind: risks and plan years are one per
    // unit and year (and a risk starts its plan year), so each kind has its own years.
    year: (kind) => {
      years[kind] = (years[kind] ?? 0) + 1
      return (kind === 'risk' ? 2030 : 2065) + (years[kind] % 35)
    },
    async create(path, json) {
      let r = await admin.post(path, json)
      // A projection is refused while the server already runs its limit of them ("försök igen
      // om en stund"): the fixture waits for one to finish, as a user would.
      for (let i = 0; i < 40 && r.status === 503 && r.json?.error?.rule === 'busy'; i++) {
        await new Promise((resolve) => setTimeout(resolve, 250))
        r = await admin.post(path, json)
      }
      if (r.status !== 201) throw new Error(`POST ${path} as admin: ${r.status} ${r.text}`)
      return r.json
    },
    bodyOf(kind, scope) {
      const unit = unitOf(scope)
      switch (kind) {
        case 'activity': return { unit, year: YEAR, area: 'Rekrytera', title: `Ny aktivitet ${ctx.next()}`, status: 'planned' }
        case 'risk': return { unit, year: ctx.year('risk'), category: 'Undersköterska',
          operations: { consequence: 3, probability: 2 }, work_environment: { consequence: 2, probability: 2 } }
        case 'goal': return { unit, year: YEAR, title: `Nytt mål ${ctx.next()}` }
        case 'indicator': return { unit, name: `Ny indikator ${ctx.next()}`, measure: 'st', target: { at_most: 5 } }
        case 'succession': return { unit, year: YEAR, position_title: `Ny nyckelroll ${ctx.next()}`, readiness: '1_2_years' }
        default: throw new Error(kind)
      }
    },
    // The editable fields of a record as read, for a PUT that changes one of them.
    editable(kind, r) {
      const { id, version, status_label, overdue, readiness_label, target_text, latest, ...rest } = r
      // An indicator's binding and comparison as shown (the input is key_figure, kolada_kpi, comparison).
      for (const k of ['key_figure_label', 'computed', 'computed_label', 'kolada_kpi_name', 'comparisons']) delete rest[k]
      for (const k of ['operations', 'work_environment']) {
        if (rest[k]) rest[k] = { consequence: rest[k].consequence, probability: rest[k].probability }
      }
      const text = { activity: 'title', risk: 'description', goal: 'title', indicator: 'name', succession: 'position_title' }[kind]
      rest[text] = `${rest[text] ?? ''} (ändrad)`
      return rest
    },
    async projection() {
      const r = await admin.post('/api/v1/projections', { org: OWN, years: 2, runs: 5, seed: 1 })
      if (r.status !== 202) throw new Error(`POST /api/v1/projections as admin: ${r.status} ${r.text}`)
      return r.json
    },
    activityImport(scope) {
      const form = new FormData()
      form.append('kind', 'activities')
      form.append('org', unitOf(scope))
      form.append('year', String(YEAR))
      form.append('dry_run', 'true')
      form.append('file', new Blob([`Område;Aktivitet;Ansvarig\nRekrytera;Importerad aktivitet ${ctx.next()};HR\n`],
        { type: 'text/csv' }), 'aktiviteter.csv')
      return form
    },
  }
  return ctx
}
