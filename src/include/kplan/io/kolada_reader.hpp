#pragma once
// Reading a Kolada API answer (`kplan import kolada`), saved as it came:
//
// v2 (api.kolada.se/v2/data/kpi/N00090/municipality/0000,1280/year/2022,2023)
//   {"count": 2, "values": [{"kpi": "N00090", "municipality": "1280", "period": 2023,
//     "values": [{"gender": "K", "count": 1, "status": "", "value": 8.4}, ...]}],
//    "next_page": "http://api.kolada.se/v2/...?page=2&per_page=5000"}
// v3 (api.kolada.se/v3/data/kpi/N00090/municipality/1280/year/2023)
//   {"values": [... the same entries ...], "count": 1,
//    "next_url": null, "previous_url": null}
//
// Every entry gives one value per gender (T, K, M); a value may be null (not
// reported) and the status empty or null. next_page / next_url set means the
// file is one page of several; `more_pages` says so and the importer tells
// the user to save the next page as well.
//
// Errors (kInvalidInput, the file, the JSON path as field,
// e.g. `values[3].values[1].value`, and the value): not a Kolada answer
// [kolada]; a member missing or of the wrong type [required, json_type]; what
// core's Validate(KoladaValue) refuses [kolada_kpi, municipality, period,
// gender, number]; the same KPI, municipality, year and gender twice
// [unique]. JSON syntax as json_fields.hpp refuses it. Every bad value is
// reported (up to a limit, all counted); nothing is kept from a file with any.

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "kplan/core/error.hpp"
#include "kplan/core/kolada.hpp"

namespace kplan::io {

struct KoladaReadResult {
  std::string version;  // "v2" (next_page) or "v3" (next_url); "v2" when neither is said
  std::vector<KoladaValue> values;
  std::vector<Error> errors;
  std::size_t error_count = 0;
  bool more_pages = false;

  bool ok() const { return error_count == 0; }
};

// Errors about the file as a whole (not JSON, not a Kolada answer) are the
// Result's error; errors of single values are in the result.
Result<KoladaReadResult> ReadKolada(std::string_view bytes, std::string_view file_name,
                                    std::size_t error_limit = 100);

}  // namespace kplan::io
