// Shapes of the API's answers that several pages read (see the OpenAPI document and
// docs/analysis-format.md).

export interface LevelValues {
  total: number
  levels: Record<string, number>
}

export interface Change {
  level: string
  kind: string
  previous: number
  current: number
}

export interface HorizonResult {
  years: number
  growth: number
  target_shares: Record<string, number>
  need: LevelValues
  supply: LevelValues
  gap: LevelValues
  gap_rounded: LevelValues
  quantitative_goal: number
  moves: { from: string; to: string; count: number }[]
  recruitment: Record<string, number>
  moves_text: string
  changes: Change[]
  previous_quantitative_goal: number | null
  quantitative_change: string | null
  change_text: string | null
}

export interface CategoryResult {
  name: string
  ssyk?: string
  inventory_total: number
  base: number
  horizons: HorizonResult[]
}

export interface Assessment {
  consequence: number
  consequence_label: string
  probability: number
  probability_label: string
  value: number
  /** The value's class (server-side, as on paper); in risk records, not in analysis results. */
  class?: 'low' | 'medium' | 'high'
  class_label?: string
}

export interface Analysis {
  levels: string[]
  horizons: number[]
  categories: CategoryResult[]
  risks?: { category: string; operations: Assessment; work_environment: Assessment }[]
  summary?: {
    quantitative_goals?: Record<string, number>
    largest_qualitative_gaps?: { category: string; shortage: number; need: number; share_percent: number }[]
  }
  summary_text?: string
}

export interface Risk {
  id: number
  unit: string
  year: number
  category: string
  operations: Assessment
  work_environment: Assessment
  description: string
  version: number
}

export interface Activity {
  id: number
  unit: string
  area: string
  title: string
  description: string
  category: string
  owner: string
  start: string | null
  end: string | null
  status: string
  status_label: string
  overdue: boolean
  version: number
}

export interface Outcome {
  period: string
  value: number | null
  value_text: string
  assessment: string
  assessment_label: string
  computed_assessment: string
  manual: boolean
  manual_assessment: string
  comment: string
  change: number | null
  version: number
}

export interface Indicator {
  id: number
  unit: string
  goal_id: number | null
  name: string
  measure: string
  target: Record<string, unknown> | null
  target_text: string
  latest: Outcome | null
  version: number
}

export interface Goal {
  id: number
  unit: string
  title: string
  description: string
  version: number
}

export interface Category {
  id: number
  name: string
  ssyk: string
  version: number
}
