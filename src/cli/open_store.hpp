#pragma once
// Opening the store for a command: parse the URL, connect, migrate to the
// latest schema, and report problems on stderr in Swedish.

#include <memory>
#include <string>

#include "kplan/store/store.hpp"

namespace kplan::cli {

// The store, or the reason it could not be opened (already printed to stderr).
Result<std::unique_ptr<store::Store>> OpenMigratedStore(const std::string& url);

}  // namespace kplan::cli
