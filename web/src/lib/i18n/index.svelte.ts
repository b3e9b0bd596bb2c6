// The message catalogue and the current UI language.
// t() reads reactive state, so markup using it re-renders when the language changes.
import { en } from './en'
import { sv, type Catalogue, type MessageKey } from './sv'

export type { MessageKey }
export type Locale = 'sv' | 'en'

export const locales: readonly Locale[] = ['sv', 'en']

const catalogues: Record<Locale, Catalogue> = { sv, en }
const storageKey = 'kplan.locale'

function storedLocale(): Locale {
  try {
    const value = localStorage.getItem(storageKey)
    if (value === 'sv' || value === 'en') return value
  } catch {
    // Storage can be unavailable (privacy settings); fall back to Swedish.
  }
  return 'sv'
}

const state = $state({ locale: storedLocale() })

export function locale(): Locale {
  return state.locale
}

export function setLocale(next: Locale): void {
  state.locale = next
  document.documentElement.lang = next
  try {
    localStorage.setItem(storageKey, next)
  } catch {
    // Not remembered, but the switch still works for this visit.
  }
}

/** The message for key in the current language, with {name} placeholders filled from params. */
export function t(key: MessageKey, params: Record<string, string> = {}): string {
  return catalogues[state.locale][key].replace(/\{(\w+)\}/g, (match, name: string) => params[name] ?? match)
}

document.documentElement.lang = state.locale

/** t() for keys built at run time (`risk.c${n}`); an unknown key shows itself, so a gap is visible. */
export function td(key: string, params: Record<string, string> = {}): string {
  const catalogue = catalogues[state.locale] as Record<string, string>
  return (catalogue[key] ?? key).replace(/\{(\w+)\}/g, (match, name: string) => params[name] ?? match)
}
