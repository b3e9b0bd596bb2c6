#pragma once
// Plan years inside a transaction (private header), for the modules that
// hang on one: inventory, need parameters, plan texts.

#include <Poco/Data/Session.h>

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "kplan/core/error.hpp"
#include "kplan/store/records.hpp"

namespace kplan::store {

// The stored plan year with its scale's levels.
std::optional<PlanYear> PlanYearById(Poco::Data::Session& s, std::int64_t id);
std::optional<PlanYear> PlanYearOf(Poco::Data::Session& s, std::int64_t unit_id, int year);

// The plan year of a unit, created with the default scale and horizons when
// absent; kNotFound when the unit does not exist.
Result<PlanYear> EnsurePlanYearOf(Poco::Data::Session& s, std::int64_t unit_id, int year);

// "2,5" <-> {2, 5}: the horizons column.
std::string HorizonsText(const std::vector<int>& horizons);
std::vector<int> ParseHorizons(const std::string& text);

}  // namespace kplan::store
