#pragma once
// A core record as a reader read it, with where it came from: the table's
// line (1-based, as ReadResult's errors count it; the file and sheet are the
// table's). Readers hand these on; the importer passes `record` to the store
// unchanged, after core's Validate has already passed at read time.

#include <cstdint>

namespace kplan::io {

template <class Record>
struct Located {
  std::int64_t line = 0;
  Record record;
};

}  // namespace kplan::io
