#include "kplan/core/access.hpp"

#include <gtest/gtest.h>

namespace kplan {
namespace {

TEST(Role, KeysAndLabelsRoundTrip) {
  for (Role r : {Role::kAdmin, Role::kHr, Role::kChef, Role::kReader}) {
    EXPECT_EQ(ParseRole(RoleKey(r)), r);
  }
  EXPECT_EQ(ParseRole("Läsare"), Role::kReader);
  EXPECT_EQ(ParseRole("LÄSARE"), Role::kReader);
  EXPECT_EQ(ParseRole("HR"), Role::kHr);
  EXPECT_EQ(ParseRole("superuser"), std::nullopt);
  EXPECT_EQ(RoleLabel(Role::kHr), "HR-strateg");
}

// The access table as the issue states it, one row per role and module:
// r = may read, w = may write, - = neither.
struct Row {
  Module module;
  const char* admin;
  const char* hr;
  const char* chef;
  const char* reader;
};

constexpr Row kTable[] = {
    {Module::kOrganisation, "rw", "rw", "r", "r"},
    {Module::kCategories, "rw", "rw", "r", "r"},
    {Module::kRegister, "rw", "rw", "r", "r"},
    {Module::kInventory, "rw", "rw", "rw", "r"},
    {Module::kNeed, "rw", "rw", "r", "r"},
    {Module::kRisks, "rw", "rw", "rw", "r"},
    {Module::kActivities, "rw", "rw", "rw", "r"},
    {Module::kFollowUp, "rw", "rw", "r", "r"},
    {Module::kProjection, "rw", "rw", "r", "r"},
    {Module::kSuccession, "rw", "rw", "r", "r"},
    {Module::kImports, "rw", "rw", "-", "-"},
    {Module::kUsers, "rw", "-", "-", "-"},
    {Module::kAudit, "rw", "r", "-", "-"},
    {Module::kReports, "rw", "rw", "r", "r"},
};

bool Has(const char* spec, char c) { return std::string_view(spec).find(c) != std::string_view::npos; }

TEST(Access, MatchesTheTable) {
  for (const Row& row : kTable) {
    const std::pair<Role, const char*> cells[] = {
        {Role::kAdmin, row.admin}, {Role::kHr, row.hr}, {Role::kChef, row.chef},
        {Role::kReader, row.reader}};
    for (auto [role, spec] : cells) {
      SCOPED_TRACE(std::string(RoleKey(role)) + " module " +
                   std::to_string(static_cast<int>(row.module)));
      EXPECT_EQ(Allows(role, row.module, Operation::kRead), Has(spec, 'r'));
      EXPECT_EQ(Allows(role, row.module, Operation::kWrite), Has(spec, 'w'));
    }
  }
}

TEST(Access, OnlyChefMustHaveAUnit) {
  EXPECT_TRUE(RequiresUnit(Role::kChef));
  EXPECT_FALSE(RequiresUnit(Role::kHr));
  EXPECT_FALSE(RequiresUnit(Role::kReader));
  EXPECT_FALSE(RequiresUnit(Role::kAdmin));
}

}  // namespace
}  // namespace kplan
