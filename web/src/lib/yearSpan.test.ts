import { describe, expect, it } from 'vitest'
import { blankSpan, continuesFrom, spanBody, spanForm, throughChoices } from './yearSpan'

describe('plan year spans', () => {
  it('a new record belongs to the plan year only', () => {
    expect(spanBody(blankSpan(2025))).toEqual({ year: 2025, through_year: null })
  })
  it('a record carried on to 2026 round-trips through the form', () => {
    const form = spanForm({ year: 2025, through_year: 2026 })
    expect(form).toEqual({ year: 2025, through_year: '2026' })
    expect(spanBody(form)).toEqual({ year: 2025, through_year: 2026 })
  })
  it('says where a record began only in a later plan year', () => {
    expect(continuesFrom({ year: 2024, through_year: 2025 }, 2025)).toBe(2024)
    expect(continuesFrom({ year: 2025, through_year: null }, 2025)).toBeNull()
  })
  it('offers the next five years to go on to', () => {
    expect(throughChoices(2025)).toEqual([2026, 2027, 2028, 2029, 2030])
  })
})
