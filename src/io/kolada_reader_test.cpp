// Kolada answers as data: every tests/import/kolada/NAME.expected.json names
// a file NAME.json shaped exactly as api.kolada.se (v2 or v3) answers, and
// what reading it must give — the version, the number of values, whether more
// pages follow, some values — or the error that refuses it (the rule, the
// JSON path, the value) and how many. One test per case.

#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

#include "kplan/io/kolada_reader.hpp"

namespace kplan::io {
namespace {

namespace fs = std::filesystem;
using nlohmann::json;

fs::path CasesDir() { return fs::path(KPLAN_SOURCE_DIR) / "tests" / "import" / "kolada"; }

std::string ReadBytes(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream out;
  out << in.rdbuf();
  return out.str();
}

std::vector<std::string> CaseNames() {
  std::vector<std::string> names;
  const std::string suffix = ".expected.json";
  for (const auto& entry : fs::directory_iterator(CasesDir())) {
    const std::string file = entry.path().filename().string();
    if (file.size() > suffix.size() && file.compare(file.size() - suffix.size(), suffix.size(), suffix) == 0) {
      names.push_back(file.substr(0, file.size() - suffix.size()));
    }
  }
  std::sort(names.begin(), names.end());
  return names;
}

class KoladaCase : public ::testing::TestWithParam<std::string> {};

TEST_P(KoladaCase, ReadsAsExpected) {
  const std::string file = GetParam() + ".json";
  const json expected = json::parse(ReadBytes(CasesDir() / (GetParam() + ".expected.json")));
  Result<KoladaReadResult> read = ReadKolada(ReadBytes(CasesDir() / file), file);
  if (expected.contains("file_error_rule")) {
    ASSERT_FALSE(read.ok()) << "the file should be refused as a whole";
    EXPECT_EQ(read.error().rule(), expected["file_error_rule"].get<std::string>());
    EXPECT_EQ(read.error().location().file, file);
    return;
  }
  ASSERT_TRUE(read.ok()) << read.error().Describe();
  const KoladaReadResult& r = read.value();
  if (expected.contains("error_rule")) {
    ASSERT_FALSE(r.errors.empty()) << "the file should have bad values";
    EXPECT_TRUE(r.values.empty()) << "nothing is kept from a file with a bad value";
    EXPECT_EQ(r.error_count, expected["error_count"].get<std::size_t>());
    const Error& e = r.errors.front();
    EXPECT_EQ(e.rule(), expected["error_rule"].get<std::string>()) << e.Describe();
    EXPECT_EQ(e.location().file, file);
    EXPECT_EQ(e.location().field, expected["error_field"].get<std::string>()) << e.Describe();
    if (expected.contains("error_value")) {
      ASSERT_TRUE(e.location().value.has_value()) << e.Describe();
      EXPECT_EQ(*e.location().value, expected["error_value"].get<std::string>());
    }
    if (expected.contains("error_contains")) {
      EXPECT_NE(e.Describe().find(expected["error_contains"].get<std::string>()), std::string::npos) << e.Describe();
    }
    return;
  }
  for (const Error& e : r.errors) ADD_FAILURE() << e.Describe();
  EXPECT_EQ(r.version, expected["version"].get<std::string>());
  EXPECT_EQ(r.values.size(), expected["values"].get<std::size_t>());
  EXPECT_EQ(r.more_pages, expected["more_pages"].get<bool>());
  for (const json& some : expected.value("some", json::array())) {
    auto it = std::find_if(r.values.begin(), r.values.end(), [&](const KoladaValue& v) {
      return v.kpi == some["kpi"] && v.municipality == some["municipality"] && v.period == some["period"] &&
             v.gender == some["gender"];
    });
    ASSERT_NE(it, r.values.end()) << some.dump();
    if (some["value"].is_null()) {
      EXPECT_FALSE(it->value.has_value()) << some.dump();
    } else {
      ASSERT_TRUE(it->value.has_value()) << some.dump();
      EXPECT_DOUBLE_EQ(*it->value, some["value"].get<double>());
    }
  }
}

INSTANTIATE_TEST_SUITE_P(Files, KoladaCase, ::testing::ValuesIn(CaseNames()),
                         [](const auto& info) { return info.param; });

TEST(KoladaReaderTest, TheErrorSaysFilePathValueAndRule) {
  const std::string bytes =
      R"({"count": 1, "values": [{"kpi": "N00090", "municipality": "1280", "period": 2023,
          "values": [{"gender": "T", "value": true}]}]})";
  Result<KoladaReadResult> read = ReadKolada(bytes, "kolada.json");
  ASSERT_TRUE(read.ok());
  ASSERT_EQ(read.value().errors.size(), 1u);
  const std::string text = read.value().errors[0].Describe();
  EXPECT_NE(text.find("kolada.json"), std::string::npos) << text;
  EXPECT_NE(text.find("values[0].values[0].value"), std::string::npos) << text;
}

}  // namespace
}  // namespace kplan::io
