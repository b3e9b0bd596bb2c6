#include "kplan/io/activity_reader.hpp"

#include <algorithm>
#include <cctype>

#include "cell_rules.hpp"
#include "import_text.hpp"
#include "kplan/core/activity.hpp"
#include "kplan/core/strategic_area.hpp"
#include "reader_frame.hpp"

namespace kplan::io {
namespace {

// The Yrkeskategori cell as the target group: categories separated by ";" or
// ",", or none for every category (blank, "Samtliga", "Alla", "Samtliga
// yrkeskategorier").
std::vector<std::string> TargetGroup(std::string_view cell) {
  std::vector<std::string> out;
  std::string part;
  const auto flush = [&] {
    const auto first = part.find_first_not_of(" \t");
    const auto last = part.find_last_not_of(" \t");
    if (first != std::string::npos) {
      std::string name = part.substr(first, last - first + 1);
      if (std::find(out.begin(), out.end(), name) == out.end()) out.push_back(std::move(name));
    }
    part.clear();
  };
  for (char c : cell) {
    if (c == ';' || c == ',') {
      flush();
    } else {
      part += c;
    }
  }
  flush();
  if (out.size() == 1) {
    std::string lower;
    for (char c : out[0]) lower += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    if (lower == "samtliga" || lower == "alla" || lower == "samtliga yrkeskategorier" || lower == "alla yrkeskategorier") {
      out.clear();
    }
  }
  return out;
}

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

// An activity has no field of its own for seed 002's "Vad" (the aim); it is
// the description's first paragraph, before a Beskrivning cell's text.
std::string DescriptionWithAim(std::string_view aim, std::string_view description) {
  if (aim.empty()) return std::string(description);
  if (description.empty()) return std::string(aim);
  return std::string(aim) + "\n\n" + std::string(description);
}

bool IsOpenEnded(std::string_view text) {
  const std::string word = Fold(text);
  return word == "lopande" || word == "tillsvidare" || word == "ongoing" ||
         word == "kontinuerligt";
}

// The row function of the activity reader (the frame is reader_frame.hpp).
class ActivityParser {
 public:
  using ReadResult = ActivityReadResult;
  static const ColumnVocabulary& Vocabulary() { return ActivityColumns(); }

  ActivityParser(const Table& /*table*/, const ActivityReadResult& result,
                 RowErrorCollector& errors)
      : errors_(errors),
        columns_(result.columns),
        area_col(Column(result.columns, "area")),
        title_col(Column(result.columns, "title")),
        goal_text_col(Column(result.columns, "goal_text")),
        description_col(Column(result.columns, "description")),
        category_col(Column(result.columns, "category")),
        owner_col(Column(result.columns, "owner")),
        start_col(Column(result.columns, "start")),
        end_col(Column(result.columns, "end")),
        period_col(Column(result.columns, "period")),
        status_col(Column(result.columns, "status")),
        unit_col(Column(result.columns, "unit")) {}

  ActivityRow Row(const TableRow& row) {
    const std::size_t before = errors_.total();
    ActivityRow out;
    out.line = row.line;
    Activity& a = out.record;
    a.area = std::string(CellText(row, area_col));
    if (std::optional<std::string_view> standard = StandardAreaName(a.area)) {
      a.area = std::string(*standard);
      out.standard_area = true;
    }

    a.title = std::string(CellText(row, title_col));
    if (a.title.empty()) detail::AddMissing(errors_, row, *title_col);
    a.description = DescriptionWithAim(CellText(row, goal_text_col), CellText(row, description_col));
    a.categories = TargetGroup(CellText(row, category_col));
    a.owner = std::string(CellText(row, owner_col));
    a.unit_code = std::string(CellText(row, unit_col));
    ReadStatus(row, a);
    // Genomförande "2019-2022" first; start and end cells override it.
    std::optional<std::size_t> end_column = ReadPeriod(row, a);
    ReadStart(row, a);
    if (ReadEnd(row, a)) end_column = end_col;
    if (errors_.total() != before) return out;
    if (a.start && a.end && *a.end < *a.start) {
      // Before core's Validate, to name the column the end came from.
      errors_.AddCell(row, *end_column,
                      "klart senast " + FormatIsoDate(*a.end) + " ligger före start " +
                          FormatIsoDate(*a.start),
                      "due " + FormatIsoDate(*a.end) + " is before the start " +
                          FormatIsoDate(*a.start),
                      std::string(kDateOrderRule));
      return out;
    }
    // The record's own rules (lengths, a required area), as the store will check them.
    detail::AddRecordError(errors_, row, columns_, ValidateFields(a));
    return out;
  }

 private:
  void ReadStatus(const TableRow& row, Activity& out) {
    std::string_view status_text = CellText(row, status_col);
    if (auto status = ParseActivityStatus(status_text)) {
      out.status = *status;
      return;
    }
    errors_.AddCell(row, *status_col,
                    Quoted(status_text) +
                        " är ingen känd status; använd planerad (ej påbörjad), pågår "
                        "(pågående), klar (genomförd) eller inställd",
                    Quoted(status_text) +
                        " is not a known status; use planerad (planned), pågår (ongoing), klar "
                        "(done) or inställd (cancelled)",
                    "status");
  }

  // The period's column when it gave the row its dates.
  std::optional<std::size_t> ReadPeriod(const TableRow& row, Activity& out) {
    std::string_view period_text = CellText(row, period_col);
    if (period_text.empty() || IsOpenEnded(period_text)) return std::nullopt;
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
      return period_col;
    }
    errors_.AddCell(row, *period_col,
                    Quoted(period_text) +
                        " är ingen period; skriv år, t.ex. \"2019-2022\" eller \"2024\"",
                    Quoted(period_text) +
                        " is not a period; write years, e.g. \"2019-2022\" or \"2024\"",
                    "period");
    return std::nullopt;
  }

  void ReadStart(const TableRow& row, Activity& out) {
    std::string_view start_text = CellText(row, start_col);
    if (start_text.empty()) return;
    if (auto start = ParseLooseDate(start_text, DateEnd::kFirstDay)) {
      out.start = start;
      return;
    }
    errors_.AddCell(row, *start_col,
                    Quoted(start_text) + " är inget datum; skriv ÅÅÅÅ-MM-DD, ÅÅÅÅ-MM eller ÅÅÅÅ",
                    Quoted(start_text) + " is not a date; write YYYY-MM-DD, YYYY-MM or YYYY",
                    "date");
  }

  // Whether the row has an end cell (which then decides the end).
  bool ReadEnd(const TableRow& row, Activity& out) {
    std::string_view end_text = CellText(row, end_col);
    if (end_text.empty()) return false;
    if (IsOpenEnded(end_text)) {
      out.end.reset();
    } else if (auto end = ParseLooseDate(end_text, DateEnd::kLastDay)) {
      out.end = end;
    } else {
      errors_.AddCell(row, *end_col,
                      Quoted(end_text) +
                          " är inget datum; skriv ÅÅÅÅ-MM-DD, ÅÅÅÅ-MM, ÅÅÅÅ eller \"löpande\"",
                      Quoted(end_text) +
                          " is not a date; write YYYY-MM-DD, YYYY-MM, YYYY or \"löpande\" "
                          "(ongoing)",
                      "date");
    }
    return true;
  }

  RowErrorCollector& errors_;
  const ColumnMapping& columns_;
  // Named as in the row function (area_col ...), which reads like the table.
  std::optional<std::size_t> area_col, title_col, goal_text_col, description_col, category_col, owner_col,
      start_col, end_col, period_col, status_col, unit_col;
};

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
  return detail::ReadTable<ActivityParser>(table, overrides, error_limit);
}

}  // namespace kplan::io
