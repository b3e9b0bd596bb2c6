#include "kplan/io/columns.hpp"

#include <gtest/gtest.h>

#include <set>

#include "kplan/io/csv.hpp"

namespace kplan::io {
namespace {

Table Header(std::vector<std::string> header) {
  Table t;
  t.file = "personal.csv";
  t.header = std::move(header);
  return t;
}

std::vector<std::string> EmployeeHeader() {
  return {"Anst.nr", "Enhet", "Yrke", "Anst.form", "Födelseår", "Kön", "Syss.grad",
          "Startdatum"};
}

TEST(ColumnsTest, FoldIgnoresCaseSpacesPunctuationAndSwedishAccents) {
  EXPECT_EQ(FoldHeader("  Födelse år "), FoldHeader("Födelseår"));
  EXPECT_EQ(FoldHeader("FODELSEAR"), FoldHeader("Födelseår"));
  EXPECT_EQ(FoldHeader("Anst.form"), "anstform");
  EXPECT_EQ(FoldHeader("Syss.grad (%)"), "syssgrad");
  EXPECT_EQ(FoldHeader("Medarbetar-id"), "medarbetarid");
  EXPECT_EQ(FoldHeader("employee_id"), "employeeid");
  EXPECT_EQ(FoldHeader("KÖN"), "kon");
  EXPECT_EQ(FoldHeader("Anst\xC2\xA0nr"), "anstnr");  // no-break space
}

TEST(ColumnsTest, EveryVocabularyHasUniqueFoldedHeadersAndKeys) {
  for (const ColumnVocabulary* v : {&EmployeeColumns(), &InventoryColumns(), &PopulationColumns(),
                                    &IndicatorColumns(), &ActivityColumns()}) {
    std::set<std::string> headers, keys;
    for (const FieldSpec& f : v->fields) {
      EXPECT_TRUE(keys.insert(f.key).second) << v->kind << ": " << f.key;
      EXPECT_FALSE(f.headers.empty()) << f.key;
      for (const std::string& h : f.headers) {
        EXPECT_TRUE(headers.insert(FoldHeader(h)).second) << v->kind << ": " << h;
      }
    }
  }
}

TEST(ColumnsTest, SwedishAbbreviationsAndEnglishNamesMatch) {
  auto m = MatchColumns(Header(EmployeeHeader()), EmployeeColumns(), {});
  ASSERT_TRUE(m.ok()) << m.error().Describe();
  EXPECT_EQ(m.value().IndexOf("employee_id"), 0u);
  EXPECT_EQ(m.value().IndexOf("fte_percent"), 6u);
  EXPECT_FALSE(m.value().Has("ssyk"));
  EXPECT_EQ(DescribeMapping(m.value()),
            "employee_id ← Anst.nr, unit ← Enhet, occupation ← Yrke, employment_form ← "
            "Anst.form, birth_year ← Födelseår, gender ← Kön, fte_percent ← Syss.grad, "
            "employment_start ← Startdatum");

  auto en = MatchColumns(Header({"employee_id", "unit", "ssyk", "employment_type", "birth_year",
                                 "gender", "fte_percent", "employment_start", "end_date",
                                 "sick_hours", "scheduled_hours", "comment"}),
                         EmployeeColumns(), {});
  ASSERT_TRUE(en.ok()) << en.error().Describe();
  EXPECT_EQ(en.value().IndexOf("ssyk"), 2u);
  EXPECT_EQ(en.value().IndexOf("scheduled_hours"), 10u);
  EXPECT_EQ(en.value().unused, (std::vector<std::size_t>{11}));

  auto variants = MatchColumns(Header({"Medarbetar-id", "Enhetskod", "Befattning", "Anställningsform",
                                       "Födelse år", "KÖN", "Tjänstgöringsgrad (%)",
                                       "Anställningsdatum", "Chefsflagga", "Behörighet",
                                       "Arbetstid", "Sjuktimmar", "Kompetensnivå"}),
                               EmployeeColumns(), {});
  ASSERT_TRUE(variants.ok()) << variants.error().Describe();
  EXPECT_EQ(variants.value().IndexOf("manager"), 8u);
  EXPECT_EQ(variants.value().IndexOf("qualified"), 9u);
  EXPECT_EQ(variants.value().IndexOf("scheduled_hours"), 10u);
  EXPECT_EQ(variants.value().IndexOf("competence_level"), 12u);
}

TEST(ColumnsTest, MissingRequiredColumnListsAcceptedAndFoundHeaders) {
  auto header = EmployeeHeader();
  header.erase(header.begin() + 4);  // Födelseår
  auto m = MatchColumns(Header(header), EmployeeColumns(), {});
  ASSERT_FALSE(m.ok());
  EXPECT_EQ(m.error().rule(), "missing_column");
  EXPECT_EQ(m.error().Describe(),
            "fil \"personal.csv\": kolumn saknas för födelseår (birth_year), godtagna rubriker: "
            "\"Födelseår\", \"Födår\", \"Född\", \"birth_year\", \"year_of_birth\". Rubriker i "
            "filen: \"Anst.nr\", \"Enhet\", \"Yrke\", \"Anst.form\", \"Kön\", \"Syss.grad\", "
            "\"Startdatum\"");
  EXPECT_EQ(m.error().Describe(Language::kEnglish),
            "file \"personal.csv\": no column for birth year (birth_year), accepted headers: "
            "\"Födelseår\", \"Födår\", \"Född\", \"birth_year\", \"year_of_birth\". Headers in "
            "the file: \"Anst.nr\", \"Enhet\", \"Yrke\", \"Anst.form\", \"Kön\", \"Syss.grad\", "
            "\"Startdatum\"");
  EXPECT_EQ(m.error().hint(),
            "byt namn på kolumnen till en godtagen rubrik, eller ange kolumnen med --map, t.ex. "
            "{\"birth_year\": \"Rubrik i filen\"}");
}

TEST(ColumnsTest, MissingOccupationAndSsykIsOneGroup) {
  auto header = EmployeeHeader();
  header.erase(header.begin() + 2);  // Yrke
  auto m = MatchColumns(Header(header), EmployeeColumns(), {});
  ASSERT_FALSE(m.ok());
  EXPECT_NE(m.error().message().find("kolumn saknas för yrke (occupation) eller SSYK-kod (ssyk), "
                                     "godtagna rubriker: \"Yrke\""),
            std::string::npos)
      << m.error().message();
}

TEST(ColumnsTest, TwoColumnsForOneFieldAreRefused) {
  auto header = EmployeeHeader();
  header.push_back("Enhetskod");
  auto m = MatchColumns(Header(header), EmployeeColumns(), {});
  ASSERT_FALSE(m.ok());
  EXPECT_EQ(m.error().rule(), "duplicate_column");
  EXPECT_EQ(m.error().Describe(),
            "fil \"personal.csv\", kolumn \"Enhetskod\": kolumnerna \"Enhet\" och \"Enhetskod\" "
            "avser båda enhet (unit); ange vilken som gäller med --map, t.ex. {\"unit\": "
            "\"Enhetskod\"}");
}

TEST(ColumnsTest, MapOverridesAndSettlesDuplicates) {
  auto header = EmployeeHeader();
  header.push_back("Enhetskod");
  header[4] = "Årtal född";
  auto overrides = ParseColumnOverrides(
      R"({"unit": "Enhetskod", "birth_year": "årtal född", "competence_level": null})", "map.json");
  ASSERT_TRUE(overrides.ok()) << overrides.error().Describe();
  auto m = MatchColumns(Header(header), EmployeeColumns(), overrides.value());
  ASSERT_TRUE(m.ok()) << m.error().Describe();
  EXPECT_EQ(m.value().IndexOf("unit"), 8u);
  EXPECT_EQ(m.value().IndexOf("birth_year"), 4u);
  EXPECT_FALSE(m.value().Has("competence_level"));
  EXPECT_EQ(m.value().unused, (std::vector<std::size_t>{1}));
  bool from_map = false;
  for (const ColumnMatch& c : m.value().matches) {
    if (c.key == "unit") from_map = c.from_map;
  }
  EXPECT_TRUE(from_map);
}

TEST(ColumnsTest, MapErrorsNameTheMapFileAndTheKey) {
  auto bad_json = ParseColumnOverrides("{\"unit\": ", "map.json");
  ASSERT_FALSE(bad_json.ok());
  EXPECT_EQ(bad_json.error().rule(), "column_map");
  EXPECT_EQ(bad_json.error().Describe().rfind("fil \"map.json\": ogiltig JSON (", 0), 0u);

  auto not_object = ParseColumnOverrides("[1, 2]", "map.json");
  ASSERT_FALSE(not_object.ok());
  EXPECT_EQ(not_object.error().Describe(),
            "fil \"map.json\": ska vara ett JSON-objekt med fältnyckel och rubrik, t.ex. "
            "{\"birth_year\": \"Födelse år\"}");

  auto not_string = ParseColumnOverrides(R"({"unit": 3})", "map.json");
  ASSERT_FALSE(not_string.ok());
  EXPECT_EQ(not_string.error().Describe(),
            "fil \"map.json\", fält \"unit\": värdet ska vara kolumnens rubrik i filen (en text), "
            "eller null om kolumnen saknas");
}

TEST(ColumnsTest, MapEntriesThatDoNotFitTheFileNameTheMapFileAndTheKey) {
  auto unknown = ParseColumnOverrides(R"({"birth_yr": "Född"})", "map.json");
  ASSERT_TRUE(unknown.ok());
  auto m = MatchColumns(Header(EmployeeHeader()), EmployeeColumns(), unknown.value());
  ASSERT_FALSE(m.ok());
  EXPECT_EQ(m.error().Describe().rfind(
                "fil \"map.json\", fält \"birth_yr\": okänt fält för import av employees; kända "
                "fält: employee_id, unit, occupation, ssyk,",
                0),
            0u)
      << m.error().Describe();

  auto absent = ParseColumnOverrides(R"({"birth_year": "Födår"})", "map.json");
  ASSERT_TRUE(absent.ok());
  auto m2 = MatchColumns(Header(EmployeeHeader()), EmployeeColumns(), absent.value());
  ASSERT_FALSE(m2.ok());
  EXPECT_EQ(m2.error().Describe(Language::kEnglish),
            "file \"map.json\", field \"birth_year\": the column \"Födår\" is not in "
            "\"personal.csv\"; headers in the file: \"Anst.nr\", \"Enhet\", \"Yrke\", "
            "\"Anst.form\", \"Födelseår\", \"Kön\", \"Syss.grad\", \"Startdatum\"");

  auto twice = ParseColumnOverrides(R"({"unit": "Enhet", "occupation": "Enhet"})", "map.json");
  ASSERT_TRUE(twice.ok());
  auto m3 = MatchColumns(Header(EmployeeHeader()), EmployeeColumns(), twice.value());
  ASSERT_FALSE(m3.ok());
  EXPECT_EQ(m3.error().Describe(),
            "fil \"map.json\", fält \"occupation\": kolumnen \"Enhet\" är redan vald för unit");
}

TEST(ColumnsTest, SheetIsNamedInTableErrors) {
  Table t = Header({"Enhet"});
  t.file = "personal.xlsx";
  t.sheet = "Blad1";
  auto m = MatchColumns(t, EmployeeColumns(), {});
  ASSERT_FALSE(m.ok());
  EXPECT_EQ(m.error().Describe().rfind("fil \"personal.xlsx\", blad \"Blad1\": kolumn saknas", 0),
            0u);
}

TEST(ColumnsTest, WorksOnACsvReadTable) {
  auto csv = ReadCsv("\xEF\xBB\xBF" "employee_id;unit;occupation;employment_type;birth_year;gender;"
                     "fte_percent;employment_start\r\nA1;U1;Lärare;TV;1970;K;100;2010-01-01\r\n",
                     "x.csv");
  ASSERT_TRUE(csv.ok());
  auto m = MatchColumns(csv.value().table, EmployeeColumns(), {});
  ASSERT_TRUE(m.ok()) << m.error().Describe();
  EXPECT_EQ(m.value().matches.size(), 8u);
}

}  // namespace
}  // namespace kplan::io
