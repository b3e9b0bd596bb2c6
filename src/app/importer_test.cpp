// Importing files end to end into a store (SQLite, and PostgreSQL in the
// postgres run): good files land whole, bad files change nothing and say
// exactly what is wrong.

#include "kplan/app/importer.hpp"

#include <map>
#include <sstream>

#include "kplan/io/target_rule_json.hpp"
#include "workbook_fixture.hpp"
#include "store_test_fixture.hpp"

namespace kplan::app {
namespace {

using store::StoreTest;

// Swedish Excel export: BOM, semicolons, decimal comma.
const std::string kRegister =
    "\xEF\xBB\xBF" "Anst.nr;Enhet;Yrke;SSYK;Anställningsform;Födelseår;Kön;Sysselsättningsgrad;"
    "Anställningsdatum;Slutdatum;Chef\r\n"
    "P001;HT1;Undersköterska;5321;Tillsvidare;1962;K;75,5;2005-03-01;;nej\r\n"
    "P002;HT2;Undersköterska;5321;Visstid;1998;K;100;2024-02-01;2025-01-31;nej\r\n"
    "P003;VOF;Enhetschef;1721;TV;1975;M;100;2012-08-15;;ja\r\n"
    "P004;HT1;Vårdbiträde;;Timavlönad;2001;X;;2023-06-01;;\r\n";

class ImporterTest : public StoreTest {
 protected:
  void SetUp() override {
    StoreTest::SetUp();
    ASSERT_TRUE(store_->Migrate().ok());
    ASSERT_TRUE(store_->AddOrgUnits(DemoTree(), "system").ok());
  }

  ImportRequest Employees(std::string bytes, std::string org = "VON") {
    ImportRequest r;
    r.kind = ImportKind::kEmployees;
    r.file_name = "personal.csv";
    r.bytes = std::move(bytes);
    r.org_code = std::move(org);
    r.snapshot = CalendarDate{2024, 10, 31};
    return r;
  }

  std::size_t Snapshots() { return store_->ListSnapshots().value().size(); }
};

TEST_F(ImporterTest, SwedishRegisterImportsWithEveryRow) {
  auto report = ImportFile(*store_, Employees(kRegister));
  ASSERT_TRUE(report.ok()) << report.error().Describe();
  EXPECT_EQ(report.value().outcome, ImportOutcome::kImported);
  EXPECT_EQ(report.value().format, "CSV: semikolon som avgränsare, decimalkomma, UTF-8 med BOM");
  EXPECT_EQ(report.value().rows, 4u);
  auto snapshot = store_->ListSnapshots().value().at(0);
  EXPECT_EQ(snapshot.rows, 4);
  auto units = store_->ListOrgUnits().value();
  auto employees = store_->LoadEmployees(snapshot.id, units[0].id).value();
  ASSERT_EQ(employees.size(), 4u);
  EXPECT_DOUBLE_EQ(employees[0].fte_percent, 75.5);
  EXPECT_EQ(employees[1].end, (CalendarDate{2025, 1, 31}));
  EXPECT_TRUE(employees[2].manager);
  EXPECT_EQ(employees[3].form, EmploymentForm::kHourly);
}

TEST_F(ImporterTest, SameFileTwiceChangesNothing) {
  ASSERT_EQ(ImportFile(*store_, Employees(kRegister)).value().outcome, ImportOutcome::kImported);
  auto audit = store_->ListAudit(1000).value().size();
  ASSERT_EQ(ImportFile(*store_, Employees(kRegister)).value().outcome, ImportOutcome::kUnchanged);
  EXPECT_EQ(Snapshots(), 1u);
  EXPECT_EQ(store_->ListAudit(1000).value().size(), audit);
}

TEST_F(ImporterTest, Windows1252AndInternationalDialectsGiveTheSameSnapshot) {
  std::string cp1252 =
      "Anst.nr;Enhet;Yrke;Anst\xE4llningsform;F\xF6" "delse\xE5r;K\xF6n;Syss.grad;Startdatum\r\n"
      "Q1;HT1;Undersk\xF6terska;Tillsvidare;1970;K;87,5;2001-01-01\r\n";
  std::string international =
      "employee_id,unit,occupation,employment_type,birth_year,gender,fte_percent,employment_start\n"
      "Q1,HT1,Undersköterska,permanent,1970,woman,87.5,2001-01-01\n";
  auto first = ImportFile(*store_, Employees(cp1252));
  ASSERT_TRUE(first.ok()) << first.error().Describe();
  EXPECT_EQ(first.value().format, "CSV: semikolon som avgränsare, decimalkomma, Windows-1252");
  auto second = ImportFile(*store_, Employees(international));
  ASSERT_TRUE(second.ok()) << second.error().Describe();
  EXPECT_EQ(second.value().format, "CSV: komma som avgränsare, decimalpunkt, UTF-8");
  EXPECT_EQ(second.value().outcome, ImportOutcome::kUnchanged);
}

TEST_F(ImporterTest, XlsxRegisterImportsAndBadCellsNameTheirCell) {
  std::vector<std::vector<std::string>> rows = {
      {"Anställningsnummer", "Enhet", "Yrke", "Anställningsform", "Födelseår", "Kön",
       "Sysselsättningsgrad", "Anställningsdatum"},
      {"X1", "HT1", "Undersköterska", "Tillsvidare", "1968", "K", "75.5", "2005-03-01"},
      {"X2", "HT2", "Sjuksköterska", "Visstid", "1990", "M", "100", "2024-02-01"}};
  ImportRequest r = Employees(Workbook(rows));
  r.file_name = "personal.xlsx";
  auto report = ImportFile(*store_, r);
  ASSERT_TRUE(report.ok()) << report.error().Describe();
  EXPECT_EQ(report.value().format, "XLSX, blad \"Personal\"");
  EXPECT_EQ(report.value().outcome, ImportOutcome::kImported);
  EXPECT_EQ(store_->ListSnapshots().value().at(0).rows, 2);

  rows[2][6] = "150";
  r = Employees(Workbook(rows));
  r.file_name = "personal.xlsx";
  r.snapshot = CalendarDate{2025, 10, 31};
  auto bad = ImportFile(*store_, r);
  ASSERT_TRUE(bad.ok());
  ASSERT_EQ(bad.value().error_count, 1u);
  EXPECT_EQ(bad.value().errors[0].location().cell, "G3");
  EXPECT_EQ(bad.value().errors[0].location().sheet, "Personal");
  EXPECT_EQ(Snapshots(), 1u);
}

TEST_F(ImporterTest, BadRowsAreAllReportedAndNothingIsWritten) {
  std::string bad = kRegister;
  bad += "P005;HT1;Undersköterska;5321;Tillsvidare;1962;K;150;2005-03-01;;\r\n";
  bad += "P006;BUN;Förskollärare;2343;Tillsvidare;1980;K;100;2010-01-01;;\r\n";
  bad += "P007;HT1;Undersköterska;5321;Fast;1962;K;100;2005-03-01;;\r\n";
  auto report = ImportFile(*store_, Employees(bad));
  ASSERT_TRUE(report.ok()) << report.error().Describe();
  const ImportReport& r = report.value();
  EXPECT_EQ(r.outcome, ImportOutcome::kRejected);
  ASSERT_EQ(r.error_count, 3u);
  EXPECT_EQ(r.errors[0].Describe(),
            "fil \"personal.csv\", rad 6, kolumn \"Sysselsättningsgrad\": \"150\" är inte ett tal mellan 0 och 100");
  EXPECT_EQ(r.errors[0].location().value, "150");
  bool unit_error = false;
  for (const Error& e : r.errors) {
    if (e.rule() == "unit_in_organisation") {
      unit_error = true;
      EXPECT_EQ(e.Describe(), "fil \"personal.csv\", rad 7, kolumn \"Enhet\": enheten \"BUN\" finns inte i "
                              "Vård- och omsorgsnämnden");
    }
  }
  EXPECT_TRUE(unit_error);
  EXPECT_EQ(Snapshots(), 0u);
  EXPECT_TRUE(store_->ListCategories().value().empty());
}

TEST_F(ImporterTest, PersonnummerColumnIsRefusedWithTheReason) {
  std::string with_pnr =
      "Personnummer;Enhet;Yrke;Anställningsform;Födelseår;Kön;Sysselsättningsgrad;Anställningsdatum\n"
      "19620301-1234;HT1;Undersköterska;Tillsvidare;1962;K;100;2005-03-01\n";
  auto report = ImportFile(*store_, Employees(with_pnr));
  ASSERT_FALSE(report.ok());
  EXPECT_EQ(report.error().rule(), "personal_data");
  EXPECT_NE(report.error().message().find("personnummer"), std::string::npos);
  EXPECT_EQ(Snapshots(), 0u);
}

TEST_F(ImporterTest, DryRunValidatesAndWritesNothing) {
  ImportRequest r = Employees(kRegister);
  r.dry_run = true;
  EXPECT_EQ(ImportFile(*store_, r).value().outcome, ImportOutcome::kValidated);
  EXPECT_EQ(Snapshots(), 0u);
}

TEST_F(ImporterTest, MissingSnapshotDateAndUnknownOrgAreFileLevelErrors) {
  ImportRequest r = Employees(kRegister);
  r.snapshot.reset();
  EXPECT_EQ(ImportFile(*store_, r).error().rule(), "snapshot_required");
  EXPECT_EQ(ImportFile(*store_, Employees(kRegister, "NOPE")).error().message(),
            "enheten \"NOPE\" finns inte");
}

TEST_F(ImporterTest, ColumnMapOverridesHeaders) {
  std::string odd = "Id;Ställe;Jobb;Form;År;Kön;Omf;Från\nZ1;HT1;Undersköterska;TV;1970;K;100;2001-01-01\n";
  ImportRequest r = Employees(odd);
  r.map_json = R"({"employee_id": "Id", "unit": "Ställe", "occupation": "Jobb", "employment_form": "Form",
                   "birth_year": "År", "fte_percent": "Omf", "employment_start": "Från"})";
  r.map_file = "karta.json";
  auto report = ImportFile(*store_, r);
  ASSERT_TRUE(report.ok()) << report.error().Describe();
  EXPECT_EQ(report.value().outcome, ImportOutcome::kImported);
}

TEST_F(ImporterTest, InventoryInSeed001sWideLayout) {
  std::string inventory =
      "Enhet;Yrkeskategori;SSYK;Viss;God;Hög;Mycket hög\n"
      "HT1;Undersköterska;5321;6;21;14;3\n"
      "HT2;Undersköterska;5321;2;9;4,5;0\n";
  ImportRequest r;
  r.kind = ImportKind::kInventory;
  r.file_name = "kartlaggning.csv";
  r.bytes = inventory;
  r.org_code = "VOF";
  r.year = 2025;
  auto report = ImportFile(*store_, r);
  ASSERT_TRUE(report.ok()) << report.error().Describe();
  EXPECT_EQ(report.value().outcome, ImportOutcome::kImported);
  auto units = store_->ListOrgUnits().value();
  std::int64_t vof = 0;
  for (const auto& u : units) if (u.code == "VOF") vof = u.id;
  auto stored = store_->LoadInventory(vof, 2025).value();
  ASSERT_EQ(stored.size(), 8u);
  double total = 0;
  for (const auto& e : stored) total += e.headcount;
  EXPECT_DOUBLE_EQ(total, 59.5);
  EXPECT_EQ(store_->ListCategories().value().at(0).ssyk, "5321");

  r.year = 0;
  EXPECT_EQ(ImportFile(*store_, r).error().rule(), "year_required");
}

TEST_F(ImporterTest, IndicatorsActivitiesAndPopulation) {
  ImportRequest r;
  r.org_code = "VON";
  r.kind = ImportKind::kIndicators;
  r.file_name = "uppfoljning.csv";
  r.bytes = "Indikator;Period;Utfall;Måttenhet;Målvärde\nSjukfrånvaro;2023;8,46;%;<= 8,55\n";
  auto indicators = ImportFile(*store_, r);
  ASSERT_TRUE(indicators.ok()) << indicators.error().Describe();
  EXPECT_EQ(indicators.value().outcome, ImportOutcome::kImported);
  auto units = store_->ListOrgUnits().value();
  auto outcomes = store_->LoadIndicatorOutcomes(units[0].id).value();
  ASSERT_EQ(outcomes.size(), 1u);
  EXPECT_EQ(outcomes[0].target_json, R"({"at_most":8.55})");

  // Seed 000's columns are kept: Mål names the goal, a Bedömning that differs
  // from the rule is stored as manual with its comment; a period holding only
  // next year's target (no outcome) goes in too.
  r.bytes = "Mål;Indikator;Period;Utfall;Målvärde;Bedömning;Kommentar\n"
            "Attraktiv arbetsgivare;PULS;2023;7,7;≥ 8;Grön;Över 7 är grönt i PULS\n"
            "Attraktiv arbetsgivare;PULS;2024;;≥ 8,2;;\n";
  auto seed000 = ImportFile(*store_, r);
  ASSERT_TRUE(seed000.ok()) << seed000.error().Describe();
  outcomes = store_->LoadIndicatorOutcomes(units[0].id).value();
  std::vector<store::IndicatorOutcome> puls;
  for (const auto& o : outcomes) {
    if (o.indicator == "PULS") puls.push_back(o);
  }
  ASSERT_EQ(puls.size(), 2u);
  std::sort(puls.begin(), puls.end(), [](const auto& a, const auto& b) { return a.period < b.period; });
  EXPECT_EQ(puls[0].goal, "Attraktiv arbetsgivare");
  EXPECT_EQ(puls[0].manual_assessment.value_or(""), "green");
  EXPECT_EQ(puls[0].comment.value_or(""), "Över 7 är grönt i PULS");
  const auto rule_of = [](const store::IndicatorOutcome& o) {
    return io::ParseTargetRuleText(o.target_json.value_or("")).value();
  };
  EXPECT_EQ(rule_of(puls[0]).type, TargetRuleType::kAtLeast);
  EXPECT_DOUBLE_EQ(rule_of(puls[0]).lower, 8);
  EXPECT_FALSE(puls[1].value.has_value());
  EXPECT_DOUBLE_EQ(rule_of(puls[1]).lower, 8.2);
  // The goal belongs to the plan years it is followed up in: 2023's outcome
  // and 2024's target.
  auto goals = store_->ListGoals(units[0].id, 2024).value();
  ASSERT_EQ(goals.size(), 1u);
  EXPECT_EQ(goals[0].years.first, 2023);
  EXPECT_EQ(goals[0].years.last, 2024);
  EXPECT_TRUE(store_->ListGoals(units[0].id, 2025).value().empty());

  // Activities go into the plan year the import is for; without one, none do.
  r.kind = ImportKind::kActivities;
  r.file_name = "aktiviteter.csv";
  r.bytes = "Område;Aktivitet;Ansvarig;Klart senast;Status;Enhet\n"
            "Rekrytera;Rekryteringsmässa;HR-avdelningen;2025-05-31;Genomförd;HT1\n";
  r.year = 0;
  auto without_year = ImportFile(*store_, r);
  ASSERT_FALSE(without_year.ok());
  EXPECT_EQ(without_year.error().rule(), "year_required");
  EXPECT_TRUE(store_->ListActivities(units[0].id, std::nullopt).value().empty());
  r.year = 2025;
  auto activities = ImportFile(*store_, r);
  ASSERT_TRUE(activities.ok()) << activities.error().Describe();
  EXPECT_EQ(store_->ListActivities(units[0].id, 2025).value().at(0).status, ActivityStatus::kDone);
  EXPECT_TRUE(store_->ListActivities(units[0].id, 2024).value().empty());

  r.kind = ImportKind::kPopulation;
  r.file_name = "befolkning.csv";
  r.bytes = "region;ålder;2025;2026\n0999 Exempelby;80+ år;1450;1510\n";
  auto population = ImportFile(*store_, r);
  ASSERT_TRUE(population.ok()) << population.error().Describe();
  auto rows = store_->LoadPopulation("Exempelby").value();  // stored by the region's name
  ASSERT_EQ(rows.size(), 2u);
  EXPECT_EQ(rows[1].age_to, 120);

  // An SCB download as it comes: title line, sexes to sum, a total row, notes.
  r.file_name = "BE0101N1.csv";
  r.bytes = "\"Folkmängd efter region, ålder, kön och år\"\n\n\"region\";\"ålder\";\"kön\";\"2026\"\n"
            "\"0999 Exempelby\";\"80+ år\";\"män\";720\n\"0999 Exempelby\";\"80+ år\";\"kvinnor\";810\n"
            "\"0999 Exempelby\";\"totalt ålder\";\"män\";9000\n\n\"Fotnoter:\"\n\"Källa: SCB\"\n";
  auto scb = ImportFile(*store_, r);
  ASSERT_TRUE(scb.ok()) << scb.error().Describe();
  ASSERT_EQ(scb.value().notes.size(), 4u);
  EXPECT_EQ(scb.value().notes[0].sv, "tabellens rubrik: Folkmängd efter region, ålder, kön och år");
  EXPECT_EQ(scb.value().notes[2].sv, "summerade över \"kön\" (filen har ingen totalrad för dem)");
  EXPECT_EQ(scb.value().notes[2].en, "summed over \"kön\" (the file has no total for them)");
  rows = store_->LoadPopulation("Exempelby").value();
  ASSERT_EQ(rows.size(), 2u);  // 2026 replaced, 2025 kept
  EXPECT_DOUBLE_EQ(rows[1].people, 720 + 810);
}

}  // namespace
}  // namespace kplan::app
