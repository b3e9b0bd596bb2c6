#pragma once
// The organisation tree of a municipality: kommun → nämnd → förvaltning →
// avdelning → enhet. Access rights, key figures and reports are scoped to a
// unit and its subtree.

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace kplan {

enum class OrgUnitKind { kKommun, kNamnd, kForvaltning, kAvdelning, kEnhet };
// Every kind, from the top of the tree down.
inline constexpr OrgUnitKind kOrgUnitKinds[] = {OrgUnitKind::kKommun, OrgUnitKind::kNamnd,
                                                OrgUnitKind::kForvaltning, OrgUnitKind::kAvdelning,
                                                OrgUnitKind::kEnhet};

// Stable ASCII key used in storage and JSON ("kommun", "namnd", "forvaltning",
// "avdelning", "enhet").
std::string_view OrgUnitKindKey(OrgUnitKind kind);
// Swedish display name ("Kommun", "Nämnd", "Förvaltning", "Avdelning", "Enhet").
std::string_view OrgUnitKindLabel(OrgUnitKind kind);
std::optional<OrgUnitKind> ParseOrgUnitKind(std::string_view key);

// A child must sit strictly below its parent in the hierarchy, though levels may
// be skipped (a small kommun may have enheter directly under a förvaltning).
bool MayContain(OrgUnitKind parent, OrgUnitKind child);

struct OrgUnit {
  std::int64_t id = 0;
  std::optional<std::int64_t> parent_id;  // empty for the root (the kommun)
  OrgUnitKind kind = OrgUnitKind::kEnhet;
  std::string name;
  std::string code;  // the municipality's own unit code (ansvar/kostnadsställe), optional
};

}  // namespace kplan

#include <vector>

#include "kplan/core/error.hpp"

namespace kplan {

// A unit to be added, referring to its parent by the parent's code (the way
// municipalities identify units in their HR and finance systems).
struct NewOrgUnit {
  std::string code;
  std::string parent_code;  // empty for the root
  OrgUnitKind kind = OrgUnitKind::kEnhet;
  std::string name;
};

inline constexpr std::size_t kOrgUnitCodeMaxChars = 64;
inline constexpr std::size_t kOrgUnitNameMaxChars = 300;

// One unit on its own: code and name required, code (and the parent's code)
// at most kOrgUnitCodeMaxChars, name at most kOrgUnitNameMaxChars
// ("required", "max_length").
Status Validate(const NewOrgUnit& unit);

// Checks a batch of new units against the units already stored: each unit
// Validate, codes unique, exactly one root overall, every parent known
// (stored, or earlier in the batch), and each child below its parent's kind.
// The first broken rule is returned with the batch row (1-based) and field.
Status ValidateNewOrgUnits(const std::vector<OrgUnit>& existing,
                           const std::vector<NewOrgUnit>& added);

}  // namespace kplan
