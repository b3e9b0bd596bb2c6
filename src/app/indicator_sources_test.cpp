// Indicators fed by the register and compared with Kolada, from a real
// (SQLite) store: two extracts a year apart give two computed periods, a new
// import recomputes them, and the comparison follows the indicator's list.

#include "kplan/app/indicator_sources.hpp"

#include <gtest/gtest.h>

#include <filesystem>
#include <random>

namespace kplan::app {
namespace {

EmployeeRecord Person(std::string id, std::string unit, int born, double fte) {
  EmployeeRecord e;
  e.employee_id = std::move(id);
  e.unit_code = std::move(unit);
  e.category = "Undersköterska";
  e.birth_year = born;
  e.gender = Gender::kWoman;
  e.fte_percent = fte;
  e.start = {2010, 1, 1};
  return e;
}

class IndicatorSourcesTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = std::filesystem::temp_directory_path() / ("kplan_ind_" + std::to_string(std::random_device{}()));
    store_ = store::Store::Open("sqlite:" + (dir_ / "i.db").string()).value();
    ASSERT_TRUE(store_->Migrate().ok());
    ASSERT_TRUE(store_->AddOrgUnits({{"K", "", OrgUnitKind::kKommun, "Exempelby kommun"},
                                     {"VOF", "K", OrgUnitKind::kForvaltning, "Vård- och omsorgsförvaltningen"},
                                     {"HT", "VOF", OrgUnitKind::kEnhet, "Hemtjänst"},
                                     {"BUF", "K", OrgUnitKind::kForvaltning, "Barn- och utbildningsförvaltningen"}},
                                    "test").ok());
    for (const OrgUnit& u : store_->ListOrgUnits().value()) ids_[u.code] = u.id;
    // 2024: 3 in VOF, one of them 55+ (a, 64), two full-time.
    // 2025: f (60, full-time) joins: 2 of 4 are 55+, 3 of 4 full-time.
    std::vector<EmployeeRecord> y2024 = {Person("a", "HT", 1960, 75), Person("b", "HT", 1990, 100),
                                         Person("c", "VOF", 1980, 100), Person("d", "BUF", 1950, 50)};
    std::vector<EmployeeRecord> y2025 = y2024;
    y2025.push_back(Person("f", "HT", 1965, 100));
    store::RegisterExtract x{ids_["K"], {2024, 10, 31}, "2024.csv", y2024};
    ASSERT_TRUE(store_->SaveRegisterExtract(x, false, "test").ok());
    x.extract_date = {2025, 10, 31};
    x.employees = y2025;
    ASSERT_TRUE(store_->SaveRegisterExtract(x, false, "test").ok());
  }
  void TearDown() override {
    store_.reset();
    std::filesystem::remove_all(dir_);
  }

  IndicatorRecord Create(const std::string& name, const std::string& key_figure) {
    IndicatorRecord i;
    i.unit_code = "VOF";
    i.name = name;
    i.unit = "%";
    i.key_figure = key_figure;
    return store_->CreateIndicator(i, "hr").value();
  }

  std::filesystem::path dir_;
  std::unique_ptr<store::Store> store_;
  std::map<std::string, std::int64_t> ids_;
};

TEST_F(IndicatorSourcesTest, ABoundIndicatorGetsOnePeriodPerExtractOfItsUnit) {
  IndicatorRecord older = Create("Andel 55+", "share_55_plus");
  IndicatorRecord full = Create("Heltidsandel", "full_time_share");
  ASSERT_EQ(RefreshBoundOutcomes(*store_, older, "hr").value(), 2);
  ASSERT_EQ(RefreshBoundOutcomes(*store_, full, "hr").value(), 2);
  auto a = store_->ListOutcomes(older.id).value();
  ASSERT_EQ(a.size(), 2u);
  EXPECT_EQ(a[0].period, "2024");
  EXPECT_NEAR(*a[0].value, 100.0 / 3, 1e-9);  // BUF's d is not in VOF
  EXPECT_EQ(a[1].period, "2025");
  EXPECT_NEAR(*a[1].value, 50.0, 1e-9);
  auto f = store_->ListOutcomes(full.id).value();
  EXPECT_NEAR(*f[0].value, 200.0 / 3, 1e-9);
  EXPECT_NEAR(*f[1].value, 75.0, 1e-9);
  // Nothing changed: nothing written.
  EXPECT_EQ(RefreshAllBoundOutcomes(*store_, "hr").value(), 0);
}

TEST_F(IndicatorSourcesTest, ATypedIndicatorIsLeftAlone) {
  IndicatorRecord typed = Create("eNPS", "");
  EXPECT_EQ(RefreshBoundOutcomes(*store_, typed, "hr").value(), 0);
  EXPECT_TRUE(ComputeBoundOutcomes(*store_, typed).value().empty());
  EXPECT_TRUE(store_->ListOutcomes(typed.id).value().empty());
}

TEST_F(IndicatorSourcesTest, TheComparisonFollowsTheIndicatorsListWithTotalsOnly) {
  ASSERT_TRUE(store_->SaveKoladaValues({{"N00090", "0000", 2024, "T", 6.9, ""},
                                        {"N00090", "0000", 2024, "K", 7.9, ""},
                                        {"N00090", "0000", 2025, "T", 6.8, ""},
                                        {"N00090", "1280", 2025, "T", 7.1, ""},
                                        {"N00090", "0180", 2025, "T", 6.0, ""}},
                                       "hr").ok());
  IndicatorRecord i;
  i.unit_code = "VOF";
  i.name = "Sjukfrånvaro";
  i.unit = "%";
  i.kolada_kpi = "N00090";
  i.comparison = "1280,0000,2480";
  i = store_->CreateIndicator(i, "hr").value();
  auto series = LoadComparisons(*store_, i).value();
  ASSERT_EQ(series.size(), 3u);
  EXPECT_EQ(series[0].label, "kommun 1280");
  EXPECT_EQ(series[1].label, "Riket");
  ASSERT_EQ(series[1].points.size(), 2u);  // T only
  EXPECT_DOUBLE_EQ(*series[1].At(2024), 6.9);
  EXPECT_FALSE(series[0].At(2024).has_value());
  EXPECT_TRUE(series[2].points.empty());  // nothing imported for 2480
}

}  // namespace
}  // namespace kplan::app
