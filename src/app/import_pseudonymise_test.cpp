// `kplan import employees --pseudonymise` end to end into a store (SQLite,
// and PostgreSQL in the postgres run): the database's key is created with the
// first pseudonymised extract, in its transaction, and links the next year's.

#include <gtest/gtest.h>

#include "kplan/app/importer.hpp"
#include "store_test_fixture.hpp"

namespace kplan::app {
namespace {

using store::StoreTest;

// An HR Plus-style export, UTF-8 with BOM; made-up numbers with correct check digits.
const std::string kHeader =
    "\xEF\xBB\xBF" "Personnummer;Förnamn;Efternamn;Enhet;Befattning;Anställningsform;"
    "Sysselsättningsgrad;Anställningsdatum\r\n";

class PseudonymiseImportTest : public StoreTest {
 protected:
  void SetUp() override {
    StoreTest::SetUp();
    ASSERT_TRUE(store_->Migrate().ok());
    ASSERT_TRUE(store_->AddOrgUnits(DemoTree(), "system").ok());
  }

  ImportRequest Register(std::string rows, CalendarDate snapshot) {
    ImportRequest r;
    r.kind = ImportKind::kEmployees;
    r.file_name = "hrplus.csv";
    r.bytes = kHeader + rows;
    r.org_code = "VON";
    r.snapshot = snapshot;
    r.pseudonymise = true;
    return r;
  }

  std::vector<EmployeeRecord> Employees(std::size_t snapshot) {
    auto snapshots = store_->ListSnapshots().value();
    return store_->LoadEmployees(snapshots.at(snapshot).id, store_->ListOrgUnits().value()[0].id).value();
  }
};

TEST_F(PseudonymiseImportTest, TheFirstImportCreatesTheKeyAndTheNextYearIsLinked) {
  ImportRequest dry = Register("19620301-1231;Anna;Ek;HT1;Undersköterska;TV;100;2005-03-01\r\n", {2024, 10, 31});
  dry.dry_run = true;
  ASSERT_EQ(ImportFile(*store_, dry).value().outcome, ImportOutcome::kValidated);
  EXPECT_FALSE(store_->PseudonymKey().value().has_value()) << "a dry run stores no key";

  auto first = ImportFile(*store_, Register("19620301-1231;Anna;Ek;HT1;Undersköterska;TV;100;2005-03-01\r\n"
                                            "811218-9876;Johan;Berg;HT2;Vårdbiträde;TV;50;2015-01-01\r\n"
                                            "811218-9876;Johan;Berg;HT1;Undersköterska;TV;40;2019-01-01\r\n",
                                            {2024, 10, 31}));
  ASSERT_TRUE(first.ok()) << first.error().Describe();
  ASSERT_EQ(first.value().outcome, ImportOutcome::kImported)
      << (first.value().errors.empty() ? "" : first.value().errors[0].Describe());
  EXPECT_EQ(first.value().rows, 3u);
  ASSERT_EQ(first.value().notes.size(), 2u);
  EXPECT_EQ(first.value().notes[0].sv,
            "personnumren ersattes med pseudonymer; kolumnerna \"Förnamn\", \"Efternamn\" togs bort; "
            "födelseår och kön togs från personnumret");
  EXPECT_EQ(first.value().notes[1].sv.rfind("1 anställningsrader slogs ihop", 0), 0u);
  const std::optional<std::string> key = store_->PseudonymKey().value();
  ASSERT_TRUE(key.has_value());
  EXPECT_EQ(key->size(), 64u);
  // Audited without the key.
  bool audited = false;
  for (const auto& entry : store_->ListAudit(1000).value()) {
    EXPECT_EQ(entry.after_json.find(*key), std::string::npos);
    audited = audited || entry.entity == "pseudonym_key";
  }
  EXPECT_TRUE(audited);

  auto second = ImportFile(*store_, Register("6203011231;Anna;Ek;HT1;Undersköterska;TV;100;2005-03-01\r\n",
                                             {2025, 10, 31}));
  ASSERT_TRUE(second.ok()) << second.error().Describe();
  ASSERT_EQ(second.value().outcome, ImportOutcome::kImported);
  EXPECT_EQ(store_->PseudonymKey().value(), key) << "the key never changes";

  const std::vector<EmployeeRecord> y1 = Employees(0), y2 = Employees(1);
  ASSERT_EQ(y1.size(), 2u);
  ASSERT_EQ(y2.size(), 1u);
  const auto anna = std::find_if(y1.begin(), y1.end(), [](const EmployeeRecord& e) { return e.birth_year == 1962; });
  ASSERT_NE(anna, y1.end());
  EXPECT_EQ(anna->employee_id, y2[0].employee_id);
  EXPECT_EQ(anna->gender, Gender::kMan);  // ninth digit 3: the legal gender, whatever the name
  const auto johan = std::find_if(y1.begin(), y1.end(), [](const EmployeeRecord& e) { return e.birth_year == 1981; });
  ASSERT_NE(johan, y1.end());
  EXPECT_DOUBLE_EQ(johan->fte_percent, 90);
  EXPECT_EQ(johan->unit_code, "HT2");
}

TEST_F(PseudonymiseImportTest, ABadNumberRejectsTheFileWithoutEchoingIt) {
  auto report = ImportFile(*store_, Register("19620301-1237;Anna;Ek;HT1;Undersköterska;TV;100;2005-03-01\r\n",
                                             {2024, 10, 31}));
  ASSERT_TRUE(report.ok()) << report.error().Describe();
  EXPECT_EQ(report.value().outcome, ImportOutcome::kRejected);
  ASSERT_EQ(report.value().error_count, 1u);
  EXPECT_EQ(report.value().errors[0].Describe().find("19620301"), std::string::npos);
  EXPECT_EQ(report.value().errors[0].location().row, 2);
  EXPECT_FALSE(store_->PseudonymKey().value().has_value());
  EXPECT_EQ(store_->ListSnapshots().value().size(), 0u);
}

// The web's column mapping starts from the file's headers and what the reader knows.
TEST_F(PseudonymiseImportTest, TheColumnsOfAFileForTheMapping) {
  ImportRequest r = Register("19620301-1231;Anna;Ek;HT1;Undersköterska;TV;100;2005-03-01\r\n", {2024, 10, 31});
  Result<ImportColumns> columns = ReadImportColumns(r);
  ASSERT_TRUE(columns.ok()) << columns.error().Describe();
  EXPECT_EQ(columns.value().headers.front(), "Personnummer");
  std::map<std::string, std::string> header_of;
  for (const ImportField& f : columns.value().fields) header_of[f.key] = f.header;
  EXPECT_EQ(header_of["unit"], "Enhet");
  EXPECT_EQ(header_of["occupation"], "Befattning");
  EXPECT_EQ(header_of["fte_percent"], "Sysselsättningsgrad");
  EXPECT_EQ(header_of["employee_id"], "");
  EXPECT_EQ(columns.value().fields.front().need, "required");
}

}  // namespace
}  // namespace kplan::app
