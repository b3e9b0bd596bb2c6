// /api/v1/succession: successionsplanering — key positions, the pseudonymous
// ids of who holds them and who could follow, retirement year and readiness.

#include <array>

#include "../crud.hpp"
#include "../handlers.hpp"

namespace kplan::server::handlers {
namespace {

struct Readiness {
  const char* key;
  const char* label;
};
constexpr std::array<Readiness, 5> kReadiness{{{"", "Ej bedömd"},
                                               {"ready_now", "Redo nu"},
                                               {"1_2_years", "Redo om 1–2 år"},
                                               {"3_5_years", "Redo om 3–5 år"},
                                               {"none", "Efterträdare saknas"}}};

const char* ReadinessLabel(const std::string& key) {
  for (const auto& r : kReadiness) {
    if (key == r.key) return r.label;
  }
  return "";
}

Json SuccessionJson(const store::SuccessionEntry& e) {
  return Json{{"id", e.id},
              {"unit", e.unit_code},
              {"position_title", e.position_title},
              {"incumbent_ref", e.incumbent_ref},
              {"retirement_year", e.retirement_year ? Json(*e.retirement_year) : Json()},
              {"successor_ref", e.successor_ref},
              {"readiness", e.readiness},
              {"readiness_label", ReadinessLabel(e.readiness)},
              {"version", e.version}};
}

Result<store::SuccessionEntry> SuccessionFromJson(const Json& body) {
  Fields f(body);
  store::SuccessionEntry e;
  auto unit = f.String("unit", 64);
  if (!unit.ok()) return unit.error();
  auto title = f.String("position_title", 300);
  if (!title.ok()) return title.error();
  auto incumbent = f.OptionalString("incumbent_ref", 64);
  if (!incumbent.ok()) return incumbent.error();
  auto retirement = f.OptionalInt("retirement_year", 2000, 2100);
  if (!retirement.ok()) return retirement.error();
  auto successor = f.OptionalString("successor_ref", 64);
  if (!successor.ok()) return successor.error();
  auto readiness = f.OptionalString("readiness", 20);
  if (!readiness.ok()) return readiness.error();
  bool known = false;
  for (const auto& r : kReadiness) known = known || readiness.value() == r.key;
  if (!known) {
    return FieldError("readiness", "ska vara ready_now, 1_2_years, 3_5_years eller none",
                      "must be ready_now, 1_2_years, 3_5_years or none")
        .WithValue(readiness.value())
        .WithRule("readiness");
  }
  e.unit_code = unit.value();
  e.position_title = title.value();
  e.incumbent_ref = incumbent.value();
  e.retirement_year = retirement.value();
  e.successor_ref = successor.value();
  e.readiness = readiness.value();
  return e;
}

}  // namespace

void RegisterSuccession(Router& router) {
  using store::SuccessionEntry;
  UnitRecords<SuccessionEntry> spec{.path = "/api/v1/succession", .tag = "succession",
                                    .noun = "a succession entry", .schema = "SuccessionEntry",
                                    .module = Module::kSuccession};
  spec.list = [](const ApiRequest&, AppContext& app, const OrgUnit& scope) {
    return app.store.ListSuccession(scope.id);
  };
  spec.get = [](store::Store& s, std::int64_t id) { return s.GetSuccession(id); };
  spec.create = [](store::Store& s, const SuccessionEntry& e, std::string_view actor) {
    return s.CreateSuccession(e, actor);
  };
  spec.update = [](store::Store& s, const SuccessionEntry& e, std::string_view actor) {
    return s.UpdateSuccession(e, actor);
  };
  spec.remove = [](store::Store& s, std::int64_t id, int v, std::string_view actor) {
    return s.DeleteSuccession(id, v, actor);
  };
  spec.to_json = SuccessionJson;
  spec.from_json = SuccessionFromJson;
  spec.unit_of = [](const SuccessionEntry& e) { return e.unit_code; };
  RegisterUnitRecords(router, spec);
}

}  // namespace kplan::server::handlers
