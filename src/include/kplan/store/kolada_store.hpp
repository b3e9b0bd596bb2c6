#pragma once
// Kolada's key figures as imported (one role of kplan::store::Store): the
// values of the personnel KPIs per municipality, year and gender
// (core/kolada.hpp), which an indicator is compared with.

#include <string>
#include <string_view>
#include <vector>

#include "kplan/core/error.hpp"
#include "kplan/store/records.hpp"

namespace kplan::store {

class KoladaStore {
 public:
  virtual ~KoladaStore() = default;

  // Validates every value (core's Validate; the error names the value's
  // position, 1-based, as its row) and then writes them all in one
  // transaction, a stored value of the same KPI, municipality, year and
  // gender replaced; audited once as "import". Returns how many were written.
  virtual Result<int> SaveKoladaValues(const std::vector<KoladaValue>& values, std::string_view actor) = 0;

  // The values of one KPI for the municipalities named (all of them when the
  // list is empty), by municipality, year and gender.
  virtual Result<std::vector<KoladaValue>> ListKoladaValues(std::string_view kpi,
                                                            const std::vector<std::string>& municipalities) = 0;
};

}  // namespace kplan::store
