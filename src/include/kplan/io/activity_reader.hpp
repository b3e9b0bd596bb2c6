#pragma once
// Reading an aktivitetsplan (`kplan import activities`), as seeds 001–004
// write them: activities by strategic area, with owner, dates and status.
//
//   Område;Aktivitet;Beskrivning;Yrkeskategori;Ansvarig;Start;Klart senast;Status;Enhet
//   Attrahera;Karriärmässor;Mässor;Socialsekreterare;HR-chef;2024-01-01;2024-12-31;Pågår;SOC
//   Behålla och utveckla;Arbetsplatslärande;;;Verksamhetschef;;;Ej påbörjad;
//
// Columns (ActivityColumns()): the activity (title) required; the rest optional.
// Value rules [rule key]:
//   title    non-empty [required], at most kActivityTitleMaxChars [max_length]
//   area     non-empty (core requires it) [required]; any text, at most
//            kActivityAreaMaxChars [max_length]; core's standard areas
//            (core/strategic_area.hpp) are recognised in their usual
//            spellings and written canonically: Attrahera, Rekrytera,
//            Introducera, Utveckla, Behålla (two areas), Utveckla/Behålla
//            ("Utveckla och behålla", "Behålla och utveckla"),
//            Avsluta/Avveckla ("Avsluta", "Avveckla"); any other text is
//            the municipality's own area
//   status   planerad ("Planerad", "Ej påbörjad", "Ej startad", planned),
//            pågår ("Pågår", "Pågående", "Påbörjad", ongoing, in progress),
//            klar ("Klar", "Genomförd", "Avslutad", "Slutförd", done),
//            inställd ("Inställd", "Avbruten", cancelled); blank is planerad
//            [status]
//   start    YYYY-MM-DD; also YYYY-MM (the first day) or YYYY (1 January) [date]
//   end      "klart senast": YYYY-MM-DD; also YYYY-MM (the last day) or YYYY
//            (31 December); "löpande" or "tills vidare": no end [date]; not
//            before the start [date_order]
//   goal_text  seed 002's "Vad" (also "Syfte"): what the activity is to achieve,
//            beside its strategic area ("Strategiskt område"). An activity has
//            no field for it, so it becomes the description's first paragraph
//            (before the Beskrivning cell's text, a blank line between)
//   period   "Genomförande" as in seed 002: "2019-2022", "2019–2022" or "2024";
//            fills start and end where those cells are blank [period]

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "kplan/core/activity.hpp"
#include "kplan/core/calendar_date.hpp"
#include "kplan/core/error.hpp"
#include "kplan/io/columns.hpp"
#include "kplan/io/csv.hpp"
#include "kplan/io/located.hpp"
#include "kplan/io/row_errors.hpp"
#include "kplan/io/table.hpp"

namespace kplan::io {

// The status words as people write them (planerad, pågår, klar, inställd,
// "Ej påbörjad", "Genomförd", ...), case ignored; blank → planned.
std::optional<ActivityStatus> ParseActivityStatus(std::string_view text);

// An activity as read: the core record (id and version unset, unit_code empty
// when the row names no unit) and its line. Every kept row passed core's
// Validate (core/activity.hpp); a refused one is reported in the cell of the
// field's column, e.g. a title longer than kActivityTitleMaxChars
// [max_length], or a missing area [required].
struct ActivityRow : Located<Activity> {
  bool standard_area = false;  // one of core's standard areas (strategic_area.hpp)
};

struct ActivityReadResult {
  std::vector<ActivityRow> rows;
  ColumnMapping columns;
  std::vector<Error> errors;
  std::size_t error_count = 0;

  bool ok() const { return error_count == 0; }
};

// The decimal mark is not used (activities hold no numbers); it is taken so
// every reader is called alike.
Result<ActivityReadResult> ReadActivities(const Table& table, DecimalMark decimal,
                                          const ColumnOverrides& overrides,
                                          std::size_t error_limit = 100);

}  // namespace kplan::io
