// The store contract, run against every backend (see store_test_fixture.hpp).

#include <atomic>
#include <map>
#include <thread>

#include "store_test_fixture.hpp"

namespace kplan::store {
namespace {

TEST_F(StoreTest, FreshDatabaseMigratesToLatestOnce) {
  ASSERT_EQ(store_->SchemaVersion().value(), 0);
  Result<int> applied = store_->Migrate();
  ASSERT_TRUE(applied.ok()) << applied.error().Describe();
  EXPECT_EQ(applied.value(), Store::LatestSchemaVersion());
  EXPECT_EQ(store_->SchemaVersion().value(), Store::LatestSchemaVersion());
  EXPECT_EQ(store_->Migrate().value(), 0);  // idempotent
}

TEST_F(StoreTest, OrgTreeRoundTripsWithSwedishNames) {
  ASSERT_TRUE(store_->Migrate().ok());
  Result<int> added = store_->AddOrgUnits(DemoTree(), "system");
  ASSERT_TRUE(added.ok()) << added.error().Describe();
  EXPECT_EQ(added.value(), 6);

  auto units = store_->ListOrgUnits();
  ASSERT_TRUE(units.ok());
  ASSERT_EQ(units.value().size(), 6u);
  EXPECT_EQ(units.value()[0].name, "Demo kommun");
  EXPECT_FALSE(units.value()[0].parent_id.has_value());
  EXPECT_EQ(units.value()[4].name, "Hemtjänst Söder");
  EXPECT_EQ(units.value()[4].kind, OrgUnitKind::kEnhet);
}

TEST_F(StoreTest, SubtreeHoldsTheUnitAndEverythingBelow) {
  ASSERT_TRUE(store_->Migrate().ok());
  ASSERT_TRUE(store_->AddOrgUnits(DemoTree(), "system").ok());
  auto units = store_->ListOrgUnits().value();
  std::int64_t von = units[1].id;
  auto sub = store_->Subtree(von);
  ASSERT_TRUE(sub.ok());
  std::vector<std::string> codes;
  for (const OrgUnit& u : sub.value()) codes.push_back(u.code);
  EXPECT_EQ(codes, (std::vector<std::string>{"VON", "VOF", "HT1", "HT2"}));
  EXPECT_EQ(store_->Subtree(999999).error().code(), ErrorCode::kNotFound);
}

TEST_F(StoreTest, RejectedBatchWritesNothing) {
  ASSERT_TRUE(store_->Migrate().ok());
  auto tree = DemoTree();
  tree[5].parent_code = "SAKNAS";
  Result<int> added = store_->AddOrgUnits(tree, "system");
  ASSERT_FALSE(added.ok());
  EXPECT_EQ(added.error().location().row, 6);
  EXPECT_TRUE(store_->ListOrgUnits().value().empty());
  EXPECT_TRUE(store_->ListAudit(10).value().empty());
}

TEST_F(StoreTest, EveryWriteIsAudited) {
  ASSERT_TRUE(store_->Migrate().ok());
  ASSERT_TRUE(store_->AddOrgUnits(DemoTree(), "anna.hr").ok());
  auto audit = store_->ListAudit(10);
  ASSERT_TRUE(audit.ok());
  ASSERT_EQ(audit.value().size(), 1u);
  EXPECT_EQ(audit.value()[0].actor, "anna.hr");
  EXPECT_EQ(audit.value()[0].entity, "org_unit");
  EXPECT_NE(audit.value()[0].after_json.find("Hemtjänst Söder"), std::string::npos);
  EXPECT_EQ(audit.value()[0].at.size(), 20u);  // 2026-11-24T19:00:00Z
}

TEST_F(StoreTest, TextIsStoredVerbatimNotInterpreted) {
  ASSERT_TRUE(store_->Migrate().ok());
  std::string nasty = "Robert'); DROP TABLE org_unit;-- <script>alert(1)</script>";
  ASSERT_TRUE(store_->AddOrgUnits({{"K", "", OrgUnitKind::kKommun, nasty}}, "system").ok());
  auto units = store_->ListOrgUnits();
  ASSERT_TRUE(units.ok());
  ASSERT_EQ(units.value().size(), 1u);
  EXPECT_EQ(units.value()[0].name, nasty);
}

TEST_F(StoreTest, ConcurrentReadersShareThePool) {
  ASSERT_TRUE(store_->Migrate().ok());
  ASSERT_TRUE(store_->AddOrgUnits(DemoTree(), "system").ok());
  std::atomic<int> ok_reads{0};
  std::vector<std::thread> threads;
  for (int t = 0; t < 8; ++t) {
    threads.emplace_back([&] {
      for (int i = 0; i < 25; ++i) {
        auto units = store_->ListOrgUnits();
        if (units.ok() && units.value().size() == 6) ++ok_reads;
      }
    });
  }
  for (auto& t : threads) t.join();
  EXPECT_EQ(ok_reads.load(), 200);
}

class RegisterTest : public DemoTreeTest {
 protected:

  static EmployeeRecord Employee(std::string id, std::string unit, int born) {
    EmployeeRecord e;
    e.employee_id = std::move(id);
    e.unit_code = std::move(unit);
    e.category = "Undersköterska";
    e.ssyk = "5321";
    e.form = EmploymentForm::kPermanent;
    e.birth_year = born;
    e.gender = Gender::kWoman;
    e.fte_percent = 87.5;
    e.start = {2015, 3, 1};
    return e;
  }

  RegisterExtract Extract() {
    RegisterExtract x;
    x.org_unit_id = ids_["VON"];
    x.extract_date = {2024, 10, 31};
    x.source_file = "personal_2024.csv";
    x.employees = {Employee("a1", "HT1", 1961), Employee("a2", "HT2", 1990),
                   Employee("a3", "VOF", 1975)};
    x.employees[1].form = EmploymentForm::kHourly;
    x.employees[1].gender = Gender::kMan;
    x.employees[1].end = CalendarDate{2025, 6, 30};
    x.employees[1].ssyk.clear();
    x.employees[1].qualified = false;
    x.employees[2].competence_level = 3;
    x.employees[2].manager = true;
    x.employees[2].sick_hours = 12.5;
    x.employees[2].scheduled_hours = 1700;
    return x;
  }
};

TEST_F(RegisterTest, ExtractRoundTripsEveryField) {
  RegisterExtract x = Extract();
  auto saved = store_->SaveRegisterExtract(x, false, "anna.hr");
  ASSERT_TRUE(saved.ok()) << saved.error().Describe();
  EXPECT_EQ(saved.value(), SnapshotWrite::kCreated);

  auto snapshots = store_->ListSnapshots().value();
  ASSERT_EQ(snapshots.size(), 1u);
  EXPECT_EQ(snapshots[0].rows, 3);
  EXPECT_EQ(snapshots[0].extract_date, (CalendarDate{2024, 10, 31}));
  auto loaded = store_->LoadEmployees(snapshots[0].id, ids_["VON"]);
  ASSERT_TRUE(loaded.ok()) << loaded.error().Describe();
  ASSERT_EQ(loaded.value().size(), 3u);
  const EmployeeRecord& a2 = loaded.value()[1];
  EXPECT_EQ(a2.employee_id, "a2");
  EXPECT_EQ(a2.unit_code, "HT2");
  EXPECT_EQ(a2.category, "Undersköterska");
  EXPECT_EQ(a2.ssyk, "");
  EXPECT_EQ(a2.form, EmploymentForm::kHourly);
  EXPECT_EQ(a2.gender, Gender::kMan);
  EXPECT_DOUBLE_EQ(a2.fte_percent, 87.5);
  EXPECT_EQ(a2.end, (CalendarDate{2025, 6, 30}));
  EXPECT_EQ(a2.qualified, false);
  EXPECT_FALSE(a2.competence_level.has_value());
  const EmployeeRecord& a3 = loaded.value()[2];
  EXPECT_EQ(a3.competence_level, 3);
  EXPECT_TRUE(a3.manager);
  EXPECT_DOUBLE_EQ(a3.sick_hours, 12.5);
  EXPECT_FALSE(a3.end.has_value());
  EXPECT_FALSE(a3.qualified.has_value());
}

TEST_F(RegisterTest, LoadingASubtreeLeavesOtherUnitsOut) {
  ASSERT_TRUE(store_->SaveRegisterExtract(Extract(), false, "system").ok());
  auto id = store_->ListSnapshots().value()[0].id;
  auto ht1 = store_->LoadEmployees(id, ids_["HT1"]).value();
  ASSERT_EQ(ht1.size(), 1u);
  EXPECT_EQ(ht1[0].employee_id, "a1");
  EXPECT_TRUE(store_->LoadEmployees(id, ids_["BUN"]).value().empty());
}

TEST_F(RegisterTest, SameExtractTwiceChangesNothing) {
  ASSERT_EQ(store_->SaveRegisterExtract(Extract(), false, "system").value(), SnapshotWrite::kCreated);
  auto audit_before = store_->ListAudit(100).value().size();
  ASSERT_EQ(store_->SaveRegisterExtract(Extract(), false, "system").value(), SnapshotWrite::kUnchanged);
  EXPECT_EQ(store_->ListSnapshots().value().size(), 1u);
  EXPECT_EQ(store_->ListAudit(100).value().size(), audit_before);
}

TEST_F(RegisterTest, DifferentContentForTheSameDateNeedsReplace) {
  ASSERT_TRUE(store_->SaveRegisterExtract(Extract(), false, "system").ok());
  RegisterExtract changed = Extract();
  changed.employees.pop_back();
  auto refused = store_->SaveRegisterExtract(changed, false, "system");
  ASSERT_FALSE(refused.ok());
  EXPECT_EQ(refused.error().code(), ErrorCode::kConflict);
  EXPECT_EQ(store_->ListSnapshots().value()[0].rows, 3);

  ASSERT_EQ(store_->SaveRegisterExtract(changed, true, "system").value(), SnapshotWrite::kReplaced);
  auto snapshots = store_->ListSnapshots().value();
  ASSERT_EQ(snapshots.size(), 1u);
  EXPECT_EQ(snapshots[0].rows, 2);
  EXPECT_EQ(store_->LoadEmployees(snapshots[0].id, ids_["VON"]).value().size(), 2u);
}

TEST_F(RegisterTest, UnitOutsideTheSubtreeIsRefusedAndNothingWritten) {
  RegisterExtract x = Extract();
  x.employees.push_back(Employee("b1", "BUN", 1980));
  auto saved = store_->SaveRegisterExtract(x, false, "system");
  ASSERT_FALSE(saved.ok());
  EXPECT_EQ(saved.error().message(),
            "anställd \"b1\": enheten \"BUN\" finns inte i Vård- och omsorgsnämnden");
  EXPECT_TRUE(store_->ListSnapshots().value().empty());
}

TEST_F(RegisterTest, LargeExtractIsStoredWhole) {
  RegisterExtract x = Extract();
  x.employees.clear();
  for (int i = 0; i < 5000; ++i) {
    x.employees.push_back(Employee("e" + std::to_string(100000 + i), i % 2 ? "HT1" : "HT2",
                                   1960 + i % 40));
  }
  ASSERT_TRUE(store_->SaveRegisterExtract(x, false, "system").ok());
  auto id = store_->ListSnapshots().value()[0].id;
  EXPECT_EQ(store_->LoadEmployees(id, ids_["VON"]).value().size(), 5000u);
  EXPECT_EQ(store_->LoadEmployees(id, ids_["HT1"]).value().size(), 2500u);
}

TEST(StoreOpenTest, UnreachablePostgresIsUnavailableWithoutPassword) {
  auto opened = Store::Open("postgresql://kplan:hemligt@127.0.0.1:1/none?connect_timeout=2");
  ASSERT_FALSE(opened.ok());
  EXPECT_EQ(opened.error().code(), ErrorCode::kUnavailable);
  EXPECT_EQ(opened.error().message().find("hemligt"), std::string::npos);
}

}  // namespace
}  // namespace kplan::store
