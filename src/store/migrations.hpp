#pragma once
// The schema, as numbered forward-only migrations. A migration is written once
// for both backends; the few dialect differences are placeholders replaced
// when it is applied:
//   {{id}}        auto-assigned 64-bit primary key
//   {{blob}}      column type for bytes (BLOB, BYTEA)
//   {{this_year}} the current calendar year, as an SQL expression

#include <string>
#include <string_view>
#include <vector>

#include "kplan/store/database_url.hpp"

namespace kplan::store {

struct Migration {
  int version;
  std::string_view description;
  std::vector<std::string_view> statements;
};

const std::vector<Migration>& AllMigrations();

// The statement with the dialect placeholders filled in for the backend.
std::string ForBackend(std::string_view statement, Backend backend);

}  // namespace kplan::store
