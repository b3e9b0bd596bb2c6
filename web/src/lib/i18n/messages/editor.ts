// Messages of the record editor (lib/recordEditor.svelte.ts, components/RecordEditorNotices.svelte):
// what happened after a 412 and "Load their version". Each key holds both languages.
import type { Messages } from '../types'

export const messages = {
  'editor.saved': {
    sv: 'Sparat.',
    en: 'Saved.',
  },
  'editor.deleted': {
    sv: 'Borttaget.',
    en: 'Deleted.',
  },
  'editor.loadedNotice': {
    sv: 'Formuläret visar nu den sparade versionen. Dina ej sparade värden står nedan – använd dem igen om du vill och spara.',
    en: 'The form now shows the stored version. Your unsaved values are listed below – re-apply them if you wish, then save.',
  },
  'editor.loadedSameNotice': {
    sv: 'Formuläret visar nu den sparade versionen. Den innehöll redan dina värden.',
    en: 'The form now shows the stored version. It already held your values.',
  },
  'editor.goneNotice': {
    sv: 'Någon annan har tagit bort posten. Formuläret har kvar dina värden; spara för att lägga till den igen.',
    en: 'Someone else deleted the record. The form keeps your values; save to add it again.',
  },
  'editor.field': {
    sv: 'Fält',
    en: 'Field',
  },
  'editor.mine': {
    sv: 'Ditt värde',
    en: 'Your value',
  },
  'editor.theirs': {
    sv: 'Sparat värde',
    en: 'Stored value',
  },
  'editor.reapply': {
    sv: 'Använd mitt värde',
    en: 'Use my value',
  },
  'editor.reapplyLabel': {
    sv: 'Använd mitt värde för {field}',
    en: 'Use my value for {field}',
  },
  'editor.reapplyAll': {
    sv: 'Använd alla mina värden',
    en: 'Use all my values',
  },
} satisfies Messages
