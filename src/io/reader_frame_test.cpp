// The frame every table reader shares (reader_frame.hpp), checked through
// the five public readers with the same broken input: what a user sees must
// not depend on which kind of file they import.

#include "reader_frame.hpp"

#include <functional>

#include <gtest/gtest.h>

#include "kplan/io/activity_reader.hpp"
#include "kplan/io/csv.hpp"
#include "kplan/io/indicator_reader.hpp"
#include "kplan/io/inventory_reader.hpp"
#include "kplan/io/population_reader.hpp"
#include "kplan/io/register_reader.hpp"

namespace kplan::io {
namespace {

// What every read result has in common.
struct Outcome {
  std::size_t rows = 0;
  std::vector<Error> errors;
  std::size_t error_count = 0;
};

using Reader = std::function<Result<Outcome>(const Table&, const ColumnOverrides&, std::size_t)>;

template <typename ReadResult>
Result<Outcome> OutcomeOf(Result<ReadResult> read, std::size_t rows) {
  if (!read) return read.error();
  return Outcome{rows, read.value().errors, read.value().error_count};
}

struct Kind {
  std::string name;
  std::string header;   // the columns the reader needs
  std::string good;     // a row it keeps
  std::string bad;      // a row with one error
  std::string bad_rule;
  Reader read;
};

std::vector<Kind> Kinds() {
  return {
      {"employees", "Anst.nr;Enhet;Yrke;Anst.form;Födelseår;Kön;Syss.grad;Startdatum",
       "A1;U1;Lärare;TV;1970;K;100;2010-01-01", "B{n};U1;Lärare;TV;1970;K;abc;2010-01-01",
       "fte_percent",
       [](const Table& t, const ColumnOverrides& o, std::size_t limit) {
         EmployeeReadOptions options;
         options.extract_date = CalendarDate{2024, 12, 31};
         options.error_limit = limit;
         auto r = ReadEmployees(t, DecimalMark::kComma, o, options);
         return OutcomeOf(r, r ? r.value().records.size() : 0);
       }},
      {"inventory", "Yrkeskategori;Kompetensnivå;Antal", "Lärare;God;3", "Kategori {n};God;x",
       "count",
       [](const Table& t, const ColumnOverrides& o, std::size_t limit) {
         InventoryReadOptions options;
         options.error_limit = limit;
         auto r = ReadInventory(t, DecimalMark::kComma, o, options);
         return OutcomeOf(r, r ? r.value().rows.size() : 0);
       }},
      {"population", "Region;År;Ålder;Antal", "Exempelby;2025;5 år;120", "Exempelby;2025;{n} år;x",
       "people",
       [](const Table& t, const ColumnOverrides& o, std::size_t limit) {
         auto r = ReadPopulation(t, DecimalMark::kComma, o, limit);
         return OutcomeOf(r, r ? r.value().rows.size() : 0);
       }},
      {"indicators", "Indikator;Period;Utfall", "Sjukfrånvaro;2023;8,5", "Indikator {n};x;1",
       "period",
       [](const Table& t, const ColumnOverrides& o, std::size_t limit) {
         auto r = ReadIndicators(t, DecimalMark::kComma, o, limit);
         return OutcomeOf(r, r ? r.value().rows.size() : 0);
       }},
      {"activities", "Område;Aktivitet;Status", "Rekrytera;Karriärmässor;Pågår",
       "Rekrytera;Aktivitet {n};kanske", "status",
       [](const Table& t, const ColumnOverrides& o, std::size_t limit) {
         auto r = ReadActivities(t, DecimalMark::kComma, o, limit);
         return OutcomeOf(r, r ? r.value().rows.size() : 0);
       }},
  };
}

Table Csv(const std::string& text) {
  auto csv = ReadCsv(text, "fil.csv");
  EXPECT_TRUE(csv.ok()) << csv.error().Describe();
  return csv.value().table;
}

// The bad row with its "{n}" made unique (so no reader reports a repeat).
std::string Bad(const Kind& kind, int n) {
  std::string row = kind.bad;
  row.replace(row.find("{n}"), 3, std::to_string(n));
  return row;
}

TEST(ReaderFrameTest, PersonalDataIsRefusedBeforeColumnsAreLookedFor) {
  for (const Kind& kind : Kinds()) {
    // No column the reader needs, and a personnummer column: the refusal is
    // about the personal data, not about the missing columns.
    auto read = kind.read(Csv("Personnummer;Övrigt\n19811218-9876;x\n"), {}, 100);
    ASSERT_FALSE(read.ok()) << kind.name;
    EXPECT_EQ(read.error().rule(), "personal_data") << kind.name;
    EXPECT_EQ(read.error().location().column, "Personnummer") << kind.name;
  }
}

TEST(ReaderFrameTest, PersonalDataIsRefusedBeforeTheMapIsChecked) {
  ColumnOverrides map;
  map.source = "map.json";
  map.headers["no_such_field"] = "Övrigt";
  for (const Kind& kind : Kinds()) {
    auto read = kind.read(Csv(kind.header + ";Namn\n" + kind.good + ";Anna Andersson\n"), map, 100);
    ASSERT_FALSE(read.ok()) << kind.name;
    // An indicator file may have a "Namn" column (the indicator's name) ...
    if (kind.name == "indicators") continue;
    EXPECT_EQ(read.error().rule(), "personal_data") << kind.name;
  }
}

TEST(ReaderFrameTest, AMapWithAnUnknownFieldNamesTheMapFile) {
  ColumnOverrides map;
  map.source = "map.json";
  map.headers["no_such_field"] = "Övrigt";
  for (const Kind& kind : Kinds()) {
    auto read = kind.read(Csv(kind.header + "\n" + kind.good + "\n"), map, 100);
    ASSERT_FALSE(read.ok()) << kind.name;
    EXPECT_EQ(read.error().rule(), "column_map") << kind.name;
    EXPECT_EQ(read.error().location().file, "map.json") << kind.name;
    EXPECT_EQ(read.error().location().field, "no_such_field") << kind.name;
  }
}

TEST(ReaderFrameTest, EveryBadRowIsCountedTheFirstOnesKeptInRowOrderAndNoneImported) {
  for (const Kind& kind : Kinds()) {
    const std::string text = kind.header + "\n" + kind.good + "\n" + Bad(kind, 1) + "\n" +
                             Bad(kind, 2) + "\n" + Bad(kind, 3) + "\n";
    auto read = kind.read(Csv(text), {}, 2);
    ASSERT_TRUE(read.ok()) << kind.name << ": " << read.error().Describe();
    const Outcome& outcome = read.value();
    EXPECT_EQ(outcome.error_count, 3u) << kind.name;
    ASSERT_EQ(outcome.errors.size(), 2u) << kind.name;
    EXPECT_EQ(outcome.errors[0].location().row, 3) << kind.name;
    EXPECT_EQ(outcome.errors[1].location().row, 4) << kind.name;
    EXPECT_EQ(outcome.errors[0].rule(), kind.bad_rule) << kind.name;
    EXPECT_EQ(outcome.errors[0].location().file, "fil.csv") << kind.name;
    // The good row is read (and kept in the result), the bad ones are not.
    EXPECT_EQ(outcome.rows, 1u) << kind.name;
  }
}

TEST(ReaderFrameTest, AHeaderOnlyFileIsReadWithoutRowsOrErrors) {
  for (const Kind& kind : Kinds()) {
    auto read = kind.read(Csv(kind.header + "\n"), {}, 100);
    ASSERT_TRUE(read.ok()) << kind.name << ": " << read.error().Describe();
    EXPECT_EQ(read.value().rows, 0u) << kind.name;
    EXPECT_EQ(read.value().error_count, 0u) << kind.name;
  }
}

TEST(ReaderFrameTest, TableErrorsNameFileAndSheet) {
  Table table;
  table.file = "plan.xlsx";
  table.sheet = "Blad1";
  Error error = detail::TableError(table, "fel", "wrong", "layout");
  EXPECT_EQ(error.rule(), "layout");
  EXPECT_EQ(error.Describe(), "fil \"plan.xlsx\", blad \"Blad1\": fel");
  EXPECT_EQ(detail::QuotedList({"Viss", "God"}), "\"Viss\", \"God\"");
}

}  // namespace
}  // namespace kplan::io
