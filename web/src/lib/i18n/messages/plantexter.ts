// Messages of pages/Plantexter.svelte. Each key holds both languages.
import type { Messages } from '../types'

export const messages = {
  'texts.overviewTitle': { sv: 'Planens texter – {unit} {year}', en: 'The plan\'s texts – {unit} {year}' },
  'texts.section': { sv: 'Avsnitt', en: 'Section' },
  'texts.written': { sv: 'Skrivet', en: 'Written' },
  'texts.defaultText': { sv: 'Planens standardtext', en: 'The plan\'s standard text' },
  'texts.wholeSection': { sv: 'Hela avsnittet', en: 'The whole section' },
  'texts.chars': { sv: 'tecken', en: 'characters' },
  'texts.edit': { sv: 'Skriv', en: 'Write' },
  'texts.editorTitle': { sv: 'Skriv: {section}', en: 'Write: {section}' },
  'texts.category': { sv: 'Kommentar till yrkeskategori', en: 'Comment on an occupational category' },
  'texts.toolbar': { sv: 'Formatering', en: 'Formatting' },
  'texts.tool.heading': { sv: 'Rubrik', en: 'Heading' },
  'texts.tool.bold': { sv: 'Fet', en: 'Bold' },
  'texts.tool.italic': { sv: 'Kursiv', en: 'Italic' },
  'texts.tool.bullets': { sv: 'Punktlista', en: 'Bullet list' },
  'texts.tool.numbered': { sv: 'Numrerad lista', en: 'Numbered list' },
  'texts.tool.link': { sv: 'Länk', en: 'Link' },
  'texts.tool.table': { sv: 'Tabell', en: 'Table' },
  'texts.placeholderBold': { sv: 'fet text', en: 'bold text' },
  'texts.placeholderItalic': { sv: 'kursiv text', en: 'italic text' },
  'texts.placeholderLink': { sv: 'länktext', en: 'link text' },
  'texts.tableTemplate': {
    sv: '| Rubrik | Rubrik |\n|---|---|\n| Text | Text |',
    en: '| Heading | Heading |\n|---|---|\n| Text | Text |',
  },
  'texts.text': { sv: 'Text', en: 'Text' },
  'texts.help': {
    sv: '## ger en underrubrik, **fet**, *kursiv*, - punktlista, 1. numrerad lista, [text](https://…) en länk. Tom text: planens standardtext används där den finns.',
    en: '## gives a sub-heading, **bold**, *italic*, - bullet list, 1. numbered list, [text](https://…) a link. Empty: the plan\'s standard text is used where there is one.',
  },
  'texts.preview': { sv: 'Så blir det i planen', en: 'How it looks in the plan' },
  'texts.save': { sv: 'Spara texten', en: 'Save the text' },
  'texts.saved': { sv: 'Texten till {section} är sparad.', en: 'The text for {section} is saved.' },
} satisfies Messages
