#include "kplan/io/csv.hpp"

#include <gtest/gtest.h>

namespace kplan::io {
namespace {

TEST(CsvTest, SwedishExcelExportWithBomSemicolonAndDecimalComma) {
  auto t = ReadCsv("\xEF\xBB\xBF" "Anställningsnr;Födelseår;Sysselsättningsgrad\r\n"
                   "A1;1968;75,5\r\nA2;1990;100\r\n",
                   "personal.csv");
  ASSERT_TRUE(t.ok()) << t.error().Describe();
  EXPECT_EQ(t.value().dialect.separator, ';');
  EXPECT_EQ(t.value().dialect.decimal, DecimalMark::kComma);
  EXPECT_EQ(t.value().dialect.encoding, TextEncoding::kUtf8WithBom);
  EXPECT_EQ(DescribeDialect(t.value().dialect), "semikolon som avgränsare, decimalkomma, UTF-8 med BOM");
  EXPECT_EQ(t.value().table.header,
            (std::vector<std::string>{"Anställningsnr", "Födelseår", "Sysselsättningsgrad"}));
  ASSERT_EQ(t.value().table.rows.size(), 2u);
  EXPECT_EQ(t.value().table.rows[0].line, 2);
  EXPECT_EQ(t.value().table.rows[0].fields[2], "75,5");
  EXPECT_EQ(t.value().table.rows[1].source, "A2;1990;100");
}

TEST(CsvTest, Windows1252IsDecodedAndReported) {
  auto t = ReadCsv("Enhet;Sjukfr\xE5nvaro\nH\xE4lsa;4,2\n", "x.csv");
  ASSERT_TRUE(t.ok());
  EXPECT_EQ(t.value().dialect.encoding, TextEncoding::kWindows1252);
  EXPECT_EQ(t.value().table.header[1], "Sjukfrånvaro");
  EXPECT_EQ(t.value().table.rows[0].fields[0], "Hälsa");
}

TEST(CsvTest, InternationalCommaAndPoint) {
  auto t = ReadCsv("employee_id,birth_year,fte_percent\nA1,1968,75.5\n", "x.csv");
  ASSERT_TRUE(t.ok());
  EXPECT_EQ(t.value().dialect.separator, ',');
  EXPECT_EQ(t.value().dialect.decimal, DecimalMark::kPoint);
  EXPECT_EQ(DescribeDialect(t.value().dialect, Language::kEnglish),
            "comma as separator, decimal point, UTF-8");
}

TEST(CsvTest, TabSeparatedWithPointDecimals) {
  auto t = ReadCsv("a\tb\n1.5\t2\n", "x.tsv");
  ASSERT_TRUE(t.ok());
  EXPECT_EQ(t.value().dialect.separator, '\t');
  EXPECT_EQ(t.value().dialect.decimal, DecimalMark::kPoint);
}

TEST(CsvTest, SemicolonWinsWhenCommasAreDecimals) {
  // Three commas per line but they split rows unevenly; semicolons are consistent.
  auto t = ReadCsv("Kategori;Andel;Mål\nUndersköterska;12,5;14,25\nSjuksköterska;3;4,5\n", "x.csv");
  ASSERT_TRUE(t.ok());
  EXPECT_EQ(t.value().dialect.separator, ';');
  EXPECT_EQ(t.value().table.rows[1].fields[2], "4,5");
}

TEST(CsvTest, QuotedFieldsWithSeparatorsQuotesAndNewlines) {
  auto t = ReadCsv("Namn;Beskrivning\n\"Hemtjänst; Norr\";\"Säger \"\"hej\"\"\nnästa rad\"\nB;c\n",
                   "x.csv");
  ASSERT_TRUE(t.ok()) << t.error().Describe();
  ASSERT_EQ(t.value().table.rows.size(), 2u);
  EXPECT_EQ(t.value().table.rows[0].fields[0], "Hemtjänst; Norr");
  EXPECT_EQ(t.value().table.rows[0].fields[1], "Säger \"hej\"\nnästa rad");
  EXPECT_EQ(t.value().table.rows[1].line, 4);  // the quoted newline counts
}

TEST(CsvTest, EmptyLinesAndExcelTrailingSeparatorsAreTolerated) {
  auto t = ReadCsv("a;b;;\n1;2;;\n\n3;4\n", "x.csv");
  ASSERT_TRUE(t.ok()) << t.error().Describe();
  EXPECT_EQ(t.value().table.header.size(), 2u);
  ASSERT_EQ(t.value().table.rows.size(), 2u);
  EXPECT_EQ(t.value().table.rows[1].line, 4);
}

TEST(CsvTest, RaggedRowNamesFileLineAndTheLineItself) {
  auto t = ReadCsv("a;b;c\n1;2;3\n4;5\n", "personal.csv");
  ASSERT_FALSE(t.ok());
  const Error& e = t.error();
  EXPECT_EQ(e.Describe(),
            "fil \"personal.csv\", rad 3: raden har 2 fält men rubrikraden har 3 (avgränsare: semikolon)");
  EXPECT_EQ(e.location().source_line, "4;5");
  EXPECT_EQ(e.rule(), "csv_field_count");
  EXPECT_FALSE(e.hint().empty());
}

TEST(CsvTest, UnclosedQuoteIsAnErrorAtItsLine) {
  auto t = ReadCsv("a;b\n1;2\n\"3;4\n5;6\n", "x.csv");
  ASSERT_FALSE(t.ok());
  EXPECT_EQ(t.error().location().row, 3);
  EXPECT_EQ(t.error().rule(), "csv_quote");
}

TEST(CsvTest, EmptyFileIsAnError) {
  EXPECT_EQ(ReadCsv("", "tom.csv").error().Describe(), "fil \"tom.csv\": filen är tom");
  EXPECT_FALSE(ReadCsv("\n\n", "tom.csv").ok());
}

TEST(CsvTest, ForcedSeparatorOverridesDetection) {
  CsvOptions o;
  o.separator = ',';
  auto t = ReadCsv("a;b,c\n1;2,3\n", "x.csv", o);
  ASSERT_TRUE(t.ok());
  EXPECT_EQ(t.value().table.header, (std::vector<std::string>{"a;b", "c"}));
}

struct DecimalCase {
  const char* text;
  DecimalMark mark;
  std::optional<double> want;
};

TEST(ParseDecimalTest, SwedishAndInternationalNumbers) {
  const DecimalCase cases[] = {
      {"75,5", DecimalMark::kComma, 75.5},
      {"1 234,5", DecimalMark::kComma, 1234.5},
      {"1\xC2\xA0" "234", DecimalMark::kComma, 1234},       // no-break space
      {"1\xE2\x80\x89" "234,25", DecimalMark::kComma, 1234.25},  // thin space
      {"-0,5", DecimalMark::kComma, -0.5},
      {" 42 ", DecimalMark::kComma, 42},
      {"75.5", DecimalMark::kPoint, 75.5},
      {"75.5", DecimalMark::kComma, std::nullopt},    // point in a comma file: refuse, don't guess
      {"1.234,5", DecimalMark::kComma, std::nullopt},
      {"75,5", DecimalMark::kPoint, std::nullopt},
      {"", DecimalMark::kComma, std::nullopt},
      {"abc", DecimalMark::kComma, std::nullopt},
      {"1,", DecimalMark::kComma, std::nullopt},
      {",5", DecimalMark::kComma, std::nullopt},
      {"1,2,3", DecimalMark::kComma, std::nullopt},
      {"--1", DecimalMark::kComma, std::nullopt},
      {"1e5", DecimalMark::kPoint, std::nullopt},
  };
  for (const DecimalCase& c : cases) {
    EXPECT_EQ(ParseDecimal(c.text, c.mark), c.want) << "\"" << c.text << "\"";
  }
}

}  // namespace
}  // namespace kplan::io
