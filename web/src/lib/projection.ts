// The projections API (docs/projection-format.md): types of what it returns and
// small fetch helpers. A projection runs in the background: start() answers at
// once with a job, follow() polls it until it is done, failed or cancelled.

import { api } from './api'

export interface Band {
  mean: number
  p10: number
  p50: number
  p90: number
}

export interface ProjectionYear {
  year: number
  need_fte: number
  increase_fte: number
  other_solutions_fte: number
  cost_of_increase: number
  headcount: Band
  fte: Band
  retirements: Band
  leavers: Band
  promotions: Band
  to_full_time: Band
  recruitment: Band
  recruitment_split: { growth: Band; retirements: Band; turnover: Band }
}

export interface Series {
  name: string
  headcount: number
  fte: number
  years: ProjectionYear[]
  period: { retirements: Band; leavers: Band; recruitment: Band }
}

export interface ScenarioResult {
  name: string
  total: Series
  categories: Series[]
}

export interface ProjectionResult {
  org: { code: string; name: string }
  snapshot: string | null
  period_start: string | null
  area: string | null
  start_year: number
  years: number
  runs: number
  seed: number
  threads: number
  assumptions: {
    retirement: { percent_by_age: Record<string, number>; mean_exit_age: number }
    recruit_age: number
    notes: string[]
  }
  scenarios: ScenarioResult[]
}

export interface Job {
  id: string
  status: 'running' | 'done' | 'failed' | 'cancelled'
  progress: { done: number; total: number }
  seconds: number
  result?: ProjectionResult
  error?: { message: string }
}

export interface ScenarioPreset {
  name: string
  description: string
  [setting: string]: string | number
}

export interface Setup {
  units: { code: string; name: string; parent: string | null }[]
  areas: string[]
  defaults: { years: number; runs: number; seed: number }
  max_runs: number
  scenarios: ScenarioPreset[]
}

export interface ProjectionRequest {
  org: string
  area?: string
  years: number
  runs: number
  seed: number
  scenarios: Record<string, string | number>[]
}

// Through the app's one client: the session cookie, the CSRF token and the UI language.
export const loadSetup = (_language?: string) => api.get<Setup>('projections/setup')

export const startProjection = (request: ProjectionRequest, _language?: string) =>
  api.post<Job>('projections', request)

export const cancelProjection = (id: string) => api.del<Job>(`projections/${encodeURIComponent(id)}`)

/** Polls the job every 200 ms, reporting each state, until it is no longer running. */
export async function follow(id: string, onUpdate: (job: Job) => void, _language?: string): Promise<Job> {
  for (;;) {
    const job = await api.get<Job>(`projections/${encodeURIComponent(id)}`)
    onUpdate(job)
    if (job.status !== 'running') return job
    await new Promise((resolve) => setTimeout(resolve, 200))
  }
}
