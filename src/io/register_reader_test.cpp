#include "kplan/io/register_reader.hpp"

#include <gtest/gtest.h>

#include "kplan/core/activity.hpp"
#include "kplan/io/csv.hpp"

namespace kplan::io {
namespace {

constexpr const char* kHeader =
    "Anst.nr;Enhet;Yrke;SSYK;Anst.form;Födelseår;Kön;Syss.grad;Startdatum;Slutdatum;"
    "Kompetensnivå;Chef;Behörighet;Sjuktimmar;Schemalagda timmar\r\n";

EmployeeReadOptions Options() {
  EmployeeReadOptions o;
  o.extract_date = CalendarDate{2024, 12, 31};
  return o;
}

Table Csv(const std::string& body, const std::string& header = kHeader) {
  auto csv = ReadCsv(header + body, "personal.csv");
  EXPECT_TRUE(csv.ok()) << csv.error().Describe();
  return csv.value().table;
}

EmployeeReadResult Read(const Table& t, const EmployeeReadOptions& o = Options()) {
  auto r = ReadEmployees(t, DecimalMark::kComma, {}, o);
  EXPECT_TRUE(r.ok()) << r.error().Describe();
  return r.value();
}

// The Swedish description of the only error of a one-row file.
std::string OnlyError(const std::string& row) {
  EmployeeReadResult r = Read(Csv(row));
  EXPECT_EQ(r.error_count, 1u) << row;
  EXPECT_TRUE(r.records.empty());
  return r.errors.empty() ? std::string() : r.errors[0].Describe();
}

// An end before the start breaks the same rule as an activity's end before
// its start (core's kDateOrderRule), so clients handle one key.
TEST(RegisterReaderTest, EndBeforeStartIsTheDateOrderRule) {
  EmployeeReadResult r = Read(Csv("A1;HEM1;Usk;;TV;1968;K;100;2021-03-01;2020-01-01;;;;;\r\n"));
  ASSERT_EQ(r.errors.size(), 1u);
  EXPECT_EQ(r.errors[0].rule(), "date_order");
  EXPECT_EQ(r.errors[0].rule(), kDateOrderRule);
}

const char* kGood = "A1;HEM1;Undersköterska;5321;TV;1968;K;75,5;2010-03-01;;God;nej;ja;12,5;1600\r\n";

TEST(RegisterReaderTest, ReadsAValidSwedishExcelExport) {
  EmployeeReadResult r = Read(Csv(std::string(kGood) +
                                  "A2;HEM1;Enhetschef;;visstid;1990;M;100;2020-10-31 00:00:00;"
                                  "2025-06-30;4;x;;;\r\n"
                                  "A3;HEM2;;5321;timavlönad;2001;X;;2023-05-01;;;;nej;0;0\r\n"));
  ASSERT_TRUE(r.ok()) << r.errors[0].Describe();
  ASSERT_EQ(r.records.size(), 3u);
  EXPECT_EQ(r.lines, (std::vector<std::int64_t>{2, 3, 4}));
  const EmployeeRecord& a = r.records[0];
  EXPECT_EQ(a.employee_id, "A1");
  EXPECT_EQ(a.unit_code, "HEM1");
  EXPECT_EQ(a.category, "Undersköterska");
  EXPECT_EQ(a.ssyk, "5321");
  EXPECT_EQ(a.form, EmploymentForm::kPermanent);
  EXPECT_EQ(a.birth_year, 1968);
  EXPECT_EQ(a.gender, Gender::kWoman);
  EXPECT_DOUBLE_EQ(a.fte_percent, 75.5);
  EXPECT_EQ(a.start, (CalendarDate{2010, 3, 1}));
  EXPECT_FALSE(a.end.has_value());
  EXPECT_EQ(a.competence_level, 1);
  EXPECT_FALSE(a.manager);
  EXPECT_EQ(a.qualified, true);
  EXPECT_DOUBLE_EQ(a.sick_hours, 12.5);
  EXPECT_DOUBLE_EQ(a.scheduled_hours, 1600);

  const EmployeeRecord& b = r.records[1];
  EXPECT_EQ(b.form, EmploymentForm::kTemporary);
  EXPECT_EQ(b.gender, Gender::kMan);
  EXPECT_EQ(b.start, (CalendarDate{2020, 10, 31}));
  EXPECT_EQ(b.end, (CalendarDate{2025, 6, 30}));
  EXPECT_EQ(b.competence_level, 3);  // position 4 = Mycket hög
  EXPECT_TRUE(b.manager);
  EXPECT_FALSE(b.qualified.has_value());

  const EmployeeRecord& c = r.records[2];
  EXPECT_EQ(c.form, EmploymentForm::kHourly);
  EXPECT_EQ(c.gender, Gender::kOther);
  EXPECT_DOUBLE_EQ(c.fte_percent, 0);  // blank FTE is fine for hourly paid
  EXPECT_EQ(c.qualified, false);
  EXPECT_EQ(c.category, "");
}

TEST(RegisterReaderTest, EnglishHeadersAndDecimalPoint) {
  auto csv = ReadCsv(
      "employee_id,unit,occupation,employment_type,birth_year,gender,fte_percent,employment_start\n"
      "E1,U1,Nurse,permanent,1980,woman,62.5,2015-01-01\n",
      "staff.csv");
  ASSERT_TRUE(csv.ok());
  auto r = ReadEmployees(csv.value().table, csv.value().dialect.decimal, {}, Options());
  ASSERT_TRUE(r.ok());
  ASSERT_TRUE(r.value().ok()) << r.value().errors[0].Describe();
  EXPECT_DOUBLE_EQ(r.value().records[0].fte_percent, 62.5);
}

TEST(RegisterReaderTest, OneSwedishMessagePerRule) {
  EXPECT_EQ(OnlyError(";HEM1;Usk;;TV;1968;K;100;2010-03-01;;;;;;\r\n"),
            "fil \"personal.csv\", rad 2, kolumn \"Anst.nr\": värde saknas");
  EXPECT_EQ(OnlyError("A1;;Usk;;TV;1968;K;100;2010-03-01;;;;;;\r\n"),
            "fil \"personal.csv\", rad 2, kolumn \"Enhet\": värde saknas");
  EXPECT_EQ(OnlyError("A1;HEM1;;;TV;1968;K;100;2010-03-01;;;;;;\r\n"),
            "fil \"personal.csv\", rad 2, kolumn \"Yrke\": yrke eller SSYK-kod saknas");
  EXPECT_EQ(OnlyError("A1;HEM1;Usk;53211;TV;1968;K;100;2010-03-01;;;;;;\r\n"),
            "fil \"personal.csv\", rad 2, kolumn \"SSYK\": \"53211\" är ingen SSYK-kod (fyra "
            "siffror, t.ex. 5321)");
  EXPECT_EQ(OnlyError("A1;HEM1;Usk;;fast;1968;K;100;2010-03-01;;;;;;\r\n"),
            "fil \"personal.csv\", rad 2, kolumn \"Anst.form\": \"fast\" är ingen känd "
            "anställningsform; använd tillsvidare (TV, tillsvidareanställd, permanent), visstid "
            "(tidsbegränsad, vikariat, ALVA, temporary) eller timavlönad (timanställd, TIM, "
            "hourly)");
  EXPECT_EQ(OnlyError("A1;HEM1;Usk;;TV;2015;K;100;2010-03-01;;;;;;\r\n"),
            "fil \"personal.csv\", rad 2, kolumn \"Födelseår\": \"2015\" är inte ett födelseår "
            "mellan 1900 och 2010");
  EXPECT_EQ(OnlyError("A1;HEM1;Usk;;TV;68;K;100;2010-03-01;;;;;;\r\n"),
            "fil \"personal.csv\", rad 2, kolumn \"Födelseår\": \"68\" är inte ett födelseår "
            "mellan 1900 och 2010");
  EXPECT_EQ(OnlyError("A1;HEM1;Usk;;TV;1968;Q;100;2010-03-01;;;;;;\r\n"),
            "fil \"personal.csv\", rad 2, kolumn \"Kön\": \"Q\" är inget känt kön; använd K "
            "(kvinna), M (man) eller X (annat)");
  EXPECT_EQ(OnlyError("A1;HEM1;Usk;;TV;1968;K;150;2010-03-01;;;;;;\r\n"),
            "fil \"personal.csv\", rad 2, kolumn \"Syss.grad\": \"150\" är inte ett tal mellan 0 "
            "och 100");
  EXPECT_EQ(OnlyError("A1;HEM1;Usk;;TV;1968;K;-5;2010-03-01;;;;;;\r\n"),
            "fil \"personal.csv\", rad 2, kolumn \"Syss.grad\": \"-5\" är inte ett tal mellan 0 "
            "och 100");
  EXPECT_EQ(OnlyError("A1;HEM1;Usk;;TV;1968;K;0,75;2010-03-01;;;;;;\r\n"),
            "fil \"personal.csv\", rad 2, kolumn \"Syss.grad\": \"0,75\" ser ut som en andel, "
            "inte procent; ange procent, t.ex. 75");
  EXPECT_EQ(OnlyError("A1;HEM1;Usk;;TV;1968;K;;2010-03-01;;;;;;\r\n"),
            "fil \"personal.csv\", rad 2, kolumn \"Syss.grad\": värde saknas");
  EXPECT_EQ(OnlyError("A1;HEM1;Usk;;TV;1968;K;100;31/10/2020;;;;;;\r\n"),
            "fil \"personal.csv\", rad 2, kolumn \"Startdatum\": \"31/10/2020\" är inget datum på "
            "formen ÅÅÅÅ-MM-DD");
  EXPECT_EQ(OnlyError("A1;HEM1;Usk;;TV;1968;K;100;2021-02-29;;;;;;\r\n"),
            "fil \"personal.csv\", rad 2, kolumn \"Startdatum\": \"2021-02-29\" är inget datum på "
            "formen ÅÅÅÅ-MM-DD");
  EXPECT_EQ(OnlyError("A1;HEM1;Usk;;TV;1968;K;100;2021-03-01;2020-01-01;;;;;\r\n"),
            "fil \"personal.csv\", rad 2, kolumn \"Slutdatum\": slutdatum 2020-01-01 ligger före "
            "anställningsdatum 2021-03-01");
  EXPECT_EQ(OnlyError("A1;HEM1;Usk;;TV;1968;K;100;2021-03-01;;Expert;;;;\r\n"),
            "fil \"personal.csv\", rad 2, kolumn \"Kompetensnivå\": \"Expert\" är ingen nivå på "
            "kompetensskalan; använd Viss, God, Hög eller Mycket hög, eller nivåns nummer 1–4");
  EXPECT_EQ(OnlyError("A1;HEM1;Usk;;TV;1968;K;100;2021-03-01;;5;;;;\r\n"),
            "fil \"personal.csv\", rad 2, kolumn \"Kompetensnivå\": \"5\" är ingen nivå på "
            "kompetensskalan; använd Viss, God, Hög eller Mycket hög, eller nivåns nummer 1–4");
  EXPECT_EQ(OnlyError("A1;HEM1;Usk;;TV;1968;K;100;2021-03-01;;;kanske;;;\r\n"),
            "fil \"personal.csv\", rad 2, kolumn \"Chef\": \"kanske\" är varken ja eller nej; "
            "använd ja/nej, 1/0, x eller tomt");
  EXPECT_EQ(OnlyError("A1;HEM1;Usk;;TV;1968;K;100;2021-03-01;;;;;-3;\r\n"),
            "fil \"personal.csv\", rad 2, kolumn \"Sjuktimmar\": \"-3\" är inte ett tal som är 0 "
            "eller större");
  EXPECT_EQ(OnlyError("A1;HEM1;Usk;;TV;1968;K;100;2021-03-01;;;;;;1.600,5\r\n"),
            "fil \"personal.csv\", rad 2, kolumn \"Schemalagda timmar\": \"1.600,5\" är inte ett "
            "tal som är 0 eller större");
}

TEST(RegisterReaderTest, ErrorsCarryRuleValueAndSourceLine) {
  EmployeeReadResult r = Read(Csv("A1;HEM1;Usk;;TV;1968;K;150;2010-03-01;;;;;;\r\n"));
  ASSERT_EQ(r.errors.size(), 1u);
  const Error& e = r.errors[0];
  EXPECT_EQ(e.rule(), "fte_percent");
  EXPECT_EQ(e.code(), ErrorCode::kInvalidInput);
  EXPECT_EQ(e.location().row, 2);
  EXPECT_EQ(e.location().column, "Syss.grad");
  EXPECT_EQ(e.location().value, "150");
  EXPECT_EQ(e.location().cell, "");  // CSV: no cell reference
  EXPECT_EQ(e.location().source_line, "A1;HEM1;Usk;;TV;1968;K;150;2010-03-01;;;;;;");
  EXPECT_EQ(e.Describe(Language::kEnglish),
            "file \"personal.csv\", row 2, column \"Syss.grad\": \"150\" is not a number between "
            "0 and 100");
}

TEST(RegisterReaderTest, FractionGetsAHint) {
  EmployeeReadResult r = Read(Csv("A1;HEM1;Usk;;TV;1968;K;1;2010-03-01;;;;;;\r\n"));
  ASSERT_EQ(r.errors.size(), 1u);
  EXPECT_EQ(r.errors[0].hint(), "ange procent, t.ex. 75");
  EXPECT_EQ(r.errors[0].message(Language::kEnglish),
            "\"1\" looks like a fraction, not a percentage; give percent, e.g. 75");
}

// The same id with another birth year is two people sharing an id, not one
// person's two employments.
TEST(RegisterReaderTest, DuplicateIdOfAnotherPersonNamesBothRows) {
  EmployeeReadResult r = Read(Csv(std::string(kGood) + "A2;HEM1;Usk;;TV;1968;K;100;2010-03-01;;;;;;\r\n" +
                                  "A1;HEM2;Usk;;TV;1970;M;100;2011-03-01;;;;;;\r\n"));
  ASSERT_EQ(r.error_count, 1u);
  EXPECT_EQ(r.errors[0].Describe(),
            "fil \"personal.csv\", rad 4, kolumn \"Anst.nr\": anställnings-id \"A1\" finns redan på "
            "rad 2 med ett annat födelseår; samma id för två personer");
  EXPECT_EQ(r.errors[0].rule(), "unique");
  EXPECT_EQ(r.records.size(), 2u);  // the valid rows; the caller imports nothing when !ok()
}

// SKR's novemberstatistik: one row per employment. A person with two is one
// employee with the FTE summed and the largest employment's occupation and unit.
TEST(RegisterReaderTest, SeveralEmploymentsOfOnePersonAreOneEmployee) {
  EmployeeReadResult r = Read(Csv(
      "A1;HEM1;Vårdbiträde;;TV;1968;K;25;2012-01-01;;;;;4;400\r\n"
      "A2;HEM1;Usk;;TV;1970;M;100;2011-03-01;;;;;;\r\n"
      "A1;HEM2;Undersköterska;;TV;1968;K;50;2010-03-01;;;;;2;800\r\n"
      "A1;HEM3;Nattpersonal;;visstid;1968;K;10;2020-01-01;2025-06-30;;;;;\r\n"));
  ASSERT_TRUE(r.ok()) << r.errors[0].Describe();
  ASSERT_EQ(r.records.size(), 2u);
  EXPECT_EQ(r.merged_rows, 2u);
  const EmployeeRecord& a1 = r.records[0];
  EXPECT_EQ(a1.employee_id, "A1");
  EXPECT_DOUBLE_EQ(a1.fte_percent, 85);
  EXPECT_EQ(a1.category, "Undersköterska");
  EXPECT_EQ(a1.unit_code, "HEM2");
  EXPECT_EQ(a1.start, (CalendarDate{2010, 3, 1}));
  EXPECT_FALSE(a1.end.has_value());
  EXPECT_DOUBLE_EQ(a1.sick_hours, 6);
  EXPECT_EQ(r.lines[0], 2);  // the person's first row
}

TEST(RegisterReaderTest, EveryBadRowIsCountedButOnlyTheLimitIsKept) {
  std::string body;
  for (int i = 0; i < 250; ++i) {
    body += "A" + std::to_string(i) + ";HEM1;Usk;;TV;1968;K;" + (i % 2 == 0 ? "150" : "80") +
            ";2010-03-01;;;kanske;;;\r\n";
  }
  EmployeeReadOptions o = Options();
  o.error_limit = 10;
  EmployeeReadResult r = Read(Csv(body), o);
  EXPECT_EQ(r.error_count, 375u);  // 125 FTE errors + 250 manager errors
  ASSERT_EQ(r.errors.size(), 10u);
  EXPECT_EQ(r.errors[0].location().row, 2);
  EXPECT_EQ(r.errors[0].rule(), "fte_percent");
  EXPECT_EQ(r.errors[1].rule(), "yes_no");
  EXPECT_EQ(r.errors[2].location().row, 3);
  EXPECT_TRUE(r.records.empty());
  EXPECT_EQ(DescribeOmittedErrors(r.errors.size(), r.error_count, o.error_limit),
            "ytterligare 365 fel visas inte (totalt 375 fel, gränsen är 10)");
  EXPECT_EQ(DescribeOmittedErrors(r.errors.size(), r.error_count, o.error_limit, Language::kEnglish),
            "365 more errors not shown (375 errors in all, the limit is 10)");
  EXPECT_EQ(DescribeOmittedErrors(10, 10, 10), "");
}

// A file large enough to be read and checked on several threads (where the
// machine has them) reports exactly what one pass would: every error, in row
// order, with its own line, and repeats named by their first line even across
// the threads' shares.
TEST(RegisterReaderTest, LargeFileGivesEveryErrorInRowOrder) {
  constexpr int kRows = 120000;
  std::string body;
  body.reserve(kRows * 64);
  for (int i = 0; i < kRows; ++i) {
    std::string id = "A" + std::to_string(i);
    std::string fte = "80";
    std::string year = "1968";
    if (i == 70000 || i == 119999) id = "A5", year = "1970";  // row 7's id, another person
    if (i % 30000 == 29999) fte = "150";
    if (i == 59999) body += "\r\n";             // an empty line: no record, but a line
    body += id + ";HEM1;Usk;;TV;" + year + ";K;" + fte + ";2010-03-01;;;;;;\r\n";
  }
  EmployeeReadOptions o = Options();
  o.error_limit = 5;
  const Table table = Csv(body);
  ASSERT_EQ(table.rows.size(), static_cast<std::size_t>(kRows));
  EmployeeReadResult r = Read(table, o);
  // FTE errors on rows 29999, 59999, 89999 and 119999 (the last also a repeat,
  // which a row with its own error is not checked for), a repeat on row 70000.
  EXPECT_EQ(r.error_count, 5u);
  ASSERT_EQ(r.errors.size(), 5u);
  auto line_of = [](int i) { return static_cast<std::int64_t>(i + 2 + (i >= 59999 ? 1 : 0)); };
  EXPECT_EQ(r.errors[0].location().row, line_of(29999));
  EXPECT_EQ(r.errors[0].rule(), "fte_percent");
  EXPECT_EQ(r.errors[1].location().row, line_of(59999));
  EXPECT_EQ(r.errors[1].location().source_line, "A59999;HEM1;Usk;;TV;1968;K;150;2010-03-01;;;;;;");
  EXPECT_EQ(r.errors[2].location().row, line_of(70000));
  EXPECT_EQ(r.errors[2].rule(), "unique");
  EXPECT_NE(r.errors[2].Describe().find("finns redan på rad 7"), std::string::npos)
      << r.errors[2].Describe();
  EXPECT_EQ(r.errors[3].location().row, line_of(89999));
  EXPECT_EQ(r.errors[4].location().row, line_of(119999));
  EXPECT_EQ(r.errors[4].rule(), "fte_percent");
  ASSERT_EQ(r.records.size(), static_cast<std::size_t>(kRows - 5));
  EXPECT_EQ(r.records.back().employee_id, "A119998");
  EXPECT_EQ(r.lines.back(), line_of(119998));
  EXPECT_EQ(r.lines[60000], line_of(60002));  // rows 29999 and 59999 dropped before it
}

TEST(RegisterReaderTest, XlsxTablesGetCellReferences) {
  Table t;
  t.file = "personal.xlsx";
  t.sheet = "Anställda";
  t.header = {"Anställningsnummer", "Enhet", "Yrkeskategori", "Anställningsform", "Födelseår", "Kön",
              "Sysselsättningsgrad", "Anställningsdatum"};
  t.rows.push_back({2, {"A1", "HEM1", "Usk", "Tillsvidare", "1968", "Kvinna", "75.5", "2010-03-01"}, ""});
  t.rows.push_back({3, {"A2", "HEM1", "Usk", "Tillsvidare", "1968", "Kvinna", "1.5", "2010-03-01"}, ""});
  t.rows.push_back({4, {"A3", "HEM1", "Usk", "Tillsvidare", "1968", "Kvinna", "101", "2010-03-01"}, ""});
  auto r = ReadEmployees(t, DecimalMark::kPoint, {}, Options());
  ASSERT_TRUE(r.ok());
  ASSERT_EQ(r.value().error_count, 1u);
  EXPECT_EQ(r.value().errors[0].Describe(),
            "fil \"personal.xlsx\", blad \"Anställda\", rad 4, kolumn \"Sysselsättningsgrad\", "
            "cell G4: \"101\" är inte ett tal mellan 0 och 100");
  EXPECT_EQ(r.value().errors[0].location().cell, "G4");
  EXPECT_DOUBLE_EQ(r.value().records[0].fte_percent, 75.5);
  EXPECT_DOUBLE_EQ(r.value().records[1].fte_percent, 1.5);
}

TEST(RegisterReaderTest, BirthDateKeepsOnlyTheYear) {
  EmployeeReadResult r = Read(Csv("A1;HEM1;Usk;;TV;1968-05-12;K;100;2010-03-01;;;;;;\r\n"));
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r.records[0].birth_year, 1968);
}

TEST(RegisterReaderTest, ExtractDateSetsTheLatestBirthYear) {
  EmployeeReadOptions o = Options();
  o.extract_date = CalendarDate{2030, 1, 1};
  EXPECT_EQ(MaxBirthYear(o.extract_date), 2016);
  EmployeeReadResult r = Read(Csv("A1;HEM1;Usk;;TV;2015;K;100;2010-03-01;;;;;;\r\n"), o);
  EXPECT_TRUE(r.ok());
}

TEST(RegisterReaderTest, OwnCompetenceScale) {
  EmployeeReadOptions o = Options();
  o.level_names = {"Grund", "Fördjupad", "Expert"};
  EmployeeReadResult r = Read(Csv("A1;HEM1;Usk;;TV;1968;K;100;2010-03-01;;expert;;;;\r\n"
                                  "A2;HEM1;Usk;;TV;1968;K;100;2010-03-01;;FÖRDJUPAD;;;;\r\n"),
                              o);
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r.records[0].competence_level, 2);
  EXPECT_EQ(r.records[1].competence_level, 1);
}

TEST(RegisterReaderTest, TableLevelProblemsAreResultErrors) {
  auto pnr = ReadEmployees(Csv("811218-9876;HEM1;Usk;;TV;1968;K;100;2010-03-01;;;;;;\r\n"
                               "19811218-9876;HEM1;Usk;;TV;1968;K;100;2010-03-01;;;;;;\r\n"),
                           DecimalMark::kComma, {}, Options());
  ASSERT_FALSE(pnr.ok());
  EXPECT_EQ(pnr.error().rule(), "personal_data");
  EXPECT_EQ(pnr.error().location().column, "Anst.nr");

  auto names = ReadEmployees(Csv("A1;Anna;HEM1;Usk;TV;1968;K;100;2010-03-01\r\n",
                                 "Anst.nr;Förnamn;Enhet;Yrke;Anst.form;Födelseår;Kön;Syss.grad;"
                                 "Startdatum\r\n"),
                             DecimalMark::kComma, {}, Options());
  ASSERT_FALSE(names.ok());
  EXPECT_EQ(names.error().Describe(),
            "fil \"personal.csv\", kolumn \"Förnamn\": kolumnen ser ut att innehålla namn. "
            "Kompetensplan lagrar inga personnummer eller namn; ta bort kolumnen eller ersätt den "
            "med ett pseudonymt anställnings-id. Ett personalregister kan i stället importeras med "
            "--pseudonymise (på webben: \"Pseudonymisera personnummer och ta bort namn\"): namnen "
            "tas bort och personnumren ersätts med ett pseudonymt id.");

  auto missing = ReadEmployees(Csv("A1;HEM1\r\n", "Anst.nr;Enhet\r\n"), DecimalMark::kComma, {},
                               Options());
  ASSERT_FALSE(missing.ok());
  EXPECT_EQ(missing.error().rule(), "missing_column");
}

TEST(RegisterReaderTest, MapFileRenamesColumns) {
  auto map = ParseColumnOverrides(R"({"employee_id": "Löpnr", "fte_percent": "Procent"})",
                                  "map.json");
  ASSERT_TRUE(map.ok());
  auto r = ReadEmployees(Csv("X9;HEM1;Usk;TV;1968;K;60;2010-03-01\r\n",
                             "Löpnr;Enhet;Yrke;Anst.form;Födelseår;Kön;Procent;Startdatum\r\n"),
                         DecimalMark::kComma, map.value(), Options());
  ASSERT_TRUE(r.ok()) << r.error().Describe();
  ASSERT_TRUE(r.value().ok());
  EXPECT_EQ(r.value().records[0].employee_id, "X9");
  EXPECT_DOUBLE_EQ(r.value().records[0].fte_percent, 60);
}

TEST(RegisterReaderTest, AcceptedWordsForFormGenderAndFlags) {
  std::string body;
  const char* forms[] = {"tillsvidare", "TV", "Tillsvidareanställd", "permanent", "Visstid",
                         "tidsbegränsad", "vikariat", "ALVA", "temporary", "Timavlönad",
                         "timanställd", "TIM", "hourly"};
  const char* genders[] = {"K", "Kvinna", "W", "F", "woman", "M", "Man", "male", "X", "annat",
                           "other", "", "k"};
  const char* flags[] = {"ja", "Nej", "1", "0", "yes", "no", "true", "false", "x", "", "JA", "X",
                         "n"};
  for (int i = 0; i < 13; ++i) {
    body += "A" + std::to_string(i) + ";HEM1;Usk;;" + forms[i] + ";1968;" + genders[i] +
            ";50;2010-03-01;;;" + flags[i] + ";" + flags[i] + ";;\r\n";
  }
  EmployeeReadResult r = Read(Csv(body));
  ASSERT_TRUE(r.ok()) << r.errors[0].Describe();
  EXPECT_EQ(r.records[3].form, EmploymentForm::kPermanent);
  EXPECT_EQ(r.records[8].form, EmploymentForm::kTemporary);
  EXPECT_EQ(r.records[12].form, EmploymentForm::kHourly);
  EXPECT_EQ(r.records[3].gender, Gender::kWoman);
  EXPECT_EQ(r.records[7].gender, Gender::kMan);
  EXPECT_EQ(r.records[11].gender, Gender::kOther);
  EXPECT_TRUE(r.records[8].manager);
  EXPECT_FALSE(r.records[9].manager);
  EXPECT_FALSE(r.records[9].qualified.has_value());
  EXPECT_EQ(r.records[5].qualified, false);
}

}  // namespace
}  // namespace kplan::io
