// Messages of pages/Kompetensmal.svelte. Each key holds both languages.
import type { Messages } from '../types'

export const messages = {
  'goals.summaryTitle': {
    sv: 'Kvantitativa kompetensmål',
    en: 'Quantitative competence goals',
  },
  'goals.kpi': {
    sv: 'personer att tillföra på {years} års sikt',
    en: 'people to add, {years} years ahead',
  },
  'goals.perCategory': {
    sv: 'Mål och förflyttningar per yrkeskategori',
    en: 'Goals and moves per occupational category',
  },
  'goals.quantitative': {
    sv: 'Kvantitativt mål',
    en: 'Quantitative goal',
  },
  'goals.qualitative': {
    sv: 'Kvalitativt mål (fördelning)',
    en: 'Qualitative goal (distribution)',
  },
  'goals.moves': {
    sv: 'Förflyttningar',
    en: 'Moves',
  },
  'goals.move': {
    sv: '{count} från {from} till {to}',
    en: '{count} from {from} to {to}',
  },
  'goals.planGoals': {
    sv: 'Planens mål för uppföljning',
    en: 'The plan\'s goals for follow-up',
  },
  'goals.none': {
    sv: 'Inga mål är registrerade ännu.',
    en: 'No goals are recorded yet.',
  },
  'goals.add': {
    sv: 'Lägg till ett mål',
    en: 'Add a goal',
  },
  'goals.title': {
    sv: 'Mål',
    en: 'Goal',
  },
  'goals.addButton': {
    sv: 'Lägg till mål',
    en: 'Add goal',
  },
  'goals.added': {
    sv: 'Målet "{title}" är tillagt.',
    en: 'The goal "{title}" is added.',
  },
  'goals.edit': {
    sv: 'Ändra mål',
    en: 'Edit goal',
  },
  'goals.editLabel': {
    sv: 'Ändra målet {title}',
    en: 'Edit the goal {title}',
  },
  'goals.deleteLabel': {
    sv: 'Ta bort målet {title}',
    en: 'Delete the goal {title}',
  },
  'goals.confirmDelete': {
    sv: 'Ta bort målet "{title}"?',
    en: 'Delete the goal "{title}"?',
  },
  'goals.updated': {
    sv: 'Målet "{title}" är sparat.',
    en: 'The goal "{title}" is saved.',
  },
  'goals.deleted': {
    sv: 'Målet "{title}" är borttaget.',
    en: 'The goal "{title}" is deleted.',
  },
} satisfies Messages
