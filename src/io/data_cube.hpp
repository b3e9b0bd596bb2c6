#pragma once
// A statistical cube as PX files and JSON-stat2 answers carry it (private to
// src/io), and the Table the population reader reads made from it.
//
// The cells are in data order: the first dimension varies slowest, the last
// fastest (PX: the STUB variables, then the HEADING ones; JSON-stat2: `id`).
// CubeToTable lays the cube out as SCB's own wide export: one column per
// dimension except time, then one column per time value (headed by its label,
// "2025"); one row per combination of the other dimensions, in data order.
// Without a time dimension the table is long, the value in a column "antal".

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "kplan/core/error.hpp"
#include "kplan/io/table.hpp"

namespace kplan::io::detail {

// Cells a cube may have: SCB's API gives at most 150,000 per answer, a PX
// file of all kommuner, ages, sexes and 50 years about 3 million.
inline constexpr std::uint64_t kMaxCubeCells = 50'000'000;

struct CubeDimension {
  std::string name;                 // its label: "region", "ålder", "år"
  std::vector<std::string> labels;  // the values' texts, in data order
  bool time = false;
};

struct DataCube {
  std::string file;                  // as the user named it
  std::vector<CubeDimension> dims;   // data order
  std::vector<std::string> values;   // one per cell, as text: "1843", "1880.5", ".."
  std::vector<std::int64_t> lines;   // per cell, where it is written (the row its errors name)
};

// The number of cells the dimensions span, or nullopt beyond kMaxCubeCells.
std::optional<std::uint64_t> CubeCells(const std::vector<CubeDimension>& dims);

// Errors (rule "cube_size") when the values do not fill the dimensions.
Result<Table> CubeToTable(const DataCube& cube);

}  // namespace kplan::io::detail
