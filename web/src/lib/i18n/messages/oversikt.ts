// Messages of pages/Oversikt.svelte. Each key holds both languages.
import type { Messages } from '../types'

export const messages = {
  'overview.figures': {
    sv: 'Nyckeltal – {unit}',
    en: 'Key figures – {unit}',
  },
  'overview.gaps': {
    sv: 'Största kompetensgapen på {years} års sikt',
    en: 'Largest competence gaps, {years} years ahead',
  },
  'overview.red': {
    sv: 'Röda indikatorer ({count})',
    en: 'Red indicators ({count})',
  },
  'overview.noRed': {
    sv: 'Inga indikatorer är bedömda som röda.',
    en: 'No indicator is assessed red.',
  },
  'overview.overdue': {
    sv: 'Försenade aktiviteter ({count})',
    en: 'Overdue activities ({count})',
  },
  'overview.noOverdue': {
    sv: 'Inga aktiviteter är försenade.',
    en: 'No activity is overdue.',
  },
  'overview.toNulage': {
    sv: 'Alla nyckeltal under Nuläge',
    en: 'All key figures under Current situation',
  },
  'overview.toGaps': {
    sv: 'Gaptabeller under Behov och gap',
    en: 'Gap tables under Needs and gaps',
  },
  'overview.toFollowup': {
    sv: 'Alla indikatorer under Uppföljning',
    en: 'All indicators under Follow-up',
  },
  'overview.toActivities': {
    sv: 'Hela aktivitetsplanen',
    en: 'The whole activity plan',
  },
} satisfies Messages
