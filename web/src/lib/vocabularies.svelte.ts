// The vocabularies of the current UI language as reactive state, so a page's markup can read
// limits and labels directly and re-renders when they arrive or the language changes.

import { locale } from './i18n/index.svelte'
import { loadVocabularies, type Vocabularies } from './vocabularies'

const byLanguage = $state<Record<string, Vocabularies>>({})
const requested = new Set<string>() // not state: asking must not re-render

/** The vocabularies in the UI language, or undefined until they have been fetched. */
export function currentVocabularies(): Vocabularies | undefined {
  const language = locale()
  if (!requested.has(language)) {
    requested.add(language)
    loadVocabularies(language).then(
      (v) => (byLanguage[language] = v),
      () => requested.delete(language), // asked again on the next read
    )
  }
  return byLanguage[language]
}
