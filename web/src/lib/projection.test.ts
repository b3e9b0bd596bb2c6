import { describe, expect, it } from 'vitest'
import { projectStaffing, yearlyCost } from './projection'

describe('projectStaffing', () => {
  it('replaces retirements and turnover when the need is flat', () => {
    const years = projectStaffing({ startYear: 2025, years: 2, headcount: 100, retirements: { '2026': 5, '2027': 2 }, turnover: 0.1, growth: 0, otherSolutions: 0, yearlyCost: 0 })
    expect(years[0].retirements).toBe(5)
    expect(years[0].leavers).toBeCloseTo(9.5)
    expect(years[0].recruitment).toBeCloseTo(14.5)
    expect(years[0].fromGrowth).toBe(0)
    expect(years[0].fromRetirements).toBe(5)
    expect(years[0].fromTurnover).toBeCloseTo(9.5)
    expect(years[1].headcountStart).toBeCloseTo(100)
  })
  it('splits growth, retirements and turnover so they add up to the recruitment', () => {
    const [y] = projectStaffing({ startYear: 2025, years: 1, headcount: 200, retirements: { '2026': 4 }, turnover: 0.05, growth: 0.03, otherSolutions: 0.3, yearlyCost: 500000 })
    expect(y.need).toBeCloseTo(206)
    expect(y.fromGrowth + y.fromRetirements + y.fromTurnover).toBeCloseTo(y.recruitment)
    expect(y.fromGrowth).toBeCloseTo(6)
    expect(y.otherSolutions).toBeCloseTo(1.8)
    expect(y.costOfIncrease).toBeCloseTo(3000000)
  })
  it('recruits nobody when the need shrinks faster than people leave', () => {
    const [y] = projectStaffing({ startYear: 2025, years: 1, headcount: 100, retirements: {}, turnover: 0, growth: -0.1, otherSolutions: 0, yearlyCost: 0 })
    expect(y.recruitment).toBe(0)
  })
  it('computes the yearly cost per FTE', () => {
    expect(yearlyCost(40000, 41.5)).toBeCloseTo(679200)
  })
})

import { projectStochastic } from './projection'

describe('projectStochastic', () => {
  it('gives ordered bands around the deterministic recruitment, reproducibly', () => {
    const input = { startYear: 2025, years: 3, headcount: 400, retirements: { '2026': 8 }, turnover: 0.1, growth: 0.02, otherSolutions: 0, yearlyCost: 0 }
    const bands = projectStochastic(input, 300, 7)
    const det = projectStaffing(input)
    for (const [i, b] of bands.entries()) {
      expect(b.p10).toBeLessThanOrEqual(b.p50)
      expect(b.p50).toBeLessThanOrEqual(b.p90)
      expect(Math.abs(b.p50 - det[i].recruitment)).toBeLessThan(6)
    }
    expect(projectStochastic(input, 300, 7)).toEqual(bands)
  })
})
