// The organisation unit and plan year the pages show, shared by every page (a ScopeBar changes it).
// Units come from GET /org-units (already limited to what the user may see), years from
// GET /plan-years of the chosen unit.
import { api, type ListResult } from './api'

/** @schema OrgUnit */
export interface OrgUnit {
  id: number
  code: string
  name: string
  kind: string
  kind_label: string
  parent: string | null
}

/** @schema PlanYear */
export interface PlanYear {
  id: number
  unit: string
  year: number
  scale: string
  levels: string[]
  horizons: number[]
  period_from: number | null
  period_to: number | null
  sections: string[]
  status: 'utkast' | 'for_beslut' | 'faststalld'
  status_label: string
  version: number
  inventory_version: number
}

export const scope = $state({
  units: [] as OrgUnit[],
  org: '',
  years: [] as number[],
  year: 0,
  ready: false,
})

/** Units in tree order with their depth, for indented choices and the organisation tree. */
export function unitTree(units: OrgUnit[]): { unit: OrgUnit; depth: number }[] {
  const codes = new Set(units.map((u) => u.code))
  const children = new Map<string | null, OrgUnit[]>()
  for (const u of units) {
    const parent = u.parent && codes.has(u.parent) ? u.parent : null
    children.set(parent, [...(children.get(parent) ?? []), u])
  }
  const out: { unit: OrgUnit; depth: number }[] = []
  const walk = (parent: string | null, depth: number) => {
    for (const u of (children.get(parent) ?? []).sort((a, b) => a.name.localeCompare(b.name, 'sv'))) {
      out.push({ unit: u, depth })
      walk(u.code, depth + 1)
    }
  }
  walk(null, 0)
  return out
}

/** Distinct plan years, newest first. */
export function yearsOf(planYears: { year: number }[]): number[] {
  return [...new Set(planYears.map((p) => p.year))].sort((a, b) => b - a)
}

export async function loadScope(defaultUnit: string | null): Promise<void> {
  const units = await api.get<ListResult<OrgUnit>>('org-units', { limit: 1000 })
  scope.units = units.items
  const tree = unitTree(units.items)
  if (!scope.org || !units.items.some((u) => u.code === scope.org)) {
    if (defaultUnit && units.items.some((u) => u.code === defaultUnit)) scope.org = defaultUnit
    else if (units.items.length > 0) {
      // No unit of one's own (hr, admin): start at the first unit that has a plan year, in tree order.
      const planned = await api.get<ListResult<PlanYear>>('plan-years', { limit: 200 }).catch(() => null)
      const withPlan = new Set(planned?.items.map((p) => p.unit) ?? [])
      scope.org = tree.find((n) => withPlan.has(n.unit.code))?.unit.code ?? tree[0]?.unit.code ?? ''
    } else scope.org = '' // an empty organisation: the first day's steps
  }
  await loadYears()
  scope.ready = true
}

async function yearsFor(org: string): Promise<number[]> {
  if (!org) return [] // an empty organisation has no plan years to ask for
  const years = await api.get<ListResult<PlanYear>>('plan-years', { org, limit: 200 }).catch(() => null)
  return yearsOf(years?.items ?? [])
}

function applyYears(years: number[]): void {
  scope.years = years
  if (!years.includes(scope.year)) scope.year = years[0] ?? new Date().getFullYear()
}

export async function loadYears(): Promise<void> {
  applyYears(await yearsFor(scope.org))
}

/** Changes the unit and, in the same step, the plan years it has: pages that reload on a change
 *  of unit or year then load once, for a year the unit has. */
export async function setOrg(code: string): Promise<void> {
  const years = await yearsFor(code)
  scope.org = code
  applyYears(years)
}

export function unitName(code: string | null | undefined): string {
  if (!code) return '–'
  return scope.units.find((u) => u.code === code)?.name ?? code
}
