// An indicator's target rule as a form edits it (rule + one or two numbers) and
// as the API carries it: {"at_least": x} | {"at_most": x} | {"between": [a, b]} |
// {"equals": x} | null (io/target_rule_json.hpp is the one definition).
import { formatNumber, parseNumber, type NumberLocale } from './format'

export type RuleName = 'at_least' | 'at_most' | 'between' | 'equals' | 'none'
export const ruleNames: RuleName[] = ['at_least', 'at_most', 'between', 'equals', 'none']
export interface TargetForm { rule: RuleName; a: string; b: string }

export function targetOf(form: TargetForm): Record<string, unknown> | null {
  const a = parseNumber(form.a)
  if (form.rule === 'between') return { between: [a, parseNumber(form.b)] }
  return form.rule === 'none' ? null : { [form.rule]: a }
}

/** Whether the numbers the rule needs are numbers. */
export function targetComplete(form: TargetForm): boolean {
  if (form.rule === 'none') return true
  return parseNumber(form.a) !== null && (form.rule !== 'between' || parseNumber(form.b) !== null)
}

export function formOfTarget(target: unknown, locale: NumberLocale): TargetForm {
  const t = (target ?? {}) as Record<string, unknown>
  const n = (x: unknown) => (typeof x === 'number' ? formatNumber(x, locale) : '')
  if (Array.isArray(t.between)) return { rule: 'between', a: n(t.between[0]), b: n(t.between[1]) }
  for (const rule of ['at_least', 'at_most', 'equals'] as const) {
    if (rule in t) return { rule, a: n(t[rule]), b: '' }
  }
  return { rule: 'none', a: '', b: '' }
}
