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
  'import.kind.org-units': {
    sv: 'Organisation (enheter)',
    en: 'Organisation (units)',
  },
  'import.kind.kolada': {
    sv: 'Kolada (nyckeltal)',
    en: 'Kolada (KPIs)',
  },
  'import.koladaHelp': {
    sv: 'Ett svar från Koladas API som JSON, t.ex. api.kolada.se/v2/data/kpi/N00090/municipality/0000,1280/year/2024. Värdena gäller kommunen och riket, inte en enhet.',
    en: 'An answer of Kolada\'s API as JSON, e.g. api.kolada.se/v2/data/kpi/N00090/municipality/0000,1280/year/2024. The values are the municipality\'s and Sweden\'s, not a unit\'s.',
  },
  'import.notes': {
    sv: 'Anmärkningar',
    en: 'Notes',
  },
  'import.createUnits': {
    sv: 'Skapa enheter som registret nämner men som inte finns',
    en: 'Create the units the register names that do not exist',
  },
  'import.unitsFirst': {
    sv: 'Enheterna som skapas eller ändras visas först; ingenting sparas förrän du bekräftar.',
    en: 'The units to be created or changed are shown first; nothing is saved until you confirm.',
  },
  'import.root': {
    sv: 'Kommunens namn (skapas som organisationens rot)',
    en: 'Name of the municipality (created as the root of the organisation)',
  },
  'import.preview': {
    sv: 'Visa enheterna',
    en: 'Show the units',
  },
  'import.confirm': {
    sv: 'Bekräfta och läs in',
    en: 'Confirm and import',
  },
  'import.unitsCaption.preview': {
    sv: 'Enheter som skulle skapas eller ändras ({count})',
    en: 'Units that would be created or changed ({count})',
  },
  'import.unitsCaption.done': {
    sv: 'Enheter som skapades eller ändrades ({count})',
    en: 'Units created or changed ({count})',
  },
  'import.unitsNone': {
    sv: 'Inga enheter skapas eller ändras.',
    en: 'No unit is created or changed.',
  },
  'import.unit.action': {
    sv: 'Ändring',
    en: 'Change',
  },
  'import.unit.action.create': {
    sv: 'Ny',
    en: 'New',
  },
  'import.unit.action.update': {
    sv: 'Ändras',
    en: 'Changed',
  },
  'import.unit.code': {
    sv: 'Kod',
    en: 'Code',
  },
  'import.unit.name': {
    sv: 'Namn',
    en: 'Name',
  },
  'import.unit.kind': {
    sv: 'Typ',
    en: 'Kind',
  },
  'import.unit.parent': {
    sv: 'Överordnad enhet',
    en: 'Parent unit',
  },
  'import.unit.before': {
    sv: 'Tidigare',
    en: 'Before',
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
  'import.pseudonymise': {
    sv: 'Pseudonymisera personnummer och ta bort namn',
    en: 'Pseudonymise personal identity numbers and drop names',
  },
  'import.pseudonymiseHelp': {
    sv: 'För en fil direkt ur HR-systemet: namnkolumnerna tas bort och varje personnummer ersätts med ett id som är detsamma nästa år. Födelseår och kön tas från personnumret om filen saknar dem. Personnumren sparas aldrig.',
    en: 'For a file straight from the HR system: the name columns are dropped and each personal identity number is replaced by an id that stays the same next year. Birth year and gender are taken from the number when the file has none. The numbers are never stored.',
  },
  'import.mapping.title': {
    sv: 'Kolumner i filen',
    en: 'Columns in the file',
  },
  'import.mapping.help': {
    sv: 'Välj vilken kolumn i filen som innehåller varje uppgift. Förslagen är de rubriker som känns igen; ditt val sparas i webbläsaren till nästa fil av samma slag.',
    en: 'Choose the column of the file that holds each item. The suggestions are the headers that are recognised; your choice is remembered in this browser for the next file of the same kind.',
  },
  'import.mapping.field': {
    sv: 'Uppgift',
    en: 'Item',
  },
  'import.mapping.column': {
    sv: 'Kolumn i filen',
    en: 'Column in the file',
  },
  'import.mapping.none': {
    sv: '– ingen kolumn –',
    en: '– no column –',
  },
  'import.mapping.fromPnr': {
    sv: 'Personnumret (pseudonymiseras)',
    en: 'The personal identity number (pseudonymised)',
  },
  'import.mapping.derived': {
    sv: 'Tas från personnumret',
    en: 'Taken from the personal identity number',
  },
  'import.mapping.need.required': {
    sv: 'krävs',
    en: 'required',
  },
  'import.mapping.need.any_of': {
    sv: 'yrke eller SSYK krävs',
    en: 'occupation or SSYK required',
  },
  'import.mapping.need.optional': {
    sv: 'frivillig',
    en: 'optional',
  },
  'import.mapping.document': {
    sv: 'Kolumnkopplingen som --map-fil',
    en: 'The column mapping as a --map file',
  },
} satisfies Messages
