import { describe, expect, test } from 'vitest'
import { initialChoices, mapDocument, recall, remember } from './importMapping'
import type { ImportColumns } from './types'

// A Heroma-style export: the reader knows Enhet and Befattning, not "Anst nr (HR)".
const columns: ImportColumns = {
  kind: 'employees',
  headers: ['Personnummer', 'Namn', 'Anst nr (HR)', 'Enhet', 'Befattning', 'Syss.grad'],
  fields: [
    { key: 'employee_id', label: 'anställnings-id', need: 'required', header: null },
    { key: 'unit', label: 'enhet', need: 'required', header: 'Enhet' },
    { key: 'occupation', label: 'yrke', need: 'any_of', header: 'Befattning' },
    { key: 'birth_year', label: 'födelseår', need: 'required', header: null },
    { key: 'fte_percent', label: 'sysselsättningsgrad', need: 'required', header: 'Syss.grad' },
  ],
}

function memoryStorage() {
  const items = new Map<string, string>()
  return { getItem: (k: string) => items.get(k) ?? null, setItem: (k: string, v: string) => void items.set(k, v) }
}

describe('the column mapping', () => {
  test('starts from what the reader recognises and makes the --map document', () => {
    const choices = initialChoices(columns, {}, false)
    expect(choices).toEqual({ employee_id: '', unit: 'Enhet', occupation: 'Befattning', birth_year: '', fte_percent: 'Syss.grad' })
    choices.employee_id = 'Anst nr (HR)'
    expect(mapDocument(columns, choices)).toEqual({
      employee_id: 'Anst nr (HR)', unit: 'Enhet', occupation: 'Befattning', birth_year: null, fte_percent: 'Syss.grad',
    })
  })

  test('is remembered per kind, and a remembered header the file lacks is not used', () => {
    const storage = memoryStorage()
    remember('employees', { employee_id: 'Anst nr (HR)', unit: 'Org.enhet' }, storage)
    const remembered = recall('employees', storage)
    expect(recall('inventory', storage)).toEqual({})
    const choices = initialChoices(columns, remembered, false)
    expect(choices.employee_id).toBe('Anst nr (HR)')
    expect(choices.unit).toBe('Enhet') // "Org.enhet" is not in this file
  })

  test('pseudonymised, the id is the personnummer whatever was remembered', () => {
    const choices = initialChoices(columns, { employee_id: 'Anst nr (HR)' }, true)
    expect(choices.employee_id).toBe('')
    expect(mapDocument(columns, choices).employee_id).toBeNull()
  })
})
