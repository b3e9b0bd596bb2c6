// Messages of pages/Successionsplanering.svelte. Each key holds both languages.
import type { Messages } from '../types'

export const messages = {
  'succession.tableTitle': {
    sv: 'Nyckelpositioner',
    en: 'Key positions',
  },
  'succession.none': {
    sv: 'Inga nyckelpositioner är registrerade.',
    en: 'No key positions are recorded.',
  },
  'succession.position': {
    sv: 'Nyckelposition',
    en: 'Key position',
  },
  'succession.incumbent': {
    sv: 'Nuvarande innehavare (id)',
    en: 'Incumbent (id)',
  },
  'succession.retirement': {
    sv: 'Pensionsår',
    en: 'Retirement year',
  },
  'succession.successor': {
    sv: 'Efterträdare (id)',
    en: 'Successor (id)',
  },
  'succession.readiness': {
    sv: 'Beredskap',
    en: 'Readiness',
  },
  'succession.r.unknown': {
    sv: 'Ej bedömd',
    en: 'Not assessed',
  },
  'succession.highlight': {
    sv: 'Markerade rader: pension inom två år utan redo efterträdare.',
    en: 'Marked rows: retirement within two years without a ready successor.',
  },
  'succession.refHelp': {
    sv: 'Ange pseudonyma anställnings-id, aldrig namn eller personnummer.',
    en: 'Give pseudonymous employee ids, never names or personal identity numbers.',
  },
  'succession.addTitle': {
    sv: 'Lägg till en nyckelposition',
    en: 'Add a key position',
  },
  'succession.editTitle': {
    sv: 'Ändra nyckelpositionen',
    en: 'Edit the key position',
  },
  'succession.addButton': {
    sv: 'Lägg till',
    en: 'Add',
  },
  'succession.saved': {
    sv: 'Nyckelpositionen "{title}" är sparad.',
    en: 'The key position "{title}" is saved.',
  },
  'succession.editLabel': {
    sv: 'Ändra {title}',
    en: 'Edit {title}',
  },
  'succession.deleted': {
    sv: 'Nyckelpositionen "{title}" är borttagen.',
    en: 'The key position "{title}" is deleted.',
  },
  'succession.confirmDelete': {
    sv: 'Ta bort nyckelpositionen "{title}"?',
    en: 'Delete the key position "{title}"?',
  },
} satisfies Messages
