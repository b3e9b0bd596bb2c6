// Messages of pages/Aktivitetsplan.svelte. Each key holds both languages.
import type { Messages } from '../types'

export const messages = {
  'activity.filters': {
    sv: 'Filtrera',
    en: 'Filter',
  },
  'activity.area': {
    sv: 'Strategiskt område',
    en: 'Strategic area',
  },
  'activity.status': {
    sv: 'Status',
    en: 'Status',
  },
  'activity.status.planned': {
    sv: 'Planerad',
    en: 'Planned',
  },
  'activity.status.ongoing': {
    sv: 'Pågår',
    en: 'Ongoing',
  },
  'activity.status.done': {
    sv: 'Klar',
    en: 'Done',
  },
  'activity.status.cancelled': {
    sv: 'Avbruten',
    en: 'Cancelled',
  },
  'activity.owner': {
    sv: 'Ansvarig',
    en: 'Owner',
  },
  'activity.onlyOverdue': {
    sv: 'Bara försenade ({count})',
    en: 'Only overdue ({count})',
  },
  'activity.shown': {
    sv: 'Visar {shown} av {total} aktiviteter.',
    en: 'Showing {shown} of {total} activities.',
  },
  'activity.title': {
    sv: 'Aktivitet',
    en: 'Activity',
  },
  'activity.start': {
    sv: 'Startdatum',
    en: 'Start date',
  },
  'activity.end': {
    sv: 'Slutdatum',
    en: 'End date',
  },
  'activity.overdue': {
    sv: 'Försenad',
    en: 'Overdue',
  },
  'activity.none': {
    sv: 'Inga aktiviteter matchar filtret.',
    en: 'No activities match the filter.',
  },
  'activity.addTitle': {
    sv: 'Lägg till en aktivitet',
    en: 'Add an activity',
  },
  'activity.editTitle': {
    sv: 'Ändra aktiviteten',
    en: 'Edit the activity',
  },
  'activity.addButton': {
    sv: 'Lägg till aktivitet',
    en: 'Add activity',
  },
  'activity.added': {
    sv: 'Aktiviteten "{title}" är tillagd.',
    en: 'The activity "{title}" is added.',
  },
  'activity.updated': {
    sv: 'Aktiviteten "{title}" är sparad.',
    en: 'The activity "{title}" is saved.',
  },
  'activity.editLabel': {
    sv: 'Ändra {title}',
    en: 'Edit {title}',
  },
  'activity.allCategories': {
    sv: 'Alla yrkeskategorier',
    en: 'All occupational categories',
  },
  'activity.deleted': {
    sv: 'Aktiviteten "{title}" är borttagen.',
    en: 'The activity "{title}" is deleted.',
  },
  'activity.confirmDelete': {
    sv: 'Ta bort aktiviteten "{title}"?',
    en: 'Delete the activity "{title}"?',
  },
  'activity.goals': { sv: 'Arbetar mot målen', en: 'Works towards the goals' },
  'activity.goalsHelp': {
    sv: 'Planårets mål (Kompetensmål). Håll ned Ctrl eller Cmd för att välja flera.',
    en: 'The plan year\'s goals (Kompetensmål). Hold Ctrl or Cmd to choose several.',
  },
  'activity.goalsOf': { sv: 'Mål: {goals}', en: 'Goals: {goals}' },
  'activity.categoriesHelp': {
    sv: 'Målgruppen: en eller flera yrkeskategorier (Ctrl eller Cmd för flera). Ingen vald: samtliga.',
    en: 'The target group: one or more categories (Ctrl or Cmd for several). None chosen: all of them.',
  },
} satisfies Messages
