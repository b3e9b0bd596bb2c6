// Messages of pages/Riskanalys.svelte. Each key holds both languages.
import type { Messages } from '../types'

export const messages = {
  'risk.c1': {
    sv: 'Inte allvarlig',
    en: 'Not serious',
  },
  'risk.c2': {
    sv: 'Mindre allvarlig',
    en: 'Less serious',
  },
  'risk.c3': {
    sv: 'Allvarlig',
    en: 'Serious',
  },
  'risk.c4': {
    sv: 'Mycket allvarlig',
    en: 'Very serious',
  },
  'risk.p1': {
    sv: 'Låg',
    en: 'Low',
  },
  'risk.p2': {
    sv: 'Medel',
    en: 'Medium',
  },
  'risk.p3': {
    sv: 'Hög',
    en: 'High',
  },
  'risk.p4': {
    sv: 'Mycket hög',
    en: 'Very high',
  },
  'risk.matrixOperations': {
    sv: 'Risk för verksamheten',
    en: 'Risk to operations',
  },
  'risk.matrixWork': {
    sv: 'Risk för arbetsmiljön',
    en: 'Risk to the work environment',
  },
  'risk.axisNote': {
    sv: 'Rader: konsekvens. Kolumner: sannolikhet. Talet är riskvärdet (konsekvens × sannolikhet).',
    en: 'Rows: consequence. Columns: probability. The number is the risk value (consequence × probability).',
  },
  'risk.tableTitle': {
    sv: 'Risker per yrkeskategori',
    en: 'Risks per occupational category',
  },
  'risk.none': {
    sv: 'Inga risker är registrerade för året.',
    en: 'No risks are recorded for the year.',
  },
  'risk.operations': {
    sv: 'Risk för verksamheten',
    en: 'Risk to operations',
  },
  'risk.work': {
    sv: 'Risk för arbetsmiljön',
    en: 'Risk to the work environment',
  },
  'risk.consequence': {
    sv: 'Konsekvens',
    en: 'Consequence',
  },
  'risk.probability': {
    sv: 'Sannolikhet',
    en: 'Probability',
  },
  'risk.addTitle': {
    sv: 'Lägg till en risk',
    en: 'Add a risk',
  },
  'risk.editTitle': {
    sv: 'Ändra risken för {category}',
    en: 'Edit the risk for {category}',
  },
  'risk.addButton': {
    sv: 'Lägg till risk',
    en: 'Add risk',
  },
  'risk.added': {
    sv: 'Risken för {category} är tillagd.',
    en: 'The risk for {category} is added.',
  },
  'risk.updated': {
    sv: 'Risken för {category} är sparad.',
    en: 'The risk for {category} is saved.',
  },
  'risk.deleted': {
    sv: 'Risken för {category} är borttagen.',
    en: 'The risk for {category} is deleted.',
  },
  'risk.confirmDelete': {
    sv: 'Ta bort risken för {category}?',
    en: 'Delete the risk for {category}?',
  },
  'risk.editLabel': {
    sv: 'Ändra risken för {category}',
    en: 'Edit the risk for {category}',
  },
  'risk.deleteLabel': {
    sv: 'Ta bort risken för {category}',
    en: 'Delete the risk for {category}',
  },
} satisfies Messages
