// The Import page's column mapping: from the file's headers and what the
// server recognises in them (POST /imports/columns) to the --map document the
// CLI takes ({"field": "Header in file", "other": null}), remembered per import
// kind in this browser (localStorage: a choice is about a municipality's HR
// export, not about the database, so it stays with the person who made it).
import type { ImportColumns } from './types'

/** field key → the chosen header, '' for "no column" (or, pseudonymised, "from the personnummer"). */
export type ColumnChoices = Record<string, string>

const storageKey = (kind: string) => `kplan.import.map.${kind}`

/** The remembered choices of a kind ({} when none or unreadable). */
export function recall(kind: string, storage: Pick<Storage, 'getItem'> = localStorage): ColumnChoices {
  try {
    const parsed = JSON.parse(storage.getItem(storageKey(kind)) ?? '{}')
    return parsed && typeof parsed === 'object' && !Array.isArray(parsed) ? parsed : {}
  } catch {
    return {}
  }
}

export function remember(kind: string, choices: ColumnChoices, storage: Pick<Storage, 'setItem'> = localStorage) {
  storage.setItem(storageKey(kind), JSON.stringify(choices))
}

/** The fields the personnummer gives when pseudonymising: the id, birth year and gender. */
export const fromPersonnummer = ['employee_id', 'birth_year', 'gender']

/**
 * The starting choice of every field: the remembered header when the file has it, else what the
 * reader recognises, else none. Pseudonymised, the id always starts as the personnummer.
 */
export function initialChoices(columns: ImportColumns, remembered: ColumnChoices, pseudonymise: boolean): ColumnChoices {
  const out: ColumnChoices = {}
  for (const f of columns.fields) {
    const kept = remembered[f.key]
    if (pseudonymise && f.key === 'employee_id') out[f.key] = ''
    else if (kept !== undefined && (kept === '' || columns.headers.includes(kept))) out[f.key] = kept
    else out[f.key] = f.header ?? ''
  }
  return out
}

/**
 * The --map document: every field named, a chosen header or null ("the file has no column for
 * it"; pseudonymised, for the id, birth year and gender: "take it from the personnummer").
 */
export function mapDocument(columns: ImportColumns, choices: ColumnChoices): Record<string, string | null> {
  const map: Record<string, string | null> = {}
  for (const f of columns.fields) map[f.key] = choices[f.key] ? choices[f.key] : null
  return map
}
