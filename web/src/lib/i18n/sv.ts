// Swedish message catalogue: the source of truth for the set of keys.
// Placeholders are written {name} and filled in by t(key, params).
export const sv = {
  'app.name': 'Kompetensplan',
  'app.tagline': 'Planering av kompetensförsörjning',
  'app.skipToContent': 'Hoppa till innehållet',

  'lang.label': 'Språk',
  'lang.sv': 'Svenska',
  'lang.en': 'English',

  'nav.label': 'Huvudmeny',

  'module.oversikt.title': 'Översikt',
  'module.oversikt.intro':
    'En samlad bild av organisationens kompetensförsörjning: nuläge, kompetensgap, mål, risker och aktiviteter på ett ställe.',
  'module.nulage.title': 'Nuläge',
  'module.nulage.intro':
    'Nyckeltal från personalregistret: antal anställda och årsarbetare, tillsvidare- och visstidsanställda, könsfördelning, åldersfördelning och medelålder, andel deltid, sjukfrånvaro, personalomsättning, nyanställningar per yrke, kommande pensionsavgångar och antal medarbetare per chef.',
  'module.kartlaggning.title': 'Kartläggning',
  'module.kartlaggning.intro':
    'Tillgänglig kompetens per yrkeskategori och kompetensnivå (Viss, God, Hög, Mycket hög).',
  'module.behov-och-gap.title': 'Behov och gap',
  'module.behov-och-gap.intro':
    'Kompetensbehovet på två och fem års sikt utifrån befolkningsprognosen och en önskad fördelning över kompetensnivåer, och gapet mellan tillgång och behov per nivå och totalt – även hur gapet har förändrats jämfört med föregående år.',
  'module.kompetensmal.title': 'Kompetensmål',
  'module.kompetensmal.intro':
    'Kvantitativa mål (hur många fler medarbetare som behövs) och kvalitativa mål (önskad fördelning över kompetensnivåer), med de förflyttningar mellan nivåer som krävs för att nå dem.',
  'module.riskanalys.title': 'Riskanalys',
  'module.riskanalys.intro':
    'Risker per yrkeskategori: konsekvens för verksamheten och för arbetsmiljön, var och en med sin sannolikhet, samlade i en riskmatris.',
  'module.aktivitetsplan.title': 'Aktivitetsplan',
  'module.aktivitetsplan.intro':
    'Aktiviteter per strategiskt område – Attrahera, Rekrytera, Introducera, Utveckla/Behålla, Avsluta/Avveckla eller organisationens egna områden – med ansvarig, slutdatum och status.',
  'module.personalprognos.title': 'Personalprognos',
  'module.personalprognos.intro':
    'Personalbehovet år för år: volymökning, pensionsavgångar och personalomsättning ger rekryteringsbehov och kostnad, och den andel som ska lösas på andra sätt. Prognosen körs många gånger och visar osäkerheten som ett intervall, för flera scenarier sida vid sida.',
  'projection.form.legend': 'Prognosens underlag',
  'projection.form.unit': 'Enhet',
  'projection.form.area': 'Befolkningsprognos',
  'projection.form.years': 'År framåt',
  'projection.form.runs': 'Antal körningar',
  'projection.form.seed': 'Slumpfrö',
  'projection.form.seedHelp': 'Samma frö ger samma resultat.',
  'projection.form.scenarios': 'Scenarier att jämföra',
  'projection.form.start': 'Beräkna prognos',
  'projection.form.loading': 'Hämtar enheter …',
  'projection.form.setupFailed': 'Kunde inte hämta enheterna: {message}',
  'projection.progress.label': 'Beräkning',
  'projection.progress.text': 'Beräknar … {percent} % ({done} av {total} körningar)',
  'projection.progress.cancel': 'Avbryt',
  'projection.progress.cancelled': 'Beräkningen avbröts.',
  'projection.progress.failed': 'Beräkningen misslyckades: {message}',
  'projection.result.heading': 'Prognos för {org}',
  'projection.result.basis':
    'Personaluttag {snapshot}, {runs} körningar på {seconds} s. Siffrorna är medianen (P50), och intervallet P10–P90 rymmer åtta av tio körningar.',
  'projection.result.category': 'Kategori',
  'projection.result.total': 'Totalt',
  'projection.result.figure': 'Visa',
  'projection.figure.recruitment': 'Rekryteringsbehov',
  'projection.figure.retirements': 'Pensioneringar',
  'projection.figure.leavers': 'Övriga avgångar',
  'projection.figure.headcount': 'Anställda vid årets slut',
  'projection.chart.label': '{figure} per år, {category}: median och intervallet P10–P90 för varje scenario',
  'projection.table.caption': '{figure} per år och scenario, {category}: median (P10–P90)',
  'projection.table.year': 'År',
  'projection.table.period': 'Hela perioden',
  'projection.split.caption': 'Rekryteringsbehovet delat på orsak, {scenario}, {category} (medelvärden)',
  'projection.split.growth': 'Ökat behov',
  'projection.split.retirements': 'Ersätta pensioneringar',
  'projection.split.turnover': 'Ersätta övriga avgångar',
  'projection.split.need': 'Behov (årsarbetare)',
  'projection.split.other': 'Andra lösningar (årsarbetare)',
  'projection.assumptions.heading': 'Antaganden',
  'projection.assumptions.retirement':
    'Pensionering enligt en tabell över åldrarna {first}–{last} år, medelålder vid avgång {mean} år.',
  'projection.assumptions.turnover':
    'Personalomsättning per kategori och åldersgrupp ur personalregistret ({from} – {to}).',
  'projection.assumptions.recruitAge': 'De som rekryteras antas vara {age} år.',
  'module.uppfoljning.title': 'Uppföljning',
  'module.uppfoljning.intro':
    'Mål med indikatorer, målvärden och utfall, bedömda som Röd eller Grön, med historik över åren.',
  'module.successionsplanering.title': 'Successionsplanering',
  'module.successionsplanering.intro':
    'Nyckelpositioner, nuvarande innehavare och deras pensionsår, möjliga efterträdare och hur redo de är att ta över.',
  'module.rapporter.title': 'Rapporter',
  'module.rapporter.intro':
    'Kompetensförsörjningsplanen som dokument för nämnden, och sammanställningen över alla förvaltningar för kommunstyrelsen.',
  'module.import.title': 'Import',
  'module.import.intro':
    'Läs in personalregister och kartläggningar från CSV- och Excelfiler. Allt kontrolleras innan något sparas, och fel anges med rad, kolumn och värde.',
  'module.administration.title': 'Administration',
  'module.administration.intro':
    'Organisation och enheter, användare och behörigheter, kompetensnivåer och strategiska områden.',

  'notFound.title': 'Sidan finns inte',
  'notFound.text': 'Adressen leder inte till någon sida. Välj en sida i menyn.',

  'health.checking': 'Kontrollerar servern …',
  'health.ok': 'Server: {status} · version {version} · databas: {database}',
  'health.error': 'Servern svarar inte. Kontrollera att Kompetensplan-servern är igång och ladda om sidan.',
} satisfies Record<string, string>

export type MessageKey = keyof typeof sv
export type Catalogue = Record<MessageKey, string>
