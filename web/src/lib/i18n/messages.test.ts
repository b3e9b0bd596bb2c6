// The message files: every message has both languages with the same placeholders, no key is
// defined twice, and every key the app's source uses exists.
import { describe, expect, it } from 'vitest'
import { catalogue, files } from './messages'

const locales = ['sv', 'en'] as const

// The app's source as text (vite reads it; test files and the message files themselves left out).
const sources = Object.entries(
  import.meta.glob<string>(['/src/**/*.svelte', '/src/**/*.ts', '!/src/**/*.test.ts', '!/src/lib/i18n/messages/**'], {
    query: '?raw',
    import: 'default',
    eager: true,
  }),
)

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort()

describe('messages', () => {
  it('every message has a non-empty text in every language, with the same placeholders', () => {
    const lacking: string[] = []
    for (const [key, message] of Object.entries(catalogue)) {
      for (const l of locales) {
        const text = (message as Record<string, unknown>)[l]
        if (typeof text !== 'string' || text.trim() === '') lacking.push(`${key} (${l})`)
      }
      if (placeholders(message.sv).join() !== placeholders(message.en).join()) lacking.push(`${key}: placeholders differ`)
    }
    expect(lacking).toEqual([])
  })

  it('no key is defined in two message files', () => {
    const seen = new Map<string, string>()
    const twice: string[] = []
    for (const [file, messages] of Object.entries(files)) {
      for (const key of Object.keys(messages)) {
        if (seen.has(key)) twice.push(`${key}: ${seen.get(key)} and ${file}`)
        seen.set(key, file)
      }
    }
    expect(twice).toEqual([])
  })

  it('every key used in a .svelte or .ts file exists', () => {
    const missing: string[] = []
    const keys = Object.keys(catalogue)
    expect(sources.length).toBeGreaterThan(20)
    for (const [name, text] of sources) {
      for (const m of text.matchAll(/\btd?\(\s*'([^']+)'/g)) if (!(m[1] in catalogue)) missing.push(`${name}: ${m[1]}`)
      // Keys built at run time (td(`risk.c${n}`)): some key must start with the fixed part.
      for (const m of text.matchAll(/\btd\(\s*`([^`$]*)\$\{/g)) {
        if (!keys.some((k) => k.startsWith(m[1]))) missing.push(`${name}: ${m[1]}…`)
      }
      // PageIntro and the menu read module.<slug>.title / .intro.
      for (const m of text.matchAll(/slug:\s*'([a-z-]+)'/g)) {
        for (const part of ['title', 'intro']) if (!(`module.${m[1]}.${part}` in catalogue)) missing.push(`${name}: module.${m[1]}.${part}`)
      }
    }
    expect(missing).toEqual([])
  })

})
