// Succession entries and stored projection runs, on every backend.

#include "store_test_fixture.hpp"

namespace kplan::store {
namespace {

using SuccessionTest = EditingTest;

SuccessionEntry KeyPosition(std::string unit, std::string title) {
  SuccessionEntry e;
  e.unit_code = std::move(unit);
  e.position_title = std::move(title);
  e.incumbent_ref = "A1043";
  e.retirement_year = 2027;
  e.successor_ref = "A2210";
  e.readiness = "1_2_years";
  e.years = YearSpan{2025, std::nullopt};
  return e;
}

TEST_F(SuccessionTest, CreateGetUpdateDeleteWithVersions) {
  auto created = store_->CreateSuccession(KeyPosition("VOF", "Förvaltningschef"), "hr");
  ASSERT_TRUE(created.ok()) << created.error().Describe();
  SuccessionEntry e = created.value();
  EXPECT_EQ(e.version, 1);
  EXPECT_EQ(store_->GetSuccession(e.id).value().retirement_year, 2027);

  e.readiness = "ready_now";
  e.retirement_year.reset();
  auto updated = store_->UpdateSuccession(e, "hr");
  ASSERT_TRUE(updated.ok()) << updated.error().Describe();
  EXPECT_EQ(updated.value().version, 2);
  EXPECT_FALSE(updated.value().retirement_year.has_value());
  AuditEntry audit = LastAudit("succession_entry");
  EXPECT_NE(audit.before_json.find("\"1_2_years\""), std::string::npos);
  EXPECT_NE(audit.after_json.find("\"retirement_year\":null"), std::string::npos);

  std::size_t entries = AuditCount();
  e.readiness = "none";  // still version 1
  EXPECT_EQ(store_->UpdateSuccession(e, "hr").error().code(), ErrorCode::kPreconditionFailed);
  EXPECT_EQ(store_->GetSuccession(e.id).value().readiness, "ready_now");
  EXPECT_EQ(AuditCount(), entries);

  EXPECT_EQ(store_->DeleteSuccession(e.id, 1, "hr").error().code(), ErrorCode::kPreconditionFailed);
  ASSERT_TRUE(store_->DeleteSuccession(e.id, 2, "hr").ok());
  EXPECT_EQ(store_->GetSuccession(e.id).error().code(), ErrorCode::kNotFound);
  EXPECT_EQ(store_->DeleteSuccession(e.id, 2, "hr").error().code(), ErrorCode::kNotFound);
  e.id = 999999;
  EXPECT_EQ(store_->UpdateSuccession(e, "hr").error().code(), ErrorCode::kNotFound);
}

TEST_F(SuccessionTest, PersonnummerAndBadValuesAreRefusedNamingTheField) {
  SuccessionEntry e = KeyPosition("VOF", "Enhetschef");
  e.incumbent_ref = "19121212-1212";
  auto pnr = store_->CreateSuccession(e, "hr");
  ASSERT_FALSE(pnr.ok());
  EXPECT_EQ(pnr.error().location().field, "incumbent_ref");
  EXPECT_EQ(pnr.error().rule(), "no_personnummer");
  EXPECT_FALSE(pnr.error().location().value.has_value());  // never echoed
  e = KeyPosition("VOF", "Enhetschef");
  e.readiness = "snart";
  EXPECT_EQ(store_->CreateSuccession(e, "hr").error().location().field, "readiness");
  e = KeyPosition("VOF", "");
  EXPECT_EQ(store_->CreateSuccession(e, "hr").error().location().field, "position_title");
  e = KeyPosition("NOPE", "Enhetschef");
  EXPECT_EQ(store_->CreateSuccession(e, "hr").error().location().field, "unit_code");
  EXPECT_TRUE(store_->ListSuccession(ids_["K"], std::nullopt).value().empty());
}

TEST_F(SuccessionTest, ListIsLimitedToTheSubtree) {
  ASSERT_TRUE(store_->CreateSuccession(KeyPosition("HT1", "Enhetschef"), "hr").ok());
  ASSERT_TRUE(store_->CreateSuccession(KeyPosition("BUN", "Rektor"), "hr").ok());
  auto vof = store_->ListSuccession(ids_["VOF"], std::nullopt).value();
  ASSERT_EQ(vof.size(), 1u);
  EXPECT_EQ(vof[0].position_title, "Enhetschef");
  EXPECT_EQ(store_->ListSuccession(ids_["K"], std::nullopt).value().size(), 2u);
}

TEST_F(SuccessionTest, ProjectionRunsAreKeptNewestFirst) {
  ProjectionRun run;
  run.unit_code = "VOF";
  run.parameters_json = R"({"pension_age":67,"years":10})";
  run.result_json = R"({"years":[{"year":2026,"recruitment":41}]})";
  auto first = store_->SaveProjectionRun(run, "anna.hr");
  ASSERT_TRUE(first.ok()) << first.error().Describe();
  EXPECT_EQ(first.value().actor, "anna.hr");
  EXPECT_EQ(first.value().created_at.size(), 20u);
  EXPECT_EQ(first.value().result_json, run.result_json);
  run.unit_code = "BUN";
  ASSERT_TRUE(store_->SaveProjectionRun(run, "anna.hr").ok());
  run.unit_code = "HT2";
  auto third = store_->SaveProjectionRun(run, "anna.hr");
  ASSERT_TRUE(third.ok());

  auto list = store_->ListProjectionRuns(ids_["VOF"]).value();
  ASSERT_EQ(list.size(), 2u);
  EXPECT_EQ(list[0].id, third.value().id);
  EXPECT_EQ(list[0].result_json, "");  // lists leave the result out
  EXPECT_EQ(store_->GetProjectionRun(first.value().id).value().result_json, run.result_json);
  EXPECT_EQ(store_->GetProjectionRun(999999).error().code(), ErrorCode::kNotFound);
  AuditEntry audit = LastAudit("projection_run");
  EXPECT_NE(audit.after_json.find("\"pension_age\":67"), std::string::npos);

  run.parameters_json = "{inte json";
  EXPECT_EQ(store_->SaveProjectionRun(run, "hr").error().location().field, "parameters_json");
  run.parameters_json = "{}";
  run.unit_code = "NOPE";
  EXPECT_EQ(store_->SaveProjectionRun(run, "hr").error().location().field, "unit_code");
}

}  // namespace
}  // namespace kplan::store
