#pragma once
// The demo municipality "Exempelby kommun": a fictional but realistically
// shaped organisation used by `kplan demo`, the browser tests and benchmarks.
// It contains no real people.

#include <vector>

#include "kplan/core/org_unit.hpp"

namespace kplan::cli {

std::vector<NewOrgUnit> DemoOrganisation();

}  // namespace kplan::cli
