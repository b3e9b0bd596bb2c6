#pragma once
// Options shared by `kplan serve` and `kplan demo`: --db, --host, --port, --web
// and the server's limits.

#include <vector>

#include "args.hpp"
#include "kplan/server/server.hpp"
#include "kplan/store/store.hpp"

namespace kplan::cli {

// --db, --host, --port, --web, --max-body-bytes, --session-idle-seconds;
// `kplan demo` adds its --no-serve flag.
std::vector<OptionDecl> ServeOptions();
Result<server::ServerOptions> ServerOptionsFrom(const Args& args);
int ServeUntilSignal(store::Store& store, const server::ServerOptions& options);

}  // namespace kplan::cli
