// Seed 003: Stockholms stad, Socialförvaltningen — "Strategisk
// kompetensförsörjningsplan 2021–2024": key figures (nulägesanalys per
// oktober 2020), and the goals and activities of each area (Utveckla/Behålla,
// Attrahera, Rekrytera, Introducera, Avsluta) for the period 2021–2024.

#include <utility>

#include "demo_examples.hpp"

namespace kplan::cli {
namespace {

struct Area {
  const char* name;  // the standard area's name (core/strategic_area.hpp)
  std::vector<const char*> goals;       // Mål 2021
  std::vector<const char*> activities;  // Aktiviteter 2021
};

const std::vector<Area>& Areas() {
  static const std::vector<Area> kAreas = {
      {"Utveckla/Behålla",
       {"Närvarande och hållbart ledarskap som bygger på kommunikation, tillit, mod och förmåga att "
        "hantera osäkerhet och utmanande situationer",
        "Synliggöra olika karriär- och utvecklingsvägar",
        "Medarbetare och chefer har en god kompetensutveckling"},
       {"Medarbetarsamtal och individuella utvecklingsplaner ska genomföras",
        "Delta i utbildningar och olika forum för personlig utveckling",
        "Ta tillvara och analysera resultaten av stadens medarbetarundersökning",
        "Utveckla meningsfulla arbetsplatsträffar",
        "Ingå i pilotprogrammet ”Framtida chef” för en god chefsförsörjning",
        "Chefer ska delta i ledardagar och chefsseminarier"}},
      {"Attrahera",
       {"Socialförvaltningen är en attraktiv arbetsgivare",
        "Engagerade chefer och medarbetare samt goda ambassadörer",
        "Tydligt arbetsgivarerbjudande", "Goda relationer med universitet och högskolor"},
       {"Synliggöra arbetsgivarerbjudandet", "Delta i nätverk och samarbeta med högskolor och universitet",
        "Erbjuda praktikplatser och examensarbete",
        "Digitalisera processer och arbetssätt, t.ex. Medvind", "Stärka arbetsgivarvarumärket"}},
      {"Rekrytera",
       {"Samtliga nyrekryteringar sker på heltid",
        "Chefer har goda kunskaper om stadens kompetensbaserade rekryteringsprocess",
        "Skapa en god kandidatupplevelse", "Attraktiva annonser"},
       {"Säkerställa utbildning och spridning av kunskap om kompetensbaserad rekrytering",
        "Sprida information om heltid som norm och uppföljningsarbete",
        "Säkerställa att annonserna är kompetensbaserade och attraktiva",
        "Hantera rekryteringssystemet Jobba i stan på ett korrekt sätt"}},
      {"Introducera",
       {"Alla nya medarbetare erbjuds en professionell introduktion",
        "Alla nya medarbetare erbjuds en mentor/kontaktperson"},
       {"Skapa goda arbetsplatsförlagda introduktioner och använda stadens och förvaltningens digitala "
        "introduktioner",
        "Skapa goda förutsättningar för mentorskap, handledning och kontaktpersoner",
        "Uppföljning av introduktion"}},
      {"Avsluta/Avveckla",
       {"Professionella avslut", "Säkerställa kompetensöverföring"},
       {"Erbjuda avgångssamtal med närmaste chef till alla tillsvidareanställda och tidsbegränsat "
        "anställda (minst ett år) som slutar",
        "Genomföra överlämningar för att säkerställa en god kompetensöverföring",
        "Analysera avgångssamtal"}},
  };
  return kAreas;
}

}  // namespace

ExamplePlan StockholmExample() {
  ExamplePlan e;
  e.key = "stockholm";
  e.seed = "003";
  e.municipality = "Stockholms stad";
  e.units = {{"STH", "", OrgUnitKind::kKommun, "Stockholms stad"},
             {"STH-SOCN", "STH", OrgUnitKind::kNamnd, "Socialnämnden"},
             {"STH-SOF", "STH-SOCN", OrgUnitKind::kForvaltning, "Socialförvaltningen"},
             {"STH-SOF-PE", "STH-SOF", OrgUnitKind::kAvdelning, "Personalenheten"}};
  e.plan_unit = "STH-SOF";
  e.year = 2021;
  e.through_year = 2024;

  e.texts = {
      {"inledning", "",
       "Socialförvaltningen ska vara ett föredöme som offentlig arbetsgivare och arbeta för att "
       "förvaltningen har engagerade medarbetare, rätt kompetens och upplevs som en attraktiv "
       "arbetsgivare. Planen utgår från områdena utveckla, behålla, attrahera, rekrytera, "
       "introducera och avsluta/avveckla och beskriver förvaltningens nuläge, kompetensbehov, "
       "utmaningar, gemensamma mål och aktiviteter för att säkerställa att verksamheten har rätt "
       "kompetens på kort och lång sikt. Planen är en bilaga till VP 2021 (Dnr 1.3.1-789/2020).",
       1},
      {"nulage", "",
       "Nulägesanalysen bygger på socialförvaltningens anställda per oktober 2020.\n\n"
       "| Nyckeltal | Värde |\n"
       "|---|---:|\n"
       "| Tillsvidareanställda | 898 |\n"
       "| Tidsbegränsat anställda | 105 |\n"
       "| Andel kvinnor | 73 % |\n"
       "| Andel män | 27 % |\n"
       "| Medelålder | 46 år |\n"
       "| Nyrekryteringar jan–okt 2020 | 510 |\n"
       "| Andel deltid (november 2020) | 3 % |\n"
       "| Sjukfrånvaro, rullande tolv (september) | 7,2 % (+1,8) |\n\n"
       "Inom socialförvaltningen förekommer inga bristyrken. Lägerledare, socialsekreterare och "
       "behandlingsassistenter har dominerat nyrekryteringarna. Heltid är norm i Stockholms stad. "
       "Pensionsavgångarna, med en pensionsålder på 68 år, är få.\n\n"
       "Medarbetarundersökningen 2020: 62 % känner att arbetet är meningsfullt, 85 % vet vad som "
       "förväntas, 89 % förstår hur arbetet bidrar till måluppfyllelsen och 73 % upplever en bra "
       "arbetssituation.",
       1},
      {"kompetensmal", "",
       "Övergripande mål och prioriteringar 2021–2024, utifrån nämndens mål i VP 2021: nämnden är en "
       "attraktiv arbetsgivare med kompetenta och engagerade chefer och medarbetare.",
       1},
      {"aktivitetsplan", "",
       "Övergripande aktiviteter inom kompetensförsörjning, per område, med start 2021.", 1},
  };

  for (const Area& area : Areas()) {
    for (const char* goal : area.goals) e.goals.push_back({goal, "", {}, "", area.name});
    for (const char* title : area.activities) {
      store::Activity a;
      a.area = area.name;
      a.title = title;
      a.owner = "Förvaltningens chefer och personalenheten";
      a.start = CalendarDate{2021, 1, 1};
      a.end = CalendarDate{2024, 12, 31};
      a.status = ActivityStatus::kOngoing;
      e.activities.push_back(std::move(a));
    }
  }
  return e;
}

}  // namespace kplan::cli
