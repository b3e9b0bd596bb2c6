// The API's answers as the pages read them. Each interface tagged `@schema Name` is checked
// against that component schema of GET /api/v1/openapi.json by tests/api/types.test.mjs: the same
// fields (`partial`: a subset) with the same JSON types, nested interfaces too. See web/README.md.

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

/** @schema Analysis partial */
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

/** @schema Risk */
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

/** @schema Activity */
export interface Activity {
  id: number
  unit: string
  area: string
  title: string
  description: string
  /** The target group; empty: every category. */
  categories: string[]
  owner: string
  start: string | null
  end: string | null
  status: string
  status_label: string
  overdue: boolean
  /** The goals it works towards. */
  goal_ids: number[]
  /** The plan year it was written for. */
  year: number
  /** The last plan year it goes on in; null: `year` only. */
  through_year: number | null
  version: number
}

/** @schema Outcome */
export interface Outcome {
  period: string
  value: number | null
  value_text: string
  /** The period's target rule: its own (own_target) or the indicator's. */
  target: Record<string, unknown> | null
  target_text: string
  own_target: boolean
  assessment: string
  assessment_label: string
  computed_assessment: string
  manual: boolean
  manual_assessment: string
  comment: string
  change: number | null
  /** Computed from the register (the indicator is bound to a key figure), not typed. */
  computed: boolean
  /** Kolada's values of the period's year for the comparison municipalities. */
  comparisons: Comparison[]
  version: number
}

/** @schema Comparison */
export interface Comparison {
  /** "0000" is riket. */
  municipality: string
  label: string
  value: number | null
  value_text: string
}

/** @schema ComparisonSeries */
export interface ComparisonSeries {
  municipality: string
  label: string
  points: { period: string; value: number | null }[]
}

/** @schema Indicator */
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
  /** The key figure of the register it is fed by ('' typed). */
  key_figure: string
  key_figure_label: string
  computed: boolean
  /** "beräknat från personalregistret" when computed. */
  computed_label: string
  /** The Kolada KPI it is compared with ('' none) and the municipalities' codes. */
  kolada_kpi: string
  kolada_kpi_name: string
  comparison: string[]
  comparisons: ComparisonSeries[]
}

/** @schema Goal */
export interface Goal {
  id: number
  unit: string
  title: string
  description: string
  /** The plan year it was written for. */
  year: number
  /** The last plan year it goes on in; null: `year` only. */
  through_year: number | null
  /** The kommun's målsättning (a goal of a unit above) it serves. */
  parent_id: number | null
  /** A strategic area, or the municipality's own; may be empty. */
  area: string
  /** '' from its indicators, or 'green' / 'red' set by hand with the reason. */
  manual_assessment: string
  assessment_comment: string
  version: number
}

/** @schema Category */
export interface Category {
  id: number
  name: string
  ssyk: string
  version: number
  level_definitions: LevelDefinition[]
}

/** What a competence level means for a category (seed 001's "kompetensdefinitioner"). */
export interface LevelDefinition {
  level: string
  text: string
}

/** @schema MappingRound */
export interface MappingRound {
  deadline: string
  open: boolean
  opened_by: string
  opened_at: string
}

/** @schema UnitMapping */
export interface UnitMapping {
  unit: string
  name: string
  status: 'ej_paborjad' | 'pagar' | 'inlamnad'
  status_label: string
  saved_at: string
  submitted_at: string
  submitted_by: string
  reminders: number
  reminded_at: string
  overdue: boolean
}

/** @schema NeedProposal */
export interface NeedProposal {
  id: number
  unit: string
  year: number
  category: string
  base: number
  current_base: number | null
  reason: string
  status: 'foreslagen' | 'accepterad' | 'avslagen'
  status_label: string
  proposed_by: string
  proposed_at: string
  decided_by: string
  decided_at: string
  decision_reason: string
}

/** @schema Mapping */
export interface Mapping {
  plan_unit: string
  scope: string
  year: number
  plan_year_id: number | null
  round: MappingRound | null
  units: UnitMapping[]
}

/** @schema User */
export interface User {
  id: number
  name: string
  role: string
  role_label: string
  unit: string | null
  disabled: boolean
  created_at: string
  version: number
}

/** @schema Scale */
export interface Scale {
  id: number
  name: string
  levels: string[]
}

/** @schema NeedParameters */
export interface NeedParameters {
  category: string
  base: number | null
  horizons: { years: number; growth: number; target_shares: number[] }[]
  version: number
}

export interface InventoryCell {
  unit: string
  category: string
  level: string
  headcount: number
}

/** @schema Inventory */
export interface Inventory {
  plan_unit: string
  scope: string
  year: number
  levels: string[]
  version: number
  entries: InventoryCell[]
  categories: { category: string; levels: number[]; total: number }[]
}

/** @schema SuccessionEntry */
export interface SuccessionEntry {
  id: number
  unit: string
  position_title: string
  incumbent_ref: string
  retirement_year: number | null
  successor_ref: string
  readiness: string
  readiness_label: string
  /** The plan year it was written for. */
  year: number
  /** The last plan year it goes on in; null: `year` only. */
  through_year: number | null
  version: number
}

/** An error of an import job (the API's error shape, with the row and column it names). */
export interface JobError {
  code?: string
  message: string
  rule?: string
  location?: { row?: number; column?: string; value?: string; cell?: string; sheet?: string; field?: string }
}
/** @schema ImportJob */
export interface ImportJob {
  id: number
  kind: string
  file_name: string
  org: string
  state: 'queued' | 'running' | 'done' | 'failed'
  stage: number
  stages: number
  stage_label: string
  report?: {
    outcome: string
    format: string
    columns: string | string[]
    rows: number
    records?: number
    error_count: number
    errors: JobError[]
    /** org-units, employees with create_units: the units created or changed (a dry run: that would be). */
    unit_changes?: UnitChange[]
    /** What the import did that the user should know (dimensions summed, Kolada pages still to fetch,
     *  employments merged, columns dropped by pseudonymise …). */
    notes?: string[]
  }
  error?: JobError
}

/** @schema ImportColumns */
export interface ImportColumns {
  kind: string
  headers: string[]
  fields: ImportFieldColumn[]
}

/** A field of an import kind and the file's header the reader recognises for it (null: none). */
export interface ImportFieldColumn {
  key: string
  label: string
  need: 'required' | 'any_of' | 'optional'
  header: string | null
}

/** A unit an import creates or changes; kind_label is core's Swedish label. */
export interface UnitChange {
  action: 'create' | 'update'
  code: string
  name: string
  parent: string
  kind: string
  kind_label: string
  old_name?: string
  old_parent?: string
  old_kind?: string
}

/** @schema Text */
export interface PlanText {
  section: string
  /** A yrkeskategori's comment under the section's table; '' for the section's own text. */
  category: string
  /** Markdown (CommonMark with tables), as the report reads it. */
  text: string
  version: number
}

/** @schema Chapter */
export interface PlanChapter {
  id: number
  unit: string
  year: number
  title: string
  /** Markdown, as the plan texts. */
  text: string
  /** The key of the plan section the chapter follows (plan_sections); '' after the last. */
  after: string
  /** Orders the chapters that follow the same section, lowest first (lib/chapterOrder.ts). */
  position: number
  version: number
}
