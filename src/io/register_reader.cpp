#include "kplan/io/register_reader.hpp"

#include <unordered_map>

#include "cell_rules.hpp"
#include "import_text.hpp"
#include "kplan/io/personal_data.hpp"
#include "kplan/io/row_errors.hpp"

namespace kplan::io {
namespace {

using detail::CellText;
using detail::Column;
using detail::Fold;
using detail::Quoted;

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

  void Reserve(std::size_t rows) { first_line_of_id_.reserve(rows); }

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
      e.employee_id = std::string(id);
      // The key views the table's text, which outlives the reader.
      auto [it, inserted] = first_line_of_id_.try_emplace(id, row.line);
      if (!inserted) {
        const std::string other = std::to_string(it->second);
        errors_.AddCell(row, *id_, "anställnings-id " + Quoted(id) + " finns redan på rad " + other,
                        "employee id " + Quoted(id) + " already appears on row " + other,
                        "unique");
      }
    }
    std::string_view unit = CellText(row, unit_);
    if (unit.empty()) detail::AddMissing(errors_, row, *unit_);
    e.unit_code = std::string(unit);

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
    e.category = std::string(occupation);
    e.ssyk = std::string(ssyk);
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
                      "end_before_start");
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
  std::unordered_map<std::string_view, std::int64_t> first_line_of_id_;
};

}  // namespace

int MaxBirthYear(const CalendarDate& extract_date) { return extract_date.year - 14; }

Result<EmployeeReadResult> ReadEmployees(const Table& table, DecimalMark decimal,
                                         const ColumnOverrides& overrides,
                                         const EmployeeReadOptions& options) {
  if (Status guard = CheckPersonalData(table, &EmployeeColumns()); !guard) return guard.error();
  Result<ColumnMapping> mapping = MatchColumns(table, EmployeeColumns(), overrides);
  if (!mapping) return mapping.error();

  EmployeeReadResult result;
  result.columns = std::move(mapping).value();
  RowErrorCollector errors(table, options.error_limit);
  RowReader reader(result.columns, decimal, options, errors);
  reader.Reserve(table.rows.size());
  result.records.reserve(table.rows.size());
  result.lines.reserve(table.rows.size());
  for (const TableRow& row : table.rows) {
    const std::size_t before = errors.total();
    EmployeeRecord record;
    reader.Read(row, record);
    if (errors.total() == before) {
      result.records.push_back(std::move(record));
      result.lines.push_back(row.line);
    }
  }
  result.error_count = errors.total();
  result.errors = errors.Take();
  return result;
}

}  // namespace kplan::io
