// Exempelby kommun as tables: its 30 occupational categories and its
// organisation tree with the staffing of every unit. The shares follow the
// seeds and public statistics on Swedish municipal staff: 73 % women and a
// mean age of 46 (seed 003); undersköterskor around 90 % women with about a
// third part time in elderly care; teachers and social workers mostly full
// time; one first-line manager per 20–30 employees (seed 000: target 20–23).

#include <cstdlib>
#include <iostream>

#include "demo_parts.hpp"

namespace kplan::cli::demo {
namespace {

using S = Sector;
using A = AgeProfile;
constexpr double kNone = -1;  // no formal qualification applies

// name, SSYK 2012, sector, women, part time, visstid, timavlönade, turnover,
// qualified, qualified among hires, qualifying per year, levelled, manager, age.
// clang-format off
constexpr CategorySpec kCategories[] = {
    // Vård- och omsorgsförvaltningen
    {"Undersköterska", "5321", S::kCare, 0.90, 0.32, 0.13, 0.10, 0.08, 0.60, 0.85, 0.06, true, false, A::kStandard},
    {"Vårdbiträde", "5330", S::kCare, 0.80, 0.38, 0.18, 0.14, 0.11, kNone, 0, 0, true, false, A::kYoung},
    {"Sjuksköterska", "2221", S::kCare, 0.89, 0.18, 0.06, 0.05, 0.10, 1.0, 1.0, 0, true, false, A::kStandard},
    {"Arbetsterapeut", "2273", S::kCare, 0.90, 0.14, 0.06, 0.02, 0.08, 1.0, 1.0, 0, false, false, A::kStandard},
    {"Fysioterapeut", "2272", S::kCare, 0.68, 0.12, 0.06, 0.02, 0.08, 1.0, 1.0, 0, false, false, A::kStandard},
    {"Stödassistent", "5342", S::kCare, 0.66, 0.26, 0.14, 0.12, 0.09, kNone, 0, 0, true, false, A::kYoung},
    {"Stödpedagog", "", S::kCare, 0.74, 0.12, 0.06, 0.02, 0.07, kNone, 0, 0, false, false, A::kStandard},
    {"Personlig assistent", "5343", S::kCare, 0.70, 0.40, 0.15, 0.18, 0.13, kNone, 0, 0, false, false, A::kYoung},
    {"Biståndshandläggare", "2663", S::kCare, 0.88, 0.06, 0.07, 0.01, 0.11, kNone, 0, 0, true, false, A::kStandard},
    {"Kock", "5120", S::kCare, 0.62, 0.15, 0.08, 0.06, 0.07, kNone, 0, 0, false, false, A::kStandard},
    {"Enhetschef vård och omsorg", "1532", S::kCare, 0.84, 0.02, 0.03, 0, 0.10, kNone, 0, 0, true, true, A::kSenior},
    // Barn- och utbildningsförvaltningen
    {"Förskollärare", "2343", S::kSchool, 0.96, 0.14, 0.06, 0.03, 0.07, 0.82, 0.78, 0.02, true, false, A::kStandard},
    {"Barnskötare", "5311", S::kSchool, 0.90, 0.22, 0.12, 0.10, 0.08, kNone, 0, 0, true, false, A::kStandard},
    {"Grundskollärare", "2341", S::kSchool, 0.77, 0.10, 0.08, 0.03, 0.07, 0.86, 0.80, 0.03, true, false, A::kStandard},
    {"Gymnasielärare", "2330", S::kSchool, 0.55, 0.12, 0.09, 0.03, 0.07, 0.83, 0.75, 0.03, false, false, A::kStandard},
    {"Fritidspedagog", "2342", S::kSchool, 0.65, 0.12, 0.06, 0.03, 0.06, kNone, 0, 0, false, false, A::kStandard},
    {"Speciallärare", "2351", S::kSchool, 0.88, 0.08, 0.03, 0, 0.06, 0.90, 0.90, 0, false, false, A::kSenior},
    {"Elevassistent", "5312", S::kSchool, 0.68, 0.25, 0.18, 0.15, 0.12, kNone, 0, 0, false, false, A::kYoung},
    {"Skolkurator", "2662", S::kSchool, 0.86, 0.10, 0.05, 0, 0.08, kNone, 0, 0, false, false, A::kStandard},
    {"Skolsköterska", "2233", S::kSchool, 0.97, 0.12, 0.04, 0.02, 0.06, 1.0, 1.0, 0, false, false, A::kSenior},
    {"Rektor", "1412", S::kSchool, 0.72, 0.01, 0.02, 0, 0.11, kNone, 0, 0, true, true, A::kSenior},
    // Socialförvaltningen
    {"Socialsekreterare", "2661", S::kSocial, 0.86, 0.05, 0.08, 0.03, 0.14, 0.93, 0.90, 0.02, true, false, A::kStandard},
    {"Familjebehandlare", "", S::kSocial, 0.78, 0.06, 0.05, 0.02, 0.09, kNone, 0, 0, false, false, A::kStandard},
    {"Behandlingsassistent", "3411", S::kSocial, 0.58, 0.18, 0.12, 0.12, 0.11, kNone, 0, 0, false, false, A::kYoung},
    {"Boendestödjare", "5342", S::kSocial, 0.66, 0.16, 0.08, 0.06, 0.08, kNone, 0, 0, false, false, A::kStandard},
    {"Enhetschef socialtjänst", "1522", S::kSocial, 0.80, 0.01, 0.03, 0, 0.12, kNone, 0, 0, true, true, A::kSenior},
    // Kommunledningsförvaltningen
    {"HR-specialist", "2423", S::kAdmin, 0.82, 0.06, 0.06, 0, 0.10, kNone, 0, 0, false, false, A::kStandard},
    {"Controller", "2412", S::kAdmin, 0.55, 0.04, 0.05, 0, 0.09, kNone, 0, 0, false, false, A::kStandard},
    {"Administratör", "4119", S::kAdmin, 0.85, 0.12, 0.08, 0.03, 0.08, kNone, 0, 0, false, false, A::kStandard},
    {"Enhetschef stab", "1292", S::kAdmin, 0.65, 0, 0.02, 0, 0.08, kNone, 0, 0, false, true, A::kSenior},
};
// clang-format on
static_assert(std::size(kCategories) == 30);

// Builds the tree top-down; staffing lines name categories for readability.
class TreeBuilder {
 public:
  struct Defaults {
    Sector sector;
    double employees_per_manager;
    const char* manager_category;
    double yearly_growth;
  };

  void Forvaltning(const Defaults& defaults) { defaults_ = defaults; }

  void Add(const char* code, const char* parent, OrgUnitKind kind, const char* name,
           std::vector<std::pair<const char*, double>> staff = {}, double scale = 1.0) {
    UnitPlan plan;
    plan.unit = {code, parent, kind, name};
    plan.sector = defaults_.sector;
    for (const auto& [category, headcount] : staff) {
      plan.staff.push_back({CategoryIndex(category), headcount * scale});
    }
    plan.employees_per_manager = defaults_.employees_per_manager;
    plan.manager_category = CategoryIndex(defaults_.manager_category);
    plan.yearly_growth = defaults_.yearly_growth;
    units_.push_back(std::move(plan));
  }

  std::vector<UnitPlan> Take() { return std::move(units_); }

 private:
  Defaults defaults_{Sector::kAdmin, 12, "Enhetschef stab", 0};
  std::vector<UnitPlan> units_;
};

using K = OrgUnitKind;

// The tree is built one förvaltning at a time, in the order the units are listed (the order
// matters: employee numbers and random draws follow it).
void AddKommunstyrelsen(TreeBuilder& t) {
  t.Forvaltning({Sector::kAdmin, 12, "Enhetschef stab", 0.005});
  t.Add("KS", "EX", K::kNamnd, "Kommunstyrelsen");
  t.Add("KLF", "KS", K::kForvaltning, "Kommunledningsförvaltningen");
  t.Add("KLF-HR", "KLF", K::kAvdelning, "HR-avdelningen",
        {{"HR-specialist", 22}, {"Administratör", 6}});
  t.Add("KLF-LON", "KLF", K::kAvdelning, "Lönecentrum",
        {{"Administratör", 18}, {"HR-specialist", 2}});
  t.Add("KLF-EK", "KLF", K::kAvdelning, "Ekonomiavdelningen",
        {{"Controller", 20}, {"Administratör", 8}});
  t.Add("KLF-KA", "KLF", K::kAvdelning, "Kansliavdelningen", {{"Administratör", 20}});
}

void AddVardOchOmsorg(TreeBuilder& t) {
  t.Forvaltning({Sector::kCare, 27, "Enhetschef vård och omsorg", 0.02});
  t.Add("VON", "EX", K::kNamnd, "Vård- och omsorgsnämnden");
  t.Add("VOF", "VON", K::kForvaltning, "Vård- och omsorgsförvaltningen");
  t.Add("VOF-HT", "VOF", K::kAvdelning, "Hemtjänst");
  const std::vector<std::pair<const char*, double>> home_care = {{"Undersköterska", 95},
                                                                 {"Vårdbiträde", 40}};
  t.Add("VOF-HT-N", "VOF-HT", K::kEnhet, "Hemtjänst Norr", home_care, 1.0);
  t.Add("VOF-HT-S", "VOF-HT", K::kEnhet, "Hemtjänst Söder", home_care, 1.1);
  t.Add("VOF-HT-O", "VOF-HT", K::kEnhet, "Hemtjänst Öster", home_care, 0.9);
  t.Add("VOF-HT-V", "VOF-HT", K::kEnhet, "Hemtjänst Väster", home_care, 1.0);
  t.Add("VOF-HT-C", "VOF-HT", K::kEnhet, "Hemtjänst Centrum", home_care, 1.2);
  t.Add("VOF-HT-L", "VOF-HT", K::kEnhet, "Hemtjänst Landsbygd", home_care, 0.6);
  t.Add("VOF-SB", "VOF", K::kAvdelning, "Särskilt boende");
  const std::vector<std::pair<const char*, double>> nursing_home = {
      {"Undersköterska", 105}, {"Vårdbiträde", 25}, {"Sjuksköterska", 8}, {"Kock", 4}};
  t.Add("VOF-SB-L", "VOF-SB", K::kEnhet, "Lindgårdens vård- och omsorgsboende", nursing_home, 1.0);
  t.Add("VOF-SB-E", "VOF-SB", K::kEnhet, "Ekbackens vård- och omsorgsboende", nursing_home, 1.2);
  t.Add("VOF-SB-S", "VOF-SB", K::kEnhet, "Solhaga vård- och omsorgsboende", nursing_home, 0.8);
  t.Add("VOF-SB-B", "VOF-SB", K::kEnhet, "Björkhagens vård- och omsorgsboende", nursing_home, 1.0);
  t.Add("VOF-SB-T", "VOF-SB", K::kEnhet, "Tallgårdens vård- och omsorgsboende", nursing_home, 0.9);
  t.Add("VOF-SB-R", "VOF-SB", K::kEnhet, "Rönnbackens vård- och omsorgsboende", nursing_home, 1.1);
  t.Add("VOF-SB-H", "VOF-SB", K::kEnhet, "Hagtornets demensboende", nursing_home, 0.7);
  t.Add("VOF-SB-A", "VOF-SB", K::kEnhet, "Ängsgårdens korttidsboende",
        {{"Undersköterska", 50}, {"Vårdbiträde", 10}, {"Sjuksköterska", 8}});
  t.Add("VOF-LSS", "VOF", K::kAvdelning, "Funktionsstöd (LSS)");
  const std::vector<std::pair<const char*, double>> group_homes = {{"Stödassistent", 120},
                                                                   {"Stödpedagog", 15}};
  t.Add("VOF-LSS-GN", "VOF-LSS", K::kEnhet, "Gruppbostäder Norr", group_homes, 1.0);
  t.Add("VOF-LSS-GS", "VOF-LSS", K::kEnhet, "Gruppbostäder Söder", group_homes, 0.9);
  t.Add("VOF-LSS-DV", "VOF-LSS", K::kEnhet, "Daglig verksamhet",
        {{"Stödassistent", 60}, {"Stödpedagog", 25}});
  t.Add("VOF-LSS-PA", "VOF-LSS", K::kEnhet, "Personlig assistans", {{"Personlig assistent", 260}});
  t.Add("VOF-LSS-KT", "VOF-LSS", K::kEnhet, "Korttidsvistelse LSS",
        {{"Stödassistent", 50}, {"Stödpedagog", 8}});
  t.Add("VOF-HSL", "VOF", K::kAvdelning, "Hälso- och sjukvård");
  t.Add("VOF-HSL-SN", "VOF-HSL", K::kEnhet, "Sjuksköterskeenhet Norr", {{"Sjuksköterska", 70}});
  t.Add("VOF-HSL-SS", "VOF-HSL", K::kEnhet, "Sjuksköterskeenhet Söder", {{"Sjuksköterska", 65}});
  t.Add("VOF-HSL-R", "VOF-HSL", K::kEnhet, "Rehabenheten",
        {{"Arbetsterapeut", 40}, {"Fysioterapeut", 25}});
  t.Add("VOF-MYND", "VOF", K::kEnhet, "Myndighetsenheten", {{"Biståndshandläggare", 40}});
}

void AddBarnOchUtbildning(TreeBuilder& t) {
  t.Forvaltning({Sector::kSchool, 23, "Rektor", -0.01});
  t.Add("BUN", "EX", K::kNamnd, "Barn- och utbildningsnämnden");
  t.Add("BUF", "BUN", K::kForvaltning, "Barn- och utbildningsförvaltningen");
  t.Add("BUF-FS", "BUF", K::kAvdelning, "Förskola");
  const std::vector<std::pair<const char*, double>> preschool = {{"Förskollärare", 38},
                                                                 {"Barnskötare", 42}};
  t.Add("BUF-FS-S", "BUF-FS", K::kEnhet, "Solrosens förskola", preschool, 1.0);
  t.Add("BUF-FS-K", "BUF-FS", K::kEnhet, "Kastanjens förskola", preschool, 0.8);
  t.Add("BUF-FS-BL", "BUF-FS", K::kEnhet, "Blåklockans förskola", preschool, 1.2);
  t.Add("BUF-FS-HU", "BUF-FS", K::kEnhet, "Humlans förskola", preschool, 0.9);
  t.Add("BUF-FS-EK", "BUF-FS", K::kEnhet, "Ekorrens förskola", preschool, 1.1);
  t.Add("BUF-FS-NA", "BUF-FS", K::kEnhet, "Näckrosens förskola", preschool, 0.7);
  t.Add("BUF-FS-LA", "BUF-FS", K::kEnhet, "Lärkans förskola", preschool, 1.0);
  t.Add("BUF-FS-VI", "BUF-FS", K::kEnhet, "Vitsippans förskola", preschool, 1.3);
  t.Add("BUF-FS-SG", "BUF-FS", K::kEnhet, "Skogsgläntans förskola", preschool, 0.6);
  t.Add("BUF-FS-RB", "BUF-FS", K::kEnhet, "Regnbågens förskola", preschool, 0.9);
  t.Add("BUF-GS", "BUF", K::kAvdelning, "Grundskola");
  const std::vector<std::pair<const char*, double>> school = {
      {"Grundskollärare", 80}, {"Fritidspedagog", 14}, {"Speciallärare", 7}, {"Elevassistent", 16}};
  t.Add("BUF-GS-A", "BUF-GS", K::kEnhet, "Åsens skola", school, 1.0);
  t.Add("BUF-GS-B", "BUF-GS", K::kEnhet, "Björkskolan", school, 0.8);
  t.Add("BUF-GS-C", "BUF-GS", K::kEnhet, "Centralskolan", school, 1.4);
  t.Add("BUF-GS-E", "BUF-GS", K::kEnhet, "Ekbacksskolan", school, 0.9);
  t.Add("BUF-GS-L", "BUF-GS", K::kEnhet, "Lövåsskolan", school, 0.6);
  t.Add("BUF-GS-N", "BUF-GS", K::kEnhet, "Norrskolan", school, 1.1);
  t.Add("BUF-GS-S", "BUF-GS", K::kEnhet, "Söderskolan", school, 1.0);
  t.Add("BUF-GS-V", "BUF-GS", K::kEnhet, "Västerskolan", school, 0.7);
  t.Add("BUF-GY", "BUF", K::kAvdelning, "Gymnasie- och vuxenutbildning");
  t.Add("BUF-GY-EX", "BUF-GY", K::kEnhet, "Exempelby gymnasium",
        {{"Gymnasielärare", 110}, {"Speciallärare", 6}, {"Elevassistent", 8}});
  t.Add("BUF-GY-VUX", "BUF-GY", K::kEnhet, "Vuxenutbildningen", {{"Gymnasielärare", 30}});
  t.Add("BUF-EH", "BUF", K::kEnhet, "Barn- och elevhälsan",
        {{"Skolkurator", 14}, {"Skolsköterska", 16}, {"Speciallärare", 8}});
}

void AddSocialtjanst(TreeBuilder& t) {
  t.Forvaltning({Sector::kSocial, 21, "Enhetschef socialtjänst", 0.01});
  t.Add("SN", "EX", K::kNamnd, "Socialnämnden");
  t.Add("SF", "SN", K::kForvaltning, "Socialförvaltningen");
  t.Add("SF-BU", "SF", K::kAvdelning, "Barn och unga");
  t.Add("SF-BU-MO", "SF-BU", K::kEnhet, "Mottagning barn och unga", {{"Socialsekreterare", 30}});
  t.Add("SF-BU-UT", "SF-BU", K::kEnhet, "Utredning barn och unga", {{"Socialsekreterare", 55}});
  t.Add("SF-BU-FB", "SF-BU", K::kEnhet, "Familjebehandling",
        {{"Familjebehandlare", 40}, {"Socialsekreterare", 8}});
  t.Add("SF-VU", "SF", K::kAvdelning, "Vuxna");
  t.Add("SF-VU-UT", "SF-VU", K::kEnhet, "Utredning vuxna", {{"Socialsekreterare", 35}});
  t.Add("SF-VU-OV", "SF-VU", K::kEnhet, "Öppenvård beroende",
        {{"Behandlingsassistent", 35}, {"Familjebehandlare", 10}});
  t.Add("SF-EB", "SF", K::kEnhet, "Ekonomiskt bistånd", {{"Socialsekreterare", 55}});
  t.Add("SF-SP", "SF", K::kAvdelning, "Socialpsykiatri");
  t.Add("SF-SP-BS", "SF-SP", K::kEnhet, "Boendestöd",
        {{"Boendestödjare", 80}, {"Behandlingsassistent", 10}});
  t.Add("SF-SP-SB", "SF-SP", K::kEnhet, "Stödboende", {{"Behandlingsassistent", 45}});
}

std::vector<UnitPlan> BuildOrganisation() {
  TreeBuilder t;
  t.Add("EX", "", K::kKommun, "Exempelby kommun");
  AddKommunstyrelsen(t);
  AddVardOchOmsorg(t);
  AddBarnOchUtbildning(t);
  AddSocialtjanst(t);
  return t.Take();
}

}  // namespace

std::span<const CategorySpec> Categories() { return kCategories; }

std::size_t CategoryIndex(const std::string& name) {
  for (std::size_t i = 0; i < std::size(kCategories); ++i) {
    if (name == kCategories[i].name) return i;
  }
  std::cerr << "demo: unknown category \"" << name << "\" in the demo tables\n";
  std::abort();
}

const std::vector<UnitPlan>& Organisation() {
  static const std::vector<UnitPlan> kOrganisation = BuildOrganisation();
  return kOrganisation;
}

}  // namespace kplan::cli::demo
