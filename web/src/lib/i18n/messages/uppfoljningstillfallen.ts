// Messages of lib/components/FollowupOccasions.svelte (Uppföljningstillfällen on Uppföljning) and of
// Översikt's list of units that have not reported. Each key holds both languages.
import type { Messages } from '../types'

export const messages = {
  'occasions.title': { sv: 'Uppföljningstillfällen {year}', en: 'Follow-up occasions {year}' },
  'occasions.intro': {
    sv: 'Planen följs upp vid delårsrapporterna och årsanalysen. Varje tillfälle samlar periodens utfall, bedömningar, kommentarer och aktiviteternas status i ett dokument. När det lämnas in låses dokumentet: det ändras aldrig, även om utfallen ändras senare.',
    en: 'The plan is followed up at the interim reports and the annual analysis. Each occasion gathers its period’s outcomes, assessments, comments and the activities’ status in a document. Once submitted the document is frozen: it never changes, even if outcomes change later.',
  },
  'occasions.noPlanYear': { sv: 'Enheten har inget planår {year}.', en: 'The unit has no plan year {year}.' },
  'occasions.none': { sv: 'Planåret har inga uppföljningstillfällen ännu.', en: 'The plan year has no follow-up occasions yet.' },
  'occasions.kind': { sv: 'Tillfälle', en: 'Occasion' },
  'occasions.period': { sv: 'Period', en: 'Period' },
  'occasions.deadline': { sv: 'Sista dag', en: 'Deadline' },
  'occasions.status': { sv: 'Status', en: 'Status' },
  'occasions.documents': { sv: 'Dokument', en: 'Documents' },
  'occasions.preview': { sv: 'Förhandsgranska (PDF)', en: 'Preview (PDF)' },
  'occasions.submit': { sv: 'Lämna in', en: 'Submit' },
  'occasions.confirmSubmit': {
    sv: 'Lämna in {kind}? Dokumentet sparas och låses och kan inte ändras efteråt.',
    en: 'Submit {kind}? The document is stored and frozen and cannot be changed afterwards.',
  },
  'occasions.submitted': { sv: '{kind} är inlämnad och låst.', en: '{kind} is submitted and frozen.' },
  'occasions.submittedBy': { sv: 'inlämnad {at} av {user}', en: 'submitted {at} by {user}' },
  'occasions.frozen': { sv: 'Låst', en: 'Frozen' },
  'occasions.due': { sv: 'Sista dagen är nära eller passerad', en: 'The deadline is near or past' },
  'occasions.createTitle': { sv: 'Lägg till ett uppföljningstillfälle', en: 'Add a follow-up occasion' },
  'occasions.create': { sv: 'Lägg till tillfället', en: 'Add the occasion' },
  'occasions.created': { sv: '{kind} med sista dag {deadline} är tillagd.', en: '{kind} with deadline {deadline} is added.' },
  'occasions.saveDeadline': { sv: 'Spara sista dag', en: 'Save deadline' },
  'occasions.deadlineSaved': { sv: 'Sista dagen är ändrad till {deadline}.', en: 'The deadline is changed to {deadline}.' },
  'occasions.delete': { sv: 'Ta bort', en: 'Delete' },
  'occasions.deleted': { sv: '{kind} är borttagen.', en: '{kind} is deleted.' },
  'occasions.kind.delar_t1': { sv: 'Delårsrapport april (januari–april)', en: 'Interim report April (January–April)' },
  'occasions.kind.delar_t2': { sv: 'Delårsrapport augusti (januari–augusti)', en: 'Interim report August (January–August)' },
  'occasions.kind.delar_h1': { sv: 'Delårsrapport halvår (januari–juni)', en: 'Half-year report (January–June)' },
  'occasions.kind.arsanalys': { sv: 'Årsanalys (hela året)', en: 'Annual analysis (the whole year)' },
  'occasions.notReportedTitle': { sv: 'Ej inlämnad uppföljning', en: 'Follow-up not submitted' },
  'occasions.notReportedIntro': {
    sv: 'Förvaltningar som inte har lämnat in ett uppföljningstillfälle vars sista dag är inom {days} dagar eller redan har passerat.',
    en: 'Administrations that have not submitted a follow-up occasion whose deadline is within {days} days or already past.',
  },
  'occasions.allReported': { sv: 'Alla förvaltningar har lämnat in det som snart ska in.', en: 'Every administration has submitted what is due.' },
  'occasions.unit': { sv: 'Förvaltning', en: 'Administration' },
  'occasions.overdue': { sv: 'försenad', en: 'overdue' },
  'occasions.noOccasion': { sv: 'inget tillfälle upplagt', en: 'no occasion set up' },
} satisfies Messages
