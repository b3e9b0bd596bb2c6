// Runs every Validate case in tests/<concept>/cases/*.json (README.md). A file
// is a list of cases:
//   {"case": "what it shows", "record": {field: value, ...}, "expect": "valid"}
//   {"case": ..., "record": {...}, "expect": {"field": "title", "rule": "max_length"}}
// A text field may be written {"repeat": "å", "times": 300} for long texts.
// Fields left out keep the record's defaults. "kind" in a record picks one of
// the concept's records where it has two ("outcome", "scale").

#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <functional>
#include <map>
#include <ostream>
#include <nlohmann/json.hpp>

#include "kplan/core/activity.hpp"
#include "kplan/core/followup_goal.hpp"
#include "kplan/core/indicator_record.hpp"
#include "kplan/core/org_unit.hpp"
#include "kplan/core/plan_year.hpp"
#include "kplan/core/risk.hpp"
#include "kplan/core/succession.hpp"

namespace kplan {
namespace {

namespace fs = std::filesystem;
using Json = nlohmann::json;

std::string Text(const Json& v) {
  if (v.is_object()) {
    std::string out;
    for (int i = 0; i < v.at("times").get<int>(); ++i) out += v.at("repeat").get<std::string>();
    return out;
  }
  return v.get<std::string>();
}

// Reads `name` into `out` when the record has it.
void Read(const Json& r, const char* name, std::string& out) {
  if (r.contains(name)) out = Text(r.at(name));
}
void Read(const Json& r, const char* name, int& out) {
  if (r.contains(name)) out = r.at(name).get<int>();
}
void Read(const Json& r, const char* name, std::optional<CalendarDate>& out) {
  if (r.contains(name)) out = ParseIsoDate(r.at(name).get<std::string>());
}

// A record's plan years: "year" and "through_year" as the API writes them; a
// case that is not about them is for plan year 2025.
void ReadSpan(const Json& r, YearSpan& out) {
  out.first = 2025;
  Read(r, "year", out.first);
  if (r.contains("through_year")) out.last = r.at("through_year").get<int>();
}

Status ActivityCase(const Json& r) {
  Activity a;
  Read(r, "title", a.title);
  Read(r, "area", a.area);
  Read(r, "owner", a.owner);
  if (r.contains("categories")) {
    for (const Json& c : r.at("categories")) a.categories.push_back(Text(c));
  }
  Read(r, "description", a.description);
  Read(r, "start", a.start);
  Read(r, "end", a.end);
  ReadSpan(r, a.years);
  if (r.contains("status")) {
    auto status = ParseActivityStatusKey(r.at("status").get<std::string>());
    if (!status) return UnknownActivityStatus("status", r.at("status").get<std::string>());
    a.status = *status;
  }
  return Validate(a);
}

Status RiskCase(const Json& r) {
  Risk k;
  Read(r, "category", k.category);
  Read(r, "year", k.year);
  Read(r, "operations_consequence", k.operations_consequence);
  Read(r, "operations_probability", k.operations_probability);
  Read(r, "work_environment_consequence", k.work_environment_consequence);
  Read(r, "work_environment_probability", k.work_environment_probability);
  Read(r, "description", k.description);
  return Validate(k);
}

Status GoalCase(const Json& r) {
  Goal g;
  Read(r, "title", g.title);
  Read(r, "description", g.description);
  ReadSpan(r, g.years);
  return Validate(g);
}

Status IndicatorCase(const Json& r) {
  if (r.value("kind", "") == "outcome") {
    OutcomeRecord o;
    Read(r, "period", o.period);
    Read(r, "manual_assessment", o.manual_assessment);
    Read(r, "comment", o.comment);
    if (r.contains("value")) o.value = r.at("value").get<double>();
    return Validate(o);
  }
  IndicatorRecord i;
  Read(r, "name", i.name);
  Read(r, "unit", i.unit);
  return Validate(i);
}

Status SuccessionCase(const Json& r) {
  SuccessionEntry e;
  Read(r, "position_title", e.position_title);
  Read(r, "incumbent_ref", e.incumbent_ref);
  Read(r, "successor_ref", e.successor_ref);
  Read(r, "readiness", e.readiness);
  if (r.contains("retirement_year")) e.retirement_year = r.at("retirement_year").get<int>();
  ReadSpan(r, e.years);
  return Validate(e);
}

Status PlanYearCase(const Json& r) {
  if (r.value("kind", "") == "scale") {
    CompetenceScaleRecord s;
    Read(r, "name", s.name);
    if (r.contains("levels")) s.levels = r.at("levels").get<std::vector<std::string>>();
    return Validate(s);
  }
  PlanYear p;
  Read(r, "year", p.year);
  Read(r, "scale", p.scale);
  if (r.contains("horizons")) p.horizons = r.at("horizons").get<std::vector<int>>();
  return Validate(p);
}

Status OrgUnitCase(const Json& r) {
  NewOrgUnit u;
  Read(r, "code", u.code);
  Read(r, "parent_code", u.parent_code);
  Read(r, "name", u.name);
  return Validate(u);
}

const std::map<std::string, std::function<Status(const Json&)>>& Concepts() {
  static const std::map<std::string, std::function<Status(const Json&)>> kConcepts = {
      {"activity", ActivityCase}, {"risk", RiskCase},           {"goal", GoalCase},
      {"indicator", IndicatorCase}, {"succession", SuccessionCase}, {"plan_year", PlanYearCase},
      {"org_unit", OrgUnitCase}};
  return kConcepts;
}

struct Case {
  std::string concept_name;
  std::string file;
  Json body;
  std::string name;
};

// Test output names the case, not its bytes.
void PrintTo(const Case& c, std::ostream* os) { *os << c.file << ": " << c.body.value("case", ""); }

std::vector<Case> AllCases() {
  std::vector<Case> cases;
  for (const auto& [concept_name, run] : Concepts()) {
    const fs::path dir = fs::path(KPLAN_TESTS_DIR) / concept_name / "cases";
    std::vector<fs::path> files;
    for (const auto& entry : fs::directory_iterator(dir)) {
      if (entry.path().extension() == ".json") files.push_back(entry.path());
    }
    std::sort(files.begin(), files.end());
    for (const fs::path& file : files) {
      std::ifstream in(file);
      const Json list = Json::parse(in);
      for (std::size_t i = 0; i < list.size(); ++i) {
        cases.push_back({concept_name, file.string(), list[i],
                         concept_name + "_" + file.stem().string() + "_" + std::to_string(i + 1)});
      }
    }
  }
  return cases;
}

class RecordCase : public ::testing::TestWithParam<Case> {};

TEST_P(RecordCase, ValidateAnswersAsWritten) {
  const Case& c = GetParam();
  SCOPED_TRACE(c.file + ": " + c.body.value("case", ""));
  const Status got = Concepts().at(c.concept_name)(c.body.at("record"));
  const Json& expect = c.body.at("expect");
  if (expect == "valid") {
    EXPECT_TRUE(got.ok()) << got.error().Describe() << " [" << got.error().rule() << "]";
    return;
  }
  ASSERT_FALSE(got.ok()) << "expected field " << expect.dump() << ", but the record is valid";
  EXPECT_EQ(got.error().location().field, expect.at("field").get<std::string>());
  EXPECT_EQ(got.error().rule(), expect.at("rule").get<std::string>());
  EXPECT_EQ(got.error().code(), ErrorCode::kInvalidInput);
  EXPECT_FALSE(got.error().message(Language::kSwedish).empty());
  EXPECT_FALSE(got.error().message(Language::kEnglish).empty());
}

INSTANTIATE_TEST_SUITE_P(Cases, RecordCase, ::testing::ValuesIn(AllCases()),
                         [](const ::testing::TestParamInfo<Case>& info) { return info.param.name; });

}  // namespace
}  // namespace kplan
