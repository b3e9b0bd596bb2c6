import { afterEach, describe, expect, it, vi } from 'vitest'
import { areaOptions, heatClass, loadVocabularies, maxLength, readinessLabel, riskClassOf, type RiskClassRange, type Vocabularies } from './vocabularies'

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

const vocabularies: Vocabularies = {
  strategic_areas: [
    { key: 'attract', label: 'Attract', value: 'Attrahera' },
    { key: 'develop', label: 'Develop', value: 'Utveckla' },
    { key: 'retain', label: 'Retain', value: 'Behålla' },
  ],
  activity_statuses: [],
  readiness: [{ key: 'ready_now', label: 'Ready now' }],
  risk_classes: ranges,
  limits: { 'activity.title': 300 },
  plan_sections: [{ key: 'inledning', label: 'Inledning' }],
  key_figures: [{ key: 'sick_leave', label: 'Sjukfrånvaro', unit: '%' }],
  kolada_kpis: [{ key: 'N00090', label: 'Sjukfrånvaro totalt, kommunalt anställda, andel (%)', unit: '%' }],
}

describe('text limits', () => {
  it('gives a form the limit the server keeps for the field', () => {
    expect(maxLength(vocabularies, 'activity.title')).toBe(300)
  })
  it('sets no limit on a field the server does not list, or before the vocabularies arrive', () => {
    expect(maxLength(vocabularies, 'activity.nothing')).toBeUndefined()
    expect(maxLength(undefined, 'activity.title')).toBeUndefined()
  })
})

describe('strategic areas', () => {
  it('offers the standard areas with their stored value and the label of the UI language', () => {
    expect(areaOptions(vocabularies, [])).toEqual([
      { value: 'Attrahera', label: 'Attract' },
      { value: 'Utveckla', label: 'Develop' },
      { value: 'Behålla', label: 'Retain' },
    ])
  })
  it('keeps Utveckla and Behålla apart and adds the municipality\'s own areas once', () => {
    const options = areaOptions(vocabularies, ['Behålla', 'Arbetsmiljö', 'Arbetsmiljö', ''])
    expect(options.map((o) => o.value)).toEqual(['Attrahera', 'Utveckla', 'Behålla', 'Arbetsmiljö'])
    expect(options[3]).toEqual({ value: 'Arbetsmiljö', label: 'Arbetsmiljö' })
  })
})

describe('readiness', () => {
  it('labels a key in the UI language and knows no label for an empty or unknown key', () => {
    expect(readinessLabel(vocabularies, 'ready_now')).toBe('Ready now')
    expect(readinessLabel(vocabularies, '')).toBeUndefined()
    expect(readinessLabel(vocabularies, 'soon')).toBeUndefined()
  })
})

describe('loading', () => {
  afterEach(() => vi.unstubAllGlobals())
  it('fetches the vocabularies once per language and asks again after a failure', async () => {
    const fetch = vi.fn(async () => new Response(JSON.stringify(vocabularies), { status: 200, headers: { 'Content-Type': 'application/json' } }))
    vi.stubGlobal('fetch', fetch)
    const first = await loadVocabularies('test-once')
    await loadVocabularies('test-once')
    expect(first.limits['activity.title']).toBe(300)
    expect(fetch).toHaveBeenCalledTimes(1)
    expect(String((fetch.mock.calls[0] as unknown[])[0])).toBe('api/v1/vocabularies') // relative to the page

    fetch.mockImplementationOnce(async () => { throw new TypeError('offline') })
    await expect(loadVocabularies('test-retry')).rejects.toBeDefined()
    await expect(loadVocabularies('test-retry')).resolves.toEqual(vocabularies)
  })
})
