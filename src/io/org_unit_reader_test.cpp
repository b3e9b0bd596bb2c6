// Reading organisation files in both layouts, as Excel saves them (BOM,
// semicolons, CRLF), and every rule of the file itself.

#include "kplan/io/org_unit_reader.hpp"

#include <gtest/gtest.h>

#include "kplan/io/csv.hpp"

namespace kplan::io {
namespace {

Table Csv(const std::string& text) {
  auto csv = ReadCsv(text, "enheter.csv");
  EXPECT_TRUE(csv.ok()) << csv.error().Describe();
  return csv.value().table;
}

TEST(OrgUnitReaderTest, OneUnitARowWithCodesNamesParentsAndKinds) {
  Table t = Csv("\xEF\xBB\xBF" "Enhetskod;Enhetsnamn;Överordnad enhet;Typ\r\n"
                "LK;Linköpings kommun;;Kommun\r\n"
                "SOF;Social- och omsorgsförvaltningen;LK;förvaltning\r\n"
                ";Hemtjänst Nord;Social- och omsorgsförvaltningen;ENHET\r\n");
  auto r = ReadOrgUnits(t, {});
  ASSERT_TRUE(r.ok()) << r.error().Describe();
  ASSERT_TRUE(r.value().ok()) << r.value().errors[0].Describe();
  const auto& e = r.value().entries;
  ASSERT_EQ(e.size(), 3u);
  EXPECT_FALSE(r.value().level_layout);
  EXPECT_EQ(e[0].kind, OrgUnitKind::kKommun);
  EXPECT_EQ(e[1].parent, "LK");
  EXPECT_EQ(e[2].code, "");
  EXPECT_EQ(e[2].parent, "Social- och omsorgsförvaltningen");
  EXPECT_EQ(e[2].kind, OrgUnitKind::kEnhet);
  EXPECT_EQ(r.value().origins[2].row_index, 2u);
}

TEST(OrgUnitReaderTest, OneColumnALevelEachRowAPath) {
  Table t = Csv("Förvaltning;Avdelning;Enhet\r\n"
                "Social- och omsorgsförvaltningen;Äldreomsorg;Hemtjänst Nord\r\n"
                "Social- och omsorgsförvaltningen;Äldreomsorg;Hemtjänst Syd\r\n"
                "Utbildningsförvaltningen;;Administration\r\n"
                "Social- och omsorgsförvaltningen;Stöd;Administration\r\n");
  auto r = ReadOrgUnits(t, {});
  ASSERT_TRUE(r.ok()) << r.error().Describe();
  ASSERT_TRUE(r.value().ok()) << r.value().errors[0].Describe();
  const auto& e = r.value().entries;
  EXPECT_TRUE(r.value().level_layout);
  ASSERT_EQ(e.size(), 8u);  // SOF, Äldreomsorg, HN, HS, UF, Adm (UF), Stöd, Adm (Stöd)
  EXPECT_EQ(e[0].kind, OrgUnitKind::kForvaltning);
  EXPECT_FALSE(e[0].parent_entry);
  EXPECT_EQ(e[2].parent_entry, 1u);
  EXPECT_EQ(e[3].parent_entry, 1u);
  EXPECT_EQ(e[5].parent_entry, 4u);  // a blank Avdelning: directly below the förvaltning
  EXPECT_EQ(e[7].parent_entry, 6u);  // the same name under another parent: another unit
  EXPECT_EQ(e[7].kind, OrgUnitKind::kEnhet);
}

TEST(OrgUnitReaderTest, BrokenInputNamesRowColumnValueAndRule) {
  auto r = ReadOrgUnits(Csv("Enhetskod;Enhetsnamn;Överordnad enhet;Typ\n"
                            "X;;LK;enhet\n"
                            "Y;Ett namn;LK;sektion\n"),
                        {});
  ASSERT_TRUE(r.ok());
  ASSERT_EQ(r.value().error_count, 2u);
  const Error& missing = r.value().errors[0];
  EXPECT_EQ(missing.rule(), "required");
  EXPECT_EQ(missing.location().row, 2);
  EXPECT_EQ(missing.location().column, "Enhetsnamn");
  const Error& kind = r.value().errors[1];
  EXPECT_EQ(kind.rule(), "unit_kind");
  EXPECT_EQ(kind.location().column, "Typ");
  EXPECT_EQ(kind.location().value, "sektion");
  EXPECT_EQ(kind.location().file, "enheter.csv");
  EXPECT_NE(kind.Describe().find("förvaltning"), std::string::npos);

  auto no_name = ReadOrgUnits(Csv("Enhetskod;Överordnad enhet\nX;LK\n"), {});
  ASSERT_FALSE(no_name.ok());
  EXPECT_EQ(no_name.error().rule(), "missing_column");

  auto upside_down = ReadOrgUnits(Csv("Enhet;Förvaltning\nA;B\n"), {});
  ASSERT_FALSE(upside_down.ok());
  EXPECT_EQ(upside_down.error().rule(), "layout");

  auto empty_row = ReadOrgUnits(Csv("Förvaltning;Enhet;Kommentar\n;;x\n"), {});
  ASSERT_TRUE(empty_row.ok());
  EXPECT_EQ(empty_row.value().errors.at(0).rule(), "required");

  auto personal = ReadOrgUnits(Csv("Enhetsnamn;Personnummer\nA;19121212-1212\n"), {});
  EXPECT_FALSE(personal.ok());
}

TEST(OrgUnitReaderTest, CoreErrorsAreLocatedAtTheirEntry) {
  Table t = Csv("Förvaltning;Enhet\nSOF;Hemtjänst\nSOF;Hemtjänst Syd\n");
  auto r = ReadOrgUnits(t, {});
  ASSERT_TRUE(r.ok());
  Error core(ErrorCode::kInvalidInput, "för långt", "too long");
  core.WithRow(3).WithField("name").WithRule("max_length");
  Error located = LocateEntryError(t, r.value(), core);
  EXPECT_EQ(located.location().row, 3);  // entry 3 (Hemtjänst Syd) is on line 3
  EXPECT_EQ(located.location().column, "Enhet");
  EXPECT_EQ(located.location().value, "Hemtjänst Syd");
  EXPECT_EQ(located.rule(), "max_length");
}

}  // namespace
}  // namespace kplan::io
