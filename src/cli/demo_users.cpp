// The demo municipality's users, one per role, so that `make demo` can be
// tried in the browser at once. They share one password, printed by the demo
// and written in the README: fine for a demo database, never for real use.

#include <ostream>

#include "demo_data.hpp"
#include "kplan/server/password.hpp"

namespace kplan::cli {

Status AddDemoUsers(store::Store& store, std::ostream& out) {
  struct DemoUser {
    const char* name;
    Role role;
    const char* unit;
  };
  const DemoUser users[] = {{"admin", Role::kAdmin, ""},
                            {"hr", Role::kHr, ""},
                            {"chef.hemtjanst", Role::kChef, "VOF-HT"},
                            {"lasare", Role::kReader, ""}};
  auto hash = server::HashPassword(kDemoPassword);
  if (!hash.ok()) return hash.error();
  for (const DemoUser& u : users) {
    store::User user;
    user.name = u.name;
    user.role = u.role;
    user.unit_code = u.unit;
    if (auto added = store.AddUser(user, hash.value(), "system"); !added.ok()) return added.error();
  }
  out << "Demoanvändare (lösenord \"" << kDemoPassword << "\"): admin, hr, chef.hemtjanst (Hemtjänst), lasare\n";
  return Ok();
}

}  // namespace kplan::cli
