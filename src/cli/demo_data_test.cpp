#include "demo_data.hpp"

#include <gtest/gtest.h>
#include <unistd.h>

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <filesystem>
#include <map>
#include <set>
#include <tuple>

#include "kplan/core/category.hpp"
#include "kplan/core/followup.hpp"
#include "kplan/core/key_figures.hpp"

namespace kplan::cli {
namespace {

const DemoMunicipality& DefaultDemo() {
  static const DemoMunicipality demo = GenerateDemo(DemoOptions{});
  return demo;
}

// FNV-1a over every field of every employee record of every snapshot.
std::uint64_t Fingerprint(const DemoMunicipality& demo) {
  std::uint64_t h = 1469598103934665603ULL;
  auto mix = [&](const std::string& text) {
    for (unsigned char c : text) {
      h ^= c;
      h *= 1099511628211ULL;
    }
    h ^= 0xff;
    h *= 1099511628211ULL;
  };
  auto number = [&](double v) {
    char text[40];
    std::snprintf(text, sizeof text, "%.17g", v);
    mix(text);
  };
  for (const DemoSnapshot& s : demo.snapshots) {
    mix(FormatIsoDate(s.extract_date));
    for (const EmployeeRecord& e : s.employees) {
      mix(e.employee_id);
      mix(e.unit_code);
      mix(e.category);
      mix(e.ssyk);
      mix(std::string(EmploymentFormKey(e.form)));
      number(e.birth_year);
      mix(std::string(GenderKey(e.gender)));
      number(e.fte_percent);
      mix(FormatIsoDate(e.start));
      mix(e.end ? FormatIsoDate(*e.end) : "-");
      number(e.competence_level.value_or(-1));
      number(e.manager);
      number(e.qualified ? (*e.qualified ? 1 : 0) : -1);
      number(e.sick_hours);
      number(e.scheduled_hours);
    }
  }
  for (const auto& i : demo.indicators) {
    mix(i.unit_code + i.indicator + i.target_json.value_or("") + i.period);
    number(i.value.value_or(-1));
  }
  for (const auto& p : demo.population) number(p.people);
  return h;
}

std::vector<EmployeeRecord> EmployedOn(const DemoSnapshot& s) {
  std::vector<EmployeeRecord> out;
  for (const EmployeeRecord& e : s.employees) {
    if (IsEmployedOn(e, s.extract_date)) out.push_back(e);
  }
  return out;
}

KeyFigureOptions FiguresFor(const DemoMunicipality& demo, std::size_t k) {
  const CalendarDate as_of = demo.snapshots[k].extract_date;
  const CalendarDate start = k > 0 ? demo.snapshots[k - 1].extract_date
                                   : CalendarDate{as_of.year - 1, as_of.month, as_of.day};
  return {as_of, start, 67, 10};
}

// Digits in a row, allowing one '-' or '+' among them: ten or more looks like
// a personnummer (YYMMDD-NNNN or YYYYMMDDNNNN).
bool LooksLikePersonnummer(const std::string& text) {
  int digits = 0;
  int separators = 0;
  for (char c : text) {
    if (std::isdigit(static_cast<unsigned char>(c))) {
      if (++digits >= 10) return true;
    } else if ((c == '-' || c == '+') && digits > 0 && separators == 0) {
      ++separators;
    } else {
      digits = 0;
      separators = 0;
    }
  }
  return false;
}

// The target rules as the demo writes them: {"at_most": 8.55}, {"between": [20, 23]} ...
TargetRule ParseTarget(const std::string& json) {
  double a = 0, b = 0;
  if (std::sscanf(json.c_str(), "{\"at_least\": %lf}", &a) == 1) return TargetRule::AtLeast(a);
  if (std::sscanf(json.c_str(), "{\"at_most\": %lf}", &a) == 1) return TargetRule::AtMost(a);
  if (std::sscanf(json.c_str(), "{\"equals\": %lf}", &a) == 1) return TargetRule::Equals(a);
  if (std::sscanf(json.c_str(), "{\"between\": [%lf, %lf]}", &a, &b) == 2)
    return TargetRule::Between(a, b);
  return {};
}

TEST(DemoData, SameSeedGivesTheSameMunicipality) {
  const DemoMunicipality again = GenerateDemo(DemoOptions{});
  EXPECT_EQ(Fingerprint(again), Fingerprint(DefaultDemo()));
  EXPECT_EQ(again.snapshots.back().employees.size(),
            DefaultDemo().snapshots.back().employees.size());
}

TEST(DemoData, DifferentSeedGivesADifferentRegister) {
  DemoOptions options;
  options.seed = 7;
  const DemoMunicipality other = GenerateDemo(options);
  EXPECT_NE(Fingerprint(other), Fingerprint(DefaultDemo()));
  // Same size and shape, though.
  EXPECT_EQ(EmployedOn(other.snapshots.back()).size(), 6000u);
}

TEST(DemoData, LatestSnapshotHasTheRequestedNumberOfEmployees) {
  EXPECT_EQ(EmployedOn(DefaultDemo().snapshots.back()).size(), 6000u);
  for (int wanted : {100, 1234, 20000}) {
    DemoOptions options;
    options.employees = wanted;
    const DemoMunicipality demo = GenerateDemo(options);
    const auto employed = static_cast<double>(EmployedOn(demo.snapshots.back()).size());
    EXPECT_NEAR(employed, wanted, wanted * 0.03) << wanted;
  }
}

TEST(DemoData, ThreeYearlySnapshotsWithGrowingStaff) {
  const auto& s = DefaultDemo().snapshots;
  ASSERT_EQ(s.size(), 3u);
  EXPECT_EQ(FormatIsoDate(s[0].extract_date), "2023-10-31");
  EXPECT_EQ(FormatIsoDate(s[2].extract_date), "2025-10-31");
  const auto first = static_cast<double>(EmployedOn(s[0]).size());
  EXPECT_GT(first, 5700);
  EXPECT_LT(first, 6000);
}

TEST(DemoData, OrganisationIsAValidTreeOfAboutSeventyUnits) {
  const auto& units = DefaultDemo().units;
  EXPECT_TRUE(ValidateNewOrgUnits({}, units).ok())
      << ValidateNewOrgUnits({}, units).error().Describe();
  EXPECT_GE(units.size(), 40u);
  EXPECT_LE(units.size(), 80u);
  int forvaltningar = 0;
  for (const NewOrgUnit& u : units) forvaltningar += u.kind == OrgUnitKind::kForvaltning;
  EXPECT_GE(forvaltningar, 3);
  EXPECT_EQ(units.front().name, "Exempelby kommun");
}

TEST(DemoData, EveryReferencedUnitExists) {
  const DemoMunicipality& demo = DefaultDemo();
  std::set<std::string> codes;
  for (const NewOrgUnit& u : demo.units) codes.insert(u.code);
  for (const DemoSnapshot& s : demo.snapshots) {
    for (const EmployeeRecord& e : s.employees)
      ASSERT_TRUE(codes.count(e.unit_code)) << e.unit_code;
  }
  for (const DemoInventory& inv : demo.inventories) {
    EXPECT_TRUE(codes.count(inv.plan_unit_code));
    for (const auto& entry : inv.entries)
      EXPECT_TRUE(codes.count(entry.unit_code)) << entry.unit_code;
  }
  for (const auto& i : demo.indicators) EXPECT_TRUE(codes.count(i.unit_code)) << i.unit_code;
  for (const auto& a : demo.activities) EXPECT_TRUE(codes.count(a.unit_code)) << a.unit_code;
  for (const auto& r : demo.risks) EXPECT_TRUE(codes.count(r.unit_code)) << r.unit_code;
}

TEST(DemoData, ThirtyCategoriesWithSsykCodesUsedByTheRegister) {
  const DemoMunicipality& demo = DefaultDemo();
  ASSERT_EQ(demo.categories.size(), 30u);
  std::map<std::string, std::string> ssyk;
  for (const auto& c : demo.categories) {
    EXPECT_TRUE(ssyk.emplace(c.name, c.ssyk).second) << "duplicate " << c.name;
    EXPECT_TRUE(c.ssyk.empty() ||
                (c.ssyk.size() == 4 && std::all_of(c.ssyk.begin(), c.ssyk.end(), ::isdigit)))
        << c.name;
  }
  EXPECT_EQ(ssyk["Undersköterska"], "5321");
  EXPECT_EQ(ssyk["Förskollärare"], "2343");
  EXPECT_EQ(ssyk["Socialsekreterare"], "2661");
  std::set<std::string> used;
  for (const EmployeeRecord& e : demo.snapshots.back().employees) {
    ASSERT_TRUE(ssyk.count(e.category)) << e.category;
    EXPECT_EQ(e.ssyk, ssyk[e.category]);
    used.insert(e.category);
  }
  EXPECT_EQ(used.size(), 30u);
}

TEST(DemoData, DistributionsAreRealistic) {
  const DemoMunicipality& demo = DefaultDemo();
  for (std::size_t k = 0; k < demo.snapshots.size(); ++k) {
    SCOPED_TRACE(k);
    const auto& all = demo.snapshots[k].employees;
    const KeyFigures f = ComputeKeyFigures(all, FiguresFor(demo, k));
    EXPECT_GT(*f.women_share, 0.65);
    EXPECT_LT(*f.women_share, 0.85);
    EXPECT_GT(*f.average_age, 42);
    EXPECT_LT(*f.average_age, 48);
    EXPECT_GT(*f.sick_leave_share, 0.06);
    EXPECT_LT(*f.sick_leave_share, 0.09);
    EXPECT_GT(*f.turnover, 0.05);
    EXPECT_LT(*f.turnover, 0.15);
    EXPECT_GT(*f.employees_per_manager, 18);
    EXPECT_LT(*f.employees_per_manager, 32);
    EXPECT_GT(f.temporary, f.headcount * 0.05);
    EXPECT_GT(f.hourly, (f.headcount + f.hourly) * 0.04);
    EXPECT_GT(f.hires, 0);
    EXPECT_GT(f.leavers, 0);
    EXPECT_GT(*f.qualified_share, 0.7);

    std::vector<EmployeeRecord> assistant_nurses, elderly_care, schools;
    for (const EmployeeRecord& e : all) {
      if (e.category == "Undersköterska") assistant_nurses.push_back(e);
      if (e.unit_code.starts_with("VOF-HT") || e.unit_code.starts_with("VOF-SB"))
        elderly_care.push_back(e);
      if (e.unit_code.starts_with("BUF-GS")) schools.push_back(e);
    }
    EXPECT_GT(*ComputeKeyFigures(assistant_nurses, FiguresFor(demo, k)).women_share, 0.85);
    const double care = *ComputeKeyFigures(elderly_care, FiguresFor(demo, k)).part_time_share;
    const double school = *ComputeKeyFigures(schools, FiguresFor(demo, k)).part_time_share;
    EXPECT_GT(care, 0.20);
    EXPECT_LT(care, 0.40);
    EXPECT_LT(school, 0.15);
    EXPECT_GT(care, school + 0.10);
  }
}

TEST(DemoData, PeoplePersistAcrossSnapshotsUnderTheSameId) {
  const auto& s = DefaultDemo().snapshots;
  for (std::size_t k = 1; k < s.size(); ++k) {
    std::map<std::string, const EmployeeRecord*> before;
    for (const EmployeeRecord& e : s[k - 1].employees) {
      if (IsEmployedOn(e, s[k - 1].extract_date)) before[e.employee_id] = &e;
    }
    std::set<std::string> ids;
    std::size_t persisting = 0;
    for (const EmployeeRecord& e : s[k].employees) {
      ASSERT_TRUE(ids.insert(e.employee_id).second) << "duplicate id " << e.employee_id;
      auto it = before.find(e.employee_id);
      if (it == before.end()) {
        EXPECT_GT(e.start, s[k - 1].extract_date) << e.employee_id << " is new but started earlier";
        continue;
      }
      ++persisting;
      EXPECT_EQ(e.birth_year, it->second->birth_year);
      EXPECT_EQ(e.gender, it->second->gender);
      EXPECT_EQ(e.start, it->second->start);
      EXPECT_GE(e.competence_level.value_or(0), it->second->competence_level.value_or(0));
    }
    // Everyone employed on the previous extract date is in this year's extract.
    EXPECT_EQ(persisting, before.size());
  }
}

TEST(DemoData, RecordsAreConsistent) {
  for (const DemoSnapshot& s : DefaultDemo().snapshots) {
    for (const EmployeeRecord& e : s.employees) {
      ASSERT_TRUE(IsValidDate(e.start));
      EXPECT_LE(e.start, s.extract_date);
      if (e.end) {
        EXPECT_GE(*e.end, e.start);
      }
      if (e.end && *e.end > s.extract_date) {
        EXPECT_EQ(e.form, EmploymentForm::kTemporary) << e.employee_id;
      }
      EXPECT_GE(e.fte_percent, 0);
      EXPECT_LE(e.fte_percent, 100);
      if (IsMonthlyPaid(e)) {
        EXPECT_GE(e.fte_percent, 50);
      }
      EXPECT_GE(s.extract_date.year - e.birth_year, 18);
      EXPECT_LE(s.extract_date.year - e.birth_year, 75);  // pensioners as timvikarier
      EXPECT_GE(e.sick_hours, 0);
      EXPECT_LE(e.sick_hours, e.scheduled_hours);
      if (e.competence_level) {
        EXPECT_GE(*e.competence_level, 0);
        EXPECT_LE(*e.competence_level, 3);
      }
      if (e.manager) {
        EXPECT_TRUE(IsMonthlyPaid(e));
      }
    }
  }
}

TEST(DemoData, NothingLooksLikeAPersonnummer) {
  const DemoMunicipality& demo = DefaultDemo();
  std::vector<std::string> texts;
  for (const DemoSnapshot& s : demo.snapshots) {
    for (const EmployeeRecord& e : s.employees) {
      ASSERT_EQ(e.employee_id.size(), 9u);
      ASSERT_EQ(e.employee_id.substr(0, 3), "EX-");
      texts.insert(texts.end(), {e.employee_id, e.unit_code, e.category, e.ssyk});
    }
  }
  for (const NewOrgUnit& u : demo.units) texts.insert(texts.end(), {u.code, u.name});
  for (const auto& a : demo.activities)
    texts.insert(texts.end(), {a.title, a.description, a.owner});
  for (const auto& r : demo.risks) texts.push_back(r.description);
  for (const auto& i : demo.indicators)
    texts.insert(texts.end(), {i.indicator, i.target_json.value_or(""), i.period});
  for (const std::string& text : texts) ASSERT_FALSE(LooksLikePersonnummer(text)) << text;
  EXPECT_TRUE(LooksLikePersonnummer("19800101-1234"));
  EXPECT_TRUE(LooksLikePersonnummer("800101-1234"));
}

TEST(DemoData, InventoryCountsTheRegistersCompetenceLevels) {
  const DemoMunicipality& demo = DefaultDemo();
  const DemoSnapshot& latest = demo.snapshots.back();
  std::map<std::string, double> in_register, in_inventory;
  for (const EmployeeRecord& e : latest.employees) {
    if (e.competence_level && IsMonthlyPaid(e) && IsEmployedOn(e, latest.extract_date)) {
      in_register[e.category + "/" +
                  DemoLevelNames()[static_cast<std::size_t>(*e.competence_level)]] += 1;
    }
  }
  std::set<std::string> plan_units;
  for (const DemoInventory& inv : demo.inventories) {
    ASSERT_TRUE(inv.year == 2024 || inv.year == 2025) << inv.year;
    if (inv.year != 2025) continue;
    plan_units.insert(inv.plan_unit_code);
    for (const auto& entry : inv.entries) {
      EXPECT_TRUE(std::count(DemoLevelNames().begin(), DemoLevelNames().end(), entry.level))
          << entry.level;
      if (entry.headcount > 0) in_inventory[entry.category + "/" + entry.level] += entry.headcount;
    }
  }
  EXPECT_EQ(in_inventory, in_register);
  EXPECT_EQ(plan_units, (std::set<std::string>{"VOF", "BUF", "SF"}));
  EXPECT_GE(in_register.size(), 40u);
}

TEST(DemoData, PopulationForecastInSixAgeBands) {
  const auto& population = DefaultDemo().population;
  ASSERT_EQ(population.size(), 66u);
  std::map<int, double> eighty_plus;
  for (const auto& p : population) {
    EXPECT_EQ(p.area, "Exempelby");
    EXPECT_GE(p.year, 2025);
    EXPECT_LE(p.year, 2035);
    EXPECT_GT(p.people, 0);
    if (p.age_from == 80) eighty_plus[p.year] = p.people;
  }
  EXPECT_GT(eighty_plus[2035], eighty_plus[2025] * 1.3);
}

TEST(DemoData, IndicatorsHaveTargetsAndOutcomesBothGreenAndRed) {
  const DemoMunicipality& demo = DefaultDemo();
  std::map<std::pair<std::string, std::string>, std::set<std::string>> periods;
  int green = 0, red = 0, not_assessed = 0;
  for (const auto& o : demo.indicators) {
    periods[{o.unit_code, o.indicator}].insert(o.period);
    const std::string target = o.target_json.value_or("");
    const TargetRule rule = ParseTarget(target);
    EXPECT_EQ(rule.type == TargetRuleType::kNone, target.empty()) << target;
    if (rule.type == TargetRuleType::kNone || !o.value) {
      ++not_assessed;
    } else if (MeetsTarget(rule, *o.value)) {
      ++green;
    } else {
      ++red;
    }
  }
  EXPECT_GE(periods.size(), 15u);
  for (const auto& [key, p] : periods) {
    EXPECT_EQ(p, (std::set<std::string>{"2023", "2024", "2025"})) << key.first << " " << key.second;
  }
  EXPECT_GE(green, 10);
  EXPECT_GE(red, 5);
  EXPECT_GE(not_assessed, 1);
}

TEST(DemoData, ActivitiesInTheFiveAreasSomeOverdue) {
  const auto& activities = DefaultDemo().activities;
  EXPECT_GE(activities.size(), 15u);
  EXPECT_LE(activities.size(), 30u);
  std::set<std::string> areas;
  int overdue = 0;
  const CalendarDate year_end{2025, 12, 31};
  for (const auto& a : activities) {
    areas.insert(a.area);
    EXPECT_FALSE(a.owner.empty());
    ASSERT_TRUE(a.start && a.end);
    EXPECT_LE(*a.start, *a.end);
    if (*a.end < year_end && (a.status == ActivityStatus::kPlanned ||
                              a.status == ActivityStatus::kOngoing)) {
      ++overdue;
    }
  }
  EXPECT_EQ(areas, (std::set<std::string>{"Attrahera", "Rekrytera", "Introducera",
                                          "Utveckla/Behålla", "Avsluta/Avveckla"}));
  EXPECT_GE(overdue, 2);
}

TEST(DemoData, RisksForAboutTenCategories) {
  const DemoMunicipality& demo = DefaultDemo();
  std::set<std::string> categories;
  for (const auto& c : demo.categories) categories.insert(c.name);
  std::set<std::string> with_risk;
  for (const auto& r : demo.risks) {
    EXPECT_TRUE(categories.count(r.category)) << r.category;
    with_risk.insert(r.category);
    for (int v : {r.operations_consequence, r.operations_probability,
                  r.work_environment_consequence, r.work_environment_probability}) {
      EXPECT_GE(v, 1);
      EXPECT_LE(v, 4);
    }
    EXPECT_EQ(r.year, 2025);
  }
  EXPECT_GE(with_risk.size(), 8u);
  EXPECT_LE(with_risk.size(), 12u);
}

TEST(DemoData, LastYearsInventoryDiffersALittleFromThisYears) {
  const DemoMunicipality& demo = DefaultDemo();
  std::map<int, std::map<std::string, double>> per_year;  // year → unit/category/level → headcount
  for (const DemoInventory& inv : demo.inventories) {
    for (const auto& e : inv.entries)
      per_year[inv.year][inv.plan_unit_code + "/" + e.category + "/" + e.level] += e.headcount;
  }
  ASSERT_EQ(per_year.size(), 2u);
  const auto& before = per_year.at(2024);
  const auto& now = per_year.at(2025);
  double total_before = 0, total_now = 0;
  int differing = 0;
  for (const auto& [key, n] : now) {
    total_now += n;
    auto it = before.find(key);
    if (it == before.end() || it->second != n) ++differing;
  }
  for (const auto& [key, n] : before) total_before += n;
  EXPECT_GT(differing, 10);
  EXPECT_NEAR(total_now / total_before, 1.0, 0.15);
}

// The categories' analysis as the plan computes it: inventory and need.
std::map<std::string, CategoryAnalysis> AnalyzedCategories(const DemoMunicipality& demo,
                                                           const std::string& unit, int year) {
  std::map<std::string, PerLevel> inventory;
  for (const DemoInventory& inv : demo.inventories) {
    if (inv.plan_unit_code != unit || inv.year != year) continue;
    for (const auto& e : inv.entries) {
      PerLevel& levels = inventory[e.category];
      levels.resize(4);
      const auto l = std::find(DemoLevelNames().begin(), DemoLevelNames().end(), e.level) -
                     DemoLevelNames().begin();
      levels[static_cast<std::size_t>(l)] += e.headcount;
    }
  }
  std::map<std::string, CategoryAnalysis> out;
  for (const DemoNeed& need : demo.needs) {
    if (need.plan_unit_code != unit || need.year != year) continue;
    CategoryInput input;
    input.name = need.parameters.category;
    input.inventory = inventory.at(input.name);
    input.base = need.parameters.base;
    input.horizons = need.parameters.horizons;
    out[input.name] = AnalyzeCategory(input, CompetenceScale::Default());
  }
  return out;
}

TEST(DemoData, EveryInventoriedCategoryHasNeedParametersForBothHorizons) {
  const DemoMunicipality& demo = DefaultDemo();
  std::set<std::tuple<std::string, int, std::string>> inventoried, with_need;
  for (const DemoInventory& inv : demo.inventories) {
    for (const auto& e : inv.entries) inventoried.insert({inv.plan_unit_code, inv.year, e.category});
  }
  for (const DemoNeed& need : demo.needs) {
    EXPECT_TRUE(with_need.insert({need.plan_unit_code, need.year, need.parameters.category}).second)
        << "twice: " << need.parameters.category;
    ASSERT_EQ(need.parameters.horizons.size(), 2u);
    EXPECT_EQ(need.parameters.horizons[0].years, 2);
    EXPECT_EQ(need.parameters.horizons[1].years, 5);
    for (const NeedAssumption& h : need.parameters.horizons) {
      ASSERT_EQ(h.target_shares.size(), 4u);
      EXPECT_TRUE(IsCompleteDistribution(h.target_shares)) << need.parameters.category;
      EXPECT_EQ(SumOf(h.target_shares), 100.0) << need.parameters.category;
      EXPECT_GT(h.growth, -0.15) << need.parameters.category;
      EXPECT_LT(h.growth, 0.2) << need.parameters.category;
    }
  }
  EXPECT_EQ(with_need, inventoried);
}

TEST(DemoData, NeedGrowthFollowsThePopulationForecast) {
  std::map<std::string, double> growth5;
  for (const DemoNeed& need : DefaultDemo().needs) {
    if (need.year == 2025) growth5[need.parameters.category] = need.parameters.horizons[1].growth;
  }
  // Elderly care grows with the 80+; preschool shrinks with the 1–5 year olds.
  EXPECT_GT(growth5.at("Undersköterska"), 0.03);
  EXPECT_LT(growth5.at("Förskollärare"), 0.0);
  EXPECT_GT(growth5.at("Undersköterska"), growth5.at("Socialsekreterare"));
}

TEST(DemoData, GapsShowShortagesHighUpAndSurplusesAtViss) {
  const DemoMunicipality& demo = DefaultDemo();
  for (const char* unit : {"VOF", "BUF", "SF"}) {
    int top_shortages = 0, viss_surpluses = 0;
    for (const auto& [name, analysis] : AnalyzedCategories(demo, unit, 2025)) {
      ASSERT_EQ(analysis.horizons.size(), 2u);
      const CompetenceGap& gap5 = analysis.horizons[1].gap;
      if (gap5.levels[3].gap_rounded < 0) ++top_shortages;
      if (gap5.levels[0].gap_rounded > 0) ++viss_surpluses;
    }
    EXPECT_GE(top_shortages, 1) << unit;
    EXPECT_GE(viss_surpluses, 1) << unit;
  }
}

TEST(DemoData, LastYearsAmbitionsDifferFromThisYears) {
  std::map<std::pair<std::string, std::string>, PerLevel> before, now;
  for (const DemoNeed& need : DefaultDemo().needs) {
    auto& into = need.year == 2025 ? now : before;
    into[{need.plan_unit_code, need.parameters.category}] = need.parameters.horizons[1].target_shares;
  }
  int differing = 0;
  for (const auto& [key, shares] : now) {
    auto it = before.find(key);
    if (it != before.end() && it->second != shares) ++differing;
  }
  EXPECT_GE(differing, static_cast<int>(now.size()) / 2);
}

TEST(DemoData, EveryGoalIsFollowedUpByItsUnitsIndicators) {
  const DemoMunicipality& demo = DefaultDemo();
  std::set<std::pair<std::string, std::string>> indicators;
  for (const auto& o : demo.indicators) indicators.insert({o.unit_code, o.indicator});
  std::map<std::string, int> goals_of_unit;
  std::set<std::pair<std::string, std::string>> linked;
  for (const DemoGoal& goal : demo.goals) {
    ++goals_of_unit[goal.goal.unit_code];
    EXPECT_FALSE(goal.goal.title.empty());
    EXPECT_FALSE(goal.indicators.empty()) << goal.goal.title;
    for (const std::string& name : goal.indicators) {
      EXPECT_TRUE(indicators.count({goal.goal.unit_code, name})) << goal.goal.title << ": " << name;
      // An indicator follows up one goal.
      EXPECT_TRUE(linked.insert({goal.goal.unit_code, name}).second) << name;
    }
  }
  for (const char* unit : {"VOF", "BUF", "SF", "KLF"}) {
    EXPECT_GE(goals_of_unit[unit], 2) << unit;
    EXPECT_LE(goals_of_unit[unit], 4) << unit;
  }
  ASSERT_FALSE(demo.assessments.empty());
  for (const DemoAssessment& a : demo.assessments) {
    EXPECT_TRUE(a.manual_assessment == "green" || a.manual_assessment == "red");
    EXPECT_FALSE(a.comment.empty());
    EXPECT_TRUE(indicators.count({a.unit_code, a.indicator})) << a.indicator;
  }
}

TEST(DemoData, PlanTextsForEveryPlanUnit) {
  const DemoMunicipality& demo = DefaultDemo();
  std::map<std::string, std::set<std::string>> sections;
  int category_comments = 0;
  for (const DemoText& t : demo.texts) {
    EXPECT_EQ(t.year, 2025);
    sections[t.plan_unit_code].insert(t.text.section);
    if (!t.text.category.empty()) ++category_comments;
    EXPECT_GT(t.text.text.size(), 40u);
  }
  for (const char* unit : {"VOF", "BUF", "SF"}) {
    for (const char* section : {"inledning", "sammanfattning", "kompetensgap", "riskanalys",
                                "aktivitetsplan"}) {
      EXPECT_TRUE(sections[unit].count(section)) << unit << " " << section;
    }
  }
  EXPECT_GE(category_comments, 4);
}

TEST(DemoData, SuccessionNamesKeyPositionsByPseudonymousIds) {
  const DemoMunicipality& demo = DefaultDemo();
  const DemoSnapshot& latest = demo.snapshots.back();
  std::map<std::string, const EmployeeRecord*> employed;
  for (const EmployeeRecord& e : latest.employees) {
    if (IsEmployedOn(e, latest.extract_date)) employed[e.employee_id] = &e;
  }
  ASSERT_GE(demo.succession.size(), 6u);
  ASSERT_LE(demo.succession.size(), 10u);
  std::set<std::string> readiness, people;
  for (const auto& s : demo.succession) {
    EXPECT_FALSE(s.position_title.empty());
    ASSERT_TRUE(employed.count(s.incumbent_ref)) << s.incumbent_ref;
    EXPECT_EQ(s.incumbent_ref.substr(0, 3), "EX-");
    ASSERT_TRUE(s.retirement_year);
    EXPECT_EQ(*s.retirement_year, employed.at(s.incumbent_ref)->birth_year + 67);
    EXPECT_GT(*s.retirement_year, 2025);
    EXPECT_TRUE(people.insert(s.incumbent_ref).second);
    if (s.readiness == "none") {
      EXPECT_TRUE(s.successor_ref.empty());
    } else {
      ASSERT_TRUE(employed.count(s.successor_ref)) << s.successor_ref;
      EXPECT_TRUE(people.insert(s.successor_ref).second);
    }
    readiness.insert(s.readiness);
    EXPECT_FALSE(LooksLikePersonnummer(s.incumbent_ref + s.successor_ref));
  }
  EXPECT_GE(readiness.size(), 3u);
}

TEST(DemoData, OptionsAreValidated) {
  EXPECT_TRUE(ValidateDemoOptions(DemoOptions{}).ok());
  DemoOptions too_few;
  too_few.employees = 10;
  EXPECT_FALSE(ValidateDemoOptions(too_few).ok());
  DemoOptions unordered;
  unordered.extract_dates = {{2024, 10, 31}, {2023, 10, 31}};
  EXPECT_FALSE(ValidateDemoOptions(unordered).ok());
  DemoOptions invalid_date;
  invalid_date.extract_dates = {{2023, 2, 30}};
  EXPECT_FALSE(ValidateDemoOptions(invalid_date).ok());
}

TEST(DemoData, OtherExtractDatesWork) {
  DemoOptions options;
  options.employees = 800;
  options.extract_dates = {{2020, 2, 29}, {2021, 3, 31}, {2022, 3, 31}, {2023, 3, 31}};
  const DemoMunicipality demo = GenerateDemo(options);
  ASSERT_EQ(demo.snapshots.size(), 4u);
  EXPECT_EQ(EmployedOn(demo.snapshots.back()).size(), 800u);
  EXPECT_EQ(demo.inventories.front().year, 2022);
  EXPECT_EQ(demo.inventories.back().year, 2023);
}

// The demo of another plan year (the calendar's, in `kplan demo`) is the same
// municipality a few years on: its plan, forecast and activities move with it.
TEST(DemoData, APlanYearMovesThePlanForecastAndActivities) {
  DemoOptions of2025;
  of2025.employees = 300;
  DemoOptions of2027 = of2025;
  of2027.extract_dates = DemoExtractDates(2027);
  EXPECT_EQ(FormatIsoDate(of2027.extract_dates.front()), "2025-10-31");
  EXPECT_EQ(FormatIsoDate(of2027.extract_dates.back()), "2027-10-31");
  const DemoMunicipality before = GenerateDemo(of2025);
  const DemoMunicipality after = GenerateDemo(of2027);

  std::set<int> inventory_years;
  for (const DemoInventory& inv : after.inventories) inventory_years.insert(inv.year);
  EXPECT_EQ(inventory_years, (std::set<int>{2026, 2027}));
  for (const store::Risk& r : after.risks) EXPECT_EQ(r.year, 2027);
  int first = 9999, last = 0;
  for (const store::PopulationEntry& p : after.population) {
    first = std::min(first, p.year);
    last = std::max(last, p.year);
  }
  EXPECT_EQ(first, 2027);
  EXPECT_EQ(last, 2037);
  ASSERT_EQ(before.activities.size(), after.activities.size());
  for (std::size_t i = 0; i < after.activities.size(); ++i) {
    ASSERT_TRUE(before.activities[i].start && after.activities[i].start) << after.activities[i].title;
    EXPECT_EQ(after.activities[i].start->year, before.activities[i].start->year + 2) << after.activities[i].title;
    EXPECT_EQ(after.activities[i].start->month, before.activities[i].start->month);
    EXPECT_EQ(after.activities[i].start->day, before.activities[i].start->day);
  }
}

// The demo written into a fresh SQLite store and read back. The demo is written once per process
// (it takes a couple of seconds, and ctest runs each test in its own process, so the parts are
// few); each test reads one part back.
class DemoInStore : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    dir_ = std::filesystem::temp_directory_path() / ("kplan_demo_" + std::to_string(::getpid()));
    std::filesystem::remove_all(dir_);
    auto opened = store::Store::Open("sqlite:" + (dir_ / "demo.db").string());
    if (!opened.ok()) {
      setup_error_ = "open: " + opened.error().Describe();
      return;
    }
    db_ = std::move(opened).value().release();
    if (auto migrated = db_->Migrate(); !migrated.ok()) {
      setup_error_ = "migrate: " + migrated.error().Describe();
      return;
    }
    DemoOptions options;
    options.employees = 800;
    demo_ = new DemoMunicipality(GenerateDemo(options));
    if (Status written = WriteDemo(*demo_, *db_); !written.ok()) {
      setup_error_ = "write: " + written.error().Describe();
    }
  }

  static void TearDownTestSuite() {
    delete db_;
    db_ = nullptr;
    delete demo_;
    demo_ = nullptr;
    std::filesystem::remove_all(dir_);
  }

  void SetUp() override {
    ASSERT_TRUE(setup_error_.empty()) << setup_error_;
    auto units = db_->ListOrgUnits();
    ASSERT_TRUE(units.ok());
    units_ = units.value();
    for (const OrgUnit& u : units_) ids_[u.code] = u.id;
    root_ = ids_.at("EX");
  }

  static store::Store& db() { return *db_; }
  static const DemoMunicipality& demo() { return *demo_; }

  std::vector<OrgUnit> units_;
  std::map<std::string, std::int64_t> ids_;
  std::int64_t root_ = 0;

 private:
  static inline std::filesystem::path dir_;
  static inline store::Store* db_ = nullptr;
  static inline DemoMunicipality* demo_ = nullptr;
  static inline std::string setup_error_;
};

TEST_F(DemoInStore, UnitsCategoriesAndSnapshotsReadBackEmployeeByEmployee) {
  EXPECT_EQ(units_.size(), demo().units.size());
  auto categories = db().ListCategories();
  ASSERT_TRUE(categories.ok());
  EXPECT_EQ(categories.value().size(), 30u);

  auto snapshots = db().ListSnapshots();
  ASSERT_TRUE(snapshots.ok());
  ASSERT_EQ(snapshots.value().size(), 3u);
  for (std::size_t k = 0; k < 3; ++k) {
    EXPECT_EQ(snapshots.value()[k].extract_date, demo().snapshots[k].extract_date);
    auto employees = db().LoadEmployees(snapshots.value()[k].id, root_);
    ASSERT_TRUE(employees.ok());
    ASSERT_EQ(employees.value().size(), demo().snapshots[k].employees.size());
    for (std::size_t i = 0; i < employees.value().size(); ++i) {
      const EmployeeRecord& a = employees.value()[i];
      const EmployeeRecord& b = demo().snapshots[k].employees[i];
      ASSERT_EQ(a.employee_id, b.employee_id);
      EXPECT_EQ(a.unit_code, b.unit_code);
      EXPECT_EQ(a.form, b.form);
      EXPECT_EQ(a.end, b.end);
      EXPECT_EQ(a.competence_level, b.competence_level);
      EXPECT_EQ(a.qualified, b.qualified);
      EXPECT_EQ(a.sick_hours, b.sick_hours);
    }
  }
  auto in_care = db().LoadEmployees(snapshots.value()[2].id, ids_.at("VOF"));
  ASSERT_TRUE(in_care.ok());
  EXPECT_GT(in_care.value().size(), 300u);
}

TEST_F(DemoInStore, InventoriesPopulationOutcomesActivitiesAndRisksReadBack) {
  double inventory_total = 0, stored_total = 0;
  for (const DemoInventory& inv : demo().inventories) {
    for (const auto& e : inv.entries) inventory_total += e.headcount;
    auto stored = db().LoadInventory(ids_.at(inv.plan_unit_code), inv.year);
    ASSERT_TRUE(stored.ok()) << stored.error().Describe();
    EXPECT_EQ(stored.value().size(), inv.entries.size());
    for (const auto& e : stored.value()) stored_total += e.headcount;
  }
  EXPECT_EQ(stored_total, inventory_total);

  auto population = db().LoadPopulation("Exempelby");
  ASSERT_TRUE(population.ok());
  EXPECT_EQ(population.value().size(), demo().population.size());
  auto outcomes = db().LoadIndicatorOutcomes(root_);
  ASSERT_TRUE(outcomes.ok());
  EXPECT_EQ(outcomes.value().size(), demo().indicators.size());
  auto activities = db().ListActivities(root_, std::nullopt);
  ASSERT_TRUE(activities.ok());
  EXPECT_EQ(activities.value().size(), demo().activities.size());
  auto risks = db().ListRisks(root_, 2025);
  ASSERT_TRUE(risks.ok());
  EXPECT_EQ(risks.value().size(), demo().risks.size());
}

TEST_F(DemoInStore, PlanModulesReadBackWrittenByTheDemo) {
  const std::int64_t care = ids_.at("VOF");
  auto needs = db().LoadNeedParameters(care, 2025);
  ASSERT_TRUE(needs.ok()) << needs.error().Describe();
  auto needs_before = db().LoadNeedParameters(care, 2024);
  ASSERT_TRUE(needs_before.ok()) << needs_before.error().Describe();
  std::size_t care_needs = 0, care_needs_before = 0;
  for (const DemoNeed& n : demo().needs) {
    if (n.plan_unit_code == "VOF") ++(n.year == 2025 ? care_needs : care_needs_before);
  }
  EXPECT_EQ(needs.value().size(), care_needs);
  EXPECT_EQ(needs_before.value().size(), care_needs_before);
  auto texts = db().LoadPlanTexts(care, 2025);
  ASSERT_TRUE(texts.ok());
  EXPECT_GE(texts.value().size(), 5u);

  auto goals = db().ListGoals(root_, std::nullopt);
  ASSERT_TRUE(goals.ok());
  EXPECT_EQ(goals.value().size(), demo().goals.size());
  auto indicators = db().ListIndicators(root_);
  ASSERT_TRUE(indicators.ok());
  std::size_t linked = 0, wanted = 0;
  for (const auto& i : indicators.value()) linked += i.goal_id ? 1 : 0;
  for (const DemoGoal& g : demo().goals) wanted += g.indicators.size();
  EXPECT_EQ(linked, wanted);
  auto succession = db().ListSuccession(root_, std::nullopt);
  ASSERT_TRUE(succession.ok());
  EXPECT_EQ(succession.value().size(), demo().succession.size());

  // The audit log names the demo as the actor.
  auto audit = db().ListAudit(5);
  ASSERT_TRUE(audit.ok());
  ASSERT_FALSE(audit.value().empty());
  EXPECT_EQ(audit.value().front().actor, "demo");
}

}  // namespace
}  // namespace kplan::cli
