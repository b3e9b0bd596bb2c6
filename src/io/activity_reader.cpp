#include "kplan/io/activity_reader.hpp"

#include "cell_rules.hpp"
#include "import_text.hpp"
#include "kplan/core/activity.hpp"
#include "kplan/core/strategic_area.hpp"
#include "kplan/io/personal_data.hpp"

namespace kplan::io {
namespace {

using detail::CellText;
using detail::Column;
using detail::Fold;
using detail::Quoted;

// Other spellings of core's standard areas (strategic_area.hpp), folded, by
// area key. Each area's own name is recognised without being listed here.
// Utveckla and Behålla stay apart; only a combined heading is the combined area.
struct AreaSpelling {
  std::string_view folded;
  std::string_view key;
};

constexpr AreaSpelling kAreaSpellings[] = {
    {"utvecklaochbehalla", "utveckla_behalla"},
    {"behallautveckla", "utveckla_behalla"},
    {"behallaochutveckla", "utveckla_behalla"},
    {"avslutaochavveckla", "avsluta_avveckla"},
    {"avsluta", "avsluta_avveckla"},
    {"avveckla", "avsluta_avveckla"},
};

// The standard area a cell names, in its canonical (stored) name.
std::optional<std::string_view> StandardAreaName(std::string_view cell) {
  const std::string word = Fold(cell);
  std::string_view key;
  for (const AreaSpelling& s : kAreaSpellings) {
    if (word == s.folded) key = s.key;
  }
  for (const StrategicArea& area : StandardAreas()) {
    if (area.key == key || word == Fold(area.name_sv)) return area.name_sv;
  }
  return std::nullopt;
}

enum class DateEnd { kFirstDay, kLastDay };

// YYYY-MM-DD (with an optional time), YYYY-MM or YYYY.
std::optional<CalendarDate> ParseLooseDate(std::string_view text, DateEnd end) {
  if (auto date = detail::ParseDateCell(text)) return date;
  text = detail::Trim(text);
  if (text.size() != 4 && text.size() != 7) return std::nullopt;
  if (!detail::AllDigits(text.substr(0, 4))) return std::nullopt;
  const int year = std::stoi(std::string(text.substr(0, 4)));
  if (year < 1900 || year > 2200) return std::nullopt;
  int month = end == DateEnd::kFirstDay ? 1 : 12;
  if (text.size() == 7) {
    if (text[4] != '-' || !detail::AllDigits(text.substr(5))) return std::nullopt;
    month = std::stoi(std::string(text.substr(5)));
    if (month < 1 || month > 12) return std::nullopt;
  }
  const int day = end == DateEnd::kFirstDay ? 1 : detail::DaysInMonth(year, month);
  return CalendarDate{year, month, day};
}

bool IsOpenEnded(std::string_view text) {
  const std::string word = Fold(text);
  return word == "lopande" || word == "tillsvidare" || word == "ongoing" ||
         word == "kontinuerligt";
}

}  // namespace

std::optional<ActivityStatus> ParseActivityStatus(std::string_view text) {
  struct Word {
    std::string_view folded;
    ActivityStatus status;
  };
  static constexpr Word kWords[] = {
      {"", ActivityStatus::kPlanned},           {"planerad", ActivityStatus::kPlanned},
      {"ejpaborjad", ActivityStatus::kPlanned}, {"ejstartad", ActivityStatus::kPlanned},
      {"planned", ActivityStatus::kPlanned},    {"notstarted", ActivityStatus::kPlanned},
      {"pagar", ActivityStatus::kOngoing},      {"pagaende", ActivityStatus::kOngoing},
      {"paborjad", ActivityStatus::kOngoing},   {"startad", ActivityStatus::kOngoing},
      {"ongoing", ActivityStatus::kOngoing},    {"inprogress", ActivityStatus::kOngoing},
      {"klar", ActivityStatus::kDone},          {"genomford", ActivityStatus::kDone},
      {"avslutad", ActivityStatus::kDone},      {"slutford", ActivityStatus::kDone},
      {"done", ActivityStatus::kDone},          {"completed", ActivityStatus::kDone},
      {"installd", ActivityStatus::kCancelled}, {"avbruten", ActivityStatus::kCancelled},
      {"cancelled", ActivityStatus::kCancelled}, {"canceled", ActivityStatus::kCancelled},
  };
  const std::string word = Fold(text);
  for (const Word& w : kWords) {
    if (word == w.folded) return w.status;
  }
  return std::nullopt;
}

Result<ActivityReadResult> ReadActivities(const Table& table, DecimalMark /*decimal*/,
                                          const ColumnOverrides& overrides,
                                          std::size_t error_limit) {
  if (Status guard = CheckPersonalData(table, &ActivityColumns()); !guard) return guard.error();
  Result<ColumnMapping> mapping = MatchColumns(table, ActivityColumns(), overrides);
  if (!mapping) return mapping.error();

  ActivityReadResult result;
  result.columns = std::move(mapping).value();
  const auto area_col = Column(result.columns, "area");
  const auto title_col = Column(result.columns, "title");
  const auto description_col = Column(result.columns, "description");
  const auto category_col = Column(result.columns, "category");
  const auto owner_col = Column(result.columns, "owner");
  const auto start_col = Column(result.columns, "start");
  const auto end_col = Column(result.columns, "end");
  const auto period_col = Column(result.columns, "period");
  const auto status_col = Column(result.columns, "status");
  const auto unit_col = Column(result.columns, "unit");

  RowErrorCollector errors(table, error_limit);
  for (const TableRow& row : table.rows) {
    const std::size_t before = errors.total();
    ActivityRow out;
    out.line = row.line;
    out.area = std::string(CellText(row, area_col));
    if (std::optional<std::string_view> standard = StandardAreaName(out.area)) {
      out.area = std::string(*standard);
      out.standard_area = true;
    }
    out.title = std::string(CellText(row, title_col));
    if (out.title.empty()) detail::AddMissing(errors, row, *title_col);
    out.description = std::string(CellText(row, description_col));
    out.category = std::string(CellText(row, category_col));
    out.owner = std::string(CellText(row, owner_col));
    out.unit_code = std::string(CellText(row, unit_col));

    std::string_view status_text = CellText(row, status_col);
    if (auto status = ParseActivityStatus(status_text)) {
      out.status = *status;
    } else {
      errors.AddCell(row, *status_col,
                     Quoted(status_text) +
                         " är ingen känd status; använd planerad (ej påbörjad), pågår "
                         "(pågående), klar (genomförd) eller inställd",
                     Quoted(status_text) +
                         " is not a known status; use planerad (planned), pågår (ongoing), klar "
                         "(done) or inställd (cancelled)",
                     "status");
    }

    // Genomförande "2019-2022" first; start and end cells override it.
    std::optional<std::size_t> end_column;
    std::string_view period_text = CellText(row, period_col);
    if (!period_text.empty() && !IsOpenEnded(period_text)) {
      std::string_view first = period_text, last = period_text;
      if (auto dash = period_text.find("\u2013"); dash != std::string_view::npos) {
        first = period_text.substr(0, dash);
        last = period_text.substr(dash + 3);
      } else if (auto hyphen = period_text.find('-'); hyphen != std::string_view::npos) {
        first = period_text.substr(0, hyphen);
        last = period_text.substr(hyphen + 1);
      }
      first = detail::Trim(first);
      last = detail::Trim(last);
      const bool years = first.size() == 4 && last.size() == 4;
      auto from = years ? ParseLooseDate(first, DateEnd::kFirstDay) : std::nullopt;
      auto to = years ? ParseLooseDate(last, DateEnd::kLastDay) : std::nullopt;
      if (from && to && *from <= *to) {
        out.start = from;
        out.end = to;
        end_column = period_col;
      } else {
        errors.AddCell(row, *period_col,
                       Quoted(period_text) +
                           " är ingen period; skriv år, t.ex. \"2019-2022\" eller \"2024\"",
                       Quoted(period_text) +
                           " is not a period; write years, e.g. \"2019-2022\" or \"2024\"",
                       "period");
      }
    }

    std::string_view start_text = CellText(row, start_col);
    if (!start_text.empty()) {
      if (auto start = ParseLooseDate(start_text, DateEnd::kFirstDay)) {
        out.start = start;
      } else {
        errors.AddCell(row, *start_col,
                       Quoted(start_text) + " är inget datum; skriv ÅÅÅÅ-MM-DD, ÅÅÅÅ-MM eller ÅÅÅÅ",
                       Quoted(start_text) + " is not a date; write YYYY-MM-DD, YYYY-MM or YYYY",
                       "date");
      }
    }
    std::string_view end_text = CellText(row, end_col);
    if (!end_text.empty()) {
      end_column = end_col;
      if (IsOpenEnded(end_text)) {
        out.end.reset();
      } else if (auto end = ParseLooseDate(end_text, DateEnd::kLastDay)) {
        out.end = end;
      } else {
        errors.AddCell(row, *end_col,
                       Quoted(end_text) +
                           " är inget datum; skriv ÅÅÅÅ-MM-DD, ÅÅÅÅ-MM, ÅÅÅÅ eller \"löpande\"",
                       Quoted(end_text) +
                           " is not a date; write YYYY-MM-DD, YYYY-MM, YYYY or \"löpande\" "
                           "(ongoing)",
                       "date");
      }
    }
    if (errors.total() == before && out.start && out.end && *out.end < *out.start) {
      errors.AddCell(row, *end_column,
                     "klart senast " + FormatIsoDate(*out.end) + " ligger före start " +
                         FormatIsoDate(*out.start),
                     "due " + FormatIsoDate(*out.end) + " is before the start " +
                         FormatIsoDate(*out.start),
                     std::string(kDateOrderRule));
    }
    if (errors.total() == before) result.rows.push_back(std::move(out));
  }
  result.error_count = errors.total();
  result.errors = errors.Take();
  return result;
}

}  // namespace kplan::io
