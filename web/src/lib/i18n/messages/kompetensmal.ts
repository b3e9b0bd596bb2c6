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
  'goals.parent': { sv: 'Utgår från kommunens målsättning', en: 'Serves the kommun\'s goal' },
  'goals.noParent': { sv: 'Ingen (ett eget mål)', en: 'None (a goal of its own)' },
  'goals.inherited': { sv: 'Kommunövergripande målsättningar', en: 'Goals of the whole kommun' },
  'goals.inheritedHelp': {
    sv: 'Satta av kommunen och gemensamma för alla förvaltningar; förvaltningens mål utgår från dem.',
    en: 'Set by the kommun and shared by every förvaltning; the förvaltning\'s goals serve them.',
  },
  'goals.area': { sv: 'Strategiskt område', en: 'Strategic area' },
  'goals.manual': { sv: 'Bedömning av målet', en: 'Assessment of the goal' },
  'goals.byIndicators': { sv: 'Utifrån indikatorerna', en: 'From its indicators' },
  'goals.comment': { sv: 'Varför (krävs vid manuell bedömning)', en: 'Why (required for a manual assessment)' },
  'goals.commentNeeded': { sv: 'Skriv varför målet bedöms manuellt.', en: 'Say why the goal is assessed by hand.' },
  'goals.deleted': {
    sv: 'Målet "{title}" är borttaget.',
    en: 'The goal "{title}" is deleted.',
  },
} satisfies Messages
