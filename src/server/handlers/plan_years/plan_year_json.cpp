#include "plan_year_json.hpp"

#include "kplan/core/activity.hpp"  // kUnitCodeMaxChars
#include "kplan/core/plan_year.hpp"

namespace kplan::server::handlers {
namespace {

Json OptionalYear(int year) { return year == 0 ? Json() : Json(year); }

}  // namespace

Json PlanYearJson(const store::PlanYear& p) {
  return Json{{"id", p.id},
              {"unit", p.unit_code},
              {"year", p.year},
              {"scale", p.scale},
              {"levels", p.levels},
              {"horizons", p.horizons},
              {"period_from", OptionalYear(p.period_from)},
              {"period_to", OptionalYear(p.period_to)},
              {"sections", p.sections},
              {"status", PlanStatusKey(p.status)},
              {"status_label", PlanStatusLabel(p.status)},
              {"version", p.version},
              {"inventory_version", p.inventory_version}};
}

Result<store::PlanYear> PlanYearFromJson(const Json& body) {
  Fields f(body);
  store::PlanYear p;
  auto unit = f.String("unit", kUnitCodeMaxChars);
  if (!unit.ok()) return unit.error();
  auto year = f.Int("year", kPlanYearMin, kPlanYearMax);
  if (!year.ok()) return year.error();
  auto scale = f.OptionalString("scale", kScaleNameMaxChars);
  if (!scale.ok()) return scale.error();
  if (f.Has("horizons")) {
    const Json& h = f.Get("horizons");
    if (!h.is_array()) return FieldError("horizons", "ska vara en lista med år framåt, t.ex. [2, 5]", "must be a list of years ahead, e.g. [2, 5]");
    p.horizons.clear();
    for (std::size_t i = 0; i < h.size(); ++i) {
      if (!h[i].is_number_integer()) {
        return FieldError("horizons[" + std::to_string(i) + "]", "ska vara ett heltal", "must be a whole number");
      }
      p.horizons.push_back(h[i].get<int>());
    }
  }
  auto from = f.OptionalInt("period_from", kPlanYearMin, kPlanYearMax);
  if (!from.ok()) return from.error();
  auto to = f.OptionalInt("period_to", kPlanYearMin, kPlanYearMax);
  if (!to.ok()) return to.error();
  auto sections = f.OptionalStrings("sections", 40);
  if (!sections.ok()) return sections.error();
  p.unit_code = unit.value();
  p.year = year.value();
  p.scale = scale.value();
  p.period_from = from.value().value_or(0);
  p.period_to = to.value().value_or(0);
  p.sections = sections.value();
  if (Status valid = Validate(p); !valid.ok()) return valid.error();
  return p;
}

}  // namespace kplan::server::handlers
