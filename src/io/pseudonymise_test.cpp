#include "kplan/io/pseudonymise.hpp"

#include <gtest/gtest.h>

#include "kplan/io/csv.hpp"
#include "kplan/io/register_reader.hpp"

namespace kplan::io {
namespace {

// UTF-8 → Windows-1252 for the Swedish letters of these files.
std::string Cp1252(const std::string& utf8) {
  std::string out;
  for (std::size_t i = 0; i < utf8.size(); ++i) {
    const unsigned char c = static_cast<unsigned char>(utf8[i]);
    if (c == 0xC3 && i + 1 < utf8.size()) {
      out.push_back(static_cast<char>(static_cast<unsigned char>(utf8[++i]) + 0x40));
    } else {
      out.push_back(static_cast<char>(c));
    }
  }
  return out;
}

// A Personec-style export: personnummer in the three forms HR systems write,
// names, one row per employment, semicolons, CRLF, Windows-1252. The numbers
// are made up with correct check digits.
constexpr const char* kExport =
    "Personnummer;Förnamn;Efternamn;Anst nr;Org.enhet;Befattning;Anst.form;Syss.grad;Anst.datum\r\n"
    "19680512-1230;Karl;Lindqvist;1001;HEM1;Undersköterska;Tillsvidare;100;1995-03-01\r\n"
    "680512-1248;Maria;Bergström;1002;HEM1;Sjuksköterska;Tillsvidare;75;2001-09-01\r\n"
    "8112189876;Johan;Ekström;1003;BOS1;Stödassistent;Visstid;100;2023-01-09\r\n"
    "701063-2391;Ahmed;Yusuf;1004;BOS1;Stödassistent;Tillsvidare;50;2010-05-01\r\n"
    "197010632391;Ahmed;Yusuf;1005;HEM1;Undersköterska;Tillsvidare;25;2018-01-01\r\n";

Table Read(const std::string& text) {
  Result<CsvFile> csv = ReadCsv(Cp1252(text), "heroma.csv");
  EXPECT_TRUE(csv.ok()) << csv.error().Describe();
  return csv.value().table;
}

const std::string kKey(64, 'a');
const CalendarDate kExtract{2024, 11, 1};

TEST(PseudonymiseTest, ThePersonnummerBecomesAStableIdInEveryForm) {
  const std::string a = PseudonymFor("6805121230", kKey);
  EXPECT_EQ(a.size(), 32u);
  EXPECT_EQ(a, PseudonymFor("6805121230", kKey));
  EXPECT_NE(a, PseudonymFor("6805121248", kKey));
  EXPECT_NE(a, PseudonymFor("6805121230", std::string(64, 'b')));  // another database's key
  const std::string key = NewPseudonymKey();
  EXPECT_TRUE(IsPseudonymKey(key));
  EXPECT_NE(key, NewPseudonymKey());
  EXPECT_FALSE(IsPseudonymKey("abc"));
}

TEST(PseudonymiseTest, AnHrExportBecomesARegisterWithoutNamesOrNumbers) {
  ASSERT_EQ(ReadCsv(Cp1252(kExport), "heroma.csv").value().dialect.encoding, TextEncoding::kWindows1252);
  Table table = Read(kExport);
  ColumnOverrides overrides;
  Result<PseudonymiseResult> p = PseudonymiseRegister(table, overrides, kKey, kExtract, 100);
  ASSERT_TRUE(p.ok()) << p.error().Describe();
  EXPECT_EQ(p.value().error_count, 0u);
  EXPECT_EQ(p.value().dropped, (std::vector<std::string>{"Förnamn", "Efternamn"}));
  EXPECT_TRUE(p.value().birth_year_derived);
  EXPECT_TRUE(p.value().gender_derived);
  EXPECT_EQ(table.header, (std::vector<std::string>{"Pseudonym", "Anst nr", "Org.enhet", "Befattning",
                                                    "Anst.form", "Syss.grad", "Anst.datum", "Födelseår",
                                                    "Kön"}));
  EXPECT_EQ(table.text, nullptr);  // the file as written is gone
  for (const TableRow& row : table.rows) {
    EXPECT_TRUE(row.source.empty());
    for (const std::string& cell : row.fields) {
      for (const char* secret : {"680512", "811218", "701063", "Karl", "Maria", "Ahmed"}) {
        EXPECT_EQ(cell.find(secret), std::string::npos) << cell;
      }
    }
  }

  Result<EmployeeReadResult> read =
      ReadEmployees(table, DecimalMark::kComma, overrides, EmployeeReadOptions{kExtract});
  ASSERT_TRUE(read.ok()) << read.error().Describe();
  const EmployeeReadResult& r = read.value();
  ASSERT_TRUE(r.ok()) << r.errors[0].Describe();
  ASSERT_EQ(r.records.size(), 4u);  // Ahmed's two employments are one employee
  EXPECT_EQ(r.merged_rows, 1u);
  EXPECT_EQ(r.records[0].employee_id, PseudonymFor("6805121230", kKey));
  EXPECT_EQ(r.records[0].birth_year, 1968);
  EXPECT_EQ(r.records[0].gender, Gender::kMan);
  EXPECT_EQ(r.records[1].gender, Gender::kWoman);
  EXPECT_EQ(r.records[2].birth_year, 1981);
  const EmployeeRecord& ahmed = r.records[3];  // samordningsnummer, 10 and 12 digits
  EXPECT_EQ(ahmed.employee_id, PseudonymFor("7010632391", kKey));
  EXPECT_EQ(ahmed.birth_year, 1970);
  EXPECT_DOUBLE_EQ(ahmed.fte_percent, 75);
  EXPECT_EQ(ahmed.unit_code, "BOS1");
}

TEST(PseudonymiseTest, TheFilesOwnBirthYearAndGenderAreKept) {
  Table table = Read(
      "Pnr;Namn;Enhet;Yrke;Anställningsform;Födelseår;Kön;Sysselsättningsgrad;Anställningsdatum\r\n"
      "19680512-1230;Karl Lindqvist;HEM1;Usk;TV;1968;M;100;1995-03-01\r\n");
  ColumnOverrides overrides;
  Result<PseudonymiseResult> p = PseudonymiseRegister(table, overrides, kKey, kExtract, 100);
  ASSERT_TRUE(p.ok());
  EXPECT_FALSE(p.value().birth_year_derived);
  EXPECT_FALSE(p.value().gender_derived);
  EXPECT_EQ(table.header.size(), 8u);  // the name column gone, nothing added
}

// A bad personnummer is named by row and column, never by its value.
TEST(PseudonymiseTest, AWrongCheckDigitNamesRowAndColumnNotTheNumber) {
  Table table = Read(std::string(kExport) +
                     "680512-1249;Eva;Ek;1006;HEM1;Usk;TV;100;2020-01-01\r\n"
                     ";Utan;Nummer;1007;HEM1;Usk;TV;100;2020-01-01\r\n");
  ColumnOverrides overrides;
  Result<PseudonymiseResult> p = PseudonymiseRegister(table, overrides, kKey, kExtract, 100);
  ASSERT_TRUE(p.ok());
  ASSERT_EQ(p.value().error_count, 2u);
  const Error& wrong = p.value().errors[0];
  EXPECT_EQ(wrong.rule(), "personnummer");
  EXPECT_EQ(wrong.location().row, 7);
  EXPECT_EQ(wrong.location().column, "Personnummer");
  EXPECT_EQ(wrong.Describe(),
            "fil \"heroma.csv\", rad 7, kolumn \"Personnummer\": värdet är inget giltigt personnummer "
            "eller samordningsnummer (datum eller kontrollsiffra stämmer inte)");
  EXPECT_EQ(p.value().errors[1].rule(), "required");
  EXPECT_EQ(table.rows.size(), 5u);  // the bad rows left out, reported once
}

TEST(PseudonymiseTest, AFileWithoutPersonnummerIsRefused) {
  Table table = Read("Anst.nr;Enhet\r\nA1;HEM1\r\n");
  ColumnOverrides overrides;
  Result<PseudonymiseResult> p = PseudonymiseRegister(table, overrides, kKey, kExtract, 100);
  ASSERT_FALSE(p.ok());
  EXPECT_EQ(p.error().rule(), "personnummer_column");
}

}  // namespace
}  // namespace kplan::io
