#include "kplan/core/org_unit_code.hpp"

#include <cstdint>
#include <cstdio>

#include "kplan/core/swedish_text.hpp"

namespace kplan {
namespace {

constexpr std::size_t kSlugMaxChars = 40;

bool IsSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; }

// The ASCII letter of a lower-case Latin-1 letter (second byte after 0xC3), or 0.
char AsciiOf(unsigned char second) {
  switch (second) {
    case 0xA0: case 0xA1: case 0xA2: case 0xA4: case 0xA5: return 'a';
    case 0xB2: case 0xB3: case 0xB4: case 0xB6: case 0xB8: return 'o';
    case 0xA8: case 0xA9: case 0xAA: case 0xAB: return 'e';
    case 0xB9: case 0xBA: case 0xBC: return 'u';
    default: return 0;
  }
}

std::string Slug(const std::string& key) {
  std::string slug;
  auto push = [&](char c) {
    if (c == '-' && (slug.empty() || slug.back() == '-')) return;
    slug += c;
  };
  for (std::size_t i = 0; i < key.size(); ++i) {
    const auto c = static_cast<unsigned char>(key[i]);
    if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
      push(static_cast<char>(c));
    } else if (c == 0xC3 && i + 1 < key.size() && AsciiOf(static_cast<unsigned char>(key[i + 1]))) {
      push(AsciiOf(static_cast<unsigned char>(key[++i])));
    } else if (c < 0x80 || c >= 0xC0) {  // an ASCII symbol, or the first byte of another character
      push('-');
    }
  }
  if (slug.size() > kSlugMaxChars) slug.resize(kSlugMaxChars);
  while (!slug.empty() && slug.back() == '-') slug.pop_back();
  return slug.empty() ? "enhet" : slug;
}

std::uint32_t Fnv1a(std::string_view bytes) {
  std::uint32_t hash = 2166136261u;
  for (char c : bytes) {
    hash ^= static_cast<unsigned char>(c);
    hash *= 16777619u;
  }
  return hash;
}

}  // namespace

std::string OrgUnitNameKey(std::string_view name) {
  std::string collapsed;
  bool space = false;
  for (char c : name) {
    if (IsSpace(c)) {
      space = !collapsed.empty();
      continue;
    }
    if (space) collapsed += ' ';
    space = false;
    collapsed += c;
  }
  return ToLowerSwedish(collapsed);
}

bool SameOrgUnitName(std::string_view a, std::string_view b) {
  return OrgUnitNameKey(a) == OrgUnitNameKey(b);
}

std::string DerivedOrgUnitCode(std::string_view parent_code, std::string_view name) {
  const std::string key = OrgUnitNameKey(name);
  std::string hashed(parent_code);
  hashed += '\x1F';
  hashed += key;
  char hex[9];
  std::snprintf(hex, sizeof hex, "%08x", static_cast<unsigned>(Fnv1a(hashed)));
  return Slug(key) + "-" + hex;
}

}  // namespace kplan
