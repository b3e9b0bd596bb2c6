// English message catalogue. Typed as Catalogue, so a missing or unknown key is a compile error.
import type { Catalogue } from './sv'

export const en: Catalogue = {
  'app.name': 'Kompetensplan',
  'app.tagline': 'Competence supply planning',
  'app.skipToContent': 'Skip to content',

  'lang.label': 'Language',
  'lang.sv': 'Svenska',
  'lang.en': 'English',

  'nav.label': 'Main menu',

  'module.oversikt.title': 'Overview',
  'module.oversikt.intro':
    "An overall picture of the organisation's competence supply: current situation, competence gaps, goals, risks and activities in one place.",
  'module.nulage.title': 'Current situation',
  'module.nulage.intro':
    'Key figures from the employee register: headcount and FTE, permanent and temporary employees, gender, age distribution and average age, part-time share, sick leave, turnover, hires per occupation, upcoming retirements and employees per manager.',
  'module.kartlaggning.title': 'Competence mapping',
  'module.kartlaggning.intro':
    'Available competence per occupational category and competence level (Some, Good, High, Very high).',
  'module.behov-och-gap.title': 'Needs and gaps',
  'module.behov-och-gap.intro':
    'The need for competence in two and five years from the population forecast and a target distribution over competence levels, and the gap between supply and need per level and in total – including how the gap has changed since last year.',
  'module.kompetensmal.title': 'Competence goals',
  'module.kompetensmal.intro':
    'Quantitative goals (how many more employees are needed) and qualitative goals (target distribution over competence levels), with the moves between levels needed to reach them.',
  'module.riskanalys.title': 'Risk analysis',
  'module.riskanalys.intro':
    'Risks per occupational category: consequence for operations and for the work environment, each with its probability, gathered in a risk matrix.',
  'module.aktivitetsplan.title': 'Action plan',
  'module.aktivitetsplan.intro':
    "Activities by strategic area – Attract, Recruit, Introduce, Develop/Retain, Exit/Wind down, or the organisation's own areas – with owner, end date and status.",
  'module.personalprognos.title': 'Staffing forecast',
  'module.personalprognos.intro':
    'Staffing year by year: volume growth, retirements and turnover give the recruitment need and its cost, and the share to be covered by other solutions. The projection is run many times and shows the uncertainty as a range, for several scenarios side by side.',
  'projection.form.legend': 'Basis of the projection',
  'projection.form.unit': 'Unit',
  'projection.form.area': 'Population forecast',
  'projection.form.years': 'Years ahead',
  'projection.form.runs': 'Number of runs',
  'projection.form.seed': 'Random seed',
  'projection.form.seedHelp': 'The same seed gives the same result.',
  'projection.form.scenarios': 'Scenarios to compare',
  'projection.form.start': 'Compute projection',
  'projection.form.loading': 'Loading units …',
  'projection.form.setupFailed': 'Could not load the units: {message}',
  'projection.progress.label': 'Computation',
  'projection.progress.text': 'Computing … {percent} % ({done} of {total} runs)',
  'projection.progress.cancel': 'Cancel',
  'projection.progress.cancelled': 'The computation was cancelled.',
  'projection.progress.failed': 'The computation failed: {message}',
  'projection.result.heading': 'Projection for {org}',
  'projection.result.basis':
    'Register extract {snapshot}, {runs} runs in {seconds} s. Figures are the median (P50); the range P10–P90 holds eight runs in ten.',
  'projection.result.category': 'Category',
  'projection.result.total': 'Total',
  'projection.result.figure': 'Show',
  'projection.figure.recruitment': 'Recruitment need',
  'projection.figure.retirements': 'Retirements',
  'projection.figure.leavers': 'Other leavers',
  'projection.figure.headcount': 'Employees at year end',
  'projection.chart.label': '{figure} per year, {category}: median and the range P10–P90 for each scenario',
  'projection.table.caption': '{figure} per year and scenario, {category}: median (P10–P90)',
  'projection.table.year': 'Year',
  'projection.table.period': 'Whole period',
  'projection.split.caption': 'Recruitment need by cause, {scenario}, {category} (means)',
  'projection.split.growth': 'Increased need',
  'projection.split.retirements': 'Replace retirements',
  'projection.split.turnover': 'Replace other leavers',
  'projection.split.need': 'Need (FTE)',
  'projection.split.other': 'Other solutions (FTE)',
  'projection.assumptions.heading': 'Assumptions',
  'projection.assumptions.retirement':
    'Retirement by a table over the ages {first}–{last}, mean age at exit {mean} years.',
  'projection.assumptions.turnover':
    'Turnover per category and age group from the employee register ({from} – {to}).',
  'projection.assumptions.recruitAge': 'Recruits are assumed to be {age} years old.',
  'module.uppfoljning.title': 'Follow-up',
  'module.uppfoljning.intro':
    'Goals with indicators, targets and outcomes, assessed as Red or Green, with history over the years.',
  'module.successionsplanering.title': 'Succession planning',
  'module.successionsplanering.intro':
    'Key positions, current incumbents and their retirement year, possible successors and how ready they are to take over.',
  'module.rapporter.title': 'Reports',
  'module.rapporter.intro':
    'The competence supply plan as a document for the board, and the roll-up across all administrations for the municipal executive board.',
  'module.import.title': 'Import',
  'module.import.intro':
    'Load employee registers and competence mappings from CSV and Excel files. Everything is checked before anything is saved, and errors name the row, column and value.',
  'module.administration.title': 'Administration',
  'module.administration.intro':
    'Organisation and units, users and permissions, competence levels and strategic areas.',

  'notFound.title': 'Page not found',
  'notFound.text': 'This address does not lead to a page. Choose a page in the menu.',

  'health.checking': 'Checking the server …',
  'health.ok': 'Server: {status} · version {version} · database: {database}',
  'health.error': 'The server is not responding. Check that the Kompetensplan server is running and reload the page.',
}
