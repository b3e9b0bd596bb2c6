// Seed 000: Trelleborgs kommun, "Uppföljning av kompetensförsörjningsplan för
// Socialförvaltningen 2023" — a follow-up only: the four kommunövergripande
// målsättningar set at the kommun, the förvaltning's goal under each with its
// strategic area, each Mål's indicator with its target, outcome and
// Röd/Grön, PULS assessed Grön by hand with its comment, next year's
// targets (eNPS +20, PULS 8,2 for 2024).

#include "demo_examples.hpp"

namespace kplan::cli {
namespace {

ExampleOutcome Outcome(std::optional<double> value, std::string target, std::string comment) {
  return {"2023", value, std::move(target), "", std::move(comment)};
}

ExampleOutcome NextYearTarget(std::string target) { return {"2024", std::nullopt, std::move(target), "", ""}; }

}  // namespace

ExamplePlan TrelleborgExample() {
  ExamplePlan e;
  e.key = "trelleborg";
  e.seed = "000";
  e.municipality = "Trelleborgs kommun";
  e.units = {{"TBG", "", OrgUnitKind::kKommun, "Trelleborgs kommun"},
             {"TBG-SN", "TBG", OrgUnitKind::kNamnd, "Socialnämnden"},
             {"SOCF", "TBG-SN", OrgUnitKind::kForvaltning, "Socialförvaltningen"},
             {"SOCF-VO", "SOCF", OrgUnitKind::kAvdelning, "Vård och omsorg"},
             {"SOCF-FS", "SOCF", OrgUnitKind::kAvdelning, "Funktionsstöd"}};
  e.plan_unit = "SOCF";
  e.year = 2023;

  e.texts = {
      {"inledning", "",
       "Kommunstyrelsen beslutade den 23 juni 2022, § 180, att fastställa Strategi för "
       "kompetensförsörjning i Trelleborgs kommun. Enligt strategin ska respektive förvaltning "
       "upprätta en kompetensförsörjningsplan som årligen följs upp och revideras med hänsyn till "
       "förvaltningens unika förutsättningar.\n\n"
       "Trelleborgs kommuns definition av kompetensförsörjning är att säkerställa att rätt kompetens "
       "finns för att nå verksamhetens mål och uppfylla dess behov på kort och lång sikt.",
       1},
      {"uppfoljning", "",
       "Nedan redovisar förvaltningen relevanta mål kopplat till inriktningen. I de fall då det finns "
       "en mätbar indikator kopplat till målet redovisas även den. Avslutningsvis gör förvaltningen en "
       "bedömning av de förvaltningsspecifika målen:\n\n"
       "- **Röd** – ej uppnått\n"
       "- **Grön** – uppnått\n\n"
       "Socialförvaltningen har under de senaste två åren arbetat utifrån två övergripande strategier "
       "med inriktningarna Hälsa och Kompetens som mynnar ut i en helhetsstrategi för ett Hållbart "
       "arbetsliv. Fokus 2023 har legat på ett attrahera- och behålla-perspektiv med riktade "
       "aktiviteter för att öka attraktionsvärdet för yrken inom socialtjänsten (employer branding). "
       "Årets resultat har gett önskvärd effekt, bland annat en sänkt sjukfrånvaro.",
       1},
  };
  e.chapters = {
      {0, "", 0, "Förvaltningens uppföljning i samband med årsanalys",
       "Kompetensförsörjningsplan för Socialförvaltningen 2023 fastställdes av Socialnämnden den "
       "15 mars 2023, § 47. Enligt kommunens strategi ska planen följas upp av nämnden i samband med "
       "delårsrapporter och årsanalys. Nämndernas uppföljning i samband med årsanalysen redovisas "
       "till kommunstyrelsen och ligger till grund för den kommunövergripande uppföljningen i "
       "kommunens årsredovisning.",
       "inledning", 0, 1},
      {0, "", 0, "Sammanfattning och fortsatta prioriteringar",
       "Socialförvaltningen kommer att fortsätta marknadsföra förvaltningen för att öka och "
       "bibehålla eNPS-värdet och attrahera nya medarbetare. Enligt nationell prognos får "
       "socialtjänsten de närmaste tio åren stora utmaningar att rekrytera till omvårdnadsnära arbete "
       "och legitimerade yrkesroller.\n\n"
       "- Fortsätta stärka hälsa och förebygga ohälsa utifrån Socialförvaltningens Hälsostrategi.\n"
       "- Utveckla kompetenskartläggningen utifrån ansvarsnivåer under 2024.\n"
       "- Kunna ta fram korrekta siffror ur verksamhetssystemen och följa utvecklingen över tid.\n"
       "- Fortsätta samarbetet med gymnasie- och vuxenutbildningen, ta emot VFU- och APL-elever och "
       "bibehålla samarbetet med andra kommuner, t.ex. genom vård- och omsorgscollege.",
       "uppfoljning", 0, 1},
  };

  const std::string attractive = "Trelleborgs kommun arbetar för att vara en attraktiv arbetsgivare med en god personalpolitik som klarar konkurrensen med andra kommunala arbetsgivare.";
  const std::string recruitment = "Trelleborgs kommun arbetar för att kvalitetssäkra sitt rekryteringsarbete och på så sätt säkra rätt kompetens på kort och lång sikt.";
  const std::string career = "Trelleborgs kommun arbetar för att stimulera medarbetare till karriärutveckling och kompetensutveckling internt i vår egen organisation.";
  const std::string leaders = "Trelleborgs kommun arbetar för att ha chefer och ledare som verkar för hälsa, hållbarhet och en god arbetsmiljö.";
  e.malsattningar = {attractive, recruitment, career, leaders};

  e.goals = {
      {"Attraktiv konkurrenskraftig arbetsgivare",
       "Socialförvaltningen arbetar för att vara en attraktiv arbetsgivare med en god personalpolitik "
       "som klarar konkurrensen med andra kommunala arbetsgivare.",
       {{"Mäta vårt eNPS-värde (Employee net promoter score)", "eNPS",
         {Outcome(18, "",
                  "Pulsmätningarna lanserades i maj 2023; målvärde för 2023 finns ej. Snittet för 2023 "
                  "hamnade på +18, ett normalt värde vid benchmarking. Siktet är +20 under 2024."),
          NextYearTarget("{\"at_least\": 20}")}},
        {"Färre medarbetare per chef inom utförarverksamheter på avdelningen Funktionsstöd", "st",
         {Outcome(22.1, "{\"between\": [20, 23]}",
                  "Hämtat från Heroma januari 2024: första linjens chef har i genomsnitt 22,1 "
                  "månadsavlönade medarbetare. Före omorganisationen fanns 7 chefer med i genomsnitt "
                  "30 medarbetare; i dag 10 chefer.")}}}, attractive, "Attrahera"},
      {"Kvalitetssäkrat rekryteringsarbete",
       "Socialförvaltningen arbetar för att kvalitetssäkra sitt rekryteringsarbete och på så sätt "
       "säkra rätt kompetens på kort och lång sikt.",
       {{"Nyrekryterade sommarvikarier utan formell kompetens som genomgått gemensam digital "
         "introduktion och fysisk introduktionsträff",
         "%",
         {Outcome(80, "{\"at_least\": 80}",
                  "Ca 80 % av de inbjudna deltog. Platserna ökade från 70 till ca 140, en ökning med "
                  "ca 100 % från föregående år.")}}}, recruitment, "Rekrytera"},
      {"Karriär- och kompetensutveckling",
       "Socialförvaltningen arbetar för att stimulera medarbetare till karriärutveckling och "
       "kompetensutveckling internt i vår egen organisation.",
       {{"Utbildade undersköterskor via äldreomsorgslyftet/andra utbildningsinsatser", "%",
         {Outcome(72, "{\"at_least\": 70}",
                  "Utfallet i december 2023 var 69 %; med de 16 som examineras via "
                  "äldreomsorgslyftet i januari 2024 höjs det med 3 procentenheter till 72 %.")}},
        {"Tillsvidareanställd personal i utförarverksamhet på Funktionsstöd som gått utbildning i "
         "Tydliggörande pedagogik",
         "%",
         {Outcome(60, "{\"at_least\": 100}",
                  "En uppskattning: ca 60 % har genomfört utbildningen. Omorganisation och "
                  "personalomsättning i chefsledet har gjort att inventeringen saknas.")}}}, career, "Utveckla"},
      {"Hälsa, hållbarhet och en god arbetsmiljö",
       "Socialförvaltningen arbetar för att ha chefer och ledare som verkar för hälsa, hållbarhet och "
       "en god arbetsmiljö.",
       {{"Total sjukfrånvaro", "%",
         {Outcome(8.46, "{\"at_most\": 8.55}",
                  "Målet nåddes med god marginal: 8,46 %. Hälsoplaner och utbildning av chefer i "
                  "friskfaktorer; långtidsfrånvaron har minskat avsevärt sedan 2022.")}},
        {"Ökad upplevd medarbetarhälsa (PULS)", "av 10",
         {{"2023", 7.7, "", "green",
           "PULS mättes först från maj, och årets målvärden i % passade inte PULS-verktyget. Snittet "
           "7,7 av 10 bedöms ändå som grönt: allt i PULS som snittar över 7 anses grönt. Målet för "
           "2024 är 8,2."},
          NextYearTarget("{\"at_least\": 8.2}")}},
        {"NMI-värde", "index",
         {Outcome(std::nullopt, "{\"at_least\": 75}",
                  "Inget mättal finns för 2023: ingen medarbetarundersökning genomfördes.")}}}, leaders, "Behålla"},
  };
  return e;
}

}  // namespace kplan::cli
