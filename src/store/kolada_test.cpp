// Kolada's values and indicators compared with them or fed by the register,
// on every backend: one transaction per import, replaced on re-import, a bad
// value writing nothing; a bound indicator's outcome written only as computed.

#include "store_test_fixture.hpp"

namespace kplan::store {
namespace {

using KoladaStoreTest = EditingTest;

std::vector<KoladaValue> SickLeave() {
  return {{"N00090", "0000", 2023, "T", 6.9, ""},
          {"N00090", "1280", 2023, "T", 7.1, ""},
          {"N00090", "1280", 2023, "M", std::nullopt, "Missing"},
          {"N00206", "0000", 2023, "T", 78.5, ""}};
}

TEST_F(KoladaStoreTest, ValuesAreStoredPerKpiMunicipalityYearAndGender) {
  ASSERT_EQ(store_->SaveKoladaValues(SickLeave(), "hr").value(), 4);
  EXPECT_EQ(LastAudit("kolada_value").action, "import");
  auto all = store_->ListKoladaValues("N00090", {}).value();
  ASSERT_EQ(all.size(), 3u);
  EXPECT_EQ(all[0].municipality, "0000");
  EXPECT_DOUBLE_EQ(*all[0].value, 6.9);
  auto riket = store_->ListKoladaValues("N00090", {"0000"}).value();
  ASSERT_EQ(riket.size(), 1u);
  auto malmo = store_->ListKoladaValues("N00090", {"1280"}).value();
  ASSERT_EQ(malmo.size(), 2u);
  EXPECT_EQ(malmo[0].gender, "M");
  EXPECT_FALSE(malmo[0].value.has_value());
  EXPECT_EQ(malmo[0].status, "Missing");

  // A later answer replaces the same key and keeps the rest.
  ASSERT_TRUE(store_->SaveKoladaValues({{"N00090", "0000", 2023, "T", 7.0, ""}}, "hr").ok());
  riket = store_->ListKoladaValues("N00090", {"0000"}).value();
  ASSERT_EQ(riket.size(), 1u);
  EXPECT_DOUBLE_EQ(*riket[0].value, 7.0);
  EXPECT_EQ(store_->ListKoladaValues("N00090", {}).value().size(), 3u);
}

TEST_F(KoladaStoreTest, ABadValueWritesNothing) {
  std::vector<KoladaValue> values = SickLeave();
  values[2].gender = "X";
  const std::size_t audits = AuditCount();
  Result<int> saved = store_->SaveKoladaValues(values, "hr");
  ASSERT_FALSE(saved.ok());
  EXPECT_EQ(saved.error().rule(), "gender");
  EXPECT_EQ(saved.error().location().row, 3);
  EXPECT_TRUE(store_->ListKoladaValues("N00090", {}).value().empty());
  EXPECT_EQ(AuditCount(), audits);
}

IndicatorRecord Indicator(const std::string& key_figure) {
  IndicatorRecord i;
  i.unit_code = "VOF";
  i.name = key_figure.empty() ? "Sjukfrånvaro (typad)" : "Sjukfrånvaro";
  i.unit = "%";
  i.key_figure = key_figure;
  i.kolada_kpi = "N00090";
  i.comparison = "1280, 0000,1280";
  return i;
}

TEST_F(KoladaStoreTest, AnIndicatorKeepsItsBindingAndComparison) {
  IndicatorRecord created = store_->CreateIndicator(Indicator("sick_leave"), "hr").value();
  EXPECT_EQ(created.key_figure, "sick_leave");
  EXPECT_EQ(created.kolada_kpi, "N00090");
  EXPECT_EQ(created.comparison, "1280,0000");
  IndicatorRecord read = store_->GetIndicator(created.id).value();
  EXPECT_EQ(read.comparison, "1280,0000");
  read.kolada_kpi = "X1";
  EXPECT_EQ(store_->UpdateIndicator(read, "hr").error().rule(), "kolada_kpi");
  read.kolada_kpi = "";
  read.key_figure = "okänt";
  EXPECT_EQ(store_->UpdateIndicator(read, "hr").error().rule(), "key_figure");
}

TEST_F(KoladaStoreTest, ABoundIndicatorsOutcomeIsComputedNeverTyped) {
  IndicatorRecord bound = store_->CreateIndicator(Indicator("sick_leave"), "hr").value();
  ASSERT_EQ(store_->SaveComputedOutcomes(bound.id, {{"2024", 8.1}, {"2025", 7.4}}, "system").value(), 2);
  EXPECT_EQ(LastAudit("indicator_outcome").action, "computed");
  // Recomputing the same values changes nothing.
  EXPECT_EQ(store_->SaveComputedOutcomes(bound.id, {{"2024", 8.1}, {"2025", 7.4}}, "system").value(), 0);

  OutcomeRecord typed;
  typed.indicator_id = bound.id;
  typed.period = "2025";
  typed.value = 5.0;
  typed.version = 1;
  Result<OutcomeRecord> refused = store_->SaveOutcome(typed, "hr");
  ASSERT_FALSE(refused.ok());
  EXPECT_EQ(refused.error().rule(), "computed_outcome");
  EXPECT_EQ(refused.error().location().field, "value");

  // A comment and the target can still be written; the value stays computed.
  typed.value.reset();
  typed.comment = "Sjunker efter rehabsatsningen";
  Result<OutcomeRecord> commented = store_->SaveOutcome(typed, "hr");
  ASSERT_TRUE(commented.ok()) << commented.error().Describe();
  EXPECT_DOUBLE_EQ(*commented.value().value, 7.4);
  EXPECT_EQ(commented.value().comment, "Sjunker efter rehabsatsningen");

  // A new extract's value replaces the old and keeps the comment.
  ASSERT_EQ(store_->SaveComputedOutcomes(bound.id, {{"2025", 7.2}}, "system").value(), 1);
  auto outcomes = store_->ListOutcomes(bound.id).value();
  ASSERT_EQ(outcomes.size(), 2u);
  EXPECT_DOUBLE_EQ(*outcomes[1].value, 7.2);
  EXPECT_EQ(outcomes[1].comment, "Sjunker efter rehabsatsningen");

  // The follow-up import may not type it either.
  IndicatorOutcome imported{"VOF", "Sjukfrånvaro", "%", std::nullopt, "2025", 6.0, "", std::nullopt, std::nullopt};
  Result<int> import = store_->SaveIndicatorOutcomes({imported}, "hr");
  ASSERT_FALSE(import.ok());
  EXPECT_EQ(import.error().rule(), "computed_outcome");
  EXPECT_DOUBLE_EQ(*store_->ListOutcomes(bound.id).value()[1].value, 7.2);
}

TEST_F(KoladaStoreTest, OnlyABoundIndicatorTakesComputedOutcomes) {
  IndicatorRecord typed = store_->CreateIndicator(Indicator(""), "hr").value();
  EXPECT_EQ(store_->SaveComputedOutcomes(typed.id, {{"2025", 7.0}}, "system").error().rule(), "key_figure");
}

}  // namespace
}  // namespace kplan::store
