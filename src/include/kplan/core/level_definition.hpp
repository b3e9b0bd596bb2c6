#pragma once
// Kompetensdefinitioner (seed 001: "kompetensdefinitionerna för de olika
// nivåerna"): what a competence level means for one occupational category —
// what "Hög" is for an undersköterska — written by hr, shown to the chefs who
// map their units (in Kartläggning and in the unit's XLSX).

#include <cstddef>
#include <string>
#include <vector>

#include "kplan/core/error.hpp"

namespace kplan {

inline constexpr std::size_t kLevelDefinitionMaxChars = 2000;

struct LevelDefinition {
  std::string level;  // a level name, e.g. "Hög"
  std::string text;   // what it means for the category; may be empty (none written)
};

// Each level named (at most 100 characters, "required"/"max_length"), no
// level twice ("duplicate"), each text at most kLevelDefinitionMaxChars
// ("max_length"). Fields definitions[i].level / definitions[i].text.
Status Validate(const std::vector<LevelDefinition>& definitions);

}  // namespace kplan
