// Seed 002: Linköpings kommun, Social- och omsorgsnämnden — a personal- och
// kompetensförsörjningsplan built on a personalframskrivning (PwC): the
// staffing need and recruitment need 2020–2027 and 2020–2023 with its cost
// and the share to be covered by other solutions, the own chapter
// "Verksamheternas utmaningar och trender", and activities by the strategic
// areas of the kommun's programme "Nya vägar till kompetensförsörjning".
// The seed's figures are the framskrivning's, so they are the Personalprognos
// text (there is no register behind them to project from).

#include "demo_examples.hpp"

namespace kplan::cli {
namespace {

store::Activity Act(const char* unit, const char* area, const char* title, const char* description,
                    const char* owner, int from, int to) {
  store::Activity a;
  a.unit_code = unit;
  a.area = area;
  a.title = title;
  a.description = description;
  a.owner = owner;
  a.start = CalendarDate{from, 1, 1};
  a.end = CalendarDate{to, 12, 31};
  a.status = ActivityStatus::kOngoing;
  return a;
}

}  // namespace

ExamplePlan LinkopingExample() {
  ExamplePlan e;
  e.key = "linkoping";
  e.seed = "002";
  e.municipality = "Linköpings kommun";
  e.units = {{"LKP", "", OrgUnitKind::kKommun, "Linköpings kommun"},
             {"SON", "LKP", OrgUnitKind::kNamnd, "Social- och omsorgsnämnden"},
             {"SOF", "SON", OrgUnitKind::kForvaltning, "Social- och omsorgsförvaltningen"}};
  e.plan_unit = "SON";
  e.year = 2020;

  e.texts = {
      {"inledning", "",
       "Vård och omsorgssektorn hör till de största kommunala åtagandena. För att följa utvecklingen "
       "av personal- och kompetensförsörjningen inom sektorn tas en personal- och "
       "kompetensförsörjningsplan fram som underlag till nämndernas budgetarbete. Planen beskriver "
       "social- och omsorgsnämndens ansvarsområde både utifrån utförande av vård- och "
       "omsorgsinsatser och förvaltningen.\n\n"
       "Befolkningen förväntas enligt PwC:s personalframskrivningsanalys växa med 11 % fram till år "
       "2027. Antalet yngre och äldre ökar i snabbare takt än den arbetsföra delen av befolkningen.",
       1},
      {"personalprognos", "",
       "Det totala personalbehovet för Social- och omsorgsnämnden beräknas öka med 10 % under åren "
       "2020–2027 och rekryteringsbehovet med 17 %. Siffrorna inkluderar både utförar- och "
       "myndighetssidan.\n\n"
       "| Personalframskrivning | 2020–2027 | 2020–2023 |\n"
       "|---|---:|---:|\n"
       "| Ökat personalbehov, hela nämnden | 10 % | 49 personer |\n"
       "| Ökat personalbehov, myndighetsutövare | 26 | 9 |\n"
       "| Rekryteringsbehov | 449 | |\n"
       "| Pensionsavgångar | ca 280 | |\n"
       "| varav myndighetsutövare | 40 | |\n"
       "| Kostnad för personalökningen | | 37,8 mnkr |\n\n"
       "### Avvikelse mellan personalframskrivningsanalys och nämndens ram 2023\n\n"
       "Personalökningsbehovet från volymförändringarna är totalt 49 personer 2020–2023, till en "
       "kostnad av 37,8 miljoner kronor. Samtidigt ligger en ram för kostnadsdämpning på närmare 53 "
       "miljoner kronor. Direktivet är att **30 %** av personalökningsbehovet (ca 11 miljoner kronor) "
       "ska täckas av andra lösningar enligt kompetensförsörjningsprogrammet ”Nya vägar till "
       "kompetensförsörjning”; för förvaltningen motsvarar det ca 2,2 miljoner kronor.",
       1},
      {"aktivitetsplan", "",
       "Aktiviteterna utgår från de strategiska områdena i det kommunövergripande "
       "kompetensförsörjningsprogrammet 2019–2026, Nya vägar till kompetensförsörjning.",
       1},
  };
  e.chapters = {
      {0, "", 0, "Verksamheternas utmaningar och trender",
       "### Sjukfrånvaro och personalomsättning\n\n"
       "Utförarna rapporterar en ökad brist på utbildade medarbetare och en ökad sjukfrånvaro främst "
       "hos yngre medarbetare. Trots introduktion, handledning och utbildning väljer många att inte "
       "stanna kvar; cheferna löser ofta kortsiktiga problem men har svårt att få tid till de "
       "långsiktiga frågorna.\n\n"
       "### Konkurrens och ungas värderingar\n\n"
       "Regionalt ökar konkurrensen om arbetskraften mellan kommunala, privata och regionfinansierade "
       "arbetsgivare. Den yngre generationen är svårare att locka till vård och omsorg, bland annat "
       "på grund av arbetstider och lön.\n\n"
       "### Arbetsmarknadsinsatser, praktik, utbildning och handledning\n\n"
       "Arbetsplatserna ska ta emot arbetsmarknadsåtgärder, praktik och validering, vilket ökar "
       "behovet av handledning och mentorskap.\n\n"
       "### Tillitsbaserad styrning\n\n"
       "Social- och omsorgsförvaltningen har i samverkan med Leanlink påbörjat ett försöksprojekt med "
       "tillitsbaserad organisering och ledning i en hemtjänst/hemsjukvårdsverksamhet, under 3 år med "
       "start 2019.\n\n"
       "### Chefers förutsättningar\n\n"
       "Studien ”Chefskap för välfärdens nya utmaningar” (289 enkätsvar, 197 chefer) pekar på "
       "utvecklingsområden: styr- och ledningsstöd, förändringsledning och innovation samt "
       "självständiga stödfunktioner.\n\n"
       "### Skyddad yrkestitel för undersköterskor\n\n"
       "Från år 2022 ska alltfler uppfylla den fastställda kompetensnivån, vilket påverkar "
       "verksamheterna.",
       "personalprognos", 0, 1},
      {0, "", 1, "Förvaltningen",
       "### Personalomsättning och sjukfrånvaro\n\n"
       "Förvaltningen visar en ökande personalomsättning, från 11 % till 13,8 % enligt de senaste "
       "siffrorna år 2018.\n\n"
       "### Attrahera, rekrytera och introducera\n\n"
       "Linköpings universitet ökar intaget till socionomprogrammet från vårterminen 2019 från ett "
       "till två per år. Kravet på examen begränsar möjligheterna att bredda rekryteringen inom "
       "myndighetsutövningen.\n\n"
       "### Barn och unga\n\n"
       "Socialstyrelsen har fastställt kompetensbehörighet för handläggning inom barn- och "
       "ungdomsvård: de som anställts före 1 juli 2014 är behöriga fram till 2022.",
       "personalprognos", 1, 1},
  };

  e.activities = {
      Act("SON", "Samverkan", "Jobba fram förslag på nya arbetssätt samt säkerställa rätt utbildningsinsatser",
          "Samverkansgrupp inom kommunen för att få fler i utbildning och arbete; forma "
          "utbildningsinsatser som möter behovet nu och i framtiden.",
          "HR, vuxenutbildning och social- och omsorgsförvaltningen", 2019, 2022),
      Act("SON", "Behålla och utveckla", "Handledning, mentorskap och språkombud",
          "Ökat tryck på arbetsmarknadsinsatser och praktik hos utförare ställer krav på fler "
          "handledare samt språkstöd.",
          "Förvaltningsgemensamma strategiska samverkansgruppen", 2019, 2020),
      Act("SON", "Validera kompetens", "Nya valideringsrutiner",
          "Matchande utbildningsmöjligheter i kombination med språk och praktiskt arbete.",
          "Vård- och omsorgscollege", 2019, 2021),
      Act("SON", "Behålla och utveckla", "Arbetsplatslärande",
          "Nya sätt att kompetensutveckla och lära, på arbetsplatsen istället för utanför.",
          "ESF-projektet Evikomp (13 kommuner)", 2019, 2021),
      Act("SON", "Breddad rekrytering", "Införandet av nya professioner: servicenära tjänster i vård och omsorg",
          "Ta fram yrkes-/rollbeskrivning och tillhörande utbildningsinnehåll.", "Vård- och omsorgscollege",
          2019, 2020),
      Act("SON", "Nya organisationsformer", "Utföraravtal",
          "Omforma och anpassa kravställan kring professioner och dess omfattning.",
          "Verksamhetsstrateg HR, planeringsledare", 2019, 2020),
      Act("SON", "Digitalisering", "Övergripande förändra arbetssätt med stöd av digitalisering",
          "Öka den digitala mognaden hos medarbetare och utförare; digitalisera insatser, t.ex. "
          "tillsyn på annat sätt och boendestöd på nätet.",
          "Social- och omsorgsförvaltningen", 2019, 2020),
      Act("SOF", "Digitalisering", "Förändrade arbetssätt i förvaltningen",
          "Öka den digitala mognaden, införa digitala verktyg (t.ex. taligenkänning) och "
          "effektivisera de administrativa processerna.",
          "Social- och omsorgsförvaltningen", 2020, 2020),
      Act("SOF", "Nya organisationsformer samt RAK (Rätt använd kompetens)",
          "Översyn av roller och arbetstidsförläggning",
          "Förvaltningens övergripande förändringsarbete: ny organisation och roller; "
          "arbetstidsmodeller synkas med kommunens centrala arbete.",
          "Förvaltningsledningen", 2019, 2020),
      Act("SOF", "Stödfunktioner", "Praktiskt stöd för chefer och medarbetare (HR, ekonomi och assistent)", "",
          "HR-chef, ekonomichef, administrativ chef", 2020, 2020),
      Act("SOF", "Personalomsättningen", "Hållbart arbetsliv",
          "Uppföljning görs vid avgångar. Utreda tid för reflektion.", "HR", 2020, 2020),
      Act("SOF", "Breddad rekrytering", "500-uppdraget, kommungemensamt",
          "SOF ska skapa 13 tjänster/platser för personer långt ifrån arbetsmarknaden som ska få "
          "arbetsträning.",
          "Social- och omsorgsförvaltningen", 2020, 2020),
  };
  return e;
}

}  // namespace kplan::cli
