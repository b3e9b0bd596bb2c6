#include "kplan/io/register_reader.hpp"

#include <algorithm>
#include <functional>
#include <thread>
#include <unordered_map>

#include "cell_rules.hpp"
#include "import_text.hpp"
#include "kplan/core/activity.hpp"  // kDateOrderRule
#include "kplan/core/employment_merge.hpp"
#include "kplan/io/row_errors.hpp"
#include "reader_frame.hpp"

namespace kplan::io {
namespace {

using detail::CellText;
using detail::Column;
using detail::Fold;
using detail::Quoted;

// Threads for n rows: one per core (at most 8), none extra for small files.
std::size_t WorkerCount(std::size_t rows) {
  constexpr std::size_t kMinRowsPerWorker = 20000;
  const std::size_t cores = std::min(std::max(1u, std::thread::hardware_concurrency()), 8u);
  return std::max<std::size_t>(1, std::min(cores, rows / kMinRowsPerWorker));
}

std::optional<EmploymentForm> ParseEmploymentForm(std::string_view text) {
  static constexpr std::string_view kPermanent[] = {
      "tillsvidare", "tv", "tillsvidareanstalld", "tillsvidareanstallning", "permanent"};
  static constexpr std::string_view kTemporary[] = {
      "visstid", "visstidsanstalld", "visstidsanstallning", "tidsbegransad", "vikariat",
      "vikarie", "alva", "temporary"};
  static constexpr std::string_view kHourly[] = {"timavlonad", "timanstalld", "tim", "hourly"};
  const std::string word = Fold(text);
  for (std::string_view w : kPermanent) {
    if (word == w) return EmploymentForm::kPermanent;
  }
  for (std::string_view w : kTemporary) {
    if (word == w) return EmploymentForm::kTemporary;
  }
  for (std::string_view w : kHourly) {
    if (word == w) return EmploymentForm::kHourly;
  }
  return std::nullopt;
}

std::optional<Gender> ParseGender(std::string_view text) {
  static constexpr std::string_view kWoman[] = {"k", "kvinna", "w", "f", "woman", "female"};
  static constexpr std::string_view kMan[] = {"m", "man", "male"};
  static constexpr std::string_view kOther[] = {"", "x", "annat", "annan", "other"};
  const std::string word = Fold(text);
  for (std::string_view w : kWoman) {
    if (word == w) return Gender::kWoman;
  }
  for (std::string_view w : kMan) {
    if (word == w) return Gender::kMan;
  }
  for (std::string_view w : kOther) {
    if (word == w) return Gender::kOther;
  }
  return std::nullopt;
}

// Reads one row into `e`; errors go to `errors`.
class RowReader {
 public:
  RowReader(const ColumnMapping& mapping, DecimalMark decimal, const EmployeeReadOptions& options,
            RowErrorCollector& errors)
      : decimal_(decimal),
        max_birth_year_(MaxBirthYear(options.extract_date)),
        levels_(options.level_names),
        errors_(errors),
        id_(Column(mapping, "employee_id")),
        unit_(Column(mapping, "unit")),
        occupation_(Column(mapping, "occupation")),
        ssyk_(Column(mapping, "ssyk")),
        form_(Column(mapping, "employment_form")),
        birth_year_(Column(mapping, "birth_year")),
        gender_(Column(mapping, "gender")),
        fte_(Column(mapping, "fte_percent")),
        start_(Column(mapping, "employment_start")),
        end_(Column(mapping, "end_date")),
        level_(Column(mapping, "competence_level")),
        manager_(Column(mapping, "manager")),
        qualified_(Column(mapping, "qualified")),
        sick_(Column(mapping, "sick_hours")),
        scheduled_(Column(mapping, "scheduled_hours")) {}

  // Reads one row (a repeated employee id is one person's further
  // employment, merged after all rows are read).
  void Read(const TableRow& row, EmployeeRecord& e) {
    ReadIdentity(row, e);
    ReadForm(row, e);
    ReadBirthYearAndGender(row, e);
    ReadFte(row, e);
    ReadDates(row, e);
    ReadOptional(row, e);
  }

 private:
  void ReadIdentity(const TableRow& row, EmployeeRecord& e) {
    std::string_view id = CellText(row, id_);
    if (id.empty()) {
      detail::AddMissing(errors_, row, *id_);
    } else {
      e.employee_id.assign(id);
    }
    std::string_view unit = CellText(row, unit_);
    if (unit.empty()) detail::AddMissing(errors_, row, *unit_);
    e.unit_code.assign(unit);

    std::string_view occupation = CellText(row, occupation_);
    std::string_view ssyk = CellText(row, ssyk_);
    if (occupation.empty() && ssyk.empty()) {
      if (occupation_ && ssyk_) {
        errors_.AddCell(row, *occupation_, "yrke eller SSYK-kod saknas",
                        "occupation or SSYK code is missing", "required");
      } else {
        detail::AddMissing(errors_, row, occupation_ ? *occupation_ : *ssyk_);
      }
    }
    if (!ssyk.empty()) detail::CheckSsyk(errors_, row, *ssyk_, ssyk);
    e.category.assign(occupation);
    e.ssyk.assign(ssyk);
  }

  void ReadForm(const TableRow& row, EmployeeRecord& e) {
    form_ok_ = false;
    std::string_view text = CellText(row, form_);
    if (text.empty()) {
      detail::AddMissing(errors_, row, *form_);
      return;
    }
    if (auto form = ParseEmploymentForm(text)) {
      e.form = *form;
      form_ok_ = true;
      return;
    }
    errors_.AddCell(row, *form_,
                    Quoted(text) +
                        " är ingen känd anställningsform; använd tillsvidare (TV, "
                        "tillsvidareanställd, permanent), visstid (tidsbegränsad, vikariat, ALVA, "
                        "temporary) eller timavlönad (timanställd, TIM, hourly)",
                    Quoted(text) +
                        " is not a known employment form; use tillsvidare (TV, "
                        "tillsvidareanställd, permanent), visstid (tidsbegränsad, vikariat, ALVA, "
                        "temporary) or timavlönad (timanställd, TIM, hourly)",
                    "employment_form");
  }

  void ReadBirthYearAndGender(const TableRow& row, EmployeeRecord& e) {
    std::string_view year_text = CellText(row, birth_year_);
    if (year_text.empty()) {
      detail::AddMissing(errors_, row, *birth_year_);
    } else {
      auto year = detail::ParseWholeNumber(year_text, decimal_);
      // A birth date (some exports have one) gives its year; only the year is kept.
      if (!year) {
        if (auto date = detail::ParseDateCell(year_text)) year = date->year;
      }
      if (year && *year >= 1900 && *year <= max_birth_year_) {
        e.birth_year = static_cast<int>(*year);
      } else {
        const std::string range = std::to_string(1900) + " och " + std::to_string(max_birth_year_);
        const std::string range_en =
            std::to_string(1900) + " and " + std::to_string(max_birth_year_);
        errors_.AddCell(row, *birth_year_,
                        Quoted(year_text) + " är inte ett födelseår mellan " + range,
                        Quoted(year_text) + " is not a birth year between " + range_en,
                        "birth_year");
      }
    }
    std::string_view gender_text = CellText(row, gender_);
    if (auto gender = ParseGender(gender_text)) {
      e.gender = *gender;
    } else {
      errors_.AddCell(row, *gender_,
                      Quoted(gender_text) +
                          " är inget känt kön; använd K (kvinna), M (man) eller X (annat)",
                      Quoted(gender_text) +
                          " is not a known gender; use K or W (woman), M (man) or X (other)",
                      "gender");
    }
  }

  void ReadFte(const TableRow& row, EmployeeRecord& e) {
    std::string_view text = CellText(row, fte_);
    if (text.empty()) {
      if (form_ok_ && e.form == EmploymentForm::kHourly) {
        e.fte_percent = 0;
      } else {
        detail::AddMissing(errors_, row, *fte_);
      }
      return;
    }
    std::string_view number = text;
    if (!number.empty() && number.back() == '%') {
      number = detail::Trim(number.substr(0, number.size() - 1));
    }
    std::optional<double> value = ParseDecimal(number, decimal_);
    if (!value || *value < 0 || *value > 100) {
      errors_.AddCell(row, *fte_, Quoted(text) + " är inte ett tal mellan 0 och 100",
                      Quoted(text) + " is not a number between 0 and 100", "fte_percent");
      return;
    }
    if (*value > 0 && *value <= 1) {
      errors_.AddCell(row, *fte_,
                      Quoted(text) + " ser ut som en andel, inte procent; ange procent, t.ex. 75",
                      Quoted(text) + " looks like a fraction, not a percentage; give percent, "
                                     "e.g. 75",
                      "fte_percent", "ange procent, t.ex. 75");
      return;
    }
    e.fte_percent = *value;
  }

  void ReadDates(const TableRow& row, EmployeeRecord& e) {
    std::string_view start_text = CellText(row, start_);
    bool start_ok = false;
    if (start_text.empty()) {
      detail::AddMissing(errors_, row, *start_);
    } else {
      start_ok = detail::ReadDate(errors_, row, *start_, start_text, e.start);
    }
    std::string_view end_text = CellText(row, end_);
    e.end.reset();
    if (end_text.empty()) return;
    CalendarDate end;
    if (!detail::ReadDate(errors_, row, *end_, end_text, end)) return;
    if (start_ok && end < e.start) {
      errors_.AddCell(row, *end_,
                      "slutdatum " + FormatIsoDate(end) + " ligger före anställningsdatum " +
                          FormatIsoDate(e.start),
                      "end date " + FormatIsoDate(end) + " is before the employment start " +
                          FormatIsoDate(e.start),
                      std::string(kDateOrderRule));
      return;
    }
    e.end = end;
  }

  void ReadOptional(const TableRow& row, EmployeeRecord& e) {
    e.competence_level.reset();
    std::string_view level_text = CellText(row, level_);
    std::size_t level = 0;
    if (!level_text.empty() && levels_.Read(errors_, row, *level_, level_text, level)) {
      e.competence_level = static_cast<int>(level);
    }
    std::optional<bool> flag;
    e.manager = false;
    if (manager_ && detail::ReadYesNo(errors_, row, *manager_, CellText(row, manager_), flag)) {
      e.manager = flag.value_or(false);
    }
    e.qualified.reset();
    if (qualified_ && detail::ReadYesNo(errors_, row, *qualified_, CellText(row, qualified_), flag)) {
      e.qualified = flag;
    }
    e.sick_hours = 0;
    e.scheduled_hours = 0;
    ReadHours(row, sick_, e.sick_hours);
    ReadHours(row, scheduled_, e.scheduled_hours);
  }

  void ReadHours(const TableRow& row, std::optional<std::size_t> column, double& out) {
    std::string_view text = CellText(row, column);
    if (text.empty()) return;
    detail::ReadNonNegative(errors_, row, *column, text, decimal_, "hours", out);
  }

  DecimalMark decimal_;
  int max_birth_year_;
  detail::LevelNames levels_;
  RowErrorCollector& errors_;
  std::optional<std::size_t> id_, unit_, occupation_, ssyk_, form_, birth_year_, gender_, fte_,
      start_, end_, level_, manager_, qualified_, sick_, scheduled_;
  bool form_ok_ = false;
};

// For every row whose employee id already appeared on an earlier row: the
// line of that first row; 0 for the others (and for rows without an id).
// The ids are shared out among threads by hash, each thread keeping an open
// addressing table of row numbers (no allocation per id) for its share and
// walking all rows in file order, so "first" is the same as in one pass.
std::vector<std::int64_t> FirstLinesOfRepeatedIds(const Table& table,
                                                  std::optional<std::size_t> id_column) {
  const std::size_t n = table.rows.size();
  std::vector<std::int64_t> first_line(n, 0);
  if (!id_column || n == 0) return first_line;
  const std::size_t shares = WorkerCount(n);
  std::vector<std::uint64_t> hashes(n);
  detail::ForEachShare(n, shares, [&](std::size_t, std::size_t begin, std::size_t end) {
    for (std::size_t r = begin; r < end; ++r) {
      hashes[r] = std::hash<std::string_view>{}(CellText(table.rows[r], id_column));
    }
  });
  detail::ForEachShare(shares, shares, [&](std::size_t share, std::size_t, std::size_t) {
    std::size_t capacity = 16;
    while (capacity < 2 * (n / shares + 1)) capacity *= 2;
    std::vector<std::uint32_t> slots(capacity, 0);  // row index + 1; 0 = empty
    std::size_t used = 0;
    for (std::size_t r = 0; r < n; ++r) {
      if (hashes[r] % shares != share) continue;
      std::string_view id = CellText(table.rows[r], id_column);
      if (id.empty()) continue;
      if (2 * (used + 1) > capacity) {  // grow: re-insert every stored row
        std::vector<std::uint32_t> bigger(capacity * 2, 0);
        for (std::uint32_t stored : slots) {
          if (stored == 0) continue;
          std::size_t k = (hashes[stored - 1] / shares) & (bigger.size() - 1);
          while (bigger[k] != 0) k = (k + 1) & (bigger.size() - 1);
          bigger[k] = stored;
        }
        slots.swap(bigger);
        capacity = slots.size();
      }
      std::size_t k = (hashes[r] / shares) & (capacity - 1);
      for (;; k = (k + 1) & (capacity - 1)) {
        const std::uint32_t stored = slots[k];
        if (stored == 0) {
          slots[k] = static_cast<std::uint32_t>(r + 1);
          ++used;
          break;
        }
        if (hashes[stored - 1] == hashes[r] && CellText(table.rows[stored - 1], id_column) == id) {
          first_line[r] = table.rows[stored - 1].line;
          break;
        }
      }
    }
  });
  return first_line;
}

// Rows that repeat an earlier row's employee id: one person's further
// employments (core/employment_merge.hpp), unless they contradict the first
// row (another birth year or gender: the same id for two people).
struct Employments {
  std::unordered_map<std::size_t, std::vector<std::size_t>> further;  // first row → repeats
  std::vector<char> absorbed;  // per row: merged into an earlier row
  std::size_t merged_rows = 0;
};

Employments GroupEmployments(const Table& table, std::optional<std::size_t> id_column,
                             const std::vector<std::int64_t>& first_line_of_id,
                             const std::vector<EmployeeRecord>& records, std::vector<char>& valid,
                             RowErrorCollector& conflicts) {
  Employments out;
  const std::size_t n = table.rows.size();
  out.absorbed.assign(n, 0);
  for (std::size_t r = 0; r < n; ++r) {
    if (first_line_of_id[r] == 0 || !valid[r]) continue;
    const auto first_row = std::lower_bound(
        table.rows.begin(), table.rows.end(), first_line_of_id[r],
        [](const TableRow& row, std::int64_t line) { return row.line < line; });
    const std::size_t f = static_cast<std::size_t>(first_row - table.rows.begin());
    if (f >= r || !valid[f]) continue;  // the first row has its own error
    if (std::optional<std::string_view> field = EmploymentConflict(records[f], records[r])) {
      const std::string other = std::to_string(first_line_of_id[r]);
      const bool year = *field == "birth_year";
      const std::string_view id = CellText(table.rows[r], id_column);
      conflicts.AddCell(table.rows[r], *id_column,
                        "anställnings-id " + Quoted(id) + " finns redan på rad " + other +
                            " med " + (year ? "ett annat födelseår" : "ett annat kön") +
                            "; samma id för två personer",
                        "employee id " + Quoted(id) + " already appears on row " + other +
                            " with " + (year ? "another birth year" : "another gender") +
                            "; one id for two people",
                        kEmploymentMergeRule);
      valid[r] = 0;
      continue;
    }
    out.further[f].push_back(r);
    out.absorbed[r] = 1;
    ++out.merged_rows;
  }
  return out;
}

}  // namespace

int MaxBirthYear(const CalendarDate& extract_date) { return extract_date.year - 14; }

Result<EmployeeReadResult> ReadEmployees(const Table& table, DecimalMark decimal,
                                         const ColumnOverrides& overrides,
                                         const EmployeeReadOptions& options) {
  // The frame of reader_frame.hpp, with the rows spread over threads.
  Result<ColumnMapping> mapping = detail::OpenTable(table, EmployeeColumns(), overrides);
  if (!mapping) return mapping.error();

  EmployeeReadResult result;
  result.columns = std::move(mapping).value();
  const std::size_t n = table.rows.size();
  const std::vector<std::int64_t> first_line_of_id =
      FirstLinesOfRepeatedIds(table, result.columns.IndexOf("employee_id"));

  // The rows are read in consecutive shares, one per thread, each with its own
  // reader and error collector; the shares' errors, taken in share order, are
  // the file's errors in row order.
  const std::size_t shares = WorkerCount(n);
  std::vector<EmployeeRecord> records(n);
  std::vector<char> valid(n, 0);
  std::vector<RowErrorCollector> collectors;
  collectors.reserve(shares);
  for (std::size_t s = 0; s < shares; ++s) collectors.emplace_back(table, options.error_limit);
  detail::ForEachShare(n, shares, [&](std::size_t share, std::size_t begin, std::size_t end) {
    RowErrorCollector& errors = collectors[share];
    RowReader reader(result.columns, decimal, options, errors);
    for (std::size_t r = begin; r < end; ++r) {
      const std::size_t before = errors.total();
      reader.Read(table.rows[r], records[r]);
      valid[r] = errors.total() == before;
    }
  });
  collectors.emplace_back(table, options.error_limit);
  const Employments employments =
      GroupEmployments(table, result.columns.IndexOf("employee_id"), first_line_of_id, records,
                       valid, collectors.back());
  detail::MergeRowErrors(collectors, options.error_limit, result);
  // The conflicts were found after the rows: put every error back in row order.
  std::stable_sort(result.errors.begin(), result.errors.end(), [](const Error& a, const Error& b) {
    return a.location().row < b.location().row;
  });
  // Keep the valid rows, in file order, each person's employments as one.
  std::size_t kept = 0;
  result.lines.reserve(n);
  for (std::size_t r = 0; r < n; ++r) {
    if (!valid[r] || employments.absorbed[r]) continue;
    if (auto more = employments.further.find(r); more != employments.further.end()) {
      std::vector<EmployeeRecord> rows{records[r]};
      for (std::size_t other : more->second) rows.push_back(records[other]);
      records[r] = MergeEmployments(rows);
    }
    if (kept != r) records[kept] = std::move(records[r]);
    result.lines.push_back(table.rows[r].line);
    ++kept;
  }
  records.resize(kept);
  result.records = std::move(records);
  result.merged_rows = employments.merged_rows;
  return result;
}

}  // namespace kplan::io
