#pragma once
// Example plans shaped like the five seed documents (design.md §1, seeds/):
// each is a small municipality tree with one plan year holding what its seed
// holds, in the seed's own words and figures (abbreviated), so that its plan
// document from the Rapporter page or `kplan report` comes out shaped like
// the seed:
//
//   trelleborg  follow-up of goals with indicators, targets, outcomes,
//               Röd/Grön, manual assessments with comments, next year's
//               targets (seed 000)
//   malmo       level-based gap analysis: kartläggning per category and
//               level, need, goals and moves, risks, activities (seed 001)
//   linkoping   personalprognos with activities by strategic area and its
//               own chapter "Verksamheternas utmaningar och trender" (seed 002)
//   stockholm   key figures, goals and activities per area for 2021–2024
//               (seed 003)
//   hagersten   a chapter per department with the same sub-headings, common
//               challenges written once, successionsplanering (seed 004)
//
// The store keeps one organisation tree per database (core/org_unit.hpp:
// exactly one root), and a document names the root as its municipality, so
// each example is written into its own database (`kplan demo-data --example
// NAME`, `kplan demo --example NAME`). No names of people: incumbents and
// successors are pseudonymous ids, owners are roles.

#include <iosfwd>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "kplan/core/error.hpp"
#include "kplan/core/org_unit.hpp"
#include "kplan/store/records.hpp"
#include "kplan/store/store.hpp"

namespace kplan::cli {

// One period of an indicator: its outcome (none: not measured) and target
// rule (io/target_rule_json.hpp; "" none), and a manual assessment
// ("green"/"red") that then carries its comment.
struct ExampleOutcome {
  std::string period;
  std::optional<double> value;
  std::string target_json;
  std::string manual_assessment;
  std::string comment;
};

struct ExampleIndicator {
  std::string name;
  std::string unit;  // "%", "st", "av 10" ...
  std::vector<ExampleOutcome> periods;
};

// A goal of the plan unit and the indicators that follow it up.
struct ExampleGoal {
  std::string title;
  std::string description;
  std::vector<ExampleIndicator> indicators;
  std::string serves = {};  // the title of the kommun's målsättning it serves, or ""
  std::string area = {};    // its strategic area, or ""
};

struct ExamplePlan {
  std::string key;           // "trelleborg" (--example)
  std::string seed;          // "000"
  std::string municipality;  // the root's name, "Trelleborgs kommun"
  std::vector<NewOrgUnit> units;  // parents before children, the root first
  std::string plan_unit;     // code of the unit whose plan it is
  int year = 0;              // its plan year
  std::optional<int> through_year;  // last plan year of its goals and activities (seed 003: 2024)
  std::vector<int> horizons{2, 5};
  // Everything below belongs to plan_unit's plan year; unit_code, year and
  // years are filled in by the writer where left empty.
  std::vector<store::InventoryEntry> inventory;
  std::vector<store::NeedParameters> needs;
  std::vector<store::PlanText> texts;
  std::vector<store::PlanChapter> chapters;  // `position` in list order when 0
  // The kommunövergripande målsättningar, written as goals of the root that
  // every förvaltning's plan lists (seed 000's four).
  std::vector<std::string> malsattningar;
  std::vector<ExampleGoal> goals;
  std::vector<store::Activity> activities;
  std::vector<store::Risk> risks;
  std::vector<store::SuccessionEntry> succession;
};

// The five, in seed order.
ExamplePlan TrelleborgExample();
ExamplePlan MalmoExample();
ExamplePlan LinkopingExample();
ExamplePlan StockholmExample();
ExamplePlan HagerstenExample();

// "trelleborg", "malmo", "linkoping", "stockholm", "hagersten".
const std::vector<std::string>& ExampleKeys();
// The example of a key, or nullopt.
std::optional<ExamplePlan> FindExample(std::string_view key);
// FindExample, or kInvalidInput (field "example") naming the keys.
Result<ExamplePlan> ExampleNamed(std::string_view key);
// "trelleborg|malmo|linkoping|stockholm|hagersten".
std::string ExampleKeyList();

// Writes the example through the store (actor "demo"): units, categories,
// the plan year, kartläggning, need parameters, texts, chapters, goals with
// their indicators and outcomes, activities, risks and succession. Meant for
// an empty database; stops at the first error.
Status WriteExample(const ExamplePlan& example, store::Store& store);

// Writes the example and its users (admin, hr, lasare, all with
// kDemoPassword) and prints what it wrote, with the report command.
Status CreateExample(const ExamplePlan& example, store::Store& store, std::ostream& out);

}  // namespace kplan::cli
