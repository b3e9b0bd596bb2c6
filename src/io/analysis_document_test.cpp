#include "kplan/io/analysis_document.hpp"

#include <gtest/gtest.h>

#include <fstream>
#include <nlohmann/json.hpp>
#include <random>
#include <sstream>

namespace kplan::io {
namespace {

using Json = nlohmann::ordered_json;

std::string ReadCase(const std::string& name) {
  std::ifstream in(std::string(KPLAN_SOURCE_DIR) + "/tests/analysis/cases/" + name + ".input.json",
                   std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

constexpr const char* kEverySection = R"({
  "version": 1,
  "organisation": "Exempelby kommun",
  "year": 2024,
  "levels": ["Låg", "Hög"],
  "horizons": [2, 5],
  "categories": [{
    "name": "Sjuksköterska",
    "ssyk": "2221",
    "inventory": {"Låg": 10, "Hög": 5.5},
    "base": 16,
    "growth": {"5": 0.06},
    "target_shares": {"2": {"Låg": 50, "Hög": 50}, "5": {"Låg": 33.3, "Hög": 66.6}},
    "supply": {"5": {"Låg": 8, "Hög": 6}},
    "previous_gaps": {"5": {"Låg": 1, "Hög": -4, "total": -3}}
  }],
  "risks": [{"category": "sjuksköterska", "operations": ["allvarlig", 2],
             "work_environment": [1, "Mycket hög"]}],
  "indicators": [{"name": "Sjukfrånvaro", "unit": "%", "target": {"at_most": 8.55},
                  "outcome": 8.46, "previous": null}],
  "projection": {
    "start_year": 2024, "years": 2,
    "drivers": [{"name": "Befolkning", "values": [100, 102, 104]}],
    "categories": [{"name": "Sjuksköterska", "turnover_percent": 12.5, "monthly_salary": 45000,
                    "overhead_percent": 50, "ages": {"66": 1, "40": 9}}]
  }
})";

TEST(ParseAnalysisDocumentTest, ReadsEverySection) {
  const Result<AnalysisInput> parsed = ParseAnalysisDocument(kEverySection);
  ASSERT_TRUE(parsed.ok()) << parsed.error().Describe();
  const AnalysisInput& input = parsed.value();
  EXPECT_EQ(input.organisation, "Exempelby kommun");
  EXPECT_EQ(input.year, 2024);
  EXPECT_EQ(input.scale.names(), (std::vector<std::string>{"Låg", "Hög"}));
  EXPECT_EQ(input.horizons, (std::vector<int>{2, 5}));

  ASSERT_EQ(input.categories.size(), 1u);
  const CategoryInput& c = input.categories[0];
  EXPECT_EQ(c.ssyk, "2221");
  EXPECT_EQ(c.inventory, (PerLevel{10, 5.5}));
  EXPECT_EQ(c.base, 16);
  ASSERT_EQ(c.horizons.size(), 2u);
  EXPECT_DOUBLE_EQ(c.horizons[0].growth, 0);     // not given: no growth
  EXPECT_DOUBLE_EQ(c.horizons[1].growth, 0.06);  // a fraction
  EXPECT_EQ(c.horizons[0].target_shares, (PerLevel{50, 50}));
  EXPECT_EQ(c.horizons[1].target_shares, (PerLevel{33.3, 66.6}));
  ASSERT_EQ(c.supply.size(), 1u);
  EXPECT_EQ(c.supply[0].years, 5);
  EXPECT_EQ(c.supply[0].levels, (PerLevel{8, 6}));
  ASSERT_EQ(c.previous.size(), 1u);
  EXPECT_EQ(c.previous[0].years, 5);
  EXPECT_EQ(c.previous[0].levels, (PerLevel{1, -4}));
  EXPECT_DOUBLE_EQ(c.previous[0].total, -3);
  ASSERT_TRUE(c.risk);
  EXPECT_EQ(c.risk->operations.consequence, 3);
  EXPECT_EQ(c.risk->operations.probability, 2);
  EXPECT_EQ(c.risk->work_environment.probability, 4);

  ASSERT_EQ(input.indicators.size(), 1u);
  EXPECT_EQ(input.indicators[0].target.type, TargetRuleType::kAtMost);
  EXPECT_DOUBLE_EQ(input.indicators[0].target.upper, 8.55);
  EXPECT_FALSE(input.indicators[0].previous);  // null means "not given"

  ASSERT_TRUE(input.projection);
  const ProjectionInput& p = *input.projection;
  EXPECT_EQ(p.settings.pension_age, 67);  // defaults
  EXPECT_EQ(p.settings.recruit_age, 35);
  EXPECT_DOUBLE_EQ(p.settings.other_solutions_share, 0);
  EXPECT_DOUBLE_EQ(p.categories[0].turnover, 0.125);
  EXPECT_DOUBLE_EQ(p.categories[0].overhead, 0.5);
  EXPECT_DOUBLE_EQ(p.categories[0].staff.CountBornIn(1958), 1);  // 66 years old in 2024
  EXPECT_DOUBLE_EQ(p.categories[0].staff.Total(), 10);
}

TEST(ParseAnalysisDocumentTest, ErrorsAreSwedishByDefaultAndEnglishOnRequest) {
  const Result<AnalysisInput> parsed = ParseAnalysisDocument(R"({
    "horizons": [2],
    "categories": [{"name": "Sektionschef", "inventory": {"Viss": 1, "God": 1, "Hög": 1, "Mycket hög": 1},
                    "target_shares": {"Viss": 7, "God": 28, "Hög": 50, "Mycket hög": 13}}]})");
  ASSERT_FALSE(parsed.ok());
  const Error& error = parsed.error();
  EXPECT_EQ(error.code(), ErrorCode::kInvalidInput);
  EXPECT_EQ(error.rule(), "share_sum");
  EXPECT_EQ(error.location().field, "categories[0].target_shares");
  EXPECT_EQ(error.Describe(),
            "fält \"categories[0].target_shares\": yrkeskategorin \"Sektionschef\": målfördelningen "
            "summerar till 98 %, men ska summera till 100 % (±0,5)");
  EXPECT_EQ(error.Describe(Language::kEnglish),
            "field \"categories[0].target_shares\": category \"Sektionschef\": the target shares sum "
            "to 98 %, but must sum to 100 % (±0.5)");
}

TEST(ParseAnalysisDocumentTest, ReadsWindows1252AndByteOrderMark) {
  // The document as a Windows editor saves it: "Hög" as the bytes 48 F6 67.
  const std::string utf8 = ReadCase("malmo_sektionschef");
  std::string windows_1252;
  for (std::size_t i = 0; i < utf8.size(); ++i) {
    const auto byte = static_cast<unsigned char>(utf8[i]);
    const bool latin1_letter = byte == 0xC3 && i + 1 < utf8.size();  // U+00C0–U+00FF
    windows_1252 += latin1_letter ? static_cast<char>(static_cast<unsigned char>(utf8[++i]) + 0x40) : utf8[i];
  }
  const Result<AnalysisInput> from_1252 = ParseAnalysisDocument(windows_1252);
  ASSERT_TRUE(from_1252.ok()) << from_1252.error().Describe();
  EXPECT_EQ(from_1252.value().categories[0].inventory[2], 46);

  std::string with_bom_text = "\xEF\xBB\xBF";
  with_bom_text += ReadCase("malmo_sektionschef");
  const Result<AnalysisInput> with_bom = ParseAnalysisDocument(with_bom_text);
  EXPECT_TRUE(with_bom.ok());
}

TEST(ParseAnalysisDocumentTest, RefusesHugeDocumentsBeforeParsing) {
  const std::string huge(kMaxAnalysisDocumentBytes + 1, ' ');
  const Result<AnalysisInput> parsed = ParseAnalysisDocument(huge);
  ASSERT_FALSE(parsed.ok());
  EXPECT_EQ(parsed.error().code(), ErrorCode::kTooLarge);
}

TEST(ParseAnalysisDocumentTest, EmptyAndWhitespaceInputAreErrors) {
  EXPECT_FALSE(ParseAnalysisDocument("").ok());
  EXPECT_FALSE(ParseAnalysisDocument("   \n").ok());
  EXPECT_FALSE(ParseAnalysisDocument("{} {}").ok());  // trailing content
  EXPECT_FALSE(ParseAnalysisDocument(std::string("{\"a\":\0}", 7)).ok());
}

// Everything downstream of a successful parse must hold up too.
void AnalyzeAndWrite(const Result<AnalysisInput>& parsed) {
  if (!parsed.ok()) {
    EXPECT_FALSE(parsed.error().Describe().empty());
    return;
  }
  const AnalysisResult result = Analyze(parsed.value());
  EXPECT_FALSE(WriteAnalysisResultJson(result).empty());
}

// Robustness: random byte edits of a real document must never crash, throw or
// trip the sanitizers; each gives either a result or an error.
TEST(ParseAnalysisDocumentRobustnessTest, RandomByteEdits) {
  const std::string original = ReadCase("egen_skala_per_horisont");
  std::mt19937 random(1234);
  const std::string tokens[] = {"{", "}", "[", "]", ",", ":", "\"", "-", "1e999", "null", "0", "\xC3", "\\u0000"};
  for (int round = 0; round < 1500; ++round) {
    std::string text = original;
    for (int edit = 0; edit < 1 + round % 4; ++edit) {
      const std::size_t at = std::uniform_int_distribution<std::size_t>(0, text.size() - 1)(random);
      switch (random() % 3) {
        case 0: text.erase(at, 1 + random() % 8); break;
        case 1: text.insert(at, tokens[random() % std::size(tokens)]); break;
        default: text[at] = static_cast<char>(random() % 256); break;
      }
    }
    AnalyzeAndWrite(ParseAnalysisDocument(text));
  }
}

// Robustness: one value anywhere in a valid document replaced by a value of
// another type or a hostile number, so that every validation path is reached.
TEST(ParseAnalysisDocumentRobustnessTest, RandomValueReplacements) {
  const std::vector<Json> sources{Json::parse(ReadCase("malmo_sektionschef")),
                                  Json::parse(ReadCase("trelleborg_uppfoljning")),
                                  Json::parse(ReadCase("exempelby_aldreomsorg")),
                                  Json::parse(ReadCase("egen_skala_per_horisont")),
                                  Json::parse(kEverySection)};
  const Json replacements[] = {nullptr, true, -1, 0, 0.5, -1e300, 1e300, 2147483648.0, "", "Hög",
                               Json::array(), Json::object(), Json::array({1, 2}),
                               Json{{"x", 1}}};
  std::mt19937 random(99);
  int errors = 0;
  for (int round = 0; round < 1500; ++round) {
    Json document = sources[round % sources.size()];
    std::vector<Json*> nodes;
    std::vector<Json*> todo{&document};
    while (!todo.empty()) {
      Json* node = todo.back();
      todo.pop_back();
      nodes.push_back(node);
      if (node->is_structured()) {
        for (Json& child : *node) todo.push_back(&child);
      }
    }
    *nodes[random() % nodes.size()] = replacements[random() % std::size(replacements)];
    const Result<AnalysisInput> parsed = ParseAnalysisDocument(document.dump());
    errors += !parsed.ok();
    AnalyzeAndWrite(parsed);
  }
  EXPECT_GT(errors, 500);  // most replacements break a rule, and are reported
}

TEST(WriteAnalysisResultJsonTest, WholeValuesAreIntegersAndKeysKeepTheirOrder) {
  const Result<AnalysisInput> parsed = ParseAnalysisDocument(ReadCase("malmo_sektionschef"));
  ASSERT_TRUE(parsed.ok());
  const std::string text = WriteAnalysisResultJson(Analyze(parsed.value()));
  const Json json = Json::parse(text);
  const Json& horizon = json["categories"][0]["horizons"][0];
  EXPECT_TRUE(horizon["supply"]["levels"]["Hög"].is_number_integer());
  EXPECT_TRUE(horizon["need"]["levels"]["Hög"].is_number_float());
  EXPECT_TRUE(horizon["gap_rounded"]["total"].is_number_integer());
  std::vector<std::string> keys;
  for (const auto& [key, value] : horizon.items()) keys.push_back(key);
  EXPECT_EQ(keys, (std::vector<std::string>{"years", "growth", "target_shares", "need", "supply", "gap",
                                            "gap_rounded", "quantitative_goal", "moves", "recruitment",
                                            "moves_text", "changes", "previous_quantitative_goal",
                                            "quantitative_change", "change_text"}));
  EXPECT_LT(text.find("\"organisation\""), text.find("\"categories\""));
  EXPECT_LT(text.find("\"categories\""), text.find("\"summary_text\""));
}

}  // namespace
}  // namespace kplan::io
