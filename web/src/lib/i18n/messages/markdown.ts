// Messages of components/MarkdownEditor.svelte: the formatting toolbar, the preview and the
// placeholders the toolbar inserts. Each key holds both languages.
import type { Messages } from '../types'

export const messages = {
  'markdown.toolbar': { sv: 'Formatering: {field}', en: 'Formatting: {field}' },
  'markdown.tool.heading': { sv: 'Rubrik', en: 'Heading' },
  'markdown.tool.bold': { sv: 'Fet', en: 'Bold' },
  'markdown.tool.italic': { sv: 'Kursiv', en: 'Italic' },
  'markdown.tool.bullets': { sv: 'Punktlista', en: 'Bullet list' },
  'markdown.tool.numbered': { sv: 'Numrerad lista', en: 'Numbered list' },
  'markdown.tool.link': { sv: 'Länk', en: 'Link' },
  'markdown.tool.table': { sv: 'Tabell', en: 'Table' },
  'markdown.placeholderBold': { sv: 'fet text', en: 'bold text' },
  'markdown.placeholderItalic': { sv: 'kursiv text', en: 'italic text' },
  'markdown.placeholderLink': { sv: 'länktext', en: 'link text' },
  'markdown.tableTemplate': {
    sv: '| Rubrik | Rubrik |\n|---|---|\n| Text | Text |',
    en: '| Heading | Heading |\n|---|---|\n| Text | Text |',
  },
  'markdown.help': {
    sv: '## ger en underrubrik, **fet**, *kursiv*, - punktlista, 1. numrerad lista, [text](https://…) en länk.',
    en: '## gives a sub-heading, **bold**, *italic*, - bullet list, 1. numbered list, [text](https://…) a link.',
  },
  'markdown.preview': { sv: 'Så blir det i planen', en: 'How it looks in the plan' },
} satisfies Messages
