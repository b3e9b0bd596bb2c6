// Words many pages share, the Röd/Grön assessment and the 412 choice. Each key holds both languages.
import type { Messages } from '../types'

export const messages = {
  'common.loading': {
    sv: 'Laddar …',
    en: 'Loading …',
  },
  'common.actions': {
    sv: 'Åtgärder',
    en: 'Actions',
  },
  'common.all': {
    sv: 'Alla',
    en: 'All',
  },
  'common.cancel': {
    sv: 'Avbryt',
    en: 'Cancel',
  },
  'common.category': {
    sv: 'Yrkeskategori',
    en: 'Occupational category',
  },
  'common.choose': {
    sv: 'Välj …',
    en: 'Choose …',
  },
  'common.delete': {
    sv: 'Ta bort',
    en: 'Delete',
  },
  'common.description': {
    sv: 'Beskrivning',
    en: 'Description',
  },
  'common.edit': {
    sv: 'Ändra',
    en: 'Edit',
  },
  'common.save': {
    sv: 'Spara',
    en: 'Save',
  },
  'common.total': {
    sv: 'Totalt',
    en: 'Total',
  },
  'common.unit': {
    sv: 'Enhet',
    en: 'Unit',
  },
  'common.unsaved': {
    sv: 'Ej sparade ändringar',
    en: 'Unsaved changes',
  },
  'conflict.title': {
    sv: 'Någon annan har sparat under tiden',
    en: 'Someone else saved in the meantime',
  },
  'conflict.explain': {
    sv: 'Dina ändringar är inte sparade. Vill du hämta den sparade versionen till formuläret (dina värden visas bredvid, så att du kan använda dem igen) eller fortsätta redigera?',
    en: 'Your changes are not saved. Load the saved version into the form (your values are shown beside it, so you can re-apply them), or keep editing?',
  },
  'conflict.reload': {
    sv: 'Hämta den sparade versionen',
    en: 'Load the saved version',
  },
  'conflict.keep': {
    sv: 'Fortsätta redigera',
    en: 'Keep editing',
  },
  'assessment.green': {
    sv: 'Grön',
    en: 'Green',
  },
  'assessment.red': {
    sv: 'Röd',
    en: 'Red',
  },
  'assessment.none': {
    sv: 'Ej bedömd',
    en: 'Not assessed',
  },
} satisfies Messages
