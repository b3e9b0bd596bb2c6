#pragma once
// A record's plan year span (core/year_span.hpp) in SQL (private header): the
// columns year and through_year, the list filter and the binding, one for
// goals, activities and succession entries.

#include <Poco/Data/RecordSet.h>
#include <Poco/Nullable.h>

#include <cstddef>
#include <optional>

#include "kplan/core/year_span.hpp"

// The rows of table alias `a` whose span covers the plan year bound to $2, $3
// and $4 (the same year three times: sql.hpp's placeholders appear once
// each), or every row when that year is 0.
#define KPLAN_SQL_COVERS_YEAR_2_3_4(a) \
  " AND ($2 = 0 OR (" a ".year <= $3 AND COALESCE(" a ".through_year, " a ".year) >= $4))"

namespace kplan::store {

// The span as bound to the columns year and through_year.
struct YearColumns {
  int year = 0;
  Poco::Nullable<int> through_year;
};

inline YearColumns ToColumns(const YearSpan& span) {
  YearColumns c;
  c.year = span.first;
  if (span.last && *span.last != span.first) c.through_year = *span.last;
  return c;
}

// The span from columns `column` (year) and `column + 1` (through_year).
inline YearSpan ReadYearSpan(Poco::Data::RecordSet& rs, std::size_t row, std::size_t column) {
  YearSpan span;
  span.first = rs.value(column, row).convert<int>();
  if (!rs.value(column + 1, row).isEmpty()) span.last = rs.value(column + 1, row).convert<int>();
  return span;
}

// ListRecords' keys after the unit: the plan year, or 0 for every year, three times.
inline int YearKey(std::optional<int> year) { return year.value_or(0); }

}  // namespace kplan::store
