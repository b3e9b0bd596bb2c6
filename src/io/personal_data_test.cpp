#include "kplan/io/personal_data.hpp"

#include <gtest/gtest.h>

namespace kplan::io {
namespace {

Table MakeTable(std::vector<std::string> header, std::vector<std::vector<std::string>> rows) {
  Table t;
  t.file = "x.csv";
  t.header = std::move(header);
  std::int64_t line = 2;
  for (auto& r : rows) t.rows.push_back(TableRow{line++, std::move(r), ""});
  return t;
}

TEST(PersonalDataTest, RecognisesPersonnummerInEveryWrittenForm) {
  EXPECT_TRUE(LooksLikePersonnummer("811218-9876"));
  EXPECT_TRUE(LooksLikePersonnummer("811218+9876"));    // 100 years or older
  EXPECT_TRUE(LooksLikePersonnummer("19811218-9876"));
  EXPECT_TRUE(LooksLikePersonnummer("198112189876"));
  EXPECT_TRUE(LooksLikePersonnummer("8112189876"));
  EXPECT_TRUE(LooksLikePersonnummer(" 811218-9876 "));
  EXPECT_TRUE(LooksLikePersonnummer("701063-2391"));    // samordningsnummer (day 03 + 60)
}

TEST(PersonalDataTest, OrdinaryNumbersAreNotPersonnummer) {
  EXPECT_FALSE(LooksLikePersonnummer("811218-9875"));   // Luhn digit wrong
  EXPECT_FALSE(LooksLikePersonnummer("8112189875"));
  EXPECT_FALSE(LooksLikePersonnummer("811318-9876"));   // month 13
  EXPECT_FALSE(LooksLikePersonnummer("810231-1234"));   // 31 February
  EXPECT_FALSE(LooksLikePersonnummer("251218-9876"));   // Luhn fails for this date
  EXPECT_FALSE(LooksLikePersonnummer("12345"));
  EXPECT_FALSE(LooksLikePersonnummer("2023-12-31"));
  EXPECT_FALSE(LooksLikePersonnummer("99811218-9876"));  // no such century
  EXPECT_FALSE(LooksLikePersonnummer("A11218-9876"));
}

TEST(PersonalDataTest, PersonnummerHeaderIsRefusedWithTheReason) {
  Table t = MakeTable({"Anst.nr", "Personnummer", "Enhet"}, {{"A1", "", "U1"}});
  Status s = CheckPersonalData(t, &EmployeeColumns());
  ASSERT_FALSE(s.ok());
  EXPECT_EQ(s.error().rule(), "personal_data");
  EXPECT_EQ(s.error().Describe(),
            "fil \"x.csv\", kolumn \"Personnummer\": kolumnen ser ut att innehålla personnummer. "
            "Kompetensplan lagrar inga personnummer eller namn; ta bort kolumnen eller ersätt den "
            "med ett pseudonymt anställnings-id. Ett personalregister kan i stället importeras med "
            "--pseudonymise (på webben: \"Pseudonymisera personnummer och ta bort namn\"): namnen "
            "tas bort och personnumren ersätts med ett pseudonymt id.");
  EXPECT_EQ(s.error().Describe(Language::kEnglish),
            "file \"x.csv\", column \"Personnummer\": the column appears to hold personal identity "
            "numbers (personnummer). Kompetensplan stores no personal identity numbers or names; "
            "remove the column or replace it with a pseudonymous employee id. An employee register "
            "can instead be imported with --pseudonymise (on the web: \"Pseudonymisera "
            "personnummer och ta bort namn\"): the names are dropped and the personal identity "
            "numbers replaced by a pseudonymous id.");
}

TEST(PersonalDataTest, OtherPersonnummerAndNameHeadersAreRefused) {
  for (const char* header : {"Pnr", "PERSONNR", "personal_identity_number", "ssn",
                             "Födelsenummer", "Personnummer (ÅÅÅÅMMDD-XXXX)", "Samordningsnummer"}) {
    Status s = CheckPersonalData(MakeTable({"id", header}, {}), &EmployeeColumns());
    ASSERT_FALSE(s.ok()) << header;
    EXPECT_NE(s.error().message().find("personnummer"), std::string::npos) << header;
  }
  for (const char* header : {"Namn", "Förnamn", "Efternamn", "Tilltalsnamn", "name", "first_name",
                             "last_name", "full_name", "Medarbetarens förnamn"}) {
    Status s = CheckPersonalData(MakeTable({"id", header}, {}), &EmployeeColumns());
    ASSERT_FALSE(s.ok()) << header;
    EXPECT_EQ(s.error().message(),
              "kolumnen ser ut att innehålla namn. Kompetensplan lagrar inga personnummer eller "
              "namn; ta bort kolumnen eller ersätt den med ett pseudonymt anställnings-id. Ett "
              "personalregister kan i stället importeras med --pseudonymise (på webben: "
              "\"Pseudonymisera personnummer och ta bort namn\"): namnen tas bort och "
              "personnumren ersätts med ett pseudonymt id.")
        << header;
  }
  // Not names: units and categories have names too.
  EXPECT_TRUE(CheckPersonalData(MakeTable({"Enhetsnamn", "Kategorinamn", "Namnbyte"}, {})).ok());
}

TEST(PersonalDataTest, AVocabularyMayAcceptANameHeaderForItsOwnField) {
  Table t = MakeTable({"Namn", "Period", "Utfall"}, {{"Sjukfrånvaro", "2023", "8,46"}});
  EXPECT_TRUE(CheckPersonalData(t, &IndicatorColumns()).ok());
  EXPECT_FALSE(CheckPersonalData(t, &EmployeeColumns()).ok());
}

TEST(PersonalDataTest, ValuesThatArePersonnummerAreRefusedWhateverTheHeader) {
  Table t = MakeTable({"Anst.nr", "Enhet"}, {{"811218-9876", "U1"},
                                              {"19811218-9876", "U1"},
                                              {"A3", "U1"},
                                              {"198112189876", "U1"}});
  t.file = "personal.xlsx";
  t.sheet = "Blad1";
  Status s = CheckPersonalData(t, &EmployeeColumns());
  ASSERT_FALSE(s.ok());
  EXPECT_EQ(s.error().Describe(),
            "fil \"personal.xlsx\", blad \"Blad1\", kolumn \"Anst.nr\": kolumnen ser ut att "
            "innehålla personnummer (3 av 4 värden, första på rad 2). Kompetensplan lagrar inga "
            "personnummer eller namn; ta bort kolumnen eller ersätt den med ett pseudonymt "
            "anställnings-id. Ett personalregister kan i stället importeras med --pseudonymise (på "
            "webben: \"Pseudonymisera personnummer och ta bort namn\"): namnen tas bort och "
            "personnumren ersätts med ett pseudonymt id.");
  // The value itself is never repeated in the error.
  EXPECT_FALSE(s.error().location().value.has_value());
}

TEST(PersonalDataTest, ASmallFileWithOnePersonnummerPerRowIsRefused) {
  Table t = MakeTable({"Medarbetare"}, {{"811218-9876"}});
  EXPECT_FALSE(CheckPersonalData(t).ok());
}

TEST(PersonalDataTest, TenDigitIdsFailingLuhnAreAccepted) {
  // Ten-digit employee numbers with valid-looking dates whose check digit fails.
  Table t = MakeTable({"Anställningsnummer"}, {{"8112189875"}, {"8112189874"}, {"7001011234"},
                                               {"6505054321"}, {"9912310000"}});
  EXPECT_TRUE(CheckPersonalData(t, &EmployeeColumns()).ok());
}

TEST(PersonalDataTest, AFewChanceMatchesAmongManyIdsAreAccepted) {
  // Bare ten-digit ids: a handful pass the date and Luhn checks by chance.
  std::vector<std::vector<std::string>> rows;
  for (int i = 0; i < 100; ++i) rows.push_back({std::to_string(5000000000LL + i * 7919LL)});
  rows.push_back({"8112189876"});
  rows.push_back({"8112189876"});
  rows.push_back({"8112189876"});
  EXPECT_TRUE(CheckPersonalData(MakeTable({"id"}, rows)).ok());
  // ...but three written-out personnummer anywhere are not.
  rows.push_back({"811218-9876"});
  rows.push_back({"811218-9876"});
  rows.push_back({"811218-9876"});
  EXPECT_FALSE(CheckPersonalData(MakeTable({"Kommentar"}, rows)).ok());
}

}  // namespace
}  // namespace kplan::io
