// SCB downloads as data: every tests/import/population/NAME.expected.json
// names a file NAME.* shaped exactly as SCB writes it (CSV, PX, JSON-stat2)
// and what reading it must give — records, total people, areas, years,
// chosen contents, summed dimensions, counts left out, some entries — or the
// rule of the error that refuses it. One test per case.

#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <set>
#include <sstream>

#include "kplan/io/population_reader.hpp"
#include "kplan/io/population_source.hpp"

namespace kplan::io {
namespace {

namespace fs = std::filesystem;
using nlohmann::json;

fs::path CasesDir() { return fs::path(KPLAN_SOURCE_DIR) / "tests" / "import" / "population"; }

std::string ReadBytes(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream out;
  out << in.rdbuf();
  return out.str();
}

std::vector<std::string> CaseNames() {
  std::vector<std::string> names;
  for (const auto& entry : fs::directory_iterator(CasesDir())) {
    const std::string file = entry.path().filename().string();
    const std::string suffix = ".expected.json";
    if (file.size() > suffix.size() && file.compare(file.size() - suffix.size(), suffix.size(), suffix) == 0) {
      names.push_back(file.substr(0, file.size() - suffix.size()));
    }
  }
  std::sort(names.begin(), names.end());
  return names;
}

// The data file of a case: NAME with any extension but .expected.json.
fs::path DataFile(const std::string& name) {
  for (const auto& entry : fs::directory_iterator(CasesDir())) {
    const std::string file = entry.path().filename().string();
    if (file.rfind(name + ".", 0) == 0 && file != name + ".expected.json") return entry.path();
  }
  return {};
}

std::string FormatKey(PopulationFormat f) {
  switch (f) {
    case PopulationFormat::kCsv: return "csv";
    case PopulationFormat::kXlsx: return "xlsx";
    case PopulationFormat::kPx: return "px";
    case PopulationFormat::kJsonStat: return "jsonstat";
  }
  return "";
}

std::vector<std::string> Strings(const json& expected, const char* key) {
  return expected.contains(key) ? expected[key].get<std::vector<std::string>>() : std::vector<std::string>{};
}

class PopulationCase : public ::testing::TestWithParam<std::string> {};

TEST_P(PopulationCase, ReadsAsExpected) {
  const fs::path data = DataFile(GetParam());
  ASSERT_FALSE(data.empty()) << "no data file for " << GetParam();
  const json expected = json::parse(ReadBytes(CasesDir() / (GetParam() + ".expected.json")));
  const std::string file_name = data.filename().string();
  Result<PopulationSource> source = ReadPopulationSource(ReadBytes(data), file_name);
  Result<PopulationReadResult> read =
      source.ok() ? ReadPopulation(source.value().table, source.value().decimal, {})
                  : Result<PopulationReadResult>(source.error());
  if (expected.contains("error_rule")) {
    ASSERT_FALSE(read.ok()) << "expected the error " << expected["error_rule"];
    EXPECT_EQ(read.error().rule(), expected["error_rule"].get<std::string>()) << read.error().Describe();
    EXPECT_NE(read.error().Describe().find(file_name), std::string::npos) << read.error().Describe();
    if (expected.contains("error_contains")) {
      EXPECT_NE(read.error().Describe().find(expected["error_contains"].get<std::string>()), std::string::npos)
          << read.error().Describe();
    }
    return;
  }
  ASSERT_TRUE(read.ok()) << read.error().Describe();
  const PopulationReadResult& r = read.value();
  ASSERT_TRUE(r.ok()) << r.errors[0].Describe();
  EXPECT_EQ(FormatKey(source.value().format), expected["format"].get<std::string>());
  if (expected.contains("encoding")) {
    EXPECT_NE(source.value().description.find(expected["encoding"].get<std::string>()), std::string::npos)
        << source.value().description;
  }
  if (expected.contains("layout")) {
    EXPECT_EQ(r.layout == TableLayout::kLong ? "long" : "wide", expected["layout"].get<std::string>());
  }
  EXPECT_EQ(r.rows.size(), expected["records"].get<std::size_t>());
  double people = 0;
  std::vector<std::string> areas;
  std::set<int> years;
  for (const PopulationRow& row : r.rows) {
    people += row.record.people;
    if (std::find(areas.begin(), areas.end(), row.record.area) == areas.end()) areas.push_back(row.record.area);
    years.insert(row.record.year);
  }
  EXPECT_NEAR(people, expected["people"].get<double>(), 1e-6);
  EXPECT_EQ(areas, Strings(expected, "areas"));
  EXPECT_EQ(std::vector<int>(years.begin(), years.end()), expected["years"].get<std::vector<int>>());
  EXPECT_EQ(r.contents, expected.value("contents", std::string()));
  EXPECT_EQ(r.other_contents, Strings(expected, "other_contents"));
  EXPECT_EQ(r.summed_dimensions, Strings(expected, "summed_dimensions"));
  EXPECT_EQ(r.skipped_total_rows, expected.value("skipped_total_rows", std::size_t{0}));
  EXPECT_EQ(r.skipped_content_rows, expected.value("skipped_content_rows", std::size_t{0}));
  EXPECT_EQ(r.missing_values, expected.value("missing_values", std::size_t{0}));
  EXPECT_EQ(source.value().note_lines, expected.value("note_lines", std::size_t{0}));
  if (expected.contains("title")) {
    ASSERT_FALSE(source.value().title.empty());
    EXPECT_EQ(source.value().title.front(), expected["title"].get<std::string>());
  }
  for (const json& entry : expected.value("entries", json::array())) {
    auto found = std::find_if(r.rows.begin(), r.rows.end(), [&](const PopulationRow& row) {
      return row.record.area == entry["area"].get<std::string>() && row.record.year == entry["year"].get<int>() &&
             row.record.age_from == entry["age_from"].get<int>() && row.record.age_to == entry["age_to"].get<int>();
    });
    ASSERT_NE(found, r.rows.end()) << entry.dump();
    EXPECT_NEAR(found->record.people, entry["people"].get<double>(), 1e-6) << entry.dump();
  }
}

INSTANTIATE_TEST_SUITE_P(ScbDownloads, PopulationCase, ::testing::ValuesIn(CaseNames()),
                         [](const ::testing::TestParamInfo<std::string>& info) { return info.param; });

}  // namespace
}  // namespace kplan::io
