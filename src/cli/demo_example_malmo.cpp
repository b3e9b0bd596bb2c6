// Seed 001: Malmö stad, Arbetsmarknads- och socialförvaltningen — the
// level-based gap analysis: per yrkeskategori the gap at Viss, God, Hög and
// Mycket hög on 2 and 5 years, the assessed target distribution, the
// quantitative goal from the population forecast (2,6 % and 6,7 %), risks
// and the aktivitetsplan.
//
// The seed publishes gaps, not the kartläggning behind them. The kartläggning
// here is derived so that the analysis gives the seed's gaps back: with base
// B, growth g and target shares s, the need is N_h,l = B (1 + g_h) s_l, and
// available A_l = N_2,l + gap_2,l; B follows from the total gaps on both
// horizons, gap_2 − gap_5 = B (g_5 − g_2).

#include <algorithm>
#include <array>
#include <cmath>

#include "demo_examples.hpp"

namespace kplan::cli {
namespace {

constexpr double kGrowth2 = 0.026;  // "kort sikt: 2,6%"
constexpr double kGrowth5 = 0.067;  // "lång sikt: 6,7%"

struct SeedCategory {
  const char* name;
  std::array<double, 4> shares;  // Bedömt behov av fördelning, Viss … Mycket hög
  std::array<double, 4> gap2;    // GAP 2 år per level
  double gap2_total;
  double gap5_total;
  int consequence;  // Risk för verksamheten and arbetsmiljön: 1 Inte allvarlig … 3 Allvarlig
  int probability;  // 1 Låg … 3 Hög
  const char* risk_comment;
  const char* goal_comment;  // Kommentar Mål/delmål: the moves
};

constexpr const char* kMinorRisk =
    "Kompetensgapet bedöms inte som allvarligt men hade eventuellt kunnat påverka kvalitén på "
    "verksamhetens service och tjänster till Malmöbon. Det finns även en viss risk att arbetsmiljön "
    "påverkas negativt, till exempel genom hög arbetsbelastning och en eventuellt ökad "
    "personalomsättning.";

const std::array<SeedCategory, 8> kCategories{{
    {"Sektionschef", {7, 28, 50, 15}, {9, 5, -14, -4}, -4, -9, 2, 1,
     "Kompetensgapet bedöms inte som allvarligt. Det finns en utmaning i att attrahera och rekrytera "
     "erfarna sektionschefer; arbetet med sektionschefers arbetsmiljö och förutsättningar i uppdraget "
     "behöver fortsätta.",
     "Förflyttningar behöver göras från viss- och god nivå till hög- och mycket hög nivå."},
    {"Socialsekreterare ekonomiskt bistånd", {15, 50, 20, 15}, {32, -56, 21, -4}, -7, -24, 2, 1,
     kMinorRisk,
     "Förflyttningar behöver främst göras från viss nivå till god nivå samt en viss förflyttning till "
     "mycket hög nivå."},
    {"Socialsekreterare familjehem", {7, 24, 41, 28}, {-1, 9, -4, -5}, -1, -3, 2, 1, kMinorRisk,
     "Förflyttningar behöver göras från god nivå till hög- och mycket hög nivå."},
    {"Socialsekreterare myndighet barn och unga", {10, 30, 40, 20}, {62, 2, -58, -14}, -8, -20, 3, 3,
     "Riskerna med gapet bedöms som allvarliga: gruppen är stor, kompetenskraven är höga och det "
     "ställs höga känslomässiga krav. Vid hög arbetsbelastning i kombination med ett kompetensgap på "
     "hög- och mycket hög nivå finns en allvarlig risk för såväl arbetsmiljön som verksamheten.",
     "Förflyttningar behöver göras från viss nivå till god- och hög nivå."},
    {"Socialsekreterare samtal och behandling", {7, 27, 46, 20}, {3, -3, -7, 4}, -3, -8, 1, 1,
     "Då gapet bedöms vara litet bedöms inte heller riskerna som allvarliga.",
     "Förflyttningar behöver göras från viss nivå till god- och hög nivå."},
    {"Socialsekreterare stöd och råd barn och unga", {7, 32, 39, 22}, {5, 1, -5, -3}, -2, -4, 2, 1,
     kMinorRisk,
     "Vissa förflyttningar behöver göras från viss- och god nivå till hög- och mycket hög nivå."},
    {"Socialsekreterare myndighet vuxna", {10, 30, 50, 10}, {0, 28, -34, 3}, -3, -9, 2, 1,
     kMinorRisk, "Förflyttningar behöver göras från god nivå till hög nivå."},
    {"Socialsekreterare stöd och råd vuxna", {10, 40, 40, 10}, {0, 3, -3, -1}, -1, -2, 1, 1,
     "Då gapet bedöms vara litet bedöms riskerna inte vara allvarliga; det är förhållandevis lätt "
     "att rekrytera den kompetens som behövs.",
     "Vissa förflyttningar behöver göras från god nivå till hög- och mycket hög nivå."},
}};

const std::array<const char*, 4> kLevels = {"Viss", "God", "Hög", "Mycket hög"};

store::Activity Act(const char* area, const char* category, const char* title, const char* description,
                    const char* owner, CalendarDate end) {
  store::Activity a;
  a.area = area;
  if (*category) a.categories = {category};
  a.title = title;
  a.description = description;
  a.owner = owner;
  a.end = end;
  a.status = ActivityStatus::kOngoing;
  return a;
}

}  // namespace

ExamplePlan MalmoExample() {
  ExamplePlan e;
  e.key = "malmo";
  e.seed = "001";
  e.municipality = "Malmö stad";
  e.units = {{"MLM", "", OrgUnitKind::kKommun, "Malmö stad"},
             {"MLM-ASN", "MLM", OrgUnitKind::kNamnd, "Arbetsmarknads- och socialnämnden"},
             {"ASF", "MLM-ASN", OrgUnitKind::kForvaltning, "Arbetsmarknads- och socialförvaltningen"}};
  e.plan_unit = "ASF";
  e.year = 2019;

  for (const SeedCategory& c : kCategories) {
    const double base = std::round((c.gap2_total - c.gap5_total) / (kGrowth5 - kGrowth2));
    for (std::size_t l = 0; l < kLevels.size(); ++l) {
      const double need = base * (1 + kGrowth2) * c.shares[l] / 100.0;
      e.inventory.push_back({"", c.name, kLevels[l], std::max(0.0, std::round(need + c.gap2[l]))});
    }
    store::NeedParameters need;
    need.category = c.name;
    need.base = base;
    need.horizons = {{2, kGrowth2, {c.shares.begin(), c.shares.end()}},
                     {5, kGrowth5, {c.shares.begin(), c.shares.end()}}};
    e.needs.push_back(std::move(need));
    e.texts.push_back({"kompetensmal", c.name,
                       std::string("Kvantitativt mål motsvarar personalbehov utifrån "
                                   "befolkningsprognos. ") + c.goal_comment, 1});
    store::Risk risk;
    risk.category = c.name;
    risk.operations_consequence = risk.work_environment_consequence = c.consequence;
    risk.operations_probability = risk.work_environment_probability = c.probability;
    risk.description = c.risk_comment;
    e.risks.push_back(std::move(risk));
  }

  e.texts.insert(e.texts.begin(), {
      {"inledning", "",
       "Malmö stads ledningssystem för kompetensförsörjning lägger grunden för ett strukturerat, "
       "gemensamt och systematiskt kompetensförsörjningsarbete. Nämnderna analyserar årligen "
       "verksamheternas behov av kompetens och tillgänglig kompetens. Genom att jämföra behovet med "
       "tillgången framkommer ett kompetensgap, som redovisas på 2–5 års sikt, kvantitativt (hur "
       "många inom en yrkesgrupp) och kvalitativt (vilken nivå på kompetens). Därefter upprättas "
       "kompetensmål, riskanalyser och kompetensförsörjningsplaner med åtgärder inom attrahera, "
       "rekrytera, introducera, utveckla/motivera och avveckla.",
       1},
      {"sammanfattning", "",
       "I årets kompetensanalys har det gjorts en lättversion av kompetenskartläggningen: cheferna "
       "har utgått från 2018 års kartläggning av tillgänglig kompetens och justerat prognosen av "
       "kompetensbehov på två respektive fem års sikt samt reviderat aktivitetsplanen.\n\n"
       "De kvantitativa kompetensgapen har minskat inom samtliga yrkesgrupper och motsvarar enbart "
       "personalbehov utifrån befolkningsprognosen. Det kvalitativa kompetensgapet är störst inom "
       "socialsekreterare myndighet barn och unga, men även för socialsekreterare ekonomiskt "
       "bistånd, myndighet vuxna och sektionschefer finns gap på de högre kompetensnivåerna.",
       1},
      {"kompetensgap", "",
       "Kompetensgap avser ett prognostiserat ökat eller minskat behov av eller tillgång på "
       "kompetens numerärt eller kvalitetsmässigt, baserat på verksamhetens behov utifrån "
       "befolkningsprognosen (kort sikt 2,6 %, lång sikt 6,7 %). Förste socialsekreterare ingår i "
       "2018 års kartläggning men inte i årets behov; i nästa kartläggning blir de en egen "
       "yrkeskategori.",
       1},
      {"kompetensmal", "",
       "Kompetensmålen handlar främst om att göra kvalitativa förflyttningar till högre "
       "kompetensnivåer. De kvantitativa kompetensmålen motsvarar behov av utökning beräknad utifrån "
       "befolkningsprognosen.",
       1},
      {"riskanalys", "",
       "Riskerna bedöms allvarligast för socialsekreterare myndighet barn och unga grundat på "
       "kompetensgapets storlek, gruppens storlek samt höga krav i arbetet. Arbetsmiljöarbetet är en "
       "viktig del i arbetet med att säkra kompetensen genom att vara en attraktiv arbetsgivare.",
       1},
      {"aktivitetsplan", "",
       "Följande aktiviteter från planerna 2017 och 2018 ses nu som klara eller implementerade:\n\n"
       "- Ett gemensamt introduktionsprogram för nya medarbetare i förvaltningen\n"
       "- Mindre personalgrupper, med målet 16 medarbetare per sektionschef\n"
       "- IPL, ett ettårigt utvecklingsprogram för den interna chefsförsörjningen\n"
       "- En rekryteringsenhet som stöd för sektionschefer i rekrytering\n"
       "- Uppdaterad löneprocess och lönekriterier",
       1},
  });

  constexpr CalendarDate k2020{2020, 12, 31}, k2024{2024, 12, 31};
  const char* all = "";
  e.activities = {
      Act("Utveckla", "Sektionschef", "Erbjuda kompetensutvecklingsinsatser för erfarna sektionschefer",
          "Löpande dialog mellan förvaltningsledningen och HR-avdelningen kring behov av "
          "utvecklingsinsatser.",
          "HR-avdelningen", k2024),
      Act("Behålla", "Sektionschef", "Underlätta för chefer att förena föräldraskap med chefsroll",
          "HR-avdelningen tar tillsammans med en referensgrupp av chefer fram ett vägledande "
          "material.",
          "Förvaltningsledningen och HR-avdelningen", k2020),
      Act("Attrahera", all,
          "Utveckla kontakt och samarbeten med högskolor och universitet",
          "Marknadsföra och tydliggöra uppdraget inom socialtjänsten och skapa samarbeten där "
          "befintliga medarbetare kan involveras; t.ex. uppsatser inom verksamheten.",
          "Strategiska avdelningen och respektive fokusområde", k2024),
      Act("Rekrytera", "Socialsekreterare ekonomiskt bistånd",
          "Översyn av grundkrav och uppdrag för socialsekreterare ekonomiskt bistånd, stöd och råd "
          "samt samtal och behandling",
          "HR-avdelningen i dialog med verksamhetens chefer.", "HR-avdelningen", k2020),
      Act("Rekrytera", "Socialsekreterare ekonomiskt bistånd",
          "Utreda möjligheterna att i större utsträckning samrekrytera",
          "Vidareutveckla arbetet med samrekrytering i dialog med rekryteringsenheten.",
          "HR-avdelningen/rekryteringsenheten", k2020),
      Act("Avsluta/Avveckla", all,
          "Kartlägga varför medarbetare väljer att söka sig till- och avsluta sin anställning i ASF",
          "Webbenkät till nyanställda och till de som avslutar sin anställning; analys helårsvis.",
          "HR-avdelningen", k2020),
      Act("Rekrytera", all, "Attraktiva annonser och god kandidatupplevelse",
          "Skapa attraktiva annonser och en god kandidatupplevelse genom hela rekryteringsprocessen.",
          "Rekryteringsenheten", k2020),
      Act("Behålla", all,
          "Nylönesättning utifrån målbilden för önskad lönestruktur för yrkeskategorin",
          "Dialog mellan HR-avdelningen och rekryterande chef kring lönesättning.",
          "HR-avdelningen och rekryterande chef", k2024),
      Act("Behålla", all,
          "Använda lön som verktyg för att motivera och behålla medarbetare med hög respektive "
          "mycket hög kompetens",
          "Tydlig koppling mellan mål – prestation – lön i löneöversynen.",
          "HR-avdelningen och lönesättande chef", k2024),
  };
  return e;
}

}  // namespace kplan::cli
