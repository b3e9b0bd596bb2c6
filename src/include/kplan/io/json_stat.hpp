#pragma once
// Reading the PxWeb API's answer in JSON-stat 2.0 (SCB's API v1 with
// "format": "json-stat2", and PxWeb 2's /tables/{id}/data):
//   {"version": "2.0", "class": "dataset", "label": "Folkmängd efter ...",
//    "id": ["Region", "Alder", "Kon", "ContentsCode", "Tid"],
//    "size": [1, 2, 2, 1, 2],
//    "role": {"time": ["Tid"], "metric": ["ContentsCode"]},
//    "dimension": {"Region": {"label": "region", "category": {
//        "index": {"0180": 0}, "label": {"0180": "Stockholm"}}}, ...},
//    "value": [512, 498, null, ...]}
// Each dimension's categories are its `index` (an object code → position or
// an array of codes; without an index, the keys of `label`), each shown by its
// label. `value` is an array in row-major order over `id` (the last dimension
// varies fastest) or an object position → value; null is a missing value
// (SCB's ".."). The time dimension is role.time, else "Tid".
//
// Errors (kInvalidInput, the file and the field): not a dataset [jsonstat],
// sizes that do not match the ids, categories or values [jsonstat_size], a bad
// index [jsonstat_index], a value that is no number [jsonstat_value]; JSON
// syntax as json_fields.hpp refuses it.

#include <string_view>

#include "kplan/core/error.hpp"
#include "kplan/io/table.hpp"

namespace kplan::io {

// The dataset as the wide table the population reader reads (one column per
// dimension but time, by its label, then one per time value; data_cube.hpp);
// numbers written with a decimal point, null as "..". A row's line is the
// position (1-based) in `value` of its first cell.
Result<Table> ReadJsonStatTable(std::string_view bytes, std::string_view file_name);

}  // namespace kplan::io
