#include "kplan/io/inventory_reader.hpp"

#include <gtest/gtest.h>

namespace kplan::io {
namespace {

Table Csv(const std::string& text) {
  auto csv = ReadCsv(text, "kartläggning.csv");
  EXPECT_TRUE(csv.ok()) << csv.error().Describe();
  return csv.value().table;
}

InventoryReadResult Read(const Table& t, InventoryReadOptions o = {}) {
  auto r = ReadInventory(t, DecimalMark::kComma, {}, o);
  EXPECT_TRUE(r.ok()) << r.error().Describe();
  return r.value();
}

TEST(InventoryReaderTest, WideLayoutAsInSeed001) {
  InventoryReadResult r = Read(Csv("Enhet;Yrkeskategori;SSYK;Viss;God;Hög;Mycket hög\n"
                                   "SOC1;Sektionschef;1730;1;4;9;2\n"
                                   "SOC1;Socialsekreterare;2661;2,5;;20;3\n"));
  ASSERT_TRUE(r.ok()) << r.errors[0].Describe();
  EXPECT_EQ(r.layout, TableLayout::kWide);
  ASSERT_EQ(r.rows.size(), 8u);
  EXPECT_EQ(r.rows[0].record.category, "Sektionschef");
  EXPECT_EQ(r.rows[0].record.unit_code, "SOC1");
  EXPECT_EQ(r.rows[0].ssyk, "1730");
  EXPECT_EQ(r.rows[0].record.level, "Viss");
  EXPECT_EQ(r.rows[3].level_position, 3u);
  EXPECT_EQ(r.rows[3].record.level, "Mycket hög");
  EXPECT_DOUBLE_EQ(r.rows[3].record.headcount, 2);
  EXPECT_DOUBLE_EQ(r.rows[4].record.headcount, 2.5);
  EXPECT_DOUBLE_EQ(r.rows[5].record.headcount, 0);  // blank is 0
  EXPECT_EQ(r.rows[5].line, 3);
  EXPECT_TRUE(r.columns.unused.empty());
  EXPECT_EQ(r.columns.IndexOf("level:Mycket hög"), 6u);
}

TEST(InventoryReaderTest, LongLayoutWithLevelNamesOrNumbers) {
  // A ',' file uses the decimal point.
  auto point = ReadInventory(Csv("category,level,count\nNurse,God,12\nNurse,4,3.5\n"),
                             DecimalMark::kPoint, {}, {});
  ASSERT_TRUE(point.ok());
  ASSERT_TRUE(point.value().ok()) << point.value().errors[0].Describe();
  EXPECT_EQ(point.value().layout, TableLayout::kLong);
  ASSERT_EQ(point.value().rows.size(), 2u);
  EXPECT_EQ(point.value().rows[0].level_position, 1u);
  EXPECT_EQ(point.value().rows[1].record.level, "Mycket hög");
  EXPECT_DOUBLE_EQ(point.value().rows[1].record.headcount, 3.5);
  EXPECT_TRUE(point.value().rows[0].record.unit_code.empty());
}

TEST(InventoryReaderTest, OneSwedishMessagePerRule) {
  InventoryReadResult r = Read(Csv("Enhet;Yrkeskategori;SSYK;Viss;God;Hög;Mycket hög\n"
                                   "SOC1;;2661;1;1;1;1\n"
                                   "SOC1;Kurator;266;1;1;1;1\n"
                                   "SOC1;Psykolog;2671;-1;1;1;1\n"
                                   "SOC1;Psykolog;2671;1;1;1;1\n"));
  ASSERT_EQ(r.error_count, 4u);
  EXPECT_EQ(r.errors[0].Describe(),
            "fil \"kartläggning.csv\", rad 2, kolumn \"Yrkeskategori\": värde saknas");
  EXPECT_EQ(r.errors[1].Describe(),
            "fil \"kartläggning.csv\", rad 3, kolumn \"SSYK\": \"266\" är ingen SSYK-kod (fyra "
            "siffror, t.ex. 5321)");
  EXPECT_EQ(r.errors[2].Describe(),
            "fil \"kartläggning.csv\", rad 4, kolumn \"Viss\": \"-1\" är inte ett tal som är 0 "
            "eller större");
  EXPECT_EQ(r.errors[2].rule(), "count");
  EXPECT_EQ(r.errors[3].Describe(),
            "fil \"kartläggning.csv\", rad 5, kolumn \"Yrkeskategori\": yrkeskategorin "
            "\"Psykolog\" för enheten \"SOC1\" finns redan på rad 4");
  EXPECT_EQ(r.errors[3].Describe(Language::kEnglish),
            "file \"kartläggning.csv\", row 5, column \"Yrkeskategori\": the category "
            "\"Psykolog\" for the unit \"SOC1\" already appears on row 4");
  EXPECT_TRUE(r.rows.empty());

  InventoryReadResult l = Read(Csv("Yrkeskategori;Nivå;Antal\nKurator;Expert;2\nKurator;God;\n"
                                   "Kurator;Hög;3\nKurator;2;1\n"));
  ASSERT_EQ(l.error_count, 3u);
  EXPECT_EQ(l.errors[0].Describe(),
            "fil \"kartläggning.csv\", rad 2, kolumn \"Nivå\": \"Expert\" är ingen nivå på "
            "kompetensskalan; använd Viss, God, Hög eller Mycket hög, eller nivåns nummer 1–4");
  EXPECT_EQ(l.errors[1].Describe(),
            "fil \"kartläggning.csv\", rad 3, kolumn \"Antal\": värde saknas");
  EXPECT_EQ(l.errors[2].Describe(),
            "fil \"kartläggning.csv\", rad 5, kolumn \"Yrkeskategori\": yrkeskategorin "
            "\"Kurator\" på nivån God finns redan på rad 3");
}

TEST(InventoryReaderTest, LayoutProblemsAreResultErrors) {
  auto missing_level = ReadInventory(Csv("Yrkeskategori;Viss;God;Hög\nKurator;1;2;3\n"),
                                     DecimalMark::kComma, {}, {});
  ASSERT_FALSE(missing_level.ok());
  EXPECT_EQ(missing_level.error().Describe(),
            "fil \"kartläggning.csv\": kolumn saknas för kompetensnivån Mycket hög; varje nivå på "
            "skalan behöver en kolumn (\"Viss\", \"God\", \"Hög\", \"Mycket hög\"). Rubriker i "
            "filen: \"Yrkeskategori\", \"Viss\", \"God\", \"Hög\"");

  auto both = ReadInventory(Csv("Yrkeskategori;Viss;God;Hög;Mycket hög;Antal\nK;1;2;3;4;5\n"),
                            DecimalMark::kComma, {}, {});
  ASSERT_FALSE(both.ok());
  EXPECT_EQ(both.error().rule(), "layout");

  auto neither = ReadInventory(Csv("Yrkeskategori;Antal\nK;5\n"), DecimalMark::kComma, {}, {});
  ASSERT_FALSE(neither.ok());
  EXPECT_EQ(neither.error().rule(), "missing_column");
  EXPECT_EQ(neither.error().message().rfind(
                "kolumner saknas: antingen en kolumn per kompetensnivå (\"Viss\", \"God\", "
                "\"Hög\", \"Mycket hög\") eller en kolumn för nivå (\"Kompetensnivå\", \"Nivå\"",
                0),
            0u)
      << neither.error().message();

  auto twice = ReadInventory(Csv("Yrkeskategori;Viss;Viss nivå;God;Hög;Mycket hög\nK;1;1;2;3;4\n"),
                             DecimalMark::kComma, {}, {});
  ASSERT_FALSE(twice.ok());
  EXPECT_EQ(twice.error().rule(), "duplicate_column");
}

TEST(InventoryReaderTest, OwnScaleAndLevelHeadersWithNiva) {
  InventoryReadOptions o;
  o.level_names = {"Grund", "Fördjupad"};
  InventoryReadResult r =
      Read(Csv("Yrkeskategori;Grund nivå;FÖRDJUPAD NIVÅ\nKurator;3;4\n"), o);
  ASSERT_TRUE(r.ok());
  ASSERT_EQ(r.rows.size(), 2u);
  EXPECT_EQ(r.rows[1].record.level, "Fördjupad");
  EXPECT_DOUBLE_EQ(r.rows[1].record.headcount, 4);
}

TEST(InventoryReaderTest, LimitCellReferencesAndPersonalData) {
  Table t;
  t.file = "kartläggning.xlsx";
  t.sheet = "Blad1";
  t.header = {"Yrkeskategori", "Viss", "God", "Hög", "Mycket hög"};
  for (int i = 0; i < 30; ++i) {
    t.rows.push_back({i + 2, {"K" + std::to_string(i), "x", "1", "y", "1"}, ""});
  }
  InventoryReadOptions o;
  o.error_limit = 5;
  auto r = ReadInventory(t, DecimalMark::kPoint, {}, o);
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r.value().error_count, 60u);
  ASSERT_EQ(r.value().errors.size(), 5u);
  EXPECT_EQ(r.value().errors[1].Describe(),
            "fil \"kartläggning.xlsx\", blad \"Blad1\", rad 2, kolumn \"Hög\", cell D2: \"y\" är "
            "inte ett tal som är 0 eller större");

  Table p = t;
  p.header[0] = "Namn";
  auto refused = ReadInventory(p, DecimalMark::kPoint, {}, o);
  ASSERT_FALSE(refused.ok());
  EXPECT_EQ(refused.error().rule(), "personal_data");
}

}  // namespace
}  // namespace kplan::io
