#include "open_store.hpp"

#include <iostream>

namespace kplan::cli {

Result<std::unique_ptr<store::Store>> OpenMigratedStore(const std::string& url) {
  auto opened = store::Store::Open(url);
  if (!opened.ok()) {
    std::cerr << "kplan: " << opened.error().Describe() << "\n";
    return opened.error();
  }
  auto store = std::move(opened).value();
  Result<int> applied = store->Migrate();
  if (!applied.ok()) {
    std::cerr << "kplan: " << applied.error().Describe() << "\n";
    return applied.error();
  }
  if (applied.value() > 0) {
    std::cerr << "kplan: databasen uppdaterad till schemaversion "
              << store::Store::LatestSchemaVersion() << "\n";
  }
  return store;
}

}  // namespace kplan::cli
