// The pseudonym key (migration 13) on SQLite and PostgreSQL: stored with the
// first pseudonymised extract in its transaction, never replaced, and a
// second "first" key is a conflict that writes nothing.

#include "store_test_fixture.hpp"

namespace kplan::store {
namespace {

class PseudonymKeyTest : public DemoTreeTest {
 protected:
  RegisterExtract Extract(CalendarDate date, std::string key) {
    EmployeeRecord e;
    e.employee_id = "3f2a9c0d4e5b6a718293a4b5c6d7e8f9";
    e.unit_code = "HT1";
    e.category = "Undersköterska";
    e.birth_year = 1968;
    e.gender = Gender::kMan;
    e.start = {2015, 3, 1};
    RegisterExtract x;
    x.org_unit_id = ids_["VON"];
    x.extract_date = date;
    x.source_file = "heroma.csv";
    x.employees = {e};
    x.new_pseudonym_key = std::move(key);
    return x;
  }
};

TEST_F(PseudonymKeyTest, TheFirstPseudonymisedExtractStoresTheKeyOnce) {
  EXPECT_FALSE(store_->PseudonymKey().value().has_value());
  const std::string key(64, 'a');
  ASSERT_EQ(store_->SaveRegisterExtract(Extract({2024, 11, 1}, key), false, "hr").value(), SnapshotWrite::kCreated);
  EXPECT_EQ(store_->PseudonymKey().value(), key);
  const auto audit = store_->ListAudit(10).value();
  const bool logged = std::any_of(audit.begin(), audit.end(), [&](const AuditEntry& a) {
    return a.entity == "pseudonym_key" && a.actor == "hr" && a.after_json.find(key) == std::string::npos;
  });
  EXPECT_TRUE(logged);

  // Another import that also thought it was first: a conflict, and its extract is not written.
  Result<SnapshotWrite> second = store_->SaveRegisterExtract(Extract({2025, 11, 1}, std::string(64, 'b')), false, "hr");
  ASSERT_FALSE(second.ok());
  EXPECT_EQ(second.error().rule(), "pseudonym_key_exists");
  EXPECT_EQ(store_->PseudonymKey().value(), key);
  EXPECT_EQ(store_->ListSnapshots().value().size(), 1u);
}

}  // namespace
}  // namespace kplan::store
