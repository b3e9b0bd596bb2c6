// libFuzzer target for the CSV reader: any bytes must give either a table
// whose every row has exactly the header's width, or an error with a rule —
// never a crash, a hang, or undefined behaviour.

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "kplan/io/csv.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string_view bytes(reinterpret_cast<const char*>(data), size);
  auto table = kplan::io::ReadCsv(bytes, "fuzz.csv");
  if (table.ok()) {
    for (const auto& row : table.value().table.rows) {
      if (row.fields.size() != table.value().table.header.size()) std::abort();
      if (row.line < 2) std::abort();
      for (const auto& f : row.fields) kplan::io::ParseDecimal(f, table.value().dialect.decimal);
    }
  } else if (table.error().rule().empty()) {
    std::abort();
  }
  return 0;
}
