import { describe, expect, it } from 'vitest'
import { heatClass, riskClassOf, type RiskClassRange } from './vocabularies'

// The ranges as GET /api/v1/vocabularies sends them (core/risk.hpp).
const ranges: RiskClassRange[] = [
  { key: 'low', label: 'låg', from: 1, to: 3 },
  { key: 'medium', label: 'medel', from: 4, to: 8 },
  { key: 'high', label: 'hög', from: 9, to: 16 },
]

describe('risk classes on screen', () => {
  it('colours a value of 9 (Allvarlig × Hög) red, as the printed plan does', () => {
    expect(riskClassOf(9, ranges)).toBe('high')
    expect(heatClass(riskClassOf(9, ranges))).toBe('heat-crit')
  })
  it('takes the classes from the ranges, not from thresholds of its own', () => {
    expect(riskClassOf(8, ranges)).toBe('medium')
    expect(riskClassOf(3, ranges)).toBe('low')
    expect(riskClassOf(9, [{ key: 'medium', label: 'x', from: 1, to: 16 }])).toBe('medium')
  })
  it('leaves a cell uncoloured before the ranges are known', () => {
    expect(riskClassOf(9, [])).toBeUndefined()
    expect(heatClass(undefined)).toBe('')
  })
})
