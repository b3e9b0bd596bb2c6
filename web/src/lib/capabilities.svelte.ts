// Which API routes this server has, read once from GET /api/v1/openapi.json. Pages use it for
// routes that arrive later (charts, reports, projections), so that they never ask for a route the
// server lacks (no 404 noise) and switch to the server's version as soon as it exists.
import { api } from './api'

const state = $state({ paths: new Set<string>(), loaded: false })

export async function loadCapabilities(): Promise<void> {
  try {
    const doc = await api.get<{ paths?: Record<string, unknown> }>('openapi.json')
    state.paths = new Set(Object.keys(doc.paths ?? {}))
  } catch {
    state.paths = new Set()
  }
  state.loaded = true
}

/** Whether the server has the route, e.g. hasRoute('/api/v1/charts/{name}'). */
export function hasRoute(path: string): boolean {
  return state.paths.has(path)
}
