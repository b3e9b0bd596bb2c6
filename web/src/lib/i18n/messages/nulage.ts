// Messages of pages/Nulage.svelte. Each key holds both languages.
import type { Messages } from '../types'

export const messages = {
  'figures.headcount': {
    sv: 'Anställda',
    en: 'Employees',
  },
  'figures.fte': {
    sv: 'Årsarbetare',
    en: 'Full-time equivalents',
  },
  'figures.permanent': {
    sv: 'Tillsvidareanställda',
    en: 'Permanent',
  },
  'figures.temporary': {
    sv: 'Visstidsanställda',
    en: 'Temporary',
  },
  'figures.hourly': {
    sv: 'Timavlönade',
    en: 'Hourly paid',
  },
  'figures.women_share': {
    sv: 'Andel kvinnor',
    en: 'Share of women',
  },
  'figures.average_age': {
    sv: 'Medelålder',
    en: 'Average age',
  },
  'figures.part_time_share': {
    sv: 'Andel deltid',
    en: 'Part-time share',
  },
  'figures.sick_leave_share': {
    sv: 'Sjukfrånvaro',
    en: 'Sick leave',
  },
  'figures.turnover': {
    sv: 'Personalomsättning',
    en: 'Turnover',
  },
  'figures.hires': {
    sv: 'Nyanställda',
    en: 'Hires',
  },
  'figures.employees_per_manager': {
    sv: 'Medarbetare per chef',
    en: 'Employees per manager',
  },
  'figures.qualified_share': {
    sv: 'Andel med formell kompetens',
    en: 'Share formally qualified',
  },
  'figures.points': {
    sv: 'procentenheter',
    en: 'percentage points',
  },
  'figures.snapshot': {
    sv: 'Personalregistret per {date}; förändring jämfört med {previous}.',
    en: 'Employee register as of {date}; change compared with {previous}.',
  },
  'figures.none': {
    sv: 'Det finns inget personalregister för enheten ännu. Läs in ett under Import.',
    en: 'There is no employee register for this unit yet. Import one under Import.',
  },
  'figures.ageTitle': {
    sv: 'Åldersfördelning',
    en: 'Age distribution',
  },
  'figures.ageCaption': {
    sv: 'Anställda per åldersgrupp (medelålder {average} år)',
    en: 'Employees per age group (average age {average})',
  },
  'figures.ageBand': {
    sv: '{band} år',
    en: '{band} years',
  },
  'figures.formsTitle': {
    sv: 'Anställningsformer',
    en: 'Forms of employment',
  },
  'figures.formsCaption': {
    sv: 'Anställda per anställningsform ({total} totalt)',
    en: 'Employees per form of employment ({total} in all)',
  },
  'figures.retirementsTitle': {
    sv: 'Kommande pensionsavgångar (vid {age} år)',
    en: 'Upcoming retirements (at age {age})',
  },
  'figures.retirementsCaption': {
    sv: 'Antal som når pensionsåldern per år',
    en: 'Number reaching pension age per year',
  },
  'figures.hiresTitle': {
    sv: 'Nyanställda per yrke',
    en: 'Hires per occupation',
  },
  'figures.hiresCaption': {
    sv: 'Nyanställda {from} – {to}, de 15 största yrkena',
    en: 'Hires {from} – {to}, the 15 largest occupations',
  },
  'figures.noHires': {
    sv: 'Inga nyanställningar under perioden.',
    en: 'No hires during the period.',
  },
  'figures.trendTitle': {
    sv: 'Utveckling över tid',
    en: 'Trend over time',
  },
  'figures.keyFigure': {
    sv: 'Nyckeltal',
    en: 'Key figure',
  },
  'figures.trendLabel': {
    sv: 'Utvecklingen av {name}',
    en: 'Trend of {name}',
  },
} satisfies Messages
