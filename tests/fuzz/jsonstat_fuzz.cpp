// libFuzzer target for the JSON-stat2 reader: any bytes must give either a table
// whose every row has the header's width, or an error with a rule — never a
// crash, a hang, or undefined behaviour (table_fuzz_check.hpp).

#include <cstddef>
#include <cstdint>
#include <string_view>

#include "kplan/io/json_stat.hpp"
#include "table_fuzz_check.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  CheckTableResult(kplan::io::ReadJsonStatTable(std::string_view(reinterpret_cast<const char*>(data), size), "fuzz.json"));
  return 0;
}
