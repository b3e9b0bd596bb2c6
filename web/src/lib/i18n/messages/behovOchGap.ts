// Messages of pages/BehovOchGap.svelte. Each key holds both languages.
import type { Messages } from '../types'

export const messages = {
  'gap.tableTitle': {
    sv: 'Kompetensgap per yrkeskategori',
    en: 'Competence gaps per occupational category',
  },
  'gap.empty': {
    sv: 'Det finns ingen kartläggning att räkna gap på för året.',
    en: 'There is no inventory to compute gaps for this year.',
  },
  'gap.categoryCol': {
    sv: 'Yrkeskategori',
    en: 'Occupational category',
  },
  'gap.horizon': {
    sv: 'Sikt',
    en: 'Horizon',
  },
  'gap.levelCol': {
    sv: 'GAP – {level}',
    en: 'GAP – {level}',
  },
  'gap.totalCol': {
    sv: 'GAP – Totalt',
    en: 'GAP – Total',
  },
  'gap.years': {
    sv: '{years} år',
    en: '{years} years',
  },
  'gap.legendShortage': {
    sv: 'Brist (negativt gap)',
    en: 'Shortage (negative gap)',
  },
  'gap.legendSurplus': {
    sv: 'Överskott (positivt gap)',
    en: 'Surplus (positive gap)',
  },
  'gap.category': {
    sv: '{category}',
    en: '{category}',
  },
  'gap.chartTitle': {
    sv: 'Gap per kompetensnivå, {category}, {years} års sikt',
    en: 'Gap per competence level, {category}, {years} years ahead',
  },
  'gap.needTitle': {
    sv: 'Behov och tillgång',
    en: 'Need and supply',
  },
  'gap.growth': {
    sv: 'Ökning',
    en: 'Growth',
  },
  'gap.need': {
    sv: 'Behov',
    en: 'Need',
  },
  'gap.supply': {
    sv: 'Tillgång',
    en: 'Supply',
  },
  'gap.changeTitle': {
    sv: 'Förändring jämfört med föregående år',
    en: 'Change since last year',
  },
  'gap.changeHorizon': {
    sv: 'På {years} års sikt:',
    en: '{years} years ahead:',
  },
  'gap.noPrevious': {
    sv: 'Det finns inga gap från föregående år att jämföra med.',
    en: 'There are no gaps from last year to compare with.',
  },
  'gap.planChart': {
    sv: 'Planens diagram: kompetensgap per nivå, summerat över yrkeskategorierna',
    en: 'The plan\'s chart: competence gap per level, summed over the categories',
  },
  'need.paramsTitle': {
    sv: 'Antaganden om behovet',
    en: 'Assumptions about the need',
  },
  'need.base': {
    sv: 'Utgångsläge (antal)',
    en: 'Base (headcount)',
  },
  'need.baseHelp': {
    sv: 'Tomt: dagens antal enligt kartläggningen.',
    en: 'Empty: today\'s headcount from the inventory.',
  },
  'need.growth': {
    sv: 'Ökning på {years} års sikt (%)',
    en: 'Growth {years} years ahead (%)',
  },
  'need.share': {
    sv: '{level} (%)',
    en: '{level} (%)',
  },
  'need.sum': {
    sv: 'Summa: {sum} %',
    en: 'Sum: {sum} %',
  },
  'need.sharesOff': {
    sv: 'Fördelningen över nivåerna summerar till {sum} % men ska vara 100 % (±0,5).',
    en: 'The distribution over the levels sums to {sum} % but must be 100 % (±0.5).',
  },
  'need.save': {
    sv: 'Spara och räkna om',
    en: 'Save and recompute',
  },
  'need.saved': {
    sv: 'Antagandena för {category} är sparade och gapen omräknade.',
    en: 'The assumptions for {category} are saved and the gaps recomputed.',
  },
} satisfies Messages
