// A cube laid out as the wide table SCB exports (data_cube.hpp).

#include "data_cube.hpp"

#include <optional>

namespace kplan::io::detail {

std::optional<std::uint64_t> CubeCells(const std::vector<CubeDimension>& dims) {
  std::uint64_t cells = 1;
  for (const CubeDimension& d : dims) {
    cells *= d.labels.size();
    if (cells > kMaxCubeCells) return std::nullopt;
  }
  return cells;
}

Result<Table> CubeToTable(const DataCube& cube) {
  std::optional<std::uint64_t> cells = CubeCells(cube.dims);
  if (!cells || *cells != cube.values.size() || cube.lines.size() != cube.values.size()) {
    const std::string have = std::to_string(cube.values.size());
    const std::string want = cells ? std::to_string(*cells) : "fler än " + std::to_string(kMaxCubeCells);
    return Error(ErrorCode::kInvalidInput,
                 "tabellen har " + have + " värden men dimensionerna ger " + want,
                 "the table has " + have + " values but its dimensions give " + want)
        .WithFile(cube.file)
        .WithRule("cube_size");
  }
  std::size_t time = cube.dims.size();
  for (std::size_t d = 0; d < cube.dims.size(); ++d) {
    if (cube.dims[d].time) {
      time = d;
      break;
    }
  }
  // Strides in data order: the last dimension varies fastest.
  std::vector<std::uint64_t> stride(cube.dims.size(), 1);
  for (std::size_t d = cube.dims.size(); d-- > 1;) {
    stride[d - 1] = stride[d] * cube.dims[d].labels.size();
  }
  Table table;
  table.file = cube.file;
  for (std::size_t d = 0; d < cube.dims.size(); ++d) {
    if (d != time) table.header.push_back(cube.dims[d].name);
  }
  const bool wide = time < cube.dims.size();
  const std::size_t columns = wide ? cube.dims[time].labels.size() : 1;
  if (wide) {
    for (const std::string& label : cube.dims[time].labels) table.header.push_back(label);
  } else {
    table.header.push_back("antal");
  }
  if (*cells == 0) return table;
  const std::uint64_t rows = *cells / columns;
  const std::uint64_t time_stride = wide ? stride[time] : 1;
  table.rows.reserve(rows);
  std::vector<std::size_t> at(cube.dims.size(), 0);  // the row's position in each other dimension
  for (std::uint64_t r = 0; r < rows; ++r) {
    TableRow row;
    row.fields.reserve(table.header.size());
    std::uint64_t base = 0;
    for (std::size_t d = 0; d < cube.dims.size(); ++d) {
      if (d == time) continue;
      row.fields.push_back(cube.dims[d].labels[at[d]]);
      base += at[d] * stride[d];
    }
    for (std::size_t t = 0; t < columns; ++t) row.fields.push_back(cube.values[base + t * time_stride]);
    row.line = cube.lines[base];
    table.rows.push_back(std::move(row));
    for (std::size_t d = cube.dims.size(); d-- > 0;) {  // the next combination, last fastest
      if (d == time) continue;
      if (++at[d] < cube.dims[d].labels.size()) break;
      at[d] = 0;
    }
  }
  return table;
}

}  // namespace kplan::io::detail
