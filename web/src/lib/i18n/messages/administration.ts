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
  'admin.userUpdated': {
    sv: 'Användaren {name} är sparad.',
    en: 'The user {name} is saved.',
  },
  'admin.editUser': {
    sv: 'Ändra användaren {name}',
    en: 'Edit the user {name}',
  },
  'admin.editUserLabel': {
    sv: 'Ändra användaren {name}',
    en: 'Edit the user {name}',
  },
  'admin.addUnit': {
    sv: 'Lägg till enhet',
    en: 'Add a unit',
  },
  'admin.addUnitButton': {
    sv: 'Lägg till enhet',
    en: 'Add unit',
  },
  'admin.unitAdded': {
    sv: 'Enheten {name} är tillagd.',
    en: 'The unit {name} is added.',
  },
  'admin.unitUpdated': {
    sv: 'Enheten {name} är sparad.',
    en: 'The unit {name} is saved.',
  },
  'admin.editUnit': {
    sv: 'Ändra enheten {name}',
    en: 'Edit the unit {name}',
  },
  'admin.editUnitLabel': {
    sv: 'Ändra enheten {name}',
    en: 'Edit the unit {name}',
  },
  'admin.unitHistoryKept': {
    sv: 'Enheten behåller sin historik när den byter namn eller flyttas: registeruttag, planer och mål följer med, så trender och förändring sedan förra året finns kvar.',
    en: 'The unit keeps its history when renamed or moved: register extracts, plans and goals follow it, so trends and the change since last year remain.',
  },
  'admin.unitCode': {
    sv: 'Kod',
    en: 'Code',
  },
  'admin.unitName': {
    sv: 'Namn',
    en: 'Name',
  },
  'admin.unitKind': {
    sv: 'Typ',
    en: 'Kind',
  },
  'admin.unitParent': {
    sv: 'Ingår i',
    en: 'Part of',
  },
  'admin.kind.kommun': {
    sv: 'Kommun',
    en: 'Municipality',
  },
  'admin.kind.namnd': {
    sv: 'Nämnd',
    en: 'Committee',
  },
  'admin.kind.forvaltning': {
    sv: 'Förvaltning',
    en: 'Administration',
  },
  'admin.kind.avdelning': {
    sv: 'Avdelning',
    en: 'Department',
  },
  'admin.kind.enhet': {
    sv: 'Enhet',
    en: 'Unit',
  },
  'admin.addCategory': {
    sv: 'Lägg till yrkeskategori',
    en: 'Add an occupational category',
  },
  'admin.addCategoryButton': {
    sv: 'Lägg till yrkeskategori',
    en: 'Add category',
  },
  'admin.editCategory': {
    sv: 'Ändra yrkeskategori',
    en: 'Edit occupational category',
  },
  'admin.editCategoryLabel': {
    sv: 'Ändra yrkeskategorin {name}',
    en: 'Edit the category {name}',
  },
  'admin.categoryName': {
    sv: 'Yrkeskategori',
    en: 'Occupational category',
  },
  'admin.ssyk': {
    sv: 'SSYK-kod',
    en: 'SSYK code',
  },
  'admin.categoryAdded': {
    sv: 'Yrkeskategorin {name} är tillagd.',
    en: 'The category {name} is added.',
  },
  'admin.categoryUpdated': {
    sv: 'Yrkeskategorin {name} är sparad.',
    en: 'The category {name} is saved.',
  },
} satisfies Messages
