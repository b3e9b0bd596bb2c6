#pragma once
// What every fuzzed table reader must give (the *_fuzz.cpp targets): a table
// whose every row has the header's width, or an error with a rule.

#include <cstdlib>

#include "kplan/core/error.hpp"
#include "kplan/io/table.hpp"

inline void CheckTableResult(const kplan::Result<kplan::io::Table>& table) {
  if (table.ok()) {
    for (const auto& row : table.value().rows) {
      if (row.fields.size() != table.value().header.size()) std::abort();
    }
  } else if (table.error().rule().empty()) {
    std::abort();
  }
}
