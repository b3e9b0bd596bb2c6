// Messages of pages/Administration.svelte. Each key holds both languages.
import type { Messages } from '../types'

export const messages = {
  'admin.users': {
    sv: 'Användare',
    en: 'Users',
  },
  'admin.userName': {
    sv: 'Användarnamn',
    en: 'User name',
  },
  'admin.role': {
    sv: 'Roll',
    en: 'Role',
  },
  'admin.role.admin': {
    sv: 'Administratör',
    en: 'Administrator',
  },
  'admin.role.hr': {
    sv: 'HR-strateg',
    en: 'HR strategist',
  },
  'admin.role.chef': {
    sv: 'Chef',
    en: 'Manager',
  },
  'admin.role.lasare': {
    sv: 'Läsare',
    en: 'Reader',
  },
  'admin.state': {
    sv: 'Status',
    en: 'Status',
  },
  'admin.active': {
    sv: 'Aktiv',
    en: 'Active',
  },
  'admin.disabled': {
    sv: 'Avstängd',
    en: 'Disabled',
  },
  'admin.created': {
    sv: 'Skapad',
    en: 'Created',
  },
  'admin.wholeOrg': {
    sv: 'Hela organisationen',
    en: 'Whole organisation',
  },
  'admin.password': {
    sv: 'Lösenord (minst 8 tecken)',
    en: 'Password (at least 8 characters)',
  },
  'admin.addUser': {
    sv: 'Lägg till en användare',
    en: 'Add a user',
  },
  'admin.addUserButton': {
    sv: 'Lägg till användare',
    en: 'Add user',
  },
  'admin.userAdded': {
    sv: 'Användaren {name} är tillagd.',
    en: 'The user {name} is added.',
  },
  'admin.orgTree': {
    sv: 'Organisation',
    en: 'Organisation',
  },
  'admin.scales': {
    sv: 'Kompetensnivåer',
    en: 'Competence levels',
  },
  'admin.addScale': {
    sv: 'Lägg till en skala',
    en: 'Add a scale',
  },
  'admin.scaleName': {
    sv: 'Skalans namn',
    en: 'Name of the scale',
  },
  'admin.scaleLevels': {
    sv: 'Nivåer, lägst först',
    en: 'Levels, lowest first',
  },
  'admin.scaleLevelsHelp': {
    sv: 'Skilj nivåerna med komma: Viss, God, Hög, Mycket hög',
    en: 'Separate the levels with commas: Viss, God, Hög, Mycket hög',
  },
  'admin.addScaleButton': {
    sv: 'Lägg till skala',
    en: 'Add scale',
  },
  'admin.scaleAdded': {
    sv: 'Skalan {name} är tillagd.',
    en: 'The scale {name} is added.',
  },
  'admin.categories': {
    sv: 'Yrkeskategorier',
    en: 'Occupational categories',
  },
} satisfies Messages
