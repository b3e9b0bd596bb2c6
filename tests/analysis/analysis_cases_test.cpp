// Runs every case in tests/analysis/cases (see README.md):
//   NAME.input.json + NAME.expected.json  the result must contain every key and
//                                         value of the expected JSON (a subset;
//                                         keys "//" are notes and not compared)
//   NAME.expected.txt (optional)          the whole text report, exactly
//   NAME.input.json + NAME.error.txt      reading must fail with exactly this
//                                         Swedish error (Error::Describe)

#include <gtest/gtest.h>

#include <algorithm>
#include <cctype>
#include <cmath>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

#include "kplan/core/analysis.hpp"
#include "kplan/io/analysis_document.hpp"
#include "kplan/report/analysis_text.hpp"

namespace kplan {
namespace {

namespace fs = std::filesystem;
using Json = nlohmann::ordered_json;

const fs::path kCases = KPLAN_ANALYSIS_CASES_DIR;
constexpr std::string_view kInputSuffix = ".input.json";

std::vector<std::string> CaseNames() {
  std::vector<std::string> names;
  for (const fs::directory_entry& entry : fs::directory_iterator(kCases)) {
    const std::string file = entry.path().filename().string();
    if (file.size() > kInputSuffix.size() && file.ends_with(kInputSuffix)) {
      names.push_back(file.substr(0, file.size() - kInputSuffix.size()));
    }
  }
  std::sort(names.begin(), names.end());
  return names;
}

std::string ReadFile(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream bytes;
  bytes << in.rdbuf();
  return bytes.str();
}

std::string WithoutTrailingNewlines(std::string text) {
  while (!text.empty() && (text.back() == '\n' || text.back() == '\r')) text.pop_back();
  return text;
}

// A key for notes to the reader of an expected file; never compared.
constexpr std::string_view kCommentKey = "//";

// Every key of `expected` must be in `actual` with a matching value. Objects
// match recursively (extra keys in `actual` are fine); arrays element by
// element and with the same length; numbers within a relative 1e-6.
void CollectMismatches(const Json& expected, const Json& actual, const std::string& path,
                       std::vector<std::string>& mismatches) {
  const auto differ = [&](const std::string& why) {
    mismatches.push_back((path.empty() ? "(dokumentet)" : path) + ": " + why + "\n    förväntat: " +
                         expected.dump() + "\n    fick:      " + actual.dump());
  };
  if (expected.is_object()) {
    if (!actual.is_object()) return differ("inte ett objekt");
    for (const auto& [key, value] : expected.items()) {
      if (key == kCommentKey) continue;
      const std::string inner = path.empty() ? key : path + "." + key;
      if (!actual.contains(key)) {
        mismatches.push_back(inner + ": saknas i resultatet");
        continue;
      }
      CollectMismatches(value, actual.at(key), inner, mismatches);
    }
  } else if (expected.is_array()) {
    if (!actual.is_array() || actual.size() != expected.size()) return differ("listorna är olika långa");
    for (std::size_t i = 0; i < expected.size(); ++i) {
      CollectMismatches(expected[i], actual[i], path + "[" + std::to_string(i) + "]", mismatches);
    }
  } else if (expected.is_number()) {
    if (!actual.is_number()) return differ("inte ett tal");
    const double want = expected.get<double>();
    const double got = actual.get<double>();
    if (std::fabs(want - got) > 1e-6 * std::max(1.0, std::fabs(want))) differ("talen skiljer sig");
  } else if (expected != actual) {
    differ("olika värden");
  }
}

class AnalysisCase : public testing::TestWithParam<std::string> {
 protected:
  fs::path File(std::string_view suffix) const { return kCases / (GetParam() + std::string(suffix)); }
};

TEST_P(AnalysisCase, MatchesItsExpectation) {
  const Result<AnalysisInput> input = io::ParseAnalysisDocument(ReadFile(File(kInputSuffix)));

  if (fs::exists(File(".error.txt"))) {
    ASSERT_FALSE(input.ok()) << "dokumentet lästes utan fel, men " << File(".error.txt") << " väntar ett fel";
    EXPECT_EQ(input.error().Describe(Language::kSwedish),
              WithoutTrailingNewlines(ReadFile(File(".error.txt"))));
    return;
  }
  ASSERT_TRUE(input.ok()) << input.error().Describe();
  ASSERT_TRUE(fs::exists(File(".expected.json"))) << "fallet saknar .expected.json eller .error.txt";
  const AnalysisResult result = Analyze(input.value());

  std::vector<std::string> mismatches;
  CollectMismatches(Json::parse(ReadFile(File(".expected.json"))),
                    Json::parse(io::WriteAnalysisResultJson(result)), "", mismatches);
  for (const std::string& mismatch : mismatches) ADD_FAILURE() << mismatch;

  if (fs::exists(File(".expected.txt"))) {
    EXPECT_EQ(report::RenderAnalysisText(result), ReadFile(File(".expected.txt")));
  }
}

std::string TestName(const testing::TestParamInfo<std::string>& info) {
  std::string name = info.param;
  for (char& c : name) {
    if (!std::isalnum(static_cast<unsigned char>(c))) c = '_';
  }
  return name;
}

INSTANTIATE_TEST_SUITE_P(Cases, AnalysisCase, testing::ValuesIn(CaseNames()), TestName);

}  // namespace
}  // namespace kplan
