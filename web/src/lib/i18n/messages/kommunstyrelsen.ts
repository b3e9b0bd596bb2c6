// Messages of pages/Kommunstyrelsen.svelte (Sammanställning till kommunstyrelsen). Each key holds both languages.
import type { Messages } from '../types'

export const messages = {
  'ks.title': { sv: '{municipality} – förvaltningarnas planer och uppföljning {year}', en: '{municipality} – the administrations’ plans and follow-up {year}' },
  'ks.notReported': { sv: 'Har inte lämnat in sin uppföljning: {units}.', en: 'Have not submitted their follow-up: {units}.' },
  'ks.allReported': { sv: 'Alla förvaltningar har lämnat in sin uppföljning.', en: 'Every administration has submitted its follow-up.' },
  'ks.notAdopted': { sv: 'Saknar fastställd plan: {units}.', en: 'Without an adopted plan: {units}.' },
  'ks.allAdopted': { sv: 'Alla förvaltningar har en fastställd plan.', en: 'Every administration has an adopted plan.' },
  'ks.plansCaption': { sv: 'Förvaltningarnas planer, beslut och uppföljningstillfällen', en: 'The administrations’ plans, decisions and follow-up occasions' },
  'ks.forvaltning': { sv: 'Förvaltning', en: 'Administration' },
  'ks.plan': { sv: 'Plan', en: 'Plan' },
  'ks.decision': { sv: 'Beslut', en: 'Decision' },
  'ks.deadline': { sv: 'sista dag', en: 'deadline' },
  'ks.noPlanYear': { sv: 'Inget planår', en: 'No plan year' },
  'ks.goalsTitle': { sv: 'Kommunövergripande målsättningar', en: 'Municipality-wide objectives' },
  'ks.goal': { sv: 'Målsättning', en: 'Objective' },
  'ks.noGoals': { sv: 'Kommunen har inga kommunövergripande målsättningar för året.', en: 'The municipality has no municipality-wide objectives for the year.' },
  'ks.goalsNote': {
    sv: 'Röd – ej uppnått, Grön – uppnått: förvaltningens mål under målsättningen, bedömda efter planens utfall. – betyder att förvaltningen inte har något mål under målsättningen.',
    en: 'Red – not achieved, Green – achieved: the administration’s goals under the objective, assessed from the plan’s outcomes. – means the administration has no goal under the objective.',
  },
  'ks.documentTitle': { sv: 'Sammanställningen som dokument', en: 'The roll-up as a document' },
} satisfies Messages
