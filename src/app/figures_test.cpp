// The figures report from a real (SQLite) store: snapshot choice, the
// comparison with the previous extract, grouping, JSON and text.

#include "kplan/app/figures.hpp"

#include <gtest/gtest.h>

#include <filesystem>
#include <random>

namespace kplan::app {
namespace {

using report::FiguresReport;
using report::FiguresReportJson;
using report::FiguresReportText;

EmployeeRecord Person(std::string id, std::string unit, std::string category, int born,
                      Gender gender, double fte, CalendarDate start) {
  EmployeeRecord e;
  e.employee_id = std::move(id);
  e.unit_code = std::move(unit);
  e.category = std::move(category);
  e.birth_year = born;
  e.gender = gender;
  e.fte_percent = fte;
  e.start = start;
  return e;
}

class FiguresTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = std::filesystem::temp_directory_path() / ("kplan_fig_" + std::to_string(std::random_device{}()));
    store_ = store::Store::Open("sqlite:" + (dir_ / "f.db").string()).value();
    ASSERT_TRUE(store_->Migrate().ok());
    ASSERT_TRUE(store_->AddOrgUnits({{"K", "", OrgUnitKind::kKommun, "Exempelby kommun"},
                                     {"VOF", "K", OrgUnitKind::kForvaltning, "Vård- och omsorgsförvaltningen"},
                                     {"HT", "VOF", OrgUnitKind::kEnhet, "Hemtjänst"},
                                     {"SB", "VOF", OrgUnitKind::kEnhet, "Särskilt boende"},
                                     {"BUF", "K", OrgUnitKind::kForvaltning, "Barn- och utbildningsförvaltningen"}},
                                    "test").ok());
    ids_ = {};
    for (const OrgUnit& u : store_->ListOrgUnits().value()) ids_[u.code] = u.id;

    std::vector<EmployeeRecord> y2024 = {
        Person("a", "HT", "Undersköterska", 1960, Gender::kWoman, 75, {2001, 1, 1}),
        Person("b", "HT", "Undersköterska", 1990, Gender::kWoman, 100, {2015, 1, 1}),
        Person("c", "SB", "Sjuksköterska", 1980, Gender::kMan, 100, {2010, 1, 1}),
        Person("d", "BUF", "Förskollärare", 1985, Gender::kWoman, 100, {2012, 1, 1})};
    std::vector<EmployeeRecord> y2025 = y2024;
    y2025[1].end = CalendarDate{2025, 3, 31};  // b left
    y2025.push_back(Person("e", "SB", "Undersköterska", 1999, Gender::kWoman, 100, {2025, 5, 1}));
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
  std::filesystem::path dir_;
  std::unique_ptr<store::Store> store_;
  std::map<std::string, std::int64_t> ids_;
};

TEST_F(FiguresTest, NewestSnapshotOfTheUnitComparedWithThePrevious) {
  FiguresRequest request;
  request.org_code = "VOF";
  auto report = BuildFiguresReport(*store_, request);
  ASSERT_TRUE(report.ok()) << report.error().Describe();
  const FiguresReport& r = report.value();
  EXPECT_EQ(r.snapshot, (CalendarDate{2025, 10, 31}));
  EXPECT_EQ(r.period_start, (CalendarDate{2024, 10, 31}));
  EXPECT_EQ(r.figures.headcount, 3);  // a, c, e (b left, d is in BUF)
  EXPECT_EQ(r.figures.hires, 1);
  EXPECT_EQ(r.figures.leavers, 1);
  ASSERT_TRUE(r.previous.has_value());
  EXPECT_EQ(r.previous->headcount, 3);  // a, b, c

  auto json = FiguresReportJson(r);
  EXPECT_EQ(json["org"]["name"], "Vård- och omsorgsförvaltningen");
  EXPECT_EQ(json["figures"]["headcount"], 3);
  EXPECT_EQ(json["previous"]["snapshot"], "2024-10-31");
  EXPECT_DOUBLE_EQ(json["change"]["headcount"].get<double>(), 0.0);
  EXPECT_DOUBLE_EQ(json["figures"]["women_share"].get<double>(), 2.0 / 3.0);
  EXPECT_EQ(json["figures"]["age_bands"]["-29"], 1);
  EXPECT_TRUE(json["figures"]["employees_per_manager"].is_null());
  for (const char* key : {"headcount", "fte", "permanent", "temporary", "hourly", "women_share",
                          "men_share", "average_age", "age_bands", "part_time_share",
                          "retirements_by_year", "employees_per_manager", "hires", "leavers",
                          "turnover", "sick_leave_share", "qualified_share"}) {
    EXPECT_TRUE(json["figures"].contains(key)) << key;
  }
}

TEST_F(FiguresTest, GroupsPerCategoryAndPerUnit) {
  FiguresRequest request;
  request.by = FiguresGrouping::kCategory;
  auto by_category = BuildFiguresReport(*store_, request).value();
  ASSERT_EQ(by_category.groups.size(), 3u);
  EXPECT_EQ(by_category.groups[2].key, "Undersköterska");
  EXPECT_EQ(by_category.groups[2].figures.headcount, 2);  // a and e

  request.by = FiguresGrouping::kUnit;
  request.org_code = "VOF";
  auto by_unit = BuildFiguresReport(*store_, request).value();
  ASSERT_EQ(by_unit.groups.size(), 2u);
  EXPECT_EQ(by_unit.groups[0].label, "Hemtjänst");
  EXPECT_EQ(by_unit.groups[1].figures.headcount, 2);  // c and e in Särskilt boende
}

TEST_F(FiguresTest, OlderSnapshotOnRequestAndClearErrors) {
  FiguresRequest request;
  request.snapshot = CalendarDate{2024, 10, 31};
  auto old = BuildFiguresReport(*store_, request).value();
  EXPECT_EQ(old.figures.headcount, 4);
  EXPECT_FALSE(old.previous.has_value());
  EXPECT_EQ(old.period_start, (CalendarDate{2023, 10, 31}));

  request.snapshot = CalendarDate{2023, 1, 1};
  auto missing = BuildFiguresReport(*store_, request);
  ASSERT_FALSE(missing.ok());
  EXPECT_EQ(missing.error().message(),
            "det finns inget uttag per 2023-01-01 (finns: 2024-10-31, 2025-10-31)");
  request = {};
  request.org_code = "XYZ";
  EXPECT_EQ(BuildFiguresReport(*store_, request).error().code(), ErrorCode::kNotFound);
}

TEST_F(FiguresTest, SwedishTextTable) {
  FiguresRequest request;
  request.org_code = "VOF";
  std::string text = FiguresReportText(BuildFiguresReport(*store_, request).value());
  EXPECT_NE(text.find("Nyckeltal för Vård- och omsorgsförvaltningen (VOF), personaluttag 2025-10-31"),
            std::string::npos) << text;
  EXPECT_NE(text.find("Andel kvinnor"), std::string::npos);
  EXPECT_NE(text.find("66,7 %"), std::string::npos) << text;
  EXPECT_NE(text.find("Pensionsavgångar bland tillsvidareanställda (pensionsålder 67): 2026: 0, 2027: 1"),
            std::string::npos) << text;
}

}  // namespace
}  // namespace kplan::app
