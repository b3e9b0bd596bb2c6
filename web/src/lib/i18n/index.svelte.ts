// The message catalogue and the current UI language. The messages live in one file per page
// (messages/*.ts), each key with both languages side by side; t() reads reactive state, so markup
// using it re-renders when the language changes.
import { catalogue, type MessageKey } from './messages'
import type { Locale } from './types'

export type { Locale, MessageKey }

export const locales: readonly Locale[] = ['sv', 'en']

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

const fill = (text: string, params: Record<string, string>) =>
  text.replace(/\{(\w+)\}/g, (match, name: string) => params[name] ?? match)

/** The message for key in the current language, with {name} placeholders filled from params. */
export function t(key: MessageKey, params: Record<string, string> = {}): string {
  return fill(catalogue[key][state.locale], params)
}

document.documentElement.lang = state.locale

/** t() for keys built at run time (`risk.c${n}`); an unknown key shows itself, so a gap is visible. */
export function td(key: string, params: Record<string, string> = {}): string {
  const message = (catalogue as Record<string, Record<Locale, string> | undefined>)[key]
  return fill(message?.[state.locale] ?? key, params)
}
