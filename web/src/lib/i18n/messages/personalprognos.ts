// Messages of pages/Personalprognos.svelte. Each key holds both languages.
import type { Messages } from '../types'

export const messages = {
  'projection.form.legend': {
    sv: 'Prognosens underlag',
    en: 'Basis of the projection',
  },
  'projection.form.unit': {
    sv: 'Enhet',
    en: 'Unit',
  },
  'projection.form.area': {
    sv: 'Befolkningsprognos',
    en: 'Population forecast',
  },
  'projection.form.years': {
    sv: 'År framåt',
    en: 'Years ahead',
  },
  'projection.form.runs': {
    sv: 'Antal körningar',
    en: 'Number of runs',
  },
  'projection.form.seed': {
    sv: 'Slumpfrö',
    en: 'Random seed',
  },
  'projection.form.seedHelp': {
    sv: 'Samma frö ger samma resultat.',
    en: 'The same seed gives the same result.',
  },
  'projection.form.scenarios': {
    sv: 'Scenarier att jämföra',
    en: 'Scenarios to compare',
  },
  'projection.form.start': {
    sv: 'Beräkna prognos',
    en: 'Compute projection',
  },
  'projection.form.loading': {
    sv: 'Hämtar enheter …',
    en: 'Loading units …',
  },
  'projection.form.setupFailed': {
    sv: 'Kunde inte hämta enheterna: {message}',
    en: 'Could not load the units: {message}',
  },
  'projection.progress.label': {
    sv: 'Beräkning',
    en: 'Computation',
  },
  'projection.progress.text': {
    sv: 'Beräknar … {percent} % ({done} av {total} körningar)',
    en: 'Computing … {percent} % ({done} of {total} runs)',
  },
  'projection.progress.cancel': {
    sv: 'Avbryt',
    en: 'Cancel',
  },
  'projection.progress.cancelled': {
    sv: 'Beräkningen avbröts.',
    en: 'The computation was cancelled.',
  },
  'projection.progress.failed': {
    sv: 'Beräkningen misslyckades: {message}',
    en: 'The computation failed: {message}',
  },
  'projection.result.heading': {
    sv: 'Prognos för {org}',
    en: 'Projection for {org}',
  },
  'projection.result.basis': {
    sv: 'Personaluttag {snapshot}, {runs} körningar på {seconds} s. Siffrorna är medianen (P50), och intervallet P10–P90 rymmer åtta av tio körningar.',
    en: 'Register extract {snapshot}, {runs} runs in {seconds} s. Figures are the median (P50); the range P10–P90 holds eight runs in ten.',
  },
  'projection.result.category': {
    sv: 'Kategori',
    en: 'Category',
  },
  'projection.result.total': {
    sv: 'Totalt',
    en: 'Total',
  },
  'projection.result.figure': {
    sv: 'Visa',
    en: 'Show',
  },
  'projection.figure.recruitment': {
    sv: 'Rekryteringsbehov',
    en: 'Recruitment need',
  },
  'projection.figure.retirements': {
    sv: 'Pensioneringar',
    en: 'Retirements',
  },
  'projection.figure.leavers': {
    sv: 'Övriga avgångar',
    en: 'Other leavers',
  },
  'projection.figure.headcount': {
    sv: 'Anställda vid årets slut',
    en: 'Employees at year end',
  },
  'projection.chart.label': {
    sv: '{figure} per år, {category}: median och intervallet P10–P90 för varje scenario',
    en: '{figure} per year, {category}: median and the range P10–P90 for each scenario',
  },
  'projection.table.caption': {
    sv: '{figure} per år och scenario, {category}: median (P10–P90)',
    en: '{figure} per year and scenario, {category}: median (P10–P90)',
  },
  'projection.table.year': {
    sv: 'År',
    en: 'Year',
  },
  'projection.table.period': {
    sv: 'Hela perioden',
    en: 'Whole period',
  },
  'projection.split.caption': {
    sv: 'Rekryteringsbehovet delat på orsak, {scenario}, {category} (medelvärden)',
    en: 'Recruitment need by cause, {scenario}, {category} (means)',
  },
  'projection.split.growth': {
    sv: 'Ökat behov',
    en: 'Increased need',
  },
  'projection.split.retirements': {
    sv: 'Ersätta pensioneringar',
    en: 'Replace retirements',
  },
  'projection.split.turnover': {
    sv: 'Ersätta övriga avgångar',
    en: 'Replace other leavers',
  },
  'projection.split.need': {
    sv: 'Behov (årsarbetare)',
    en: 'Need (FTE)',
  },
  'projection.split.other': {
    sv: 'Andra lösningar (årsarbetare)',
    en: 'Other solutions (FTE)',
  },
  'projection.assumptions.heading': {
    sv: 'Antaganden',
    en: 'Assumptions',
  },
  'projection.assumptions.retirement': {
    sv: 'Pensionering enligt en tabell över åldrarna {first}–{last} år, medelålder vid avgång {mean} år.',
    en: 'Retirement by a table over the ages {first}–{last}, mean age at exit {mean} years.',
  },
  'projection.assumptions.turnover': {
    sv: 'Personalomsättning per kategori och åldersgrupp ur personalregistret ({from} – {to}).',
    en: 'Turnover per category and age group from the employee register ({from} – {to}).',
  },
  'projection.assumptions.recruitAge': {
    sv: 'De som rekryteras antas vara {age} år.',
    en: 'Recruits are assumed to be {age} years old.',
  },
  'projection.planChart': {
    sv: 'Personalprognosen i planen',
    en: 'The staffing projection in the plan',
  },
  'projection.planChartText': {
    sv: 'Samma diagram som i plandokumentet, beräknat av servern med planens antaganden.',
    en: 'The same chart as in the plan document, computed by the server with the plan\'s assumptions.',
  },
  'projection.noPlanChart': {
    sv: 'Planen har ingen personalprognos för enheten ännu.',
    en: 'The plan has no staffing projection for this unit yet.',
  },
  'projection.params': {
    sv: 'Antaganden',
    en: 'Assumptions',
  },
  'projection.years': {
    sv: 'Antal år',
    en: 'Number of years',
  },
  'projection.pensionAge': {
    sv: 'Pensionsålder',
    en: 'Pension age',
  },
  'projection.turnover': {
    sv: 'Personalomsättning per år (%)',
    en: 'Turnover per year (%)',
  },
  'projection.growth': {
    sv: 'Ökat behov per år (%)',
    en: 'Growth of the need per year (%)',
  },
  'projection.other': {
    sv: 'Andel av ökningen som löses på annat sätt (%)',
    en: 'Share of the increase covered by other solutions (%)',
  },
  'projection.salary': {
    sv: 'Månadslön per heltid (kr)',
    en: 'Monthly salary per FTE (SEK)',
  },
  'projection.overhead': {
    sv: 'Personalomkostnadspålägg (%)',
    en: 'Personnel overhead (%)',
  },
  'projection.runs': {
    sv: 'Antal simuleringar',
    en: 'Number of simulations',
  },
  'projection.stochastic': {
    sv: 'Stokastisk prognos med osäkerhetsintervall (P10–P90)',
    en: 'Stochastic projection with uncertainty bands (P10–P90)',
  },
  'projection.run': {
    sv: 'Beräkna prognos',
    en: 'Compute projection',
  },
  'projection.note': {
    sv: 'Utgår från personalregistret: dagens antal anställda, pensionsavgångar per födelseår vid vald pensionsålder och personalomsättningen.',
    en: 'Based on the employee register: today\'s headcount, retirements by birth year at the chosen pension age, and turnover.',
  },
  'projection.today': {
    sv: 'anställda {year}',
    en: 'employees {year}',
  },
  'projection.totalRecruitment': {
    sv: 'rekryteringsbehov under {years} år',
    en: 'recruitment need over {years} years',
  },
  'projection.totalRetirements': {
    sv: 'pensionsavgångar',
    en: 'retirements',
  },
  'projection.totalLeavers': {
    sv: 'övriga avgångar',
    en: 'other leavers',
  },
  'projection.chartTitle': {
    sv: 'Rekryteringsbehov per år',
    en: 'Recruitment need per year',
  },
  'projection.chartCaption': {
    sv: 'Rekryteringsbehov per år, uppdelat på orsak',
    en: 'Recruitment need per year, split by cause',
  },
  'projection.fromGrowth': {
    sv: 'Ökat behov',
    en: 'Growth',
  },
  'projection.fromRetirements': {
    sv: 'Pensionsavgångar',
    en: 'Retirements',
  },
  'projection.fromTurnover': {
    sv: 'Personalomsättning',
    en: 'Turnover',
  },
  'projection.bandsTitle': {
    sv: 'Osäkerhet i rekryteringsbehovet',
    en: 'Uncertainty of the recruitment need',
  },
  'projection.bandsLabel': {
    sv: 'Rekryteringsbehov per år: median och intervall P10–P90',
    en: 'Recruitment need per year: median and P10–P90 band',
  },
  'projection.bandLegend': {
    sv: 'P10–P90',
    en: 'P10–P90',
  },
  'projection.medianLegend': {
    sv: 'Median (P50)',
    en: 'Median (P50)',
  },
  'projection.tableTitle': {
    sv: 'Prognos år för år',
    en: 'Projection year by year',
  },
  'projection.year': {
    sv: 'År',
    en: 'Year',
  },
  'projection.headcountStart': {
    sv: 'Anställda vid årets början',
    en: 'Employees at start of year',
  },
  'projection.retirements': {
    sv: 'Pensionsavgångar',
    en: 'Retirements',
  },
  'projection.leavers': {
    sv: 'Övriga avgångar',
    en: 'Other leavers',
  },
  'projection.need': {
    sv: 'Behov',
    en: 'Need',
  },
  'projection.recruitment': {
    sv: 'Rekryteringsbehov',
    en: 'Recruitment need',
  },
  'projection.band': {
    sv: 'P10–P90',
    en: 'P10–P90',
  },
  'projection.otherSolutions': {
    sv: 'Andra lösningar',
    en: 'Other solutions',
  },
  'projection.cost': {
    sv: 'Kostnad för ökningen (tkr)',
    en: 'Cost of the increase (kSEK)',
  },
  'projection.costNote': {
    sv: 'Kostnaden för ökningen = (behov − dagens antal) × månadslön × 12 × (1 + personalomkostnadspålägg).',
    en: 'Cost of the increase = (need − today\'s headcount) × monthly salary × 12 × (1 + overhead).',
  },
} satisfies Messages
