#include "kplan/io/indicator_reader.hpp"

#include <unordered_map>

#include "cell_rules.hpp"
#include "import_text.hpp"
#include "kplan/core/indicator_record.hpp"
#include "kplan/io/target_rule_json.hpp"
#include "reader_frame.hpp"

namespace kplan::io {
namespace {

using detail::CellText;
using detail::Column;
using detail::Quoted;
using detail::Trim;

std::string AsciiLower(std::string_view text) {
  std::string out(text);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return out;
}

std::string AsciiUpper(std::string_view text) {
  std::string out(text);
  for (char& c : out) {
    if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
  }
  return out;
}

bool StartsWith(std::string_view s, std::string_view prefix) {
  return s.size() >= prefix.size() && s.substr(0, prefix.size()) == prefix;
}

// A number in the dialect's decimal mark or, failing that, the other one.
std::optional<double> ParseEitherMark(std::string_view text, DecimalMark decimal) {
  const std::string s = detail::NormalizeSign(text);
  if (auto v = ParseDecimal(s, decimal)) return v;
  return ParseDecimal(s, decimal == DecimalMark::kComma ? DecimalMark::kPoint : DecimalMark::kComma);
}

std::optional<Assessment> ParseAssessmentCell(std::string_view text) {
  if (auto a = ParseAssessment(text)) return a;
  // "Röd – ej uppnått", "Grön (uppnått)": the first word decides.
  const std::string word = detail::Fold(text.substr(0, text.find_first_of(" -(\xE2")));
  if (word == "gron" || word == "green") return Assessment::kGreen;
  if (word == "rod" || word == "red") return Assessment::kRed;
  if (detail::Fold(text) == "ejbedomd") return Assessment::kNotAssessed;
  return std::nullopt;
}

struct Comparison {
  std::string_view text;
  TargetRuleType type;
};

// The comparison a target starts with ("≥", ">=", "minst", "högst", "=" ...),
// or nullptr. Longer words before their prefixes ("==" before "=").
const Comparison* LeadingComparison(std::string_view t) {
  static constexpr Comparison kComparisons[] = {
      {"\u2265", TargetRuleType::kAtLeast}, {">=", TargetRuleType::kAtLeast},
      {"=>", TargetRuleType::kAtLeast},     {"minst", TargetRuleType::kAtLeast},
      {"lägst", TargetRuleType::kAtLeast},  {"at least", TargetRuleType::kAtLeast},
      {"min", TargetRuleType::kAtLeast},    {"\u2264", TargetRuleType::kAtMost},
      {"<=", TargetRuleType::kAtMost},      {"=<", TargetRuleType::kAtMost},
      {"högst", TargetRuleType::kAtMost},   {"at most", TargetRuleType::kAtMost},
      {"max", TargetRuleType::kAtMost},     {"==", TargetRuleType::kEquals},
      {"=", TargetRuleType::kEquals},       {"lika med", TargetRuleType::kEquals},
      {"exakt", TargetRuleType::kEquals},   {"equal to", TargetRuleType::kEquals},
  };
  for (const Comparison& c : kComparisons) {
    if (StartsWith(t, c.text)) return &c;
  }
  return nullptr;
}

// "20-23", "20–23", "20 till 23", "mellan 20 och 23".
std::optional<TargetRule> ParseRange(std::string_view t, DecimalMark decimal) {
  std::string_view left, right;
  if (StartsWith(t, "mellan ")) {
    std::string_view rest = t.substr(7);
    auto och = rest.find(" och ");
    if (och == std::string_view::npos) return std::nullopt;
    left = rest.substr(0, och);
    right = rest.substr(och + 5);
  } else if (auto dash = t.find("\u2013"); dash != std::string_view::npos && dash > 0) {
    left = t.substr(0, dash);
    right = t.substr(dash + 3);
  } else if (auto till = t.find(" till "); till != std::string_view::npos) {
    left = t.substr(0, till);
    right = t.substr(till + 6);
  } else {
    // '-' between two numbers: after a digit (spaces allowed), not a leading minus.
    std::size_t split = std::string_view::npos;
    for (std::size_t i = 1; i < t.size() && split == std::string_view::npos; ++i) {
      if (t[i] != '-') continue;
      std::size_t k = i;
      while (k > 0 && t[k - 1] == ' ') --k;
      if (k > 0 && t[k - 1] >= '0' && t[k - 1] <= '9') split = i;
    }
    if (split == std::string_view::npos) return std::nullopt;
    left = t.substr(0, split);
    right = t.substr(split + 1);
  }
  auto a = ParseEitherMark(Trim(left), decimal);
  auto b = ParseEitherMark(Trim(right), decimal);
  if (!a || !b || *a > *b) return std::nullopt;
  return TargetRule::Between(*a, *b);
}

// The row function of the indicator reader (the frame is reader_frame.hpp).
class IndicatorParser {
 public:
  using ReadResult = IndicatorReadResult;
  static const ColumnVocabulary& Vocabulary() { return IndicatorColumns(); }

  IndicatorParser(const Table& /*table*/, const IndicatorReadResult& result,
                  RowErrorCollector& errors, DecimalMark decimal)
      : errors_(errors),
        columns_(result.columns),
        decimal_(decimal),
        goal_col(Column(result.columns, "goal")),
        name_col(Column(result.columns, "indicator")),
        period_col(Column(result.columns, "period")),
        value_col(Column(result.columns, "value")),
        unit_col(Column(result.columns, "unit")),
        target_col(Column(result.columns, "target")),
        assessment_col(Column(result.columns, "assessment")),
        comment_col(Column(result.columns, "comment")) {}

  IndicatorRow Row(const TableRow& row) {
    const std::size_t before = errors_.total();
    IndicatorRow out;
    out.line = row.line;
    out.goal = std::string(CellText(row, goal_col));
    out.record.indicator = std::string(CellText(row, name_col));
    if (out.record.indicator.empty()) detail::AddMissing(errors_, row, *name_col);
    ReadPeriod(row, out);
    out.record.unit = std::string(CellText(row, unit_col));
    ReadValue(row, out);
    ReadTarget(row, out);
    ReadAssessment(row, out);
    out.comment = std::string(CellText(row, comment_col));
    CheckUnique(row, out);
    if (errors_.total() == before) CheckRecord(row, out);
    return out;
  }

 private:
  // The indicator's own rules (core), as the store and the API check them,
  // reported in the file's cells; then the target in the store's form.
  void CheckRecord(const TableRow& row, IndicatorRow& out) {
    IndicatorRecord indicator;
    indicator.name = out.record.indicator;
    indicator.unit = out.record.unit;
    if (!detail::AddRecordError(errors_, row, columns_, Validate(indicator),
                                {{"name", "indicator"}}) ||
        !detail::AddRecordError(errors_, row, columns_, Validate(out.target))) {
      return;
    }
    if (target_col) out.record.target_json = TargetRuleText(out.target);
    out.record.goal = out.goal;
    if (comment_col) out.record.comment = out.comment;
    if (assessment_col) StateAssessment(row, out);
  }

  // The file's Bedömning as the store keeps it: manual only where it differs
  // from what the target and outcome give (core's ManualFromStated), and then
  // with the comment that says why.
  void StateAssessment(const TableRow& row, IndicatorRow& out) {
    out.record.manual_assessment = "";
    if (!out.assessment) return;
    Indicator indicator;
    indicator.target = out.target;
    indicator.outcome = out.record.value;
    const std::optional<Assessment> manual = ManualFromStated(*out.assessment, indicator);
    if (!manual) return;
    if (out.comment.find_first_not_of(" \t\r\n") == std::string::npos) {
      const std::string stated(AssessmentLabel(*manual));
      errors_.AddCell(row, *assessment_col,
                      "bedömningen " + stated + " avviker från vad målvärdet och utfallet ger och behöver "
                          "en kommentar som säger varför",
                      "the assessment " + std::string(AssessmentKey(*manual)) +
                          " differs from what the target and outcome give and needs a comment saying why",
                      "assessment_comment");
      return;
    }
    out.record.manual_assessment = std::string(AssessmentKey(*manual));
  }

  void ReadPeriod(const TableRow& row, IndicatorRow& out) {
    std::string_view period_text = CellText(row, period_col);
    if (period_text.empty()) {
      detail::AddMissing(errors_, row, *period_col);
    } else if (auto period = NormalizePeriod(period_text)) {
      out.record.period = *period;
      out.year = PeriodYear(out.record.period);
    } else {
      errors_.AddCell(row, *period_col,
                      Quoted(period_text) +
                          " är ingen period; använd år (2023), tertial (2023-T2), kvartal "
                          "(2023-K1), halvår (2023-H1), månad (2023-12) eller dag (2023-12-31)",
                      Quoted(period_text) +
                          " is not a period; use a year (2023), tertial (2023-T2), quarter "
                          "(2023-K1), half year (2023-H1), month (2023-12) or day (2023-12-31)",
                      "period");
    }
  }

  void ReadValue(const TableRow& row, IndicatorRow& out) {
    std::string_view value_text = CellText(row, value_col);
    if (value_text.empty()) return;
    std::string_view number = value_text;
    bool percent = false;
    if (number.back() == '%') {
      number = Trim(number.substr(0, number.size() - 1));
      percent = true;
    }
    if (auto v = ParseDecimal(detail::NormalizeSign(number), decimal_)) {
      out.record.value = *v;
      if (percent && out.record.unit.empty()) out.record.unit = "%";
    } else {
      errors_.AddCell(row, *value_col, Quoted(value_text) + " är inte ett tal",
                      Quoted(value_text) + " is not a number", "number");
    }
  }

  void ReadTarget(const TableRow& row, IndicatorRow& out) {
    out.target_text = std::string(CellText(row, target_col));
    if (out.target_text.empty()) return;
    if (auto rule = ParseTargetRule(out.target_text, decimal_)) {
      out.target = *rule;
      return;
    }
    errors_.AddCell(row, *target_col,
                    Quoted(out.target_text) +
                        " är inget målvärde; skriv t.ex. \"≥ 7\", \"<= 8,55\", \"20-23\" eller "
                        "\"= 100\"",
                    Quoted(out.target_text) +
                        " is not a target; write e.g. \"≥ 7\", \"<= 8,55\", \"20-23\" or "
                        "\"= 100\"",
                    "target");
  }

  void ReadAssessment(const TableRow& row, IndicatorRow& out) {
    std::string_view assessment_text = CellText(row, assessment_col);
    if (assessment_text.empty()) return;
    if (auto a = ParseAssessmentCell(assessment_text)) {
      out.assessment = *a;
      return;
    }
    errors_.AddCell(row, *assessment_col,
                    Quoted(assessment_text) +
                        " är ingen bedömning; använd Grön, Röd eller Ej bedömd",
                    Quoted(assessment_text) +
                        " is not an assessment; use Grön (green), Röd (red) or Ej bedömd "
                        "(not assessed)",
                    "assessment");
  }

  // One row per goal, indicator and period.
  void CheckUnique(const TableRow& row, const IndicatorRow& out) {
    if (out.record.indicator.empty() || out.record.period.empty()) return;
    auto [it, inserted] =
        first_line_.try_emplace(out.goal + '\x1f' + out.record.indicator + '\x1f' + out.record.period, row.line);
    if (inserted) return;
    const std::string other = std::to_string(it->second);
    errors_.AddCell(row, *name_col,
                    "indikatorn " + Quoted(out.record.indicator) + " för perioden " + out.record.period +
                        " finns redan på rad " + other,
                    "the indicator " + Quoted(out.record.indicator) + " for the period " + out.record.period +
                        " already appears on row " + other,
                    "unique");
  }

  RowErrorCollector& errors_;
  const ColumnMapping& columns_;
  DecimalMark decimal_;
  std::optional<std::size_t> goal_col, name_col, period_col, value_col, unit_col, target_col,
      assessment_col, comment_col;
  std::unordered_map<std::string, std::int64_t> first_line_;
};

}  // namespace

std::optional<std::string> NormalizePeriod(std::string_view text) {
  const std::string s = AsciiUpper(Trim(text));
  const std::size_t n = s.size();
  auto year_ok = [](std::string_view y) {
    if (y.size() != 4 || !detail::AllDigits(y)) return false;
    int v = std::stoi(std::string(y));
    return v >= 1900 && v <= 2200;
  };
  if (n == 4) return year_ok(s) ? std::optional<std::string>(s) : std::nullopt;
  if (auto date = detail::ParseDateCell(s)) return FormatIsoDate(*date);
  if (n < 6) return std::nullopt;
  std::string year, rest;
  bool year_first = false;
  if (detail::AllDigits(std::string_view(s).substr(0, 4))) {
    year = s.substr(0, 4);
    rest = s.substr(4);
    year_first = true;
    if (!rest.empty() && (rest[0] == '-' || rest[0] == ' ')) rest.erase(0, 1);
  } else if (detail::AllDigits(std::string_view(s).substr(n - 4))) {
    year = s.substr(n - 4);
    rest = s.substr(0, n - 4);
    if (!rest.empty() && (rest.back() == '-' || rest.back() == ' ')) rest.pop_back();
  } else {
    return std::nullopt;
  }
  if (!year_ok(year)) return std::nullopt;
  if (rest.size() == 2 && rest[0] >= 'A' && rest[0] <= 'Z' && rest[1] >= '1' && rest[1] <= '9') {
    char kind = rest[0] == 'Q' ? 'K' : rest[0];
    const int number = rest[1] - '0';
    const int max = kind == 'T' ? 3 : kind == 'K' ? 4 : kind == 'H' ? 2 : 0;
    if (number > max) return std::nullopt;
    return year + '-' + kind + rest[1];
  }
  if (year_first && !rest.empty() && rest.size() <= 2 && detail::AllDigits(rest)) {
    const int month = std::stoi(rest);
    if (month < 1 || month > 12) return std::nullopt;
    return year + (month < 10 ? "-0" : "-") + std::to_string(month);
  }
  return std::nullopt;
}

std::optional<TargetRule> ParseTargetRule(std::string_view text, DecimalMark decimal) {
  std::string s;
  for (char c : AsciiLower(Trim(text))) {
    if (c != '%') s += c;
  }
  std::string_view t = Trim(s);
  if (t.empty()) return std::nullopt;
  const Comparison* comparison = LeadingComparison(t);
  if (comparison == nullptr) return ParseRange(t, decimal);
  auto x = ParseEitherMark(Trim(t.substr(comparison->text.size())), decimal);
  if (!x) return std::nullopt;
  switch (comparison->type) {
    case TargetRuleType::kAtLeast: return TargetRule::AtLeast(*x);
    case TargetRuleType::kAtMost: return TargetRule::AtMost(*x);
    default: return TargetRule::Equals(*x);
  }
}

Result<IndicatorReadResult> ReadIndicators(const Table& table, DecimalMark decimal,
                                           const ColumnOverrides& overrides,
                                           std::size_t error_limit) {
  return detail::ReadTable<IndicatorParser>(table, overrides, error_limit, decimal);
}

}  // namespace kplan::io
