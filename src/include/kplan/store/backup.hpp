#pragma once
// Backup and restore of a SQLite database while it may be in use (SQLite's
// online backup API: readers and writers continue; the copy is consistent).
// PostgreSQL is backed up with its own tools (pg_dump / pg_restore; see the
// README); these functions refuse a postgresql:// URL with that hint.

#include <string>
#include <string_view>

#include "kplan/core/error.hpp"

namespace kplan::store {

// Writes a consistent copy of the database to `file` (overwritten).
Status BackupDatabase(std::string_view url, const std::string& file);

// Replaces the database's content with the backup in `file`, after checking
// that it is a Kompetensplan database whose schema this program knows.
Status RestoreDatabase(std::string_view url, const std::string& file);

}  // namespace kplan::store
