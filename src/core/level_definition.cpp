#include "kplan/core/level_definition.hpp"

#include <set>

#include "kplan/core/field_rules.hpp"

namespace kplan {

Status Validate(const std::vector<LevelDefinition>& definitions) {
  std::set<std::string> seen;
  for (std::size_t i = 0; i < definitions.size(); ++i) {
    const std::string at = "definitions[" + std::to_string(i) + "]";
    const LevelDefinition& d = definitions[i];
    if (Status s = CheckText(d.level, at + ".level", 100, true); !s.ok()) return s;
    if (Status s = CheckText(d.text, at + ".text", kLevelDefinitionMaxChars); !s.ok()) return s;
    if (!seen.insert(d.level).second) {
      return FieldRuleError(at + ".level", "duplicate",
                            "nivån \"" + d.level + "\" har redan en definition",
                            "the level \"" + d.level + "\" already has a definition")
          .WithValue(d.level);
    }
  }
  return Ok();
}

}  // namespace kplan
