// Messages of pages/Uppfoljning.svelte. Each key holds both languages.
import type { Messages } from '../types'

export const messages = {
  'followup.comparison': {
    sv: 'Jämförelse (Kolada)',
    en: 'Comparison (Kolada)',
  },
  'followup.noComparison': {
    sv: 'Inga Kolada-värden för året – importera dem under Import',
    en: 'No Kolada values for the year – import them under Import',
  },
  'followup.computedValue': {
    sv: 'Beräknas från personalregistret',
    en: 'Computed from the register',
  },
  'followup.computedHelp': {
    sv: 'Indikatorn är kopplad till ett nyckeltal: utfallet beräknas från personalregistrets uttag och skrivs inte in för hand. Kommentar och målvärde kan du ändå skriva.',
    en: 'The indicator is bound to a key figure: its outcome is computed from the register extracts and is not typed. You can still write a comment and a target.',
  },
  'followup.keyFigure': {
    sv: 'Utfallet hämtas från',
    en: 'The outcome comes from',
  },
  'followup.typed': {
    sv: 'Skrivs in för hand',
    en: 'Typed by hand',
  },
  'followup.keyFigureHelp': {
    sv: 'Ett nyckeltal ur personalregistret ger utfallet för varje år med ett uttag.',
    en: 'A key figure of the register gives the outcome of every year with an extract.',
  },
  'followup.kpi': {
    sv: 'Jämför med nyckeltal i Kolada',
    en: 'Compare with a Kolada KPI',
  },
  'followup.noKpi': {
    sv: 'Ingen jämförelse',
    en: 'No comparison',
  },
  'followup.comparisonCodes': {
    sv: 'Jämför med (kommunkoder)',
    en: 'Compare with (municipality codes)',
  },
  'followup.comparisonHelp': {
    sv: '0000 är riket; andra kommuner med sin kod, t.ex. 0000, 1280, 1480.',
    en: '0000 is Sweden; other municipalities by their code, e.g. 0000, 1280, 1480.',
  },
  'followup.addIndicator': {
    sv: 'Lägg till en indikator',
    en: 'Add an indicator',
  },
  'followup.addIndicatorButton': {
    sv: 'Lägg till indikator',
    en: 'Add indicator',
  },
  'followup.indicatorAdded': {
    sv: 'Indikatorn {name} är tillagd.',
    en: 'The indicator {name} is added.',
  },
  'followup.measure': {
    sv: 'Enhet (t.ex. %, st)',
    en: 'Unit (e.g. %, pcs)',
  },
  'followup.periodTarget': {
    sv: 'Periodens målvärde',
    en: 'Target for the period',
  },
  'followup.ownTarget': {
    sv: 'Perioden har ett eget målvärde',
    en: 'The period has a target of its own',
  },
  'followup.ownTargetHelp': {
    sv: 'T.ex. nästa års mål, som kan sparas utan utfall. Ett nytt mål ändrar aldrig bedömningen av en tidigare period.',
    en: 'E.g. next year\'s target, which can be saved without an outcome. A new target never changes an earlier period\'s assessment.',
  },
  'followup.nextTarget': {
    sv: 'Kommande målvärde',
    en: 'Coming target',
  },
  'followup.badTarget': {
    sv: 'Målvärdet ska vara ett tal.',
    en: 'The target must be a number.',
  },
  'followup.from': {
    sv: 'Från',
    en: 'From',
  },
  'followup.to': {
    sv: 'Till',
    en: 'To',
  },
  'followup.value': {
    sv: 'Värde',
    en: 'Value',
  },
  'followup.rule.at_least': {
    sv: 'Minst',
    en: 'At least',
  },
  'followup.rule.at_most': {
    sv: 'Högst',
    en: 'At most',
  },
  'followup.rule.between': {
    sv: 'Mellan',
    en: 'Between',
  },
  'followup.rule.equals': {
    sv: 'Lika med',
    en: 'Equal to',
  },
  'followup.rule.none': {
    sv: 'Inget målvärde',
    en: 'No target',
  },
  'followup.indicator': {
    sv: 'Indikator',
    en: 'Indicator',
  },
  'followup.target': {
    sv: 'Målvärde',
    en: 'Target',
  },
  'followup.outcome': {
    sv: 'Utfall',
    en: 'Outcome',
  },
  'followup.period': {
    sv: 'Period',
    en: 'Period',
  },
  'followup.assessment': {
    sv: 'Bedömning',
    en: 'Assessment',
  },
  'followup.trend': {
    sv: 'Trend',
    en: 'Trend',
  },
  'followup.trendLabel': {
    sv: 'Utfall för {name}: {values}',
    en: 'Outcomes of {name}: {values}',
  },
  'followup.noGoal': {
    sv: 'Indikatorer utan mål',
    en: 'Indicators without a goal',
  },
  'followup.noTarget': {
    sv: 'Inget målvärde',
    en: 'No target',
  },
  'followup.none': {
    sv: 'Inga indikatorer är registrerade.',
    en: 'No indicators are recorded.',
  },
  'followup.manual': {
    sv: 'Manuell bedömning',
    en: 'Manual assessment',
  },
  'followup.recordTitle': {
    sv: 'Registrera ett utfall',
    en: 'Record an outcome',
  },
  'followup.manualLabel': {
    sv: 'Bedömning',
    en: 'Assessment',
  },
  'followup.byRule': {
    sv: 'Enligt målvärdet',
    en: 'By the target',
  },
  'followup.comment': {
    sv: 'Kommentar',
    en: 'Comment',
  },
  'followup.commentHelp': {
    sv: 'Krävs vid manuell bedömning: förklara varför.',
    en: 'Required with a manual assessment: explain why.',
  },
  'followup.commentNeeded': {
    sv: 'En manuell bedömning behöver en kommentar som förklarar den.',
    en: 'A manual assessment needs a comment that explains it.',
  },
  'followup.badValue': {
    sv: 'Utfallet ska vara ett tal, t.ex. 7,5.',
    en: 'The outcome must be a number, e.g. 7.5.',
  },
  'followup.save': {
    sv: 'Spara utfall',
    en: 'Save outcome',
  },
  'followup.saved': {
    sv: 'Utfallet för {name} {period} är sparat: {assessment}.',
    en: 'The outcome of {name} {period} is saved: {assessment}.',
  },
} satisfies Messages
