// libFuzzer target for the Kolada reader: any bytes must give either values
// that each pass core's Validate, or errors with a rule and a JSON path (and
// then no values), or an error about the file with a rule — never a crash, a
// hang, or undefined behaviour.

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "kplan/io/kolada_reader.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  auto read = kplan::io::ReadKolada(std::string_view(reinterpret_cast<const char*>(data), size), "fuzz.json", 5);
  if (!read.ok()) {
    if (read.error().rule().empty()) std::abort();
    return 0;
  }
  const auto& r = read.value();
  if (r.errors.size() > 5 || r.errors.size() > r.error_count) std::abort();
  if (r.error_count > 0 && !r.values.empty()) std::abort();
  for (const auto& e : r.errors) {
    if (e.rule().empty() || e.location().file != "fuzz.json") std::abort();
  }
  for (const auto& v : r.values) {
    if (!kplan::Validate(v).ok()) std::abort();
  }
  return 0;
}
