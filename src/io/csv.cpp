#include "kplan/io/csv.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdlib>

namespace kplan::io {
namespace {

constexpr std::size_t kDetectionPrefixBytes = 64 * 1024;

struct SplitResult {
  std::vector<TableRow> records;
  std::optional<std::int64_t> open_quote_line;  // a quote never closed
};

// Splits text into at most max_records records. An open quote at the end is
// reported, not thrown; detection ignores it, since its text may be a prefix.
SplitResult SplitRecords(std::string_view text, char sep, std::size_t max_records) {
  SplitResult out;
  std::int64_t line = 1;
  std::size_t i = 0;
  const std::size_t n = text.size();
  while (i < n && out.records.size() < max_records) {
    TableRow rec;
    rec.line = line;
    const std::size_t start = i;
    std::string field;
    bool in_quotes = false;
    bool field_was_quoted = false;
    bool record_done = false;
    while (i < n && !record_done) {
      char c = text[i];
      if (in_quotes) {
        if (c == '"') {
          if (i + 1 < n && text[i + 1] == '"') {
            field += '"';
            i += 2;
            continue;
          }
          in_quotes = false;
          ++i;
          continue;
        }
        if (c == '\n') ++line;
        field += c;
        ++i;
        continue;
      }
      if (c == '"' && field.empty() && !field_was_quoted) {
        in_quotes = true;
        field_was_quoted = true;
        ++i;
      } else if (c == sep) {
        rec.fields.push_back(std::move(field));
        field.clear();
        field_was_quoted = false;
        ++i;
      } else if (c == '\r' || c == '\n') {
        std::size_t end = i;
        if (c == '\r' && i + 1 < n && text[i + 1] == '\n') ++i;
        ++i;
        ++line;
        rec.source.assign(text.substr(start, end - start));
        record_done = true;
      } else {
        field += c;
        ++i;
      }
    }
    if (in_quotes) {
      out.open_quote_line = rec.line;
      return out;
    }
    if (!record_done) rec.source.assign(text.substr(start));
    rec.fields.push_back(std::move(field));
    // An empty line is no record.
    if (rec.fields.size() == 1 && rec.fields[0].empty() && !field_was_quoted) continue;
    out.records.push_back(std::move(rec));
  }
  return out;
}

std::string Trim(std::string s) {
  auto not_space = [](unsigned char c) { return !std::isspace(c); };
  s.erase(s.begin(), std::find_if(s.begin(), s.end(), not_space));
  s.erase(std::find_if(s.rbegin(), s.rend(), not_space).base(), s.end());
  return s;
}

// Fields beyond the header that are empty come from Excel's trailing separators.
void DropTrailingEmpty(std::vector<std::string>& fields, std::size_t keep) {
  while (fields.size() > keep && Trim(fields.back()).empty()) fields.pop_back();
}

char DetectSeparator(std::string_view prefix) {
  char best = ';';
  std::size_t best_fields = 0;
  bool best_consistent = false;
  for (char sep : {';', '\t', ','}) {
    SplitResult split = SplitRecords(prefix, sep, 50);
    if (split.records.empty()) continue;
    std::size_t header_fields = split.records[0].fields.size();
    if (header_fields < 2) continue;
    bool consistent = true;
    // The last record of a prefix may be cut short; ignore it.
    std::size_t check = split.records.size() > 2 ? split.records.size() - 1 : split.records.size();
    for (std::size_t r = 1; r < check; ++r) {
      auto fields = split.records[r].fields;
      DropTrailingEmpty(fields, header_fields);
      if (fields.size() != header_fields) consistent = false;
    }
    if ((consistent && !best_consistent) ||
        (consistent == best_consistent && header_fields > best_fields)) {
      best = sep;
      best_fields = header_fields;
      best_consistent = consistent;
    }
  }
  return best;
}

bool LooksLikeDecimal(std::string_view s, char mark) {
  auto pos = s.find(mark);
  if (pos == std::string_view::npos || pos == 0 || pos + 1 >= s.size()) return false;
  std::size_t start = s[0] == '-' ? 1 : 0;
  for (std::size_t k = start; k < s.size(); ++k) {
    if (k == pos) continue;
    if (s[k] < '0' || s[k] > '9') return false;
  }
  return s.find(mark, pos + 1) == std::string_view::npos;
}

DecimalMark DetectDecimal(const std::vector<TableRow>& rows, char sep) {
  if (sep == ',') return DecimalMark::kPoint;
  int comma = 0, point = 0;
  for (std::size_t r = 1; r < rows.size() && r < 200; ++r) {
    for (const std::string& f : rows[r].fields) {
      if (LooksLikeDecimal(f, ',')) ++comma;
      if (LooksLikeDecimal(f, '.')) ++point;
    }
  }
  if (point > 0 && comma == 0) return DecimalMark::kPoint;
  return DecimalMark::kComma;
}

std::string SeparatorName(char sep, Language lang) {
  bool sv = lang == Language::kSwedish;
  switch (sep) {
    case ';': return sv ? "semikolon" : "semicolon";
    case ',': return sv ? "komma" : "comma";
    case '\t': return sv ? "tabb" : "tab";
    default: return std::string(1, sep);
  }
}

}  // namespace

std::string DescribeDialect(const CsvDialect& d, Language lang) {
  bool sv = lang == Language::kSwedish;
  std::string out = SeparatorName(d.separator, lang) + (sv ? " som avgränsare, " : " as separator, ");
  out += d.decimal == DecimalMark::kComma ? (sv ? "decimalkomma" : "decimal comma")
                                          : (sv ? "decimalpunkt" : "decimal point");
  out += ", ";
  out += TextEncodingName(d.encoding);
  return out;
}

Result<CsvFile> ReadCsv(std::string_view bytes, std::string_view file_name,
                        const CsvOptions& options) {
  DecodedText decoded = DecodeToUtf8(bytes);
  CsvFile csv;
  CsvDialect& dialect = csv.dialect;
  Table& table = csv.table;
  table.file = std::string(file_name);
  dialect.encoding = decoded.encoding;
  const std::string& text = decoded.utf8;

  dialect.separator = options.separator.value_or(
      DetectSeparator(std::string_view(text).substr(0, kDetectionPrefixBytes)));
  SplitResult split = SplitRecords(text, dialect.separator, SIZE_MAX);
  if (split.open_quote_line) {
    return Error(ErrorCode::kInvalidInput,
                 "ett citattecken som börjar här avslutas aldrig",
                 "a quote that starts here is never closed")
        .WithFile(table.file)
        .WithRow(*split.open_quote_line)
        .WithRule("csv_quote")
        .WithHint("Kontrollera att varje fält som börjar med \" också slutar med \".");
  }
  if (split.records.empty()) {
    return Error(ErrorCode::kInvalidInput, "filen är tom", "the file is empty")
        .WithFile(table.file)
        .WithRule("csv_empty");
  }
  dialect.decimal = options.decimal.value_or(DetectDecimal(split.records, dialect.separator));

  for (std::string& h : split.records[0].fields) table.header.push_back(Trim(std::move(h)));
  // Trailing separators on the header line (Excel): keep the named columns only.
  DropTrailingEmpty(table.header, 1);
  const std::size_t width = table.header.size();
  table.rows.reserve(split.records.size() - 1);
  for (std::size_t r = 1; r < split.records.size(); ++r) {
    TableRow& rec = split.records[r];
    DropTrailingEmpty(rec.fields, width);
    if (rec.fields.size() != width) {
      const std::string sep = SeparatorName(dialect.separator, Language::kSwedish);
      const std::string sep_en = SeparatorName(dialect.separator, Language::kEnglish);
      SourceLocation at;
      at.file = table.file;
      at.row = rec.line;
      at.source_line = rec.source;
      return Error(ErrorCode::kInvalidInput,
                   "raden har " + std::to_string(rec.fields.size()) + " fält men rubrikraden har " +
                       std::to_string(width) + " (avgränsare: " + sep + ")",
                   "the row has " + std::to_string(rec.fields.size()) +
                       " fields but the header has " + std::to_string(width) +
                       " (separator: " + sep_en + ")")
          .WithLocation(at)
          .WithRule("csv_field_count")
          .WithHint("Sätt fält som innehåller " + sep + " inom citattecken, eller ange avgränsaren.");
    }
    table.rows.push_back(std::move(rec));
  }
  return csv;
}

std::optional<double> ParseDecimal(std::string_view text, DecimalMark decimal) {
  const char mark = decimal == DecimalMark::kComma ? ',' : '.';
  std::string digits;
  std::size_t i = 0;
  while (i < text.size() && text[i] == ' ') ++i;
  std::size_t end = text.size();
  while (end > i && text[end - 1] == ' ') --end;
  if (i == end) return std::nullopt;
  bool seen_mark = false, seen_digit = false;
  for (std::size_t k = i; k < end; ++k) {
    unsigned char c = static_cast<unsigned char>(text[k]);
    if (c >= '0' && c <= '9') {
      digits += static_cast<char>(c);
      seen_digit = true;
    } else if (c == '-' && k == i) {
      digits += '-';
    } else if (c == static_cast<unsigned char>(mark) && !seen_mark && seen_digit) {
      digits += '.';
      seen_mark = true;
    } else if (c == ' ' && !seen_mark && seen_digit) {
      // thousands separator: plain space
    } else if (c == 0xC2 && k + 1 < end && static_cast<unsigned char>(text[k + 1]) == 0xA0 &&
               !seen_mark && seen_digit) {
      ++k;  // no-break space U+00A0
    } else if (c == 0xE2 && k + 2 < end && static_cast<unsigned char>(text[k + 1]) == 0x80 &&
               (static_cast<unsigned char>(text[k + 2]) == 0x89 ||
                static_cast<unsigned char>(text[k + 2]) == 0xAF) &&
               !seen_mark && seen_digit) {
      k += 2;  // thin space U+2009 or narrow no-break space U+202F
    } else {
      return std::nullopt;  // letters, a second mark, or the other kind of separator
    }
  }
  if (!seen_digit || digits.back() == '.') return std::nullopt;
  char* parse_end = nullptr;
  double value = std::strtod(digits.c_str(), &parse_end);
  if (parse_end != digits.c_str() + digits.size() || !std::isfinite(value)) return std::nullopt;
  return value;
}

}  // namespace kplan::io
