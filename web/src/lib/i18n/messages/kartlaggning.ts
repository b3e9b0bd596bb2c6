// Messages of pages/Kartlaggning.svelte. Each key holds both languages.
import type { Messages } from '../types'

export const messages = {
  'inventory.addCategory': {
    sv: 'Lägg till yrkeskategori',
    en: 'Add occupational category',
  },
  'inventory.unit': {
    sv: 'Enhet att redigera',
    en: 'Unit to edit',
  },
  'inventory.unitGrid': {
    sv: 'Kartläggning för {unit}',
    en: 'Inventory of {unit}',
  },
  'inventory.caption': {
    sv: 'Antal medarbetare per yrkeskategori och kompetensnivå, {unit}, {year}',
    en: 'Employees per category and competence level, {unit}, {year}',
  },
  'inventory.cellLabel': {
    sv: '{category}, {level}',
    en: '{category}, {level}',
  },
  'inventory.copyLastYear': {
    sv: 'Kopiera fjolårets kartläggning ({year})',
    en: 'Copy last year\'s inventory ({year})',
  },
  'inventory.copied': {
    sv: 'Kartläggningen från {year} är kopierad till i år.',
    en: 'The inventory of {year} is copied to this year.',
  },
  'inventory.noPrevious': {
    sv: 'Det finns ingen kartläggning för {year} att kopiera.',
    en: 'There is no inventory of {year} to copy.',
  },
  'inventory.saved': {
    sv: 'Kartläggningen är sparad.',
    en: 'The inventory is saved.',
  },
  'inventory.invalid': {
    sv: 'Några celler innehåller inte ett antal ≥ 0. Rätta de markerade cellerna.',
    en: 'Some cells do not hold a count ≥ 0. Correct the marked cells.',
  },
  'inventory.totals': {
    sv: 'Summa för {unit}',
    en: 'Totals for {unit}',
  },
  'inventory.empty': {
    sv: 'Ingen kartläggning är registrerad för året.',
    en: 'No inventory is recorded for the year.',
  },
} satisfies Messages
