#pragma once
// Codes for units a file names only by name, and how unit names compare.
//
// A unit given only by name (an org-units file's level columns, a blank
// Enhetskod, a register's Enhet column with --create-units) gets a stable code
// derived from its parent's code and its name:
//
//   slug(name) + "-" + 8 hex digits of FNV-1a (32 bit) over
//   parent_code + "\x1F" + OrgUnitNameKey(name)
//
// slug: the name's key with å/ä/à/á→a, ö/ø/ó→o, é/è→e, ü→u, every other
// character that is not a–z or 0–9 a "-", runs of "-" one, none at the ends,
// at most 40 characters ("enhet" when nothing is left).
// E.g. "Hemtjänst Nord" under "aldreomsorg-1a2b3c4d" gives
// "hemtjanst-nord-" + 8 hex digits. The same name under the same parent gives
// the same code at every import; the same name under another parent another
// code. The parent's code, not its name, enters the hash, so renaming a parent
// (which keeps its code) changes no code below it.

#include <string>
#include <string_view>

namespace kplan {

// The name as names are compared: trimmed, runs of white space one space,
// lower case (ToLowerSwedish). "  Hemtjänst  NORD " → "hemtjänst nord".
std::string OrgUnitNameKey(std::string_view name);

// True when the two names are the same unit name (equal keys).
bool SameOrgUnitName(std::string_view a, std::string_view b);

// The derived code described above; parent_code is empty for a root.
std::string DerivedOrgUnitCode(std::string_view parent_code, std::string_view name);

}  // namespace kplan
