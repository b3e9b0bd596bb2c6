#include "kplan/core/need_driver.hpp"

namespace kplan {
namespace {

struct Entry {
  std::string_view ssyk;
  AgeBand band;
};

constexpr Entry kDefaults[] = {
    {"5321", {80, 120}}, {"5330", {80, 120}}, {"2221", {80, 120}}, {"2272", {80, 120}}, {"2273", {80, 120}},
    {"2343", {1, 5}},    {"5311", {1, 5}},    {"2341", {6, 15}},   {"2342", {6, 15}},   {"2351", {6, 15}},
    {"5312", {6, 15}},   {"2330", {16, 19}},
};

}  // namespace

std::optional<AgeBand> DefaultNeedDriver(std::string_view ssyk) {
  for (const Entry& e : kDefaults) {
    if (e.ssyk == ssyk) return e.band;
  }
  return std::nullopt;
}

std::string DescribeNeedDriver(const std::optional<AgeBand>& band) {
  if (!band) return "hela befolkningen";
  return std::to_string(band->from) + "\u2013" + std::to_string(band->to) + " år";
}

}  // namespace kplan
