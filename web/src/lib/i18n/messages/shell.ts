// The app frame: header, language switch, menu and the module titles and introductions, scope bar, footer. Each key holds both languages.
import type { Messages } from '../types'

export const messages = {
  'app.name': {
    sv: 'Kompetensplan',
    en: 'Kompetensplan',
  },
  'app.tagline': {
    sv: 'Planering av kompetensförsörjning',
    en: 'Competence supply planning',
  },
  'app.skipToContent': {
    sv: 'Hoppa till innehållet',
    en: 'Skip to content',
  },
  'lang.label': {
    sv: 'Språk',
    en: 'Language',
  },
  'lang.sv': {
    sv: 'Svenska',
    en: 'Svenska',
  },
  'lang.en': {
    sv: 'English',
    en: 'English',
  },
  'nav.label': {
    sv: 'Huvudmeny',
    en: 'Main menu',
  },
  'module.oversikt.title': {
    sv: 'Översikt',
    en: 'Overview',
  },
  'module.oversikt.intro': {
    sv: 'En samlad bild av organisationens kompetensförsörjning: nuläge, kompetensgap, mål, risker och aktiviteter på ett ställe.',
    en: 'An overall picture of the organisation\'s competence supply: current situation, competence gaps, goals, risks and activities in one place.',
  },
  'module.nulage.title': {
    sv: 'Nuläge',
    en: 'Current situation',
  },
  'module.nulage.intro': {
    sv: 'Nyckeltal från personalregistret: antal anställda och årsarbetare, tillsvidare- och visstidsanställda, könsfördelning, åldersfördelning och medelålder, andel deltid, sjukfrånvaro, personalomsättning, nyanställningar per yrke, kommande pensionsavgångar och antal medarbetare per chef.',
    en: 'Key figures from the employee register: headcount and FTE, permanent and temporary employees, gender, age distribution and average age, part-time share, sick leave, turnover, hires per occupation, upcoming retirements and employees per manager.',
  },
  'module.kartlaggning.title': {
    sv: 'Kartläggning',
    en: 'Competence mapping',
  },
  'module.kartlaggning.intro': {
    sv: 'Tillgänglig kompetens per yrkeskategori och kompetensnivå (Viss, God, Hög, Mycket hög).',
    en: 'Available competence per occupational category and competence level (Some, Good, High, Very high).',
  },
  'module.behov-och-gap.title': {
    sv: 'Behov och gap',
    en: 'Needs and gaps',
  },
  'module.behov-och-gap.intro': {
    sv: 'Kompetensbehovet på två och fem års sikt utifrån befolkningsprognosen och en önskad fördelning över kompetensnivåer, och gapet mellan tillgång och behov per nivå och totalt – även hur gapet har förändrats jämfört med föregående år.',
    en: 'The need for competence in two and five years from the population forecast and a target distribution over competence levels, and the gap between supply and need per level and in total – including how the gap has changed since last year.',
  },
  'module.kompetensmal.title': {
    sv: 'Kompetensmål',
    en: 'Competence goals',
  },
  'module.kompetensmal.intro': {
    sv: 'Kvantitativa mål (hur många fler medarbetare som behövs) och kvalitativa mål (önskad fördelning över kompetensnivåer), med de förflyttningar mellan nivåer som krävs för att nå dem.',
    en: 'Quantitative goals (how many more employees are needed) and qualitative goals (target distribution over competence levels), with the moves between levels needed to reach them.',
  },
  'module.riskanalys.title': {
    sv: 'Riskanalys',
    en: 'Risk analysis',
  },
  'module.riskanalys.intro': {
    sv: 'Risker per yrkeskategori: konsekvens för verksamheten och för arbetsmiljön, var och en med sin sannolikhet, samlade i en riskmatris.',
    en: 'Risks per occupational category: consequence for operations and for the work environment, each with its probability, gathered in a risk matrix.',
  },
  'module.aktivitetsplan.title': {
    sv: 'Aktivitetsplan',
    en: 'Action plan',
  },
  'module.aktivitetsplan.intro': {
    sv: 'Aktiviteter per strategiskt område – Attrahera, Rekrytera, Introducera, Utveckla/Behålla, Avsluta/Avveckla eller organisationens egna områden – med ansvarig, slutdatum och status.',
    en: 'Activities by strategic area – Attract, Recruit, Introduce, Develop/Retain, Exit/Wind down, or the organisation\'s own areas – with owner, end date and status.',
  },
  'module.personalprognos.title': {
    sv: 'Personalprognos',
    en: 'Staffing forecast',
  },
  'module.personalprognos.intro': {
    sv: 'Personalbehovet år för år: volymökning, pensionsavgångar och personalomsättning ger rekryteringsbehov och kostnad, och den andel som ska lösas på andra sätt. Prognosen körs många gånger och visar osäkerheten som ett intervall, för flera scenarier sida vid sida.',
    en: 'Staffing year by year: volume growth, retirements and turnover give the recruitment need and its cost, and the share to be covered by other solutions. The projection is run many times and shows the uncertainty as a range, for several scenarios side by side.',
  },
  'module.uppfoljning.title': {
    sv: 'Uppföljning',
    en: 'Follow-up',
  },
  'module.uppfoljning.intro': {
    sv: 'Mål med indikatorer, målvärden och utfall, bedömda som Röd eller Grön, med historik över åren.',
    en: 'Goals with indicators, targets and outcomes, assessed as Red or Green, with history over the years.',
  },
  'module.successionsplanering.title': {
    sv: 'Successionsplanering',
    en: 'Succession planning',
  },
  'module.successionsplanering.intro': {
    sv: 'Nyckelpositioner, nuvarande innehavare och deras pensionsår, möjliga efterträdare och hur redo de är att ta över.',
    en: 'Key positions, current incumbents and their retirement year, possible successors and how ready they are to take over.',
  },
  'module.planar.title': {
    sv: 'Planår och beslut',
    en: 'Plan years and decisions',
  },
  'module.planar.intro': {
    sv: 'Lägg upp årets plan eller starta den från fjolårets, skicka den för beslut och fastställ den med nämndens beslut. Den fastställda planen sparas som nämnden fick den; här syns också vad som ändrats sedan dess.',
    en: "Set up this year's plan or start it from last year's, send it for decision and adopt it with the board's decision. The adopted plan is kept as the board received it; what has changed since is shown here too.",
  },
  'module.plantexter.title': {
    sv: 'Plantexter',
    en: 'Plan texts',
  },
  'module.plantexter.intro': {
    sv: 'Planens egna ord: varje avsnitts text och en kommentar per yrkeskategori, med rubriker, listor, fetstil, länkar och tabeller. Texterna kommer med i planen i alla format.',
    en: 'The plan\'s own words: each section\'s text and a comment per occupational category, with headings, lists, bold, links and tables. The texts go into the plan in every format.',
  },
  'module.rapporter.title': {
    sv: 'Rapporter',
    en: 'Reports',
  },
  'module.rapporter.intro': {
    sv: 'Kompetensförsörjningsplanen som dokument för nämnden, och sammanställningen över alla förvaltningar för kommunstyrelsen.',
    en: 'The competence supply plan as a document for the board, and the roll-up across all administrations for the municipal executive board.',
  },
  'module.kommunstyrelsen.title': {
    sv: 'Sammanställning till kommunstyrelsen',
    en: 'Roll-up to the executive board',
  },
  'module.kommunstyrelsen.intro': {
    sv: 'För kommunen: varje förvaltnings plan och beslut, hur långt uppföljningen har kommit, och per kommunövergripande målsättning förvaltningarnas Röd/Grön – med vilka som inte har rapporterat. Som sida och som dokument.',
    en: 'For the municipality: each administration’s plan and decision, how far the follow-up has come, and per municipality-wide objective the administrations’ Red/Green – with who has not reported. As a page and as a document.',
  },
  'module.import.title': {
    sv: 'Import',
    en: 'Import',
  },
  'module.import.intro': {
    sv: 'Läs in personalregister och kartläggningar från CSV- och Excelfiler. Allt kontrolleras innan något sparas, och fel anges med rad, kolumn och värde.',
    en: 'Load employee registers and competence mappings from CSV and Excel files. Everything is checked before anything is saved, and errors name the row, column and value.',
  },
  'module.administration.title': {
    sv: 'Administration',
    en: 'Administration',
  },
  'module.administration.intro': {
    sv: 'Organisation och enheter, användare och behörigheter, kompetensnivåer och strategiska områden.',
    en: 'Organisation and units, users and permissions, competence levels and strategic areas.',
  },
  'notFound.title': {
    sv: 'Sidan finns inte',
    en: 'Page not found',
  },
  'notFound.text': {
    sv: 'Adressen leder inte till någon sida. Välj en sida i menyn.',
    en: 'This address does not lead to a page. Choose a page in the menu.',
  },
  'health.checking': {
    sv: 'Kontrollerar servern …',
    en: 'Checking the server …',
  },
  'health.ok': {
    sv: 'Server: {status} · version {version} · databas: {database}',
    en: 'Server: {status} · version {version} · database: {database}',
  },
  'health.error': {
    sv: 'Servern svarar inte. Kontrollera att Kompetensplan-servern är igång och ladda om sidan.',
    en: 'The server is not responding. Check that the Kompetensplan server is running and reload the page.',
  },
  'scope.unit': {
    sv: 'Organisation',
    en: 'Organisation',
  },
  'scope.year': {
    sv: 'Planår',
    en: 'Plan year',
  },
  'session.signOut': {
    sv: 'Logga ut',
    en: 'Sign out',
  },
  'forbidden.title': {
    sv: 'Ingen behörighet',
    en: 'Not permitted',
  },
  'forbidden.text': {
    sv: 'Din roll har inte behörighet att se den här sidan. Välj en sida i menyn.',
    en: 'Your role may not see this page. Choose a page in the menu.',
  },
  'firstDay.title': {
    sv: 'Första dagen',
    en: 'The first day',
  },
  'firstDay.intro': {
    sv: 'Databasen är tom: här finns ännu ingen organisation. Så här kommer ni från ingenting till den första planen med era egna filer — varje steg går att göra här i webbappen.',
    en: 'The database is empty: there is no organisation yet. This is how you get from nothing to the first plan with your own files — every step can be done here in the web app.',
  },
  'firstDay.waitForAdmin': {
    sv: 'Organisationen är inte upplagd än. Administratören eller HR lägger upp enheterna och personalregistret; sedan finns planen här.',
    en: 'The organisation is not set up yet. The administrator or HR adds the units and the employee register; then the plan is here.',
  },
  'firstDay.step.units.title': {
    sv: 'Organisationen',
    en: 'The organisation',
  },
  'firstDay.step.units.text': {
    sv: 'Läs in enheterna från en CSV- eller Excelfil (Enhetskod, Enhetsnamn, Överordnad enhet, Typ — eller en kolumn per nivå: Förvaltning; Avdelning; Enhet) under Import, "Organisation (enheter)". Eller låt personalregistret ta med sina enheter ("Skapa enheter som registret nämner"), eller lägg upp kommunen och enheterna en och en under Administration.',
    en: 'Import the units from a CSV or Excel file (unit code, name, parent, kind — or one column per level) under Import, "Organisation (units)". Or let the employee register bring its units, or add the municipality and its units one by one under Administration.',
  },
  'firstDay.step.register.title': {
    sv: 'Personalregistret',
    en: 'The employee register',
  },
  'firstDay.step.register.text': {
    sv: 'Läs in ett uttag ur HR-systemet (anställnings-id, enhet, yrke, sysselsättningsgrad, födelseår, kön …) med dess uttagsdatum under Import, "Personalregister". Personnummer och namn sparas aldrig. Nuläget räknas sedan fram av sig självt.',
    en: 'Import an extract from the HR system (employee id, unit, occupation, FTE, birth year, gender …) with its extract date under Import, "Employee register". Personal identity numbers and names are never stored. The current situation is then computed by itself.',
  },
  'firstDay.step.planYear.title': {
    sv: 'Planåret',
    en: 'The plan year',
  },
  'firstDay.step.planYear.text': {
    sv: 'Lägg upp förvaltningens planår under Planår och beslut: år, strategiperiod, horisonter och vilka kapitel planen har.',
    en: 'Set up the förvaltning\'s plan year under Plan years and decisions: year, strategy period, horizons and the chapters of the plan.',
  },
  'firstDay.step.population.title': {
    sv: 'Befolkningsprognosen',
    en: 'The population forecast',
  },
  'firstDay.step.population.text': {
    sv: 'Läs in SCB:s befolkningsprognos som den laddas ner från Statistikdatabasen (CSV, PX eller JSON-stat) under Import, "Befolkningsprognos". Den driver behovet per yrkeskategori.',
    en: 'Import Statistics Sweden\'s population forecast as downloaded (CSV, PX or JSON-stat) under Import, "Population forecast". It drives the need per category.',
  },
  'firstDay.step.users.title': {
    sv: 'Användarna',
    en: 'The users',
  },
  'firstDay.step.users.text': {
    sv: 'Lägg upp HR-strateger, chefer (knutna till sina enheter) och läsare under Administration.',
    en: 'Add HR strategists, managers (tied to their units) and readers under Administration.',
  },
  'firstDay.step.plan.title': {
    sv: 'Planen',
    en: 'The plan',
  },
  'firstDay.step.plan.text': {
    sv: 'Cheferna kartlägger sina enheter under Kartläggning; HR anger behovet under Behov och gap, mål, risker, aktiviteter och texter — och hämtar planen som PDF eller Word under Rapporter.',
    en: 'The managers map their units under Kartläggning; HR sets the need, goals, risks, activities and texts — and downloads the plan as PDF or Word under Reports.',
  },
  'firstDay.go': {
    sv: 'Gå till {page}',
    en: 'Go to {page}',
  },
} satisfies Messages
