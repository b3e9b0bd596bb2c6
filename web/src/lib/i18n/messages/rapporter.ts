// Messages of pages/Rapporter.svelte. Each key holds both languages.
import type { Messages } from '../types'

export const messages = {
  'reports.planTitle': {
    sv: 'Kompetensförsörjningsplan för {unit} {year}',
    en: 'Competence supply plan for {unit} {year}',
  },
  'reports.planText': {
    sv: 'Planen samlar nuläge, kompetensgap, mål, risker, aktivitetsplan, personalprognos och uppföljning i ett dokument för nämnden.',
    en: 'The plan gathers the current situation, gaps, goals, risks, activity plan, staffing projection and follow-up in one document for the board.',
  },
  'reports.unavailable': {
    sv: 'Servern kan ännu inte skapa rapporter. Nedladdningarna blir tillgängliga när rapportfunktionen är installerad.',
    en: 'The server cannot make reports yet. The downloads become available once the report function is installed.',
  },
  'reports.pdf': {
    sv: 'Ladda ned PDF',
    en: 'Download PDF',
  },
  'reports.docx': {
    sv: 'Ladda ned Word (DOCX)',
    en: 'Download Word (DOCX)',
  },
  'reports.xlsx': {
    sv: 'Ladda ned Excel (XLSX)',
    en: 'Download Excel (XLSX)',
  },
  'reports.html': {
    sv: 'Ladda ned HTML',
    en: 'Download HTML',
  },
  'reports.pdfHelp': {
    sv: 'För nämndhandlingen.',
    en: 'For the board papers.',
  },
  'reports.docxHelp': {
    sv: 'För att redigera texten före nämndmötet.',
    en: 'To edit the text before the board meeting.',
  },
  'reports.xlsxHelp': {
    sv: 'Tabellerna som kalkylblad.',
    en: 'The tables as spreadsheets.',
  },
  'reports.htmlHelp': {
    sv: 'För webben och intranätet.',
    en: 'For the web and the intranet.',
  },
  'reports.contentsTitle': {
    sv: 'Planens innehåll',
    en: 'Contents of the plan',
  },
} satisfies Messages
