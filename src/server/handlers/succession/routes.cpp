// /api/v1/succession: successionsplanering — key positions, the pseudonymous
// ids of who holds them and who could follow, retirement year and readiness.

#include "../crud.hpp"
#include "../handlers.hpp"
#include "kplan/core/activity.hpp"  // kUnitCodeMaxChars
#include "kplan/core/succession.hpp"

namespace kplan::server::handlers {
namespace {

Json SuccessionJson(const store::SuccessionEntry& e) {
  Json j{{"id", e.id},
              {"unit", e.unit_code},
              {"position_title", e.position_title},
              {"incumbent_ref", e.incumbent_ref},
              {"retirement_year", e.retirement_year ? Json(*e.retirement_year) : Json()},
              {"successor_ref", e.successor_ref},
              {"readiness", e.readiness},
              {"readiness_label", std::string(ReadinessLabel(e.readiness))}};
  PutYearSpan(j, e.years);
  j["version"] = e.version;
  return j;
}

Result<store::SuccessionEntry> SuccessionFromJson(const Json& body) {
  Fields f(body);
  store::SuccessionEntry e;
  auto unit = f.String("unit", kUnitCodeMaxChars);
  if (!unit.ok()) return unit.error();
  auto title = f.String("position_title", kSuccessionPositionMaxChars);
  if (!title.ok()) return title.error();
  auto incumbent = f.OptionalString("incumbent_ref", kEmployeeRefMaxChars);
  if (!incumbent.ok()) return incumbent.error();
  auto retirement = f.OptionalInt("retirement_year", kRetirementYearMin, kRetirementYearMax);
  if (!retirement.ok()) return retirement.error();
  auto successor = f.OptionalString("successor_ref", kEmployeeRefMaxChars);
  if (!successor.ok()) return successor.error();
  auto readiness = f.OptionalString("readiness", 20);
  if (!readiness.ok()) return readiness.error();
  auto years = YearSpanFields(f);
  if (!years.ok()) return years.error();
  e.unit_code = unit.value();
  e.position_title = title.value();
  e.incumbent_ref = incumbent.value();
  e.retirement_year = retirement.value();
  e.successor_ref = successor.value();
  e.readiness = readiness.value();
  e.years = years.value();
  // Readiness keys, personnummer in the refs ...: the store's rules.
  if (Status valid = Validate(e); !valid.ok()) return valid.error();
  return e;
}

}  // namespace

void RegisterSuccession(Router& router) {
  using store::SuccessionEntry;
  UnitRecords<SuccessionEntry> spec{.path = "/api/v1/succession", .tag = "succession",
                                    .noun = "a succession entry", .schema = "SuccessionEntry",
                                    .module = Module::kSuccession};
  spec.list_query = kYearSpanListQuery;
  spec.scope_parameters = kYearSpanScope;
  spec.list = [](const ApiRequest& req, AppContext& app,
                 const OrgUnit& scope) -> Result<std::vector<SuccessionEntry>> {
    auto year = OptionalYearParam(req);
    if (!year.ok()) return year.error();
    return app.store.ListSuccession(scope.id, year.value());
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
