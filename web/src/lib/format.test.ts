import { describe, expect, it } from 'vitest'
import { formatDate, formatDateTime, formatFraction, formatGap, formatNumber, formatPercent, gapClass, parseNumber, roundHalfAway } from './format'

describe('formatNumber', () => {
  it('uses a thin space for thousands and a decimal comma in Swedish', () => {
    expect(formatNumber(12345)).toBe('12\u202f345')
    expect(formatNumber(1234567.5, 'sv', 1)).toBe('1\u202f234\u202f567,5')
    expect(formatNumber(0.5, 'sv', 2)).toBe('0,50')
  })
  it('uses comma groups and a decimal point in English', () => {
    expect(formatNumber(12345.678, 'en', 2)).toBe('12,345.68')
  })
  it('writes negatives with a minus sign', () => {
    expect(formatNumber(-14)).toBe('\u221214')
    expect(formatNumber(-1234.25, 'sv', 1)).toBe('\u22121\u202f234,3')
  })
  it('shows a dash for missing values', () => {
    expect(formatNumber(null)).toBe('–')
    expect(formatNumber(Number.NaN)).toBe('–')
  })
  it('trims trailing zeros when no decimals are asked', () => {
    expect(formatNumber(2.5)).toBe('2,5')
    expect(formatNumber(2.456)).toBe('2,46')
  })
})

describe('percent and gaps', () => {
  it('formats 8.456 percent as 8,46 %', () => {
    expect(formatPercent(8.456)).toBe('8,46\u00a0%')
    expect(formatPercent(8.456, 'en')).toBe('8.46\u00a0%')
  })
  it('formats a growth fraction', () => {
    expect(formatFraction(0.026)).toBe('2,6\u00a0%')
    expect(formatFraction(0.067)).toBe('6,7\u00a0%')
  })
  it('rounds gaps half away from zero like the published tables', () => {
    expect(roundHalfAway(2.5)).toBe(3)
    expect(roundHalfAway(-2.5)).toBe(-3)
    expect(formatGap(-13.6)).toBe('\u221214')
    expect(formatGap(8.5)).toBe('9')
  })
  it('classifies gaps', () => {
    expect(gapClass(-4)).toBe('shortage')
    expect(gapClass(0.4)).toBe('balanced')
    expect(gapClass(5)).toBe('surplus')
  })
})

describe('dates', () => {
  it('are ISO 8601', () => {
    expect(formatDate('2025-03-14T10:00:00Z')).toBe('2025-03-14')
    expect(formatDate(new Date(2025, 0, 5))).toBe('2025-01-05')
    expect(formatDate(null)).toBe('–')
    expect(formatDateTime('2025-03-14T09:05:33Z')).toBe('2025-03-14 09:05')
  })
})

describe('parseNumber', () => {
  it('reads Swedish and English input', () => {
    expect(parseNumber('1 234,5')).toBe(1234.5)
    expect(parseNumber('1\u202f234')).toBe(1234)
    expect(parseNumber('1,234.5')).toBe(1234.5)
    expect(parseNumber('8,46 %')).toBe(8.46)
    expect(parseNumber('\u22123')).toBe(-3)
    expect(parseNumber('')).toBeNull()
    expect(parseNumber('abc')).toBeNull()
  })
})
