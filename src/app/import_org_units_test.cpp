// `kplan import org-units` and `kplan import employees --create-units` end to
// end into a store (SQLite, and PostgreSQL in the postgres run): a file lands
// whole or not at all, a moved unit keeps its id and its register extracts,
// and an empty database gets its organisation from a register.

#include <gtest/gtest.h>

#include "kplan/app/importer.hpp"
#include "kplan/core/org_tree.hpp"
#include "kplan/core/org_unit_code.hpp"
#include "store_test_fixture.hpp"
#include "workbook_fixture.hpp"

namespace kplan::app {
namespace {

using store::StoreTest;

class OrgUnitImportTest : public StoreTest {
 protected:
  void SetUp() override {
    StoreTest::SetUp();
    ASSERT_TRUE(store_->Migrate().ok());
  }

  ImportRequest Request(ImportKind kind, std::string bytes, std::string org = "") {
    ImportRequest r;
    r.kind = kind;
    r.file_name = kind == ImportKind::kOrgUnits ? "enheter.csv" : "personal.csv";
    r.bytes = std::move(bytes);
    r.org_code = std::move(org);
    r.snapshot = CalendarDate{2025, 1, 31};
    r.actor = "test";
    return r;
  }

  OrgTree Tree() { return OrgTree(store_->ListOrgUnits().value()); }
};

// Seed 002's organisation (Linköping), one unit a row, as Excel saves it.
const std::string kUnits =
    "\xEF\xBB\xBF" "Enhetskod;Enhetsnamn;Överordnad enhet;Typ\r\n"
    "LK;Linköpings kommun;;Kommun\r\n"
    "SOF;Social- och omsorgsförvaltningen;LK;Förvaltning\r\n"
    "HTN;Hemtjänst Nord;SOF;Enhet\r\n"
    "UF;Utbildningsförvaltningen;Linköpings kommun;Förvaltning\r\n";

const std::string kRegister =
    "\xEF\xBB\xBF" "Anst.nr;Enhet;Yrke;Anställningsform;Födelseår;Kön;Syss.grad;Anställningsdatum\r\n"
    "P1;Hemtjänst Nord;Undersköterska;TV;1970;K;100;2010-01-01\r\n"
    "P2;Hemtjänst Nord;Undersköterska;TV;1980;K;75;2012-01-01\r\n"
    "P3;Boendestöd;Sjuksköterska;TV;1990;M;100;2015-01-01\r\n";

TEST_F(OrgUnitImportTest, AnEmptyDatabaseGetsItsTreeAndADryRunWritesNothing) {
  ImportRequest dry = Request(ImportKind::kOrgUnits, kUnits);
  dry.dry_run = true;
  std::vector<OrgUnitChange> announced;
  dry.on_unit_changes = [&](const std::vector<OrgUnitChange>& c) { announced = c; };
  auto checked = ImportFile(*store_, dry);
  ASSERT_TRUE(checked.ok()) << checked.error().Describe();
  EXPECT_EQ(checked.value().outcome, ImportOutcome::kValidated);
  ASSERT_EQ(announced.size(), 4u);
  EXPECT_EQ(announced[0].code, "LK");
  EXPECT_TRUE(store_->ListOrgUnits().value().empty());

  auto imported = ImportFile(*store_, Request(ImportKind::kOrgUnits, kUnits));
  ASSERT_TRUE(imported.ok()) << imported.error().Describe();
  ASSERT_EQ(imported.value().outcome, ImportOutcome::kImported) << imported.value().errors[0].Describe();
  OrgTree tree = Tree();
  ASSERT_EQ(tree.Units().size(), 4u);
  EXPECT_EQ(tree.FindById(*tree.FindByCode("UF")->parent_id)->code, "LK");
  EXPECT_EQ(ImportFile(*store_, Request(ImportKind::kOrgUnits, kUnits)).value().outcome,
            ImportOutcome::kUnchanged);
}

TEST_F(OrgUnitImportTest, AMovedAndRenamedUnitKeepsItsIdAndItsSnapshots) {
  ASSERT_EQ(ImportFile(*store_, Request(ImportKind::kOrgUnits, kUnits)).value().outcome, ImportOutcome::kImported);
  auto reg = ImportFile(*store_, Request(ImportKind::kEmployees,
                                         "Anst.nr;Enhetskod;Yrke;Anställningsform;Födelseår;Kön;Syss.grad;Anställningsdatum\n"
                                         "P1;HTN;Undersköterska;TV;1970;K;100;2010-01-01\n"));
  ASSERT_TRUE(reg.ok() && reg.value().outcome == ImportOutcome::kImported);
  const std::int64_t id = Tree().FindByCode("HTN")->id;

  // The reorganisation: Hemtjänst Nord moves to Utbildningsförvaltningen, renamed.
  auto moved = ImportFile(*store_, Request(ImportKind::kOrgUnits,
                                           "Enhetskod;Enhetsnamn;Överordnad enhet\nHTN;Hemtjänst Norra;UF\n"));
  ASSERT_TRUE(moved.ok()) << moved.error().Describe();
  ASSERT_EQ(moved.value().outcome, ImportOutcome::kImported) << moved.value().errors[0].Describe();
  ASSERT_EQ(moved.value().unit_changes.size(), 1u);
  EXPECT_EQ(moved.value().unit_changes[0].action, OrgUnitAction::kUpdate);
  EXPECT_EQ(moved.value().unit_changes[0].old_parent_code, "SOF");
  OrgTree tree = Tree();
  const OrgUnit* unit = tree.FindByCode("HTN");
  EXPECT_EQ(unit->id, id);
  EXPECT_EQ(unit->name, "Hemtjänst Norra");
  const std::int64_t uf = tree.FindByCode("UF")->id;
  EXPECT_EQ(*unit->parent_id, uf);
  auto snapshots = store_->ListSnapshots();
  ASSERT_EQ(snapshots.value().size(), 1u);
  auto employees = store_->LoadEmployees(snapshots.value()[0].id, uf);
  ASSERT_TRUE(employees.ok()) << employees.error().Describe();
  ASSERT_EQ(employees.value().size(), 1u);  // the extract follows its unit to UF
  EXPECT_EQ(employees.value()[0].unit_code, "HTN");
}

TEST_F(OrgUnitImportTest, BadFilesChangeNothingAndNameRowColumnAndRule) {
  ASSERT_EQ(ImportFile(*store_, Request(ImportKind::kOrgUnits, kUnits)).value().outcome, ImportOutcome::kImported);
  auto bad = ImportFile(*store_, Request(ImportKind::kOrgUnits,
                                         "Enhetskod;Enhetsnamn;Överordnad enhet;Typ\n"
                                         "X1;Ny enhet;SAKNAS;enhet\n"          // unknown parent
                                         "X2;Andra kommunen;;kommun\n"         // a second root
                                         "SOF;Social- och omsorgsförvaltningen;HTN;förvaltning\n"  // cycle
                                         "X3;" + std::string(301, 'a') + ";LK;enhet\n"));  // too long
  ASSERT_TRUE(bad.ok()) << bad.error().Describe();
  const ImportReport& r = bad.value();
  EXPECT_EQ(r.outcome, ImportOutcome::kRejected);
  std::vector<std::string> rules;
  for (const Error& e : r.errors) rules.push_back(e.rule());
  EXPECT_NE(std::find(rules.begin(), rules.end(), "unknown_parent"), rules.end());
  EXPECT_NE(std::find(rules.begin(), rules.end(), "two_roots"), rules.end());
  EXPECT_NE(std::find(rules.begin(), rules.end(), "cycle"), rules.end());
  EXPECT_NE(std::find(rules.begin(), rules.end(), "max_length"), rules.end());
  EXPECT_EQ(r.errors[0].location().file, "enheter.csv");
  EXPECT_EQ(r.errors[0].location().row, 2);
  EXPECT_EQ(r.errors[0].location().column, "Överordnad enhet");
  EXPECT_EQ(r.errors[0].location().value, "SAKNAS");
  EXPECT_EQ(Tree().Units().size(), 4u);
  EXPECT_EQ(Tree().FindByCode("SOF")->parent_id, Tree().FindByCode("LK")->id);
}

TEST_F(OrgUnitImportTest, XlsxWithOneColumnALevelBelowTheStoredRoot) {
  ASSERT_EQ(ImportFile(*store_, Request(ImportKind::kOrgUnits, kUnits)).value().outcome, ImportOutcome::kImported);
  ImportRequest r = Request(ImportKind::kOrgUnits,
                            Workbook({{"Förvaltning", "Avdelning", "Enhet"},
                                      {"Social- och omsorgsförvaltningen", "Äldreomsorg", "Hemtjänst Syd"},
                                      {"Utbildningsförvaltningen", "Grundskola", "Administration"},
                                      {"Social- och omsorgsförvaltningen", "Stöd", "Administration"}}));
  r.file_name = "enheter.xlsx";
  auto report = ImportFile(*store_, r);
  ASSERT_TRUE(report.ok()) << report.error().Describe();
  ASSERT_EQ(report.value().outcome, ImportOutcome::kImported) << report.value().errors[0].Describe();
  OrgTree tree = Tree();
  // A level file names units by name: its förvaltningar are the stored ones of
  // those names below the root (SOF, UF); the units new to them get derived codes.
  EXPECT_EQ(tree.Units().size(), 4u + 6u);  // Äldreomsorg, Hemtjänst Syd, Grundskola, Administration ×2, Stöd
  const std::string sof = "SOF";
  EXPECT_NE(tree.FindByCode(DerivedOrgUnitCode(DerivedOrgUnitCode("UF", "Grundskola"), "Administration")), nullptr);
  const std::string stod = DerivedOrgUnitCode(sof, "Stöd");
  const OrgUnit* admin = tree.FindByCode(DerivedOrgUnitCode(stod, "Administration"));
  ASSERT_NE(admin, nullptr);
  EXPECT_EQ(admin->kind, OrgUnitKind::kEnhet);
  EXPECT_EQ(tree.FindById(*admin->parent_id)->code, stod);
}

TEST_F(OrgUnitImportTest, ARegisterIntoAnEmptyDatabaseCreatesItsUnits) {
  ImportRequest no_root = Request(ImportKind::kEmployees, kRegister);
  no_root.create_units = true;
  auto refused = ImportFile(*store_, no_root);
  ASSERT_FALSE(refused.ok());
  EXPECT_EQ(refused.error().rule(), "root_required");

  ImportRequest dry = Request(ImportKind::kEmployees, kRegister, "Linköpings kommun");
  dry.create_units = true;
  dry.dry_run = true;
  auto checked = ImportFile(*store_, dry);
  ASSERT_TRUE(checked.ok()) << checked.error().Describe();
  EXPECT_EQ(checked.value().outcome, ImportOutcome::kValidated);
  ASSERT_EQ(checked.value().unit_changes.size(), 3u);  // the kommun, Hemtjänst Nord, Boendestöd
  EXPECT_EQ(checked.value().unit_changes[2].name, "Boendestöd");
  EXPECT_TRUE(store_->ListOrgUnits().value().empty());

  ImportRequest real = dry;
  real.dry_run = false;
  auto imported = ImportFile(*store_, real);
  ASSERT_TRUE(imported.ok()) << imported.error().Describe();
  ASSERT_EQ(imported.value().outcome, ImportOutcome::kImported) << imported.value().errors[0].Describe();
  OrgTree tree = Tree();
  ASSERT_EQ(tree.Units().size(), 3u);
  const std::string root = DerivedOrgUnitCode("", "Linköpings kommun");
  EXPECT_EQ(tree.Root()->code, root);
  EXPECT_NE(tree.FindByCode(DerivedOrgUnitCode(root, "Hemtjänst Nord")), nullptr);
  ASSERT_EQ(store_->ListSnapshots().value().size(), 1u);

  // Next month's extract finds the same units by name, with no flag.
  ImportRequest next = Request(ImportKind::kEmployees, kRegister);
  next.snapshot = CalendarDate{2025, 2, 28};
  auto again = ImportFile(*store_, next);
  ASSERT_TRUE(again.ok()) << again.error().Describe();
  EXPECT_EQ(again.value().outcome, ImportOutcome::kImported) << again.value().errors[0].Describe();
  EXPECT_EQ(Tree().Units().size(), 3u);
}

TEST_F(OrgUnitImportTest, CreateUnitsBelowAGivenUnitWithCodesAndNames) {
  ASSERT_EQ(ImportFile(*store_, Request(ImportKind::kOrgUnits, kUnits)).value().outcome, ImportOutcome::kImported);
  ImportRequest r = Request(ImportKind::kEmployees,
                            "Anst.nr;Enhetskod;Enhetsnamn;Yrke;Anställningsform;Födelseår;Kön;Syss.grad;Anställningsdatum\n"
                            "P1;HTN;Hemtjänst Nord;Undersköterska;TV;1970;K;100;2010-01-01\n"
                            "P2;HTS;Hemtjänst Syd;Undersköterska;TV;1975;K;100;2011-01-01\n",
                            "SOF");
  auto without = ImportFile(*store_, r);
  ASSERT_TRUE(without.ok());
  ASSERT_EQ(without.value().error_count, 1u);
  EXPECT_EQ(without.value().errors[0].rule(), "unit_in_organisation");
  EXPECT_EQ(without.value().errors[0].location().row, 3);
  r.create_units = true;
  auto created = ImportFile(*store_, r);
  ASSERT_TRUE(created.ok()) << created.error().Describe();
  ASSERT_EQ(created.value().outcome, ImportOutcome::kImported) << created.value().errors[0].Describe();
  const OrgTree tree = Tree();  // FindByCode points into it
  const OrgUnit* hts = tree.FindByCode("HTS");
  ASSERT_NE(hts, nullptr);
  EXPECT_EQ(hts->name, "Hemtjänst Syd");
  EXPECT_EQ(*hts->parent_id, tree.FindByCode("SOF")->id);
}

TEST_F(OrgUnitImportTest, ABadRegisterRowCreatesNoUnit) {
  ImportRequest r = Request(ImportKind::kEmployees,
                            kRegister + "P4;Ny enhet;Undersköterska;TV;1850;K;100;2010-01-01\r\n",
                            "Linköpings kommun");
  r.create_units = true;
  auto report = ImportFile(*store_, r);
  ASSERT_TRUE(report.ok()) << report.error().Describe();
  EXPECT_EQ(report.value().outcome, ImportOutcome::kRejected);
  EXPECT_TRUE(store_->ListOrgUnits().value().empty());
}

}  // namespace
}  // namespace kplan::app
