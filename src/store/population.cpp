// Population forecasts (befolkningsprognos), the driver of the staffing need.

#include <cmath>
#include <set>
#include <tuple>
#include <vector>

#include "poco_store.hpp"

namespace kplan::store {
namespace {

constexpr const char* kDeletePopulation =
    "DELETE FROM population_forecast WHERE area = $1 AND year = $2 AND age_from = $3";
constexpr const char* kInsertPopulation =
    "INSERT INTO population_forecast (area, year, age_from, age_to, people)"
    " VALUES ($1, $2, $3, $4, $5)";
constexpr const char* kLoadPopulation =
    "SELECT area, year, age_from, age_to, people FROM population_forecast WHERE area = $1"
    " ORDER BY year, age_from";
constexpr const char* kListPopulationAreas =
    "SELECT DISTINCT area FROM population_forecast ORDER BY area";

}  // namespace

Result<int> PocoStore::SavePopulation(const std::vector<PopulationEntry>& entries,
                                      std::string_view actor) {
  std::set<std::tuple<std::string, int, int>> seen;
  for (std::size_t i = 0; i < entries.size(); ++i) {
    const PopulationEntry& e = entries[i];
    auto bad = [&](std::string sv, std::string en, std::string field) {
      return Error(ErrorCode::kInvalidInput, std::move(sv), std::move(en))
          .WithRow(static_cast<std::int64_t>(i) + 1)
          .WithField(std::move(field))
          .WithRule("population");
    };
    if (e.area.empty()) return bad("område saknas", "area missing", "area");
    if (e.year < 1900 || e.year > 2200) return bad("året " + std::to_string(e.year) + " är orimligt", "implausible year", "year");
    if (e.age_from < 0 || e.age_to < e.age_from || e.age_to > 130) {
      return bad("åldersintervallet " + std::to_string(e.age_from) + "–" + std::to_string(e.age_to) + " är ogiltigt",
                 "invalid age band", "age_from");
    }
    if (!std::isfinite(e.people) || e.people < 0) return bad("antalet måste vara ≥ 0", "people must be ≥ 0", "people");
    if (!seen.insert({e.area, e.year, e.age_from}).second) {
      return bad(e.area + " " + std::to_string(e.year) + " ålder " + std::to_string(e.age_from) +
                     " förekommer två gånger",
                 "duplicate area, year and age", "age_from");
    }
  }
  return InTransaction<int>(Get(), "save population", [&](Session& s) -> Result<int> {
    // One statement each, bound to whole columns: prepared once and stepped
    // per entry (1.5 million cells of every kommun's forecast in seconds, not
    // minutes). The entries are unique (checked above), so deleting them all
    // before inserting any replaces each stored cell as one by one would.
    std::vector<std::string> areas;
    std::vector<int> years, froms, tos;
    std::vector<double> people;
    areas.reserve(entries.size());
    for (const PopulationEntry& e : entries) {
      areas.push_back(e.area);
      years.push_back(e.year);
      froms.push_back(e.age_from);
      tos.push_back(e.age_to);
      people.push_back(e.people);
    }
    if (!entries.empty()) {
      s << kDeletePopulation, use(areas), use(years), use(froms), now;
      s << kInsertPopulation, use(areas), use(years), use(froms), use(tos), use(people), now;
    }
    AppendAudit(s, actor, "import", "population_forecast", std::to_string(entries.size()), "",
                "{\"entries\":" + std::to_string(entries.size()) + "}");
    return static_cast<int>(entries.size());
  });
}

Result<std::vector<PopulationEntry>> PocoStore::LoadPopulation(std::string_view area) {
  return Reading<std::vector<PopulationEntry>>(
      Get(), "load population", [&](Session& s) -> Result<std::vector<PopulationEntry>> {
        std::string a(area);
        std::vector<std::string> areas;
        std::vector<int> years, froms, tos;
        std::vector<double> people;
        s << kLoadPopulation, use(a), into(areas), into(years), into(froms), into(tos),
            into(people), now;
        std::vector<PopulationEntry> out(areas.size());
        for (std::size_t i = 0; i < areas.size(); ++i) {
          out[i] = {areas[i], years[i], froms[i], tos[i], people[i]};
        }
        return out;
      });
}

Result<std::vector<std::string>> PocoStore::ListPopulationAreas() {
  return Reading<std::vector<std::string>>(Get(), "list population areas",
                                           [&](Session& s) -> Result<std::vector<std::string>> {
                                             std::vector<std::string> areas;
                                             s << kListPopulationAreas, into(areas), now;
                                             return areas;
                                           });
}

}  // namespace kplan::store
