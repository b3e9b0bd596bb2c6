// Need parameters and plan texts of a plan year, on every backend.

#include "store_test_fixture.hpp"

namespace kplan::store {
namespace {

using NeedTest = EditingTest;

// Seed 001, Sektionschef: base 117, 2.6 % at 2 years and 6.7 % at 5.
NeedParameters Sektionschef() {
  NeedParameters n;
  n.category = "Sektionschef";
  n.base = 117;
  n.horizons = {{2, 0.026, {7, 28, 50, 15}}, {5, 0.067, {5, 25, 50, 20}}};
  n.version = 0;
  return n;
}

TEST_F(NeedTest, ParametersRoundTripAndUpdateWithVersions) {
  auto created = store_->SaveNeedParameters(ids_["VOF"], 2025, Sektionschef(), "hr");
  ASSERT_TRUE(created.ok()) << created.error().Describe();
  EXPECT_EQ(created.value().version, 1);
  auto loaded = store_->LoadNeedParameters(ids_["VOF"], 2025).value();
  ASSERT_EQ(loaded.size(), 1u);
  EXPECT_EQ(loaded[0].category, "Sektionschef");
  EXPECT_DOUBLE_EQ(*loaded[0].base, 117);
  ASSERT_EQ(loaded[0].horizons.size(), 2u);
  EXPECT_EQ(loaded[0].horizons[0].years, 2);
  EXPECT_DOUBLE_EQ(loaded[0].horizons[0].growth, 0.026);
  EXPECT_EQ(loaded[0].horizons[1].target_shares, (PerLevel{5, 25, 50, 20}));
  EXPECT_EQ(LastAudit("need_parameter").action, "create");

  // Creating again (version 0) means someone else was first.
  EXPECT_EQ(store_->SaveNeedParameters(ids_["VOF"], 2025, Sektionschef(), "hr").error().code(),
            ErrorCode::kPreconditionFailed);

  NeedParameters edit = loaded[0];
  edit.base.reset();
  edit.horizons[0].growth = 0.03;
  auto updated = store_->SaveNeedParameters(ids_["VOF"], 2025, edit, "hr");
  ASSERT_TRUE(updated.ok()) << updated.error().Describe();
  EXPECT_EQ(updated.value().version, 2);
  EXPECT_FALSE(updated.value().base.has_value());
  AuditEntry audit = LastAudit("need_parameter");
  EXPECT_NE(audit.before_json.find("\"base\":117"), std::string::npos);
  EXPECT_NE(audit.after_json.find("\"base\":null"), std::string::npos);

  std::size_t entries = AuditCount();
  edit.horizons[0].growth = 0.5;  // still version 1
  EXPECT_EQ(store_->SaveNeedParameters(ids_["VOF"], 2025, edit, "hr").error().code(),
            ErrorCode::kPreconditionFailed);
  EXPECT_DOUBLE_EQ(store_->LoadNeedParameters(ids_["VOF"], 2025).value()[0].horizons[0].growth, 0.03);
  EXPECT_EQ(AuditCount(), entries);

  NeedParameters other = Sektionschef();
  other.category = "Biståndshandläggare";
  other.version = 3;
  EXPECT_EQ(store_->SaveNeedParameters(ids_["VOF"], 2025, other, "hr").error().code(),
            ErrorCode::kNotFound);
  EXPECT_EQ(store_->SaveNeedParameters(999999, 2025, Sektionschef(), "hr").error().code(),
            ErrorCode::kNotFound);
}

TEST_F(NeedTest, BadParametersNameTheField) {
  NeedParameters n = Sektionschef();
  n.horizons[1].target_shares = {5, 25, 50, 30};
  auto sum = store_->SaveNeedParameters(ids_["VOF"], 2025, n, "hr");
  ASSERT_FALSE(sum.ok());
  EXPECT_EQ(sum.error().code(), ErrorCode::kInvalidInput);
  EXPECT_EQ(sum.error().location().field, "horizons[1].target_shares");
  EXPECT_EQ(sum.error().rule(), "share_sum");

  n = Sektionschef();
  n.horizons[0].target_shares = {50, 50};
  EXPECT_EQ(store_->SaveNeedParameters(ids_["VOF"], 2025, n, "hr").error().location().field,
            "horizons[0].target_shares");
  n = Sektionschef();
  n.horizons[0].growth = -1.5;
  EXPECT_EQ(store_->SaveNeedParameters(ids_["VOF"], 2025, n, "hr").error().location().field,
            "horizons[0].growth");
  n = Sektionschef();
  n.horizons[1].years = 10;
  EXPECT_EQ(store_->SaveNeedParameters(ids_["VOF"], 2025, n, "hr").error().location().field,
            "horizons[1].years");
  n = Sektionschef();
  n.horizons.pop_back();
  EXPECT_EQ(store_->SaveNeedParameters(ids_["VOF"], 2025, n, "hr").error().location().field,
            "horizons");
  n = Sektionschef();
  n.base = -1;
  EXPECT_EQ(store_->SaveNeedParameters(ids_["VOF"], 2025, n, "hr").error().location().field, "base");
  // Nothing was written, not even the plan year.
  EXPECT_TRUE(store_->ListPlanYears(ids_["K"]).value().empty());
  EXPECT_TRUE(store_->ListCategories().value().empty());
}

TEST_F(NeedTest, PlanTextsPerSectionAndCategory) {
  PlanText intro{"inledning", "", "Förvaltningens kompetensförsörjningsplan för 2025.", 0};
  PlanText gap{"kompetensgap", "Undersköterska", "Bristen på hög nivå har minskat.", 0};
  PlanText gap_section{"kompetensgap", "", "Gapen per kategori.", 0};
  ASSERT_TRUE(store_->SavePlanText(ids_["VOF"], 2025, intro, "hr").ok());
  ASSERT_TRUE(store_->SavePlanText(ids_["VOF"], 2025, gap, "hr").ok());
  auto saved = store_->SavePlanText(ids_["VOF"], 2025, gap_section, "hr");
  ASSERT_TRUE(saved.ok()) << saved.error().Describe();
  EXPECT_EQ(saved.value().version, 1);

  // A second "new" section text without a category is a stale create, whatever NULL does in keys.
  EXPECT_EQ(store_->SavePlanText(ids_["VOF"], 2025, intro, "hr").error().code(),
            ErrorCode::kPreconditionFailed);

  auto texts = store_->LoadPlanTexts(ids_["VOF"], 2025).value();
  ASSERT_EQ(texts.size(), 3u);
  EXPECT_EQ(texts[0].section, "inledning");
  EXPECT_EQ(texts[1].category, "");
  EXPECT_EQ(texts[2].category, "Undersköterska");

  PlanText edit = texts[0];
  edit.text = "Reviderad inledning.";
  auto updated = store_->SavePlanText(ids_["VOF"], 2025, edit, "hr");
  ASSERT_TRUE(updated.ok()) << updated.error().Describe();
  EXPECT_EQ(updated.value().version, 2);
  AuditEntry audit = LastAudit("plan_text");
  EXPECT_NE(audit.before_json.find("kompetensförsörjningsplan"), std::string::npos);
  EXPECT_NE(audit.after_json.find("Reviderad"), std::string::npos);
  EXPECT_EQ(store_->SavePlanText(ids_["VOF"], 2025, edit, "hr").error().code(),
            ErrorCode::kPreconditionFailed);

  PlanText bad{"bilaga", "", "x", 0};
  EXPECT_EQ(store_->SavePlanText(ids_["VOF"], 2025, bad, "hr").error().location().field, "section");
  EXPECT_TRUE(store_->LoadPlanTexts(ids_["VOF"], 2024).value().empty());
}

}  // namespace
}  // namespace kplan::store
