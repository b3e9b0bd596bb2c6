// The key figures an indicator can be bound to (indicator_binding.hpp).

#include "kplan/core/indicator_binding.hpp"

#include <array>
#include <string>

namespace kplan {
namespace {

constexpr std::array<KeyFigureBinding, 6> kBindings = {{
    {"sick_leave", "Sjukfrånvaro", "sick_leave_share", "%"},
    {"employees_per_manager", "Anställda per första linjens chef", "employees_per_manager", "st"},
    {"full_time_share", "Heltidsandel", "part_time_share", "%"},
    {"qualified_share", "Andel behöriga", "qualified_share", "%"},
    {"turnover", "Personalomsättning", "turnover", "%"},
    {"share_55_plus", "Andel 55 år och äldre", "age_55_plus", "%"},
}};

std::optional<double> Percent(const std::optional<double>& share) {
  if (!share) return std::nullopt;
  return *share * 100.0;
}

}  // namespace

std::span<const KeyFigureBinding> KeyFigureBindings() { return kBindings; }

const KeyFigureBinding* FindKeyFigureBinding(std::string_view key) {
  for (const KeyFigureBinding& b : kBindings) {
    if (b.key == key) return &b;
  }
  return nullptr;
}

Status ValidateKeyFigureKey(std::string_view key) {
  if (key.empty() || FindKeyFigureBinding(key)) return Ok();
  std::string known;
  for (const KeyFigureBinding& b : kBindings) known += (known.empty() ? "" : ", ") + std::string(b.key);
  return Error(ErrorCode::kInvalidInput,
               "\"" + std::string(key) + "\" är inget nyckeltal ur personalregistret (" + known + ")",
               "\"" + std::string(key) + "\" is no key figure of the register (" + known + ")")
      .WithField("key_figure")
      .WithRule("key_figure")
      .WithValue(std::string(key));
}

std::optional<double> BoundOutcome(const KeyFigureBinding& binding, const KeyFigures& f) {
  const std::string_view field = binding.field;
  if (field == "sick_leave_share") return Percent(f.sick_leave_share);
  if (field == "employees_per_manager") return f.employees_per_manager;
  if (field == "part_time_share") {
    if (!f.part_time_share) return std::nullopt;
    return (1.0 - *f.part_time_share) * 100.0;
  }
  if (field == "qualified_share") return Percent(f.qualified_share);
  if (field == "turnover") return Percent(f.turnover);
  if (field == "age_55_plus") {
    if (f.headcount == 0) return std::nullopt;
    return 100.0 * f.age_55_plus / f.headcount;
  }
  return std::nullopt;
}

Error TypedOutcomeRefused(const KeyFigureBinding& binding) {
  return Error(ErrorCode::kInvalidInput,
               "indikatorn är kopplad till nyckeltalet " + std::string(binding.label) +
                   ": utfallet " + std::string(kComputedOutcomeLabel) + " och skrivs inte in för hand",
               "the indicator is bound to the key figure " + std::string(binding.key) +
                   ": its outcome is computed from the register and cannot be typed")
      .WithField("value")
      .WithRule("computed_outcome")
      .WithHint("Ta bort kopplingen till nyckeltalet för att skriva utfallet själv.");
}

}  // namespace kplan
