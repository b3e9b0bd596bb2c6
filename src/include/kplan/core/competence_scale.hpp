#pragma once
// Kompetensnivåer: the ordered levels on which available and needed competence
// are mapped, lowest first. Seed 001 (Malmö) uses Viss, God, Hög, Mycket hög;
// a municipality may define its own scale (at least two levels).

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace kplan {

class CompetenceScale {
 public:
  // Viss, God, Hög, Mycket hög.
  static CompetenceScale Default();

  // Requires: at least two names, none empty, no two equal.
  explicit CompetenceScale(std::vector<std::string> level_names);

  std::size_t size() const { return names_.size(); }
  const std::string& name(std::size_t level) const { return names_[level]; }
  const std::vector<std::string>& names() const { return names_; }

  // The index of a level by its name (exact match), lowest level 0.
  std::optional<std::size_t> Find(std::string_view level_name) const;

  // The names of the given level indexes (each < size()), in the order given.
  std::vector<std::string> NamesOf(const std::vector<std::size_t>& levels) const;

 private:
  std::vector<std::string> names_;
};

// One value per level of a scale, lowest level first.
using PerLevel = std::vector<double>;

}  // namespace kplan
