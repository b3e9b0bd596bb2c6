// The need side of the staffing simulation: a driver series from the stored
// population forecast.

#include <algorithm>

#include "staffing_simulation_parts.hpp"

namespace kplan::app::simulation {

DriverSeries PopulationDriver(std::span<const store::PopulationEntry> entries, const std::optional<AgeBand>& band,
                              int start_year, int years, std::string* note) {
  DriverSeries series{DescribeNeedDriver(band), {}};
  auto within = [&](const store::PopulationEntry& e) {
    return !band || (e.age_from >= band->from && e.age_to <= band->to);
  };
  auto overlaps = [&](const store::PopulationEntry& e) {
    return !band || (e.age_from <= band->to && e.age_to >= band->from);
  };
  const bool any_within = std::any_of(entries.begin(), entries.end(), within);
  std::map<int, double> people;  // by year
  int lowest = 1000, highest = -1;
  for (const store::PopulationEntry& e : entries) {
    if (any_within ? !within(e) : !overlaps(e)) continue;
    people[e.year] += e.people;
    lowest = std::min(lowest, e.age_from);
    highest = std::max(highest, e.age_to);
  }
  if (people.empty() || people.begin()->second <= 0) {
    series.values = {1.0};
    if (note) {
      *note = "befolkningsprognosen saknar " + DescribeNeedDriver(band) + ": behovet antas oförändrat";
    }
    return series;
  }
  if (note && band && !any_within) {
    *note = "befolkningsprognosen har inte " + DescribeNeedDriver(band) + "; åldrarna " + std::to_string(lowest) +
            "\u2013" + std::to_string(highest) + " år används";
  }
  for (int t = 0; t <= years; ++t) {
    const int year = start_year + t;
    auto it = people.lower_bound(year);  // this year, else the next one the forecast has
    if (it == people.end()) it = std::prev(people.end());
    series.values.push_back(it->second);
  }
  if (note && note->empty() && (people.begin()->first > start_year || people.rbegin()->first < start_year + years)) {
    *note = "befolkningsprognosen täcker " + std::to_string(people.begin()->first) + "\u2013" +
            std::to_string(people.rbegin()->first) + "; närmaste år används utanför";
  }
  return series;
}

}  // namespace kplan::app::simulation
