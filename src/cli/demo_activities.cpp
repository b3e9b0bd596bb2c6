// The demo's aktivitetsplan and riskanalys: fixed texts in the style of the
// seeds' plans. Activities in the five areas Attrahera, Rekrytera,
// Introducera, Utveckla/Behålla and Avsluta/Avveckla (seeds 001, 003, 004),
// owned by roles, some done, some overdue relative to the end of the plan
// year (the dates below are written for plan year 2025 and move with it);
// risks per category with consequence and probability 1–4 (seed 001).

#include "demo_parts.hpp"

namespace kplan::cli::demo {

using store::Activity;
using kplan::ActivityStatus;
using store::Risk;

namespace {

// ---- Aktivitetsplan ------------------------------------------------------------------

struct ActivityRow {
  const char* unit;
  const char* area;
  const char* title;
  const char* description;
  const char* category;
  const char* owner;
  CalendarDate start;
  CalendarDate end;
  ActivityStatus status;
};

using St = ActivityStatus;
const ActivityRow kActivities[] = {
    {"VOF",
     "Attrahera",
     "Ambassadörsprogram för undersköterskor",
     "Medarbetare berättar om yrket på vård- och omsorgsprogrammet, på mässor och i sociala "
     "medier.",
     "Undersköterska",
     "HR-strateg vård och omsorg",
     {2024, 1, 1},
     {2026, 6, 30},
     St::kOngoing},
    {"SF",
     "Attrahera",
     "Samverkan med lärosäten om socionomutbildningen",
     "Ta emot socionomkandidater för verksamhetsförlagd utbildning och examensarbeten, delta på "
     "arbetsmarknadsdagar.",
     "Socialsekreterare",
     "Avdelningschef barn och unga",
     {2024, 2, 1},
     {2024, 12, 31},
     St::kDone},
    {"EX",
     "Attrahera",
     "Stärka arbetsgivarvarumärket",
     "Gemensam kampanj \"Jobba i Exempelby\" med ett tydligt arbetsgivarerbjudande.",
     "",
     "Kommunikationsavdelningen och HR-avdelningen",
     {2025, 1, 1},
     {2026, 6, 30},
     St::kOngoing},
    {"BUF",
     "Attrahera",
     "Sommarjobb och feriepraktik i förskolan",
     "Ungdomar erbjuds sommarjobb i förskolan för att väcka intresse för yrket.",
     "Barnskötare",
     "Rektorer förskola",
     {2025, 3, 1},
     {2025, 8, 31},
     St::kDone},
    {"SF",
     "Attrahera",
     "Gemensam rekryteringsmässa för socialtjänsten",
     "Ersattes av en digital mässa tillsammans med grannkommunerna.",
     "Socialsekreterare",
     "Rekryteringsenheten",
     {2024, 6, 1},
     {2024, 10, 31},
     St::kCancelled},
    {"EX",
     "Rekrytera",
     "Heltid som norm vid nyrekrytering",
     "Alla tjänster annonseras på heltid; andelen heltidsanställningar följs upp varje år.",
     "",
     "HR-avdelningen",
     {2024, 1, 1},
     {2026, 12, 31},
     St::kOngoing},
    {"VOF",
     "Rekrytera",
     "Kompetensbaserad rekrytering för enhetschefer",
     "Utbildning i kompetensbaserad rekrytering och attraktiva annonser för alla enhetschefer.",
     "Enhetschef vård och omsorg",
     "HR-avdelningen",
     {2025, 2, 1},
     {2025, 6, 30},
     St::kOngoing},
    {"SF",
     "Rekrytera",
     "Samrekrytering av socialsekreterare",
     "Gemensamma annonser och gemensamt urval för myndighetsenheterna.",
     "Socialsekreterare",
     "Rekryteringsenheten",
     {2025, 4, 1},
     {2025, 9, 30},
     St::kPlanned},
    {"BUF",
     "Rekrytera",
     "Behöriga lärare i svårrekryterade ämnen",
     "Riktade annonser och lönesättning för matematik, NO och speciallärare.",
     "Grundskollärare",
     "Rektorer grundskola",
     {2025, 8, 1},
     {2026, 6, 30},
     St::kPlanned},
    {"VOF",
     "Rekrytera",
     "Rekryteringsdagar för sommarvikarier",
     "Öppna rekryteringsdagar på boendena med intervju och anställningsbesked samma dag.",
     "Undersköterska",
     "Enhetschefer särskilt boende",
     {2025, 1, 15},
     {2025, 4, 30},
     St::kDone},
    {"VOF",
     "Introducera",
     "Gemensam introduktion för sommarvikarier",
     "Digital introduktion och en fysisk introduktionsträff för alla sommarvikarier utan formell "
     "kompetens.",
     "",
     "Verksamhetsutvecklare vård och omsorg",
     {2025, 3, 1},
     {2025, 6, 15},
     St::kDone},
    {"BUF",
     "Introducera",
     "Mentorskap för nyexaminerade förskollärare",
     "Varje nyexaminerad förskollärare får en mentor under första året.",
     "Förskollärare",
     "Rektorer förskola",
     {2024, 8, 1},
     {2026, 6, 30},
     St::kOngoing},
    {"SF",
     "Introducera",
     "Introduktionsprogram för nya socialsekreterare",
     "Sex månaders introduktion med mentor, handledning och skyddad ärendemängd.",
     "Socialsekreterare",
     "Enhetschefer barn och unga",
     {2025, 1, 1},
     {2025, 12, 31},
     St::kOngoing},
    {"EX",
     "Introducera",
     "Digital introduktion för alla nyanställda",
     "En gemensam digital introduktion som komplement till arbetsplatsens introduktion.",
     "",
     "HR-avdelningen",
     {2024, 9, 1},
     {2025, 3, 31},
     St::kOngoing},
    {"VOF",
     "Utveckla/Behålla",
     "Undersköterskeutbildning på arbetstid",
     "Vårdbiträden och undersköterskor utan formell kompetens läser vård- och omsorgsprogrammet "
     "med lön (äldreomsorgslyftet).",
     "Undersköterska",
     "Avdelningschef särskilt boende",
     {2023, 8, 1},
     {2025, 12, 31},
     St::kOngoing},
    {"BUF",
     "Utveckla/Behålla",
     "Barnskötare studerar till förskollärare",
     "Arbetsintegrerad förskollärarutbildning på arbetstid en dag i veckan.",
     "Barnskötare",
     "Verksamhetschef förskola",
     {2024, 8, 15},
     {2027, 6, 30},
     St::kOngoing},
    {"SF",
     "Utveckla/Behålla",
     "Fördjupning för erfarna socialsekreterare",
     "Utbildning i Signs of Safety och motiverande samtal för socialsekreterare på hög nivå.",
     "Socialsekreterare",
     "HR-avdelningen",
     {2024, 1, 1},
     {2024, 12, 31},
     St::kDone},
    {"VOF",
     "Utveckla/Behålla",
     "Färre medarbetare per chef",
     "Dela de största enheterna så att varje enhetschef har 20–23 medarbetare.",
     "Enhetschef vård och omsorg",
     "Förvaltningschef",
     {2025, 1, 1},
     {2026, 12, 31},
     St::kPlanned},
    {"EX",
     "Utveckla/Behålla",
     "Chefsutvecklingsprogram",
     "Ettårigt program för nya chefer och för medarbetare som vill bli chefer.",
     "",
     "HR-avdelningen",
     {2025, 9, 1},
     {2026, 6, 30},
     St::kOngoing},
    {"EX",
     "Utveckla/Behålla",
     "Hälsofrämjande arbete för lägre sjukfrånvaro",
     "Hälsoplaner på varje enhet och uppföljning av friskfaktorerna.",
     "",
     "HR-avdelningen och förvaltningsledningarna",
     {2024, 1, 1},
     {2025, 12, 31},
     St::kOngoing},
    {"KLF",
     "Utveckla/Behålla",
     "Lönestruktur för bristyrken",
     "Analys av lönestrukturen för bristyrken inför löneöversynen.",
     "",
     "Lönecentrum",
     {2025, 4, 1},
     {2025, 10, 31},
     St::kPlanned},
    {"EX",
     "Avsluta/Avveckla",
     "Avgångssamtal och avgångsenkät",
     "Alla som slutar erbjuds avgångssamtal med närmaste chef; enkäten analyseras varje år.",
     "",
     "HR-avdelningen",
     {2024, 1, 1},
     {2025, 12, 31},
     St::kOngoing},
    {"VOF",
     "Avsluta/Avveckla",
     "Kunskapsöverföring inför pensionsavgångar",
     "Överlappning och dokumentation för sjuksköterskor som går i pension de närmaste två åren.",
     "Sjuksköterska",
     "Enhetschefer hälso- och sjukvård",
     {2025, 6, 1},
     {2026, 12, 31},
     St::kPlanned},
    {"BUF",
     "Avsluta/Avveckla",
     "Successionsplan för rektorer",
     "Nyckelbefattningar, tänkbara efterträdare och deras beredskap kartläggs.",
     "Rektor",
     "Skolchef",
     {2025, 1, 1},
     {2026, 6, 30},
     St::kOngoing},
};

}  // namespace

namespace {

// The texts' dates are of plan year 2025; none is a 29 February.
constexpr int kWrittenForYear = 2025;

CalendarDate Moved(CalendarDate date, int years) {
  date.year += years;
  return date;
}

}  // namespace

std::vector<Activity> DemoActivities(const std::string& root, int plan_year) {
  const int shift = plan_year - kWrittenForYear;
  std::vector<Activity> out;
  for (const ActivityRow& row : kActivities) {
    Activity a;
    a.unit_code = std::string_view(row.unit) == "EX" ? root : row.unit;
    a.area = row.area;
    a.title = row.title;
    a.description = row.description;
    if (*row.category) a.categories = {row.category};
    a.owner = row.owner;
    a.start = Moved(row.start, shift);
    a.end = Moved(row.end, shift);
    a.status = row.status;
    out.push_back(std::move(a));
  }
  return out;
}

namespace {

// ---- Riskanalys --------------------------------------------------------------------

struct RiskRow {
  const char* unit;
  const char* category;
  int operations_consequence, operations_probability;
  int work_environment_consequence, work_environment_probability;
  const char* description;
};

const RiskRow kRisks[] = {
    {"VOF", "Undersköterska", 3, 3, 3, 3,
     "Stora pensionsavgångar och kravet på skyddad yrkestitel: utan fler utbildade undersköterskor "
     "ökar andelen timavlönade och arbetsbelastningen."},
    {"VOF", "Sjuksköterska", 4, 3, 3, 3,
     "Svårt att rekrytera legitimerade sjuksköterskor; vakanser leder till inhyrd personal och "
     "risker för patientsäkerheten."},
    {"VOF", "Enhetschef vård och omsorg", 3, 2, 3, 3,
     "Många medarbetare per chef ger begränsat närvarande ledarskap och risk för hög "
     "personalomsättning bland cheferna."},
    {"VOF", "Biståndshandläggare", 2, 2, 2, 2,
     "Kompetensgapet bedöms inte som allvarligt men kan påverka handläggningstiderna."},
    {"BUF", "Förskollärare", 3, 3, 2, 3,
     "Andelen legitimerade förskollärare är lägre än målet; undervisningsansvaret vilar på färre."},
    {"BUF", "Grundskollärare", 3, 2, 2, 2,
     "Brist på behöriga lärare i matematik och NO; obehöriga lärare kräver mer stöd."},
    {"BUF", "Speciallärare", 2, 3, 2, 2,
     "Få sökande till speciallärartjänster; elevhälsans stöd räcker inte till alla elever."},
    {"BUF", "Barnskötare", 1, 2, 2, 2,
     "Då gapet bedöms vara litet bedöms inte heller riskerna som allvarliga."},
    {"SF", "Socialsekreterare", 4, 3, 3, 3,
     "Gruppen är stor, kompetenskraven höga och de känslomässiga kraven stora; ett gap på hög och "
     "mycket hög nivå är en allvarlig risk för verksamheten och arbetsmiljön."},
    {"SF", "Enhetschef socialtjänst", 2, 1, 2, 1,
     "Kompetensgapet bedöms inte som allvarligt; utmaningen är att attrahera erfarna chefer."},
};

}  // namespace

std::vector<Risk> DemoRisks(int year) {
  std::vector<Risk> out;
  for (const RiskRow& row : kRisks) {
    Risk r;
    r.unit_code = row.unit;
    r.year = year;
    r.category = row.category;
    r.operations_consequence = row.operations_consequence;
    r.operations_probability = row.operations_probability;
    r.work_environment_consequence = row.work_environment_consequence;
    r.work_environment_probability = row.work_environment_probability;
    r.description = row.description;
    out.push_back(std::move(r));
  }
  return out;
}

}  // namespace kplan::cli::demo
