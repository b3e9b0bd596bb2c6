#include "kplan/io/indicator_reader.hpp"

#include <gtest/gtest.h>

#include "kplan/core/indicator_record.hpp"

namespace kplan::io {
namespace {

Table Csv(const std::string& text) {
  auto csv = ReadCsv(text, "uppföljning.csv");
  EXPECT_TRUE(csv.ok()) << csv.error().Describe();
  return csv.value().table;
}

IndicatorReadResult Read(const Table& t, std::size_t limit = 100) {
  auto r = ReadIndicators(t, DecimalMark::kComma, {}, limit);
  EXPECT_TRUE(r.ok()) << r.error().Describe();
  return r.value();
}

void ExpectRule(std::string_view text, TargetRuleType type, double lower, double upper) {
  auto rule = ParseTargetRule(text, DecimalMark::kComma);
  ASSERT_TRUE(rule.has_value()) << text;
  EXPECT_EQ(rule->type, type) << text;
  if (type != TargetRuleType::kAtMost) {
    EXPECT_DOUBLE_EQ(rule->lower, lower) << text;
  }
  if (type != TargetRuleType::kAtLeast) {
    EXPECT_DOUBLE_EQ(rule->upper, upper) << text;
  }
}

TEST(IndicatorReaderTest, TargetRules) {
  ExpectRule("≥ 7", TargetRuleType::kAtLeast, 7, 0);
  ExpectRule(">= 80 %", TargetRuleType::kAtLeast, 80, 0);
  ExpectRule("Minst 70%", TargetRuleType::kAtLeast, 70, 0);
  ExpectRule("≥ +20", TargetRuleType::kAtLeast, 20, 0);
  ExpectRule("<= 8,55", TargetRuleType::kAtMost, 0, 8.55);
  ExpectRule("≤8.55", TargetRuleType::kAtMost, 0, 8.55);
  ExpectRule("högst 8,55 %", TargetRuleType::kAtMost, 0, 8.55);
  ExpectRule("20-23", TargetRuleType::kBetween, 20, 23);
  ExpectRule("20 – 23", TargetRuleType::kBetween, 20, 23);
  ExpectRule("mellan 20 och 23", TargetRuleType::kBetween, 20, 23);
  ExpectRule("-10 - 10", TargetRuleType::kBetween, -10, 10);
  ExpectRule("= 100", TargetRuleType::kEquals, 100, 100);
  ExpectRule("lika med 100 %", TargetRuleType::kEquals, 100, 100);
  EXPECT_FALSE(ParseTargetRule("> 7", DecimalMark::kComma));
  EXPECT_FALSE(ParseTargetRule("80", DecimalMark::kComma));
  EXPECT_FALSE(ParseTargetRule("23-20", DecimalMark::kComma));
  EXPECT_FALSE(ParseTargetRule("hög", DecimalMark::kComma));
  EXPECT_FALSE(ParseTargetRule("", DecimalMark::kComma));
}

TEST(IndicatorReaderTest, Periods) {
  EXPECT_EQ(NormalizePeriod("2023"), "2023");
  EXPECT_EQ(NormalizePeriod("2023-T2"), "2023-T2");
  EXPECT_EQ(NormalizePeriod("2023 t2"), "2023-T2");
  EXPECT_EQ(NormalizePeriod("T3 2023"), "2023-T3");
  EXPECT_EQ(NormalizePeriod("2023-Q1"), "2023-K1");
  EXPECT_EQ(NormalizePeriod("2023-H2"), "2023-H2");
  EXPECT_EQ(NormalizePeriod("2023-12"), "2023-12");
  EXPECT_EQ(NormalizePeriod("2023-3"), "2023-03");
  EXPECT_EQ(NormalizePeriod("2023-12-31"), "2023-12-31");
  EXPECT_EQ(NormalizePeriod("2023-12-31 00:00:00"), "2023-12-31");
  EXPECT_FALSE(NormalizePeriod("2023-T4"));
  EXPECT_FALSE(NormalizePeriod("2023-13"));
  EXPECT_FALSE(NormalizePeriod("23"));
  EXPECT_FALSE(NormalizePeriod("hösten 2023"));
}

TEST(IndicatorReaderTest, ReadsSeed000StyleFollowUp) {
  IndicatorReadResult r = Read(Csv(
      "Mål;Indikator;Period;Utfall;Måttenhet;Målvärde;Bedömning;Kommentar\n"
      "Hälsa;Sjukfrånvaro;2023;8,46 %;;<= 8,55;Grön;Målet nått\n"
      "Attraktiv arbetsgivare;eNPS;2023;+18;;;;Målvärde finns ej\n"
      "Hälsa;PULS;2023;7,7;av 10;≥ 7;Grön – uppnått;\n"
      "Hälsa;NMI;2023;;;= 75;Ej bedömd;Ingen mätning 2023\n"
      "Ledarskap;Medarbetare per chef;2023-T3;22,1;st;20-23;;\n"));
  ASSERT_TRUE(r.ok()) << r.errors[0].Describe();
  ASSERT_EQ(r.rows.size(), 5u);
  EXPECT_EQ(r.rows[0].goal, "Hälsa");
  EXPECT_EQ(r.rows[0].record.indicator, "Sjukfrånvaro");
  EXPECT_EQ(r.rows[0].year, 2023);
  EXPECT_DOUBLE_EQ(*r.rows[0].record.value, 8.46);
  EXPECT_EQ(r.rows[0].record.unit, "%");
  EXPECT_EQ(r.rows[0].target.type, TargetRuleType::kAtMost);
  EXPECT_DOUBLE_EQ(r.rows[0].target.upper, 8.55);
  EXPECT_EQ(r.rows[0].assessment, Assessment::kGreen);
  EXPECT_EQ(r.rows[0].comment, "Målet nått");
  EXPECT_DOUBLE_EQ(*r.rows[1].record.value, 18);
  EXPECT_EQ(r.rows[1].target.type, TargetRuleType::kNone);
  EXPECT_EQ(r.rows[2].record.unit, "av 10");
  EXPECT_EQ(r.rows[2].assessment, Assessment::kGreen);
  EXPECT_FALSE(r.rows[3].record.value.has_value());
  EXPECT_EQ(r.rows[3].assessment, Assessment::kNotAssessed);
  EXPECT_EQ(r.rows[4].record.period, "2023-T3");
  EXPECT_EQ(r.rows[4].target.type, TargetRuleType::kBetween);
  EXPECT_EQ(r.rows[4].target_text, "20-23");
}

// Seed 000: PULS 7,7 against "≥ 8" judged Grön, because everything over 7 is
// green in PULS. A stated Bedömning that agrees with the rule is no manual
// assessment; one that differs is, and must say why.
TEST(IndicatorReaderTest, StatedAssessmentIsManualOnlyWhereItDiffers) {
  IndicatorReadResult r = Read(Csv(
      "Mål;Indikator;Period;Utfall;Målvärde;Bedömning;Kommentar\n"
      "Hälsa;PULS;2023;7,7;≥ 8;Grön;Över 7 är grönt i PULS\n"
      "Hälsa;Sjukfrånvaro;2023;8,46;<= 8,55;Grön;\n"
      "Hälsa;eNPS;2023;18;;Ej bedömd;Målvärde finns ej\n"));
  ASSERT_TRUE(r.ok()) << r.errors[0].Describe();
  ASSERT_EQ(r.rows.size(), 3u);
  EXPECT_EQ(r.rows[0].record.manual_assessment, "green");
  EXPECT_EQ(r.rows[0].record.comment, "Över 7 är grönt i PULS");
  EXPECT_EQ(r.rows[0].record.goal, "Hälsa");
  EXPECT_EQ(r.rows[1].record.manual_assessment, "");  // the rule says Grön too
  EXPECT_EQ(r.rows[2].record.manual_assessment, "");
  EXPECT_EQ(r.rows[2].record.comment, "Målvärde finns ej");

  IndicatorReadResult bad = Read(Csv("Indikator;Period;Utfall;Målvärde;Bedömning;Kommentar\n"
                                     "PULS;2023;7,7;≥ 8;Grön;  \n"));
  ASSERT_EQ(bad.error_count, 1u);
  EXPECT_EQ(bad.errors[0].location().column, "Bedömning");
  EXPECT_EQ(bad.errors[0].location().row, 2u);
  EXPECT_EQ(bad.errors[0].rule(), "assessment_comment");
  EXPECT_NE(bad.errors[0].Describe().find("behöver en kommentar"), std::string::npos);
  EXPECT_TRUE(bad.rows.empty());
}

TEST(IndicatorReaderTest, OneSwedishMessagePerRule) {
  IndicatorReadResult r = Read(Csv("Indikator;Period;Utfall;Målvärde;Bedömning\n"
                                   ";2023;1;;\n"
                                   "A;hösten 2023;1;;\n"
                                   "B;2023;hög;;\n"
                                   "C;2023;1;> 7;\n"
                                   "D;2023;1;;Gul\n"
                                   "E;2023;1;;\n"
                                   "E;2023;2;;\n"));
  ASSERT_EQ(r.error_count, 6u);
  EXPECT_EQ(r.errors[0].Describe(), "fil \"uppföljning.csv\", rad 2, kolumn \"Indikator\": värde saknas");
  EXPECT_EQ(r.errors[1].Describe(),
            "fil \"uppföljning.csv\", rad 3, kolumn \"Period\": \"hösten 2023\" är ingen period; "
            "använd år (2023), tertial (2023-T2), kvartal (2023-K1), halvår (2023-H1), månad "
            "(2023-12) eller dag (2023-12-31)");
  EXPECT_EQ(r.errors[2].Describe(),
            "fil \"uppföljning.csv\", rad 4, kolumn \"Utfall\": \"hög\" är inte ett tal");
  EXPECT_EQ(r.errors[3].Describe(),
            "fil \"uppföljning.csv\", rad 5, kolumn \"Målvärde\": \"> 7\" är inget målvärde; skriv "
            "t.ex. \"≥ 7\", \"<= 8,55\", \"20-23\" eller \"= 100\"");
  EXPECT_EQ(r.errors[4].Describe(),
            "fil \"uppföljning.csv\", rad 6, kolumn \"Bedömning\": \"Gul\" är ingen bedömning; "
            "använd Grön, Röd eller Ej bedömd");
  EXPECT_EQ(r.errors[5].Describe(),
            "fil \"uppföljning.csv\", rad 8, kolumn \"Indikator\": indikatorn \"E\" för perioden "
            "2023 finns redan på rad 7");
  EXPECT_EQ(r.errors[5].Describe(Language::kEnglish),
            "file \"uppföljning.csv\", row 8, column \"Indikator\": the indicator \"E\" for the "
            "period 2023 already appears on row 7");
  ASSERT_EQ(r.rows.size(), 1u);
  EXPECT_EQ(r.rows[0].record.indicator, "E");
}

TEST(IndicatorReaderTest, EnglishHeadersLimitAndCells) {
  Table t;
  t.file = "followup.xlsx";
  t.sheet = "Outcomes";
  t.header = {"name", "period", "value", "unit", "target"};
  for (int i = 0; i < 12; ++i) {
    t.rows.push_back({i + 2, {"I" + std::to_string(i), "2024", "n/a", "%", "≥ 7"}, ""});
  }
  auto r = ReadIndicators(t, DecimalMark::kPoint, {}, 4);
  ASSERT_TRUE(r.ok()) << r.error().Describe();
  EXPECT_EQ(r.value().error_count, 12u);
  ASSERT_EQ(r.value().errors.size(), 4u);
  EXPECT_EQ(r.value().errors[3].Describe(Language::kEnglish),
            "file \"followup.xlsx\", sheet \"Outcomes\", row 5, column \"value\", cell C5: \"n/a\" "
            "is not a number");
}

TEST(IndicatorReaderTest, NameColumnIsAllowedHereButPersonnummerValuesAreNot) {
  auto ok = ReadIndicators(Csv("Namn;Period;Utfall\nSjukfrånvaro;2023;8,46\n"),
                           DecimalMark::kComma, {});
  ASSERT_TRUE(ok.ok());
  EXPECT_EQ(ok.value().rows[0].record.indicator, "Sjukfrånvaro");
  auto pnr = ReadIndicators(Csv("Indikator;Period;Utfall;Kommentar\nA;2023;1;811218-9876\n"),
                            DecimalMark::kComma, {});
  ASSERT_FALSE(pnr.ok());
  EXPECT_EQ(pnr.error().rule(), "personal_data");
}

// Core's indicator rules hold at read time, in the file's own column: an
// indicator name over kIndicatorNameMaxChars is refused under "Indikator"
// (core calls the field "name"); the store receives the target as its JSON.
TEST(IndicatorReaderTest, CoreRulesAtReadTimeInTheFilesColumn) {
  const std::string long_name(kIndicatorNameMaxChars + 1, 'x');
  auto r = ReadIndicators(Csv("Indikator;Period;Utfall;Målvärde\n"
                              "Sjukfrånvaro;2023;8,46;<= 8,55\n" +
                              long_name + ";2023;1;\n"),
                          DecimalMark::kComma, {});
  ASSERT_TRUE(r.ok()) << r.error().Describe();
  ASSERT_EQ(r.value().error_count, 1u);
  const Error& e = r.value().errors[0];
  EXPECT_EQ(e.rule(), "max_length");
  EXPECT_EQ(e.location().row, 3);
  EXPECT_EQ(e.location().column, "Indikator");
  ASSERT_EQ(r.value().rows.size(), 1u);
  EXPECT_EQ(r.value().rows[0].record.target_json, R"({"at_most":8.55})");
}

}  // namespace
}  // namespace kplan::io
