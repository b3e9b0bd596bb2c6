// The server's vocabularies (GET /api/v1/vocabularies): strategic areas, statuses, readiness,
// risk classes with their value ranges and the text limits, in the UI language. The app asks
// the server instead of keeping its own copies, so the screen shows what the printed plan shows.

import { api } from './api'

export type RiskClassKey = 'low' | 'medium' | 'high'

export interface Entry {
  key: string
  label: string
}

export interface RiskClassRange {
  key: RiskClassKey
  label: string
  from: number
  to: number
}

export interface Vocabularies {
  strategic_areas: (Entry & { value: string })[]
  activity_statuses: Entry[]
  readiness: Entry[]
  risk_classes: RiskClassRange[]
  limits: Record<string, number>
  /** The plan document's sections in reading order: key (as in PUT /texts/{key}) and heading. */
  plan_sections: Entry[]
  /** What an indicator can be fed by (the register's key figures) or compared with (Kolada's KPIs). */
  key_figures: (Entry & { unit: string })[]
  kolada_kpis: (Entry & { unit: string })[]
}

const loaded = new Map<string, Promise<Vocabularies>>()

/** The vocabularies in a language, fetched once per language (a failed fetch is tried again). */
export function loadVocabularies(language = 'sv'): Promise<Vocabularies> {
  let pending = loaded.get(language)
  if (!pending) {
    pending = api.get<Vocabularies>('vocabularies')
    pending.catch(() => loaded.delete(language))
    loaded.set(language, pending)
  }
  return pending
}

/** The class whose range holds a risk value, or undefined before the ranges are known. */
export function riskClassOf(value: number, ranges: readonly RiskClassRange[]): RiskClassKey | undefined {
  return ranges.find((r) => value >= r.from && value <= r.to)?.key
}

/** The app's colour class (app.css .heat-*) of a risk class; red for high, as on paper. */
export function heatClass(key: RiskClassKey | undefined): string {
  if (key === 'high') return 'heat-crit'
  if (key === 'medium') return 'heat-mid'
  if (key === 'low') return 'heat-low'
  return ''
}

/** The most characters the server accepts in a field ("activity.title"), for an input's maxlength;
 *  undefined (no limit on the form, the server still checks) before the vocabularies are known. */
export function maxLength(vocabularies: Vocabularies | undefined, key: string): number | undefined {
  return vocabularies?.limits[key]
}

export interface AreaOption {
  value: string // as stored: the Swedish name of a standard area, or the municipality's own
  label: string // in the UI language
}

/** The strategic areas to offer: the standard ones (labels in the UI language), then the
 *  municipality's own that its activities use, each once. */
export function areaOptions(vocabularies: Vocabularies | undefined, used: readonly string[]): AreaOption[] {
  const options: AreaOption[] = (vocabularies?.strategic_areas ?? []).map((a) => ({ value: a.value, label: a.label }))
  const known = new Set(options.map((o) => o.value))
  for (const area of used) {
    if (area && !known.has(area)) {
      known.add(area)
      options.push({ value: area, label: area })
    }
  }
  return options
}

/** The label of a readiness key in the UI language; undefined for an empty or unknown key. */
export function readinessLabel(vocabularies: Vocabularies | undefined, key: string): string | undefined {
  return vocabularies?.readiness.find((r) => r.key === key)?.label
}
