// The unit's kartläggning workbook from a real (SQLite) store: what goes into
// it, and that the file as downloaded reads back to the same grid.

#include "kplan/app/mapping.hpp"

#include <gtest/gtest.h>

#include <filesystem>
#include <random>

#include "kplan/io/mapping_workbook_reader.hpp"

namespace kplan::app {
namespace {

class MappingWorkbookTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = std::filesystem::temp_directory_path() / ("kplan_map_" + std::to_string(std::random_device{}()));
    store_ = store::Store::Open("sqlite:" + (dir_ / "m.db").string()).value();
    ASSERT_TRUE(store_->Migrate().ok());
    ASSERT_TRUE(store_->AddOrgUnits({{"K", "", OrgUnitKind::kKommun, "Exempelby kommun"},
                                     {"VOF", "K", OrgUnitKind::kForvaltning, "Vård- och omsorgsförvaltningen"},
                                     {"HT", "VOF", OrgUnitKind::kAvdelning, "Hemtjänst"},
                                     {"HT-N", "HT", OrgUnitKind::kEnhet, "Hemtjänst Norr"},
                                     {"HT-S", "HT", OrgUnitKind::kEnhet, "Hemtjänst Söder"},
                                     {"SB", "VOF", OrgUnitKind::kAvdelning, "Särskilt boende"}},
                                    "test").ok());
    for (const OrgUnit& u : store_->ListOrgUnits().value()) units_[u.code] = u;
    store::PlanYear p;
    p.unit_code = "VOF";
    p.year = 2026;
    ASSERT_TRUE(store_->SavePlanYear(p, "hr").ok());
    ASSERT_TRUE(store_->SaveInventory(units_["VOF"].id, 2026,
                                      {{"HT-N", "Undersköterska", "God", 12}, {"SB", "Sjuksköterska", "Hög", 4}}, "hr")
                    .ok());
    p.year = 2027;
    ASSERT_TRUE(store_->SavePlanYear(p, "hr").ok());
    ASSERT_TRUE(store_->SaveInventory(units_["VOF"].id, 2027, {{"HT-S", "Undersköterska", "Hög", 3}}, "hr").ok());
    const std::int64_t usk = store_->ListCategories().value()[1].id;  // by name: Sjuksköterska, Undersköterska
    ASSERT_TRUE(store_->SaveLevelDefinitions(usk, {{"Hög", "Handleder kollegor"}}, "hr").ok());
  }
  void TearDown() override {
    store_.reset();
    std::filesystem::remove_all(dir_);
  }
  PlanScope Hemtjanst(int year) { return PlanScope{units_["VOF"], units_["HT"], year}; }

  std::filesystem::path dir_;
  std::unique_ptr<store::Store> store_;
  std::map<std::string, OrgUnit> units_;
};

TEST_F(MappingWorkbookTest, TheUnitsRowsWithLastYearsFiguresAndTheDefinitions) {
  auto w = BuildMappingWorkbook(*store_, Hemtjanst(2027));
  ASSERT_TRUE(w.ok()) << w.error().Describe();
  EXPECT_EQ(w.value().unit_code, "HT");
  EXPECT_EQ(w.value().unit_name, "Hemtjänst");
  EXPECT_EQ(w.value().levels, (std::vector<std::string>{"Viss", "God", "Hög", "Mycket hög"}));
  // Hemtjänst's units only: Norr from last year, Söder from this year; not Särskilt boende.
  ASSERT_EQ(w.value().rows.size(), 2u);
  EXPECT_EQ(w.value().rows[0].unit_code, "HT-N");
  EXPECT_EQ(w.value().rows[0].counts, (std::vector<double>{0, 0, 0, 0}));
  EXPECT_EQ(w.value().rows[0].last_year[1], 12);
  EXPECT_FALSE(w.value().rows[0].last_year[0].has_value());
  EXPECT_EQ(w.value().rows[1].unit_code, "HT-S");
  EXPECT_EQ(w.value().rows[1].counts[2], 3);
  ASSERT_EQ(w.value().definitions.size(), 1u);
  EXPECT_EQ(w.value().definitions[0].first, "Undersköterska");
  EXPECT_EQ(w.value().definitions[0].second[0].text, "Handleder kollegor");
  EXPECT_EQ(BuildMappingWorkbook(*store_, Hemtjanst(2030)).error().code(), ErrorCode::kNotFound);
}

TEST_F(MappingWorkbookTest, TheFileAsDownloadedReadsBackToTheSameGrid) {
  auto file = RenderUnitWorkbook(*store_, Hemtjanst(2027));
  ASSERT_TRUE(file.ok()) << file.error().Describe();
  EXPECT_EQ(file.value().file_name, "Kartläggning 2027 HT.xlsx");
  auto expected = BuildMappingWorkbook(*store_, Hemtjanst(2027)).value();
  auto read = io::ReadMappingWorkbook(file.value().bytes, file.value().file_name, expected);
  ASSERT_TRUE(read.ok()) << read.error().Describe();
  EXPECT_EQ(read.value().error_count, 0u);
  EXPECT_EQ(read.value().version, expected.version);
  ASSERT_EQ(read.value().entries.size(), 8u);  // two rows × four levels
  EXPECT_EQ(read.value().entries[6].unit_code, "HT-S");
  EXPECT_EQ(read.value().entries[6].level, "Hög");
  EXPECT_EQ(read.value().entries[6].headcount, 3);

  // Another unit's file is refused, naming the cell that says whose it is.
  expected.unit_code = "SB";
  auto other = io::ReadMappingWorkbook(file.value().bytes, file.value().file_name, expected).value();
  ASSERT_EQ(other.error_count, 1u);
  EXPECT_EQ(other.errors[0].rule(), "mapping_file");
  EXPECT_EQ(other.errors[0].location().cell, "B2");
  EXPECT_TRUE(other.entries.empty());

  auto uploaded = UploadUnitWorkbook(*store_, Hemtjanst(2027), file.value().bytes, "f.xlsx", "chef");
  ASSERT_TRUE(uploaded.ok()) << uploaded.error().Describe();
  EXPECT_EQ(uploaded.value().cells, 8u);
  // The same file again: the grid moved on since it was downloaded.
  EXPECT_EQ(UploadUnitWorkbook(*store_, Hemtjanst(2027), file.value().bytes, "f.xlsx", "chef").error().code(),
            ErrorCode::kPreconditionFailed);
}

}  // namespace
}  // namespace kplan::app
