#include "kplan/core/competence_scale.hpp"

#include <utility>

namespace kplan {

CompetenceScale CompetenceScale::Default() {
  return CompetenceScale({"Viss", "God", "Hög", "Mycket hög"});
}

CompetenceScale::CompetenceScale(std::vector<std::string> level_names)
    : names_(std::move(level_names)) {}

std::optional<std::size_t> CompetenceScale::Find(std::string_view level_name) const {
  for (std::size_t level = 0; level < names_.size(); ++level) {
    if (names_[level] == level_name) return level;
  }
  return std::nullopt;
}

std::vector<std::string> CompetenceScale::NamesOf(const std::vector<std::size_t>& levels) const {
  std::vector<std::string> out;
  out.reserve(levels.size());
  for (std::size_t level : levels) out.push_back(names_[level]);
  return out;
}

}  // namespace kplan
