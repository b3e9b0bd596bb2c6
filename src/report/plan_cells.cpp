// Cells, small phrases and the BuildContext helpers shared by the section builders.

#include <cstdio>

#include "kplan/core/rounding.hpp"
#include "kplan/core/swedish_text.hpp"
#include "plan_sections.hpp"

namespace kplan::report::detail {

std::string BuildContext::ChartName(std::string_view what) {
  char prefix[32];
  std::snprintf(prefix, sizeof prefix, "chart%02d-", ++charts);
  return prefix + std::string(what);
}

void BuildContext::Section(const msg::SectionName& section, const UnitPlan& plan, int level) {
  doc.AddHeading(level, std::string(section.heading));
  AddUserText(doc, plan.Text(std::string(section.key)), level, std::string(msg::kTextSheet));
}

Cell TextCell(std::string text) { return Cell::Text(std::move(text)); }

Cell IntegerCell(double value) {
  const auto rounded = RoundHalfAwayFromZero(value);
  return Cell{FormatInteger(rounded), static_cast<double>(rounded), NumberFormat::kInteger};
}

Cell DecimalCell(double value, int decimals) {
  return Cell{FormatFixed(value, decimals), RoundToDecimals(value, decimals), NumberFormat::kDecimal};
}

Cell PercentCell(std::optional<double> fraction, int decimals) {
  if (!fraction) return TextCell("–");
  return Cell{FormatPercent(RoundToDecimals(*fraction * 100, decimals), decimals), *fraction,
              NumberFormat::kPercent};
}

Cell GapCell(double gap) {
  Cell c = IntegerCell(gap);
  if (c.number && *c.number < 0) c.tone = CellTone::kShortage;
  if (c.number && *c.number > 0) c.tone = CellTone::kSurplus;
  return c;
}

std::string Years(int years) { return std::to_string(years) + " år"; }

std::string Distribution(const PerLevel& shares, const CompetenceScale& scale) {
  std::string text;
  for (std::size_t level = 0; level < shares.size() && level < scale.size(); ++level) {
    text.append(level > 0 ? ", " : "").append(scale.name(level)).append(" ");
    text.append(FormatPercent(RoundToDecimals(shares[level], 0), 0));
  }
  return text;
}

}  // namespace kplan::report::detail
