#include "kplan/io/population_reader.hpp"

#include <gtest/gtest.h>

namespace kplan::io {
namespace {

Table Csv(const std::string& text) {
  auto csv = ReadCsv(text, "befolkning.csv");
  EXPECT_TRUE(csv.ok()) << csv.error().Describe();
  return csv.value().table;
}

PopulationReadResult Read(const Table& t, std::size_t limit = 100) {
  auto r = ReadPopulation(t, DecimalMark::kComma, {}, limit);
  EXPECT_TRUE(r.ok()) << r.error().Describe();
  return r.value();
}

TEST(PopulationReaderTest, AgeBands) {
  EXPECT_EQ(ParseAgeBand("0 år"), (AgeBand{0, 0}));
  EXPECT_EQ(ParseAgeBand("17 år"), (AgeBand{17, 17}));
  EXPECT_EQ(ParseAgeBand("100+ år"), (AgeBand{100, std::nullopt}));
  EXPECT_EQ(ParseAgeBand("100 år eller äldre"), (AgeBand{100, std::nullopt}));
  EXPECT_EQ(ParseAgeBand("95+"), (AgeBand{95, std::nullopt}));
  EXPECT_EQ(ParseAgeBand("0-4 år"), (AgeBand{0, 4}));
  EXPECT_EQ(ParseAgeBand("80–84 år"), (AgeBand{80, 84}));
  EXPECT_EQ(ParseAgeBand(" 5 "), (AgeBand{5, 5}));
  EXPECT_EQ(ParseAgeBand("65 years"), (AgeBand{65, 65}));
  EXPECT_FALSE(ParseAgeBand("totalt ålder"));
  EXPECT_FALSE(ParseAgeBand("4-0 år"));
  EXPECT_FALSE(ParseAgeBand("fem år"));
  EXPECT_FALSE(ParseAgeBand("200 år"));
  EXPECT_FALSE(ParseAgeBand("5 månader"));
}

TEST(PopulationReaderTest, ScbWideExport) {
  PopulationReadResult r = Read(Csv("\"region\";\"ålder\";\"2024\";\"2025\";\"2026\"\n"
                                    "\"0580 Linköping\";\"0 år\";1 843;1 861;1 880,5\n"
                                    "\"0580 Linköping\";\"1-4 år\";7 400;7 420;7 450\n"
                                    "\"0580 Linköping\";\"100+ år\";95;99;104\n"
                                    "\"0580 Linköping\";\"totalt ålder\";160 000;161 000;162 000\n"));
  ASSERT_TRUE(r.ok()) << r.errors[0].Describe();
  EXPECT_EQ(r.layout, TableLayout::kWide);
  EXPECT_EQ(r.skipped_total_rows, 1u);
  ASSERT_EQ(r.rows.size(), 9u);
  EXPECT_EQ(r.rows[0].record.area, "Linköping");  // stored by name
  EXPECT_EQ(r.rows[0].record.year, 2024);
  EXPECT_DOUBLE_EQ(r.rows[0].record.people, 1843);
  EXPECT_DOUBLE_EQ(r.rows[2].record.people, 1880.5);
  EXPECT_EQ(r.rows[3].record.age_from, 1);
  EXPECT_EQ(r.rows[3].record.age_to, 4);
  EXPECT_EQ(r.rows[8].record.age_from, 100);
  EXPECT_EQ(r.rows[8].record.age_to, kPopulationOldestAge);  // 100+ år: and older
  EXPECT_EQ(r.rows[8].line, 4);
  EXPECT_EQ(r.columns.IndexOf("year:2026"), 4u);
}

TEST(PopulationReaderTest, LongLayoutAndSexesSummedOrTotalsUsed) {
  PopulationReadResult r = Read(Csv("region;kön;år;ålder;antal\n"
                                    "Kommunen;män;2025;80-84 år;400\n"
                                    "Kommunen;kvinnor;2025;80-84 år;500\n"
                                    "Kommunen;män;2026;80-84 år;410\n"));
  ASSERT_TRUE(r.ok()) << r.errors[0].Describe();
  EXPECT_EQ(r.layout, TableLayout::kLong);
  ASSERT_EQ(r.rows.size(), 2u);
  EXPECT_DOUBLE_EQ(r.rows[0].record.people, 900);
  EXPECT_DOUBLE_EQ(r.rows[1].record.people, 410);

  PopulationReadResult t = Read(Csv("region;kön;år;ålder;antal\n"
                                    "Kommunen;män;2025;80-84 år;400\n"
                                    "Kommunen;kvinnor;2025;80-84 år;500\n"
                                    "Kommunen;totalt;2025;80-84 år;900\n"));
  ASSERT_TRUE(t.ok());
  ASSERT_EQ(t.rows.size(), 1u);
  EXPECT_DOUBLE_EQ(t.rows[0].record.people, 900);
  EXPECT_EQ(t.skipped_total_rows, 2u);
}

TEST(PopulationReaderTest, OneSwedishMessagePerRule) {
  PopulationReadResult r = Read(Csv("region;år;ålder;antal\n"
                                    "K;2025;fem år;10\n"
                                    "K;20x5;5 år;10\n"
                                    "K;2025;6 år;-5\n"
                                    "K;2025;7 år;10\n"
                                    "K;2025;7 år;11\n"
                                    "K;2025;0-9 år;11\n"));
  ASSERT_EQ(r.error_count, 5u);
  EXPECT_EQ(r.errors[0].Describe(),
            "fil \"befolkning.csv\", rad 2, kolumn \"ålder\": \"fem år\" är ingen ålder eller "
            "åldersgrupp; skriv t.ex. \"5 år\", \"0-4 år\" eller \"100+ år\"");
  EXPECT_EQ(r.errors[1].Describe(),
            "fil \"befolkning.csv\", rad 3, kolumn \"år\": \"20x5\" är inget årtal mellan 1900 "
            "och 2200");
  EXPECT_EQ(r.errors[2].Describe(),
            "fil \"befolkning.csv\", rad 4, kolumn \"antal\": \"-5\" är inte ett tal som är 0 "
            "eller större");
  EXPECT_EQ(r.errors[2].rule(), "people");
  EXPECT_EQ(r.errors[3].Describe(),
            "fil \"befolkning.csv\", rad 6, kolumn \"ålder\": åldern \"7 år\" i \"K\" för år 2025 "
            "finns redan på rad 5");
  EXPECT_EQ(r.errors[4].Describe(),
            "fil \"befolkning.csv\", rad 7, kolumn \"ålder\": åldern \"0-9 år\" överlappar \"7 "
            "år\" på rad 5");
  EXPECT_EQ(r.errors[4].Describe(Language::kEnglish),
            "file \"befolkning.csv\", row 7, column \"ålder\": the age \"0-9 år\" overlaps \"7 "
            "år\" on row 5");
}

TEST(PopulationReaderTest, LimitCountAndCellReferences) {
  Table t;
  t.file = "befolkning.xlsx";
  t.sheet = "Tabell";
  t.header = {"region", "ålder", "2025", "2026"};
  for (int age = 0; age < 50; ++age) {
    t.rows.push_back({age + 3, {"K", std::to_string(age) + " år", "-1", "x"}, ""});
  }
  auto r = ReadPopulation(t, DecimalMark::kPoint, {}, 3);
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r.value().error_count, 100u);
  ASSERT_EQ(r.value().errors.size(), 3u);
  EXPECT_EQ(r.value().errors[1].Describe(),
            "fil \"befolkning.xlsx\", blad \"Tabell\", rad 3, kolumn \"2026\", cell D3: \"x\" är "
            "inte ett tal som är 0 eller större");
}

TEST(PopulationReaderTest, LayoutErrors) {
  auto none = ReadPopulation(Csv("region;ålder;antal\nK;5 år;3\n"), DecimalMark::kComma, {});
  ASSERT_FALSE(none.ok());
  EXPECT_EQ(none.error().rule(), "missing_column");
  auto both = ReadPopulation(Csv("region;ålder;år;2025\nK;5 år;2025;3\n"), DecimalMark::kComma, {});
  ASSERT_FALSE(both.ok());
  EXPECT_EQ(both.error().rule(), "layout");
  auto pnr = ReadPopulation(Csv("Personnr;ålder;2025\nx;5 år;3\n"), DecimalMark::kComma, {});
  ASSERT_FALSE(pnr.ok());
  EXPECT_EQ(pnr.error().rule(), "personal_data");
}

TEST(PopulationReaderTest, YearHeadersWithAWordBefore) {
  PopulationReadResult r = Read(Csv("ålder;Folkmängd 2025;år 2026\n5 år;10;11\n"));
  ASSERT_TRUE(r.ok());
  ASSERT_EQ(r.rows.size(), 2u);
  EXPECT_EQ(r.rows[1].record.year, 2026);
  EXPECT_EQ(r.rows[1].record.area, "");
}


TEST(PopulationReaderTest, ScbAgesRegionsAndYearHeaders) {
  EXPECT_EQ(ParseAgeBand("-14 years"), (AgeBand{0, 14}));
  EXPECT_EQ(ParseAgeBand("1 year"), (AgeBand{1, 1}));
  EXPECT_EQ(ParseAgeBand("100+ years"), (AgeBand{100, std::nullopt}));
  EXPECT_FALSE(ParseAgeBand("-14 månader"));
  EXPECT_TRUE(LooksLikePopulationHeader({"region", "ålder", "2024"}));
  EXPECT_TRUE(LooksLikePopulationHeader({"age", "Folkmängd 2024"}));
  EXPECT_FALSE(LooksLikePopulationHeader({"Folkmängd efter region, ålder och år"}));
  EXPECT_FALSE(LooksLikePopulationHeader({"Fotnoter:", ""}));
}

TEST(PopulationReaderTest, TitleLinesAndNotesAroundTheHeader) {
  CsvOptions options;
  options.is_header = LooksLikePopulationHeader;
  auto csv = ReadCsv("\"Folkmängd efter region, ålder och år\"\r\n\r\n"
                     "\"region\",\"ålder\",\"2024\"\r\n\"0180 Stockholm\",\"0 år\",\"10500\"\r\n"
                     "\r\n\"Fotnoter:\"\r\n\"Källa: SCB, 2025\"\r\n",
                     "scb.csv", options);
  ASSERT_TRUE(csv.ok()) << csv.error().Describe();
  EXPECT_EQ(csv.value().dialect.separator, ',');
  EXPECT_EQ(csv.value().title, std::vector<std::string>{"Folkmängd efter region, ålder och år"});
  EXPECT_EQ(csv.value().note_lines, 2u);
  ASSERT_EQ(csv.value().table.rows.size(), 1u);
  EXPECT_EQ(csv.value().table.rows[0].line, 4);  // errors name the line in the file
  // A row cut short in the middle of the data is still an error, not a note.
  auto ragged = ReadCsv("region;ålder;2024\nK;5 år;3\nK\nK;6 år;4\n", "scb.csv", options);
  ASSERT_FALSE(ragged.ok());
  EXPECT_EQ(ragged.error().rule(), "csv_field_count");
}

TEST(PopulationReaderTest, DimensionsSummedAndNamedInErrors) {
  PopulationReadResult r = Read(Csv("region;civilstånd;kön;ålder;2024\n"
                                    "0180 Stockholm;ogifta;män;5 år;10\n"
                                    "0180 Stockholm;gifta;män;5 år;1\n"
                                    "0180 Stockholm;ogifta;kvinnor;5 år;9\n"
                                    "0180 Stockholm;ogifta;kvinnor;5 år;9\n"));
  ASSERT_EQ(r.error_count, 1u);
  EXPECT_EQ(r.errors[0].Describe(),
            "fil \"befolkning.csv\", rad 5, kolumn \"ålder\": åldern \"5 år\" i \"Stockholm\" och "
            "civilstånd \"ogifta\" och kön \"kvinnor\" finns redan på rad 4");
  EXPECT_EQ(r.errors[0].rule(), "unique");
}

}  // namespace
}  // namespace kplan::io
