// Messages of pages/Import.svelte. Each key holds both languages.
import type { Messages } from '../types'

export const messages = {
  'import.kind': {
    sv: 'Vad innehåller filen?',
    en: 'What does the file hold?',
  },
  'import.kind.employees': {
    sv: 'Personalregister (anställda)',
    en: 'Employee register',
  },
  'import.kind.inventory': {
    sv: 'Kartläggning (kompetensnivåer)',
    en: 'Inventory (competence levels)',
  },
  'import.kind.population': {
    sv: 'Befolkningsprognos',
    en: 'Population forecast',
  },
  'import.kind.indicators': {
    sv: 'Indikatorer och utfall',
    en: 'Indicators and outcomes',
  },
  'import.kind.activities': {
    sv: 'Aktivitetsplan',
    en: 'Activity plan',
  },
  'import.snapshot': {
    sv: 'Uttagsdatum',
    en: 'Extract date',
  },
  'import.snapshotHelp': {
    sv: 'Tomt: dagens datum.',
    en: 'Empty: today.',
  },
  'import.drop': {
    sv: 'Dra och släpp en CSV- eller Excelfil här',
    en: 'Drag and drop a CSV or Excel file here',
  },
  'import.choose': {
    sv: '… eller välj en fil',
    en: '… or choose a file',
  },
  'import.chosen': {
    sv: 'Vald fil: {name} ({size} kB)',
    en: 'Chosen file: {name} ({size} kB)',
  },
  'import.noneChosen': {
    sv: 'Ingen fil vald.',
    en: 'No file chosen.',
  },
  'import.noFile': {
    sv: 'Välj en fil att läsa in.',
    en: 'Choose a file to import.',
  },
  'import.dryRun': {
    sv: 'Bara kontrollera (spara inget)',
    en: 'Check only (save nothing)',
  },
  'import.replace': {
    sv: 'Ersätt tidigare inläsning med samma datum',
    en: 'Replace an earlier import of the same date',
  },
  'import.start': {
    sv: 'Läs in',
    en: 'Import',
  },
  'import.readOnly': {
    sv: 'Din roll kan inte läsa in filer.',
    en: 'Your role cannot import files.',
  },
  'import.resultTitle': {
    sv: 'Inläsning av {name}',
    en: 'Import of {name}',
  },
  'import.progress': {
    sv: 'Förlopp',
    en: 'Progress',
  },
  'import.outcome.rejected': {
    sv: 'Filen har fel och ingenting har sparats.',
    en: 'The file has errors and nothing was saved.',
  },
  'import.outcome.validated': {
    sv: 'Filen är kontrollerad utan fel (ingenting sparat).',
    en: 'The file is checked without errors (nothing saved).',
  },
  'import.outcome.imported': {
    sv: 'Filen är inläst.',
    en: 'The file is imported.',
  },
  'import.outcome.unchanged': {
    sv: 'Filen var redan inläst; ingenting ändrades.',
    en: 'The file was already imported; nothing changed.',
  },
  'import.outcome.replaced': {
    sv: 'Filen är inläst och ersatte den tidigare.',
    en: 'The file is imported and replaced the earlier one.',
  },
  'import.summary': {
    sv: 'Rader: {rows}. Fel: {errors}.',
    en: 'Rows: {rows}. Errors: {errors}.',
  },
  'import.format': {
    sv: 'Format: {format}',
    en: 'Format: {format}',
  },
  'import.columns': {
    sv: 'Kolumner: {columns}',
    en: 'Columns: {columns}',
  },
  'import.errorsCaption': {
    sv: 'Fel per rad ({count})',
    en: 'Errors per row ({count})',
  },
  'import.row': {
    sv: 'Rad',
    en: 'Row',
  },
  'import.column': {
    sv: 'Kolumn',
    en: 'Column',
  },
  'import.value': {
    sv: 'Värde',
    en: 'Value',
  },
  'import.message': {
    sv: 'Fel',
    en: 'Error',
  },
  'import.rule': {
    sv: 'Regel',
    en: 'Rule',
  },
} satisfies Messages
