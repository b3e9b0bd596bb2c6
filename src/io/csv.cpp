#include "kplan/io/csv.hpp"

#include <algorithm>
#include <array>
#include <charconv>
#include <cmath>
#include <cstdlib>
#include <thread>
#include <tuple>

namespace kplan::io {
namespace {

constexpr std::size_t kDetectionPrefixBytes = 64 * 1024;

struct SplitResult {
  std::vector<TableRow> records;
  std::optional<std::int64_t> open_quote_line;  // a quote never closed
  std::int64_t next_line = 1;                   // the line after the last record
};

// Reads a field that starts with a quote, from text[i] (the quote) to the
// separator, the end of the line or the end of the text, whichever ends it:
// RFC 4180 ("" inside quotes is a quote; quoted text may span lines). After
// the closing quote the field goes on unquoted, where a quote is literal.
// Returns false when the quote is never closed. `line` counts the line breaks
// inside the quotes.
bool ReadQuotedField(std::string_view text, char sep, std::size_t& i, std::int64_t& line,
                     std::string& field) {
  const std::size_t n = text.size();
  bool in_quotes = true;
  ++i;  // the opening quote
  while (i < n) {
    const char c = text[i];
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
    if (c == sep || c == '\r' || c == '\n') return true;
    field += c;
    ++i;
  }
  return !in_quotes;
}

// Splits text into at most max_records records, numbering lines from
// first_line. An open quote at the end is reported, not thrown; detection
// ignores it, since its text may be a prefix. Fields without quotes (nearly
// all) are copied in one piece from the text; `width_hint` reserves the fields
// of each record at once.
SplitResult SplitRecords(std::string_view text, char sep, std::size_t max_records,
                         std::int64_t first_line = 1, std::size_t width_hint = 0) {
  SplitResult out;
  std::int64_t line = first_line;
  std::size_t i = 0;
  const std::size_t n = text.size();
  const char* data = text.data();
  while (i < n && out.records.size() < max_records) {
    TableRow rec;
    rec.line = line;
    rec.fields.reserve(width_hint);
    const std::size_t start = i;
    bool last_field_quoted = false;
    bool record_done = false;
    while (!record_done) {
      last_field_quoted = i < n && data[i] == '"';
      if (last_field_quoted) {
        std::string field;
        if (!ReadQuotedField(text, sep, i, line, field)) {
          out.open_quote_line = rec.line;
          out.next_line = line;
          return out;
        }
        rec.fields.push_back(std::move(field));
      } else {
        const std::size_t field_start = i;
        while (i < n) {
          const char c = data[i];
          if (c == sep || c == '\r' || c == '\n') break;
          ++i;
        }
        rec.fields.emplace_back(data + field_start, i - field_start);
      }
      if (i >= n) {
        rec.source = text.substr(start);
        record_done = true;
      } else if (data[i] == sep) {
        ++i;
      } else {  // end of the line: \r\n, \n or \r
        const std::size_t end = i;
        if (data[i] == '\r' && i + 1 < n && data[i + 1] == '\n') ++i;
        ++i;
        ++line;
        rec.source = text.substr(start, end - start);
        record_done = true;
      }
    }
    // An empty line is no record.
    if (rec.fields.size() == 1 && rec.fields[0].empty() && !last_field_quoted) continue;
    out.records.push_back(std::move(rec));
  }
  out.next_line = line;
  return out;
}

// Splits a large text on several cores: the text is cut after a line break
// near each share's end and the pieces are split at once, their lines
// renumbered afterwards. Only text without any quote is cut, since a line
// break inside a quoted field is no record boundary; other text is split in
// one piece.
SplitResult SplitAllRecords(std::string_view text, char sep, std::size_t width_hint) {
  constexpr std::size_t kMinPieceBytes = 1 << 20;
  std::size_t pieces = std::min<std::size_t>(std::max(1u, std::thread::hardware_concurrency()), 8);
  pieces = std::min(pieces, std::max<std::size_t>(1, text.size() / kMinPieceBytes));
  if (pieces > 1 && text.find('"') != std::string_view::npos) pieces = 1;
  std::vector<std::size_t> cut{0};
  for (std::size_t p = 1; p < pieces; ++p) {
    std::size_t at = text.find('\n', std::max(cut.back(), text.size() / pieces * p));
    if (at == std::string_view::npos) break;
    cut.push_back(at + 1);
  }
  cut.push_back(text.size());
  if (cut.size() == 2) return SplitRecords(text, sep, SIZE_MAX, 1, width_hint);

  std::vector<SplitResult> parts(cut.size() - 1);
  {
    std::vector<std::thread> workers;
    for (std::size_t p = 1; p < parts.size(); ++p) {
      workers.emplace_back([&, p] {
        parts[p] = SplitRecords(text.substr(cut[p], cut[p + 1] - cut[p]), sep, SIZE_MAX, 1, width_hint);
      });
    }
    parts[0] = SplitRecords(text.substr(0, cut[1]), sep, SIZE_MAX, 1, width_hint);
    for (std::thread& w : workers) w.join();
  }
  SplitResult out = std::move(parts[0]);
  std::size_t total = 0;
  for (const SplitResult& part : parts) total += part.records.size();
  out.records.reserve(total);
  for (std::size_t p = 1; p < parts.size(); ++p) {
    const std::int64_t offset = out.next_line - 1;
    for (TableRow& rec : parts[p].records) {
      rec.line += offset;
      out.records.push_back(std::move(rec));
    }
    out.next_line = parts[p].next_line + offset;
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

using HeaderTest = std::function<bool(const std::vector<std::string>&)>;

// The record the test accepts as the header, among the first kHeaderSearch;
// the first record without a test, nullopt when the test accepts none.
std::optional<std::size_t> HeaderIndex(const std::vector<TableRow>& records,
                                       const HeaderTest& is_header) {
  constexpr std::size_t kHeaderSearch = 50;
  if (!is_header) return records.empty() ? std::nullopt : std::optional<std::size_t>(0);
  for (std::size_t r = 0; r < records.size() && r < kHeaderSearch; ++r) {
    if (records[r].fields.size() < 2) continue;
    std::vector<std::string> trimmed;
    for (const std::string& f : records[r].fields) trimmed.push_back(Trim(f));
    if (is_header(trimmed)) return r;
  }
  return std::nullopt;
}

// The separator that splits the header and the records after it into the
// same number of fields; with a header test, one whose header it accepts
// first (title lines above it and notes below are not counted).
char DetectSeparator(std::string_view prefix, const HeaderTest& is_header) {
  char best = ';';
  std::size_t best_fields = 0;
  bool best_consistent = false;
  bool best_found = false;
  for (char sep : {';', '\t', ','}) {
    SplitResult split = SplitRecords(prefix, sep, 50);
    if (split.records.empty()) continue;
    std::optional<std::size_t> at = HeaderIndex(split.records, is_header);
    const bool found = is_header && at.has_value();
    const std::size_t h = at.value_or(0);
    std::size_t header_fields = split.records[h].fields.size();
    if (header_fields < 2) continue;
    bool consistent = true;
    // The last record of a prefix may be cut short; ignore it.
    std::size_t check = split.records.size() > h + 2 ? split.records.size() - 1 : split.records.size();
    for (std::size_t r = h + 1; r < check; ++r) {
      auto fields = split.records[r].fields;
      DropTrailingEmpty(fields, header_fields);
      if (is_header && fields.size() == 1) break;  // notes begin
      if (fields.size() != header_fields) consistent = false;
    }
    const auto rank = std::make_tuple(found, consistent, header_fields);
    if (rank > std::make_tuple(best_found, best_consistent, best_fields)) {
      best = sep;
      best_fields = header_fields;
      best_consistent = consistent;
      best_found = found;
    }
  }
  return best;
}

// Records after the data that are notes: from a record with a single field
// after the last record of the header's width. Returns where the rows end.
std::size_t NotesStart(const std::vector<TableRow>& records, std::size_t header_at, std::size_t width) {
  std::size_t last_full = header_at;
  for (std::size_t r = header_at + 1; r < records.size(); ++r) {
    if (records[r].fields.size() == width) last_full = r;
  }
  if (last_full + 1 < records.size() && records[last_full + 1].fields.size() == 1) return last_full + 1;
  return records.size();
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

// The number in [first, first + length), written with a point and without
// thousands separators; nullopt unless all of it is one finite number.
std::optional<double> FromChars(const char* first, std::size_t length) {
  // from_chars is exact like strtod and does not allocate or look at the locale.
  double value = 0;
  auto [parse_end, ec] = std::from_chars(first, first + length, value);
  if (ec == std::errc::result_out_of_range) {
    // Too small to represent (or too large): strtod gives 0 (or infinity).
    const std::string copy(first, length);
    char* strtod_end = nullptr;
    value = std::strtod(copy.c_str(), &strtod_end);
    parse_end = first + (strtod_end - copy.c_str());
  } else if (ec != std::errc()) {
    return std::nullopt;
  }
  if (parse_end != first + length || !std::isfinite(value)) return std::nullopt;
  return value;
}

// A record whose number of fields differs from the header's.
Error FieldCountError(const Table& table, const TableRow& rec, std::size_t width, char separator) {
  const std::string sep = SeparatorName(separator, Language::kSwedish);
  const std::string sep_en = SeparatorName(separator, Language::kEnglish);
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
  table.text = std::make_shared<const std::string>(std::move(decoded.utf8));
  const std::string& text = *table.text;

  dialect.separator = options.separator.value_or(
      DetectSeparator(std::string_view(text).substr(0, kDetectionPrefixBytes), options.is_header));
  SplitResult first = SplitRecords(text, dialect.separator, 1);
  const std::size_t width_hint = first.records.empty() ? 0 : first.records[0].fields.size();
  SplitResult split = SplitAllRecords(text, dialect.separator, width_hint);
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

  std::vector<TableRow>& records = split.records;
  const std::size_t header_at =
      options.is_header ? HeaderIndex(records, options.is_header).value_or(0) : 0;
  for (std::size_t r = 0; r < header_at; ++r) csv.title.push_back(Trim(records[r].fields[0]));
  for (std::string& h : records[header_at].fields) table.header.push_back(Trim(std::move(h)));
  // Trailing separators on the header line (Excel): keep the named columns only.
  DropTrailingEmpty(table.header, 1);
  const std::size_t width = table.header.size();
  for (std::size_t r = header_at + 1; r < records.size(); ++r) DropTrailingEmpty(records[r].fields, width);
  const std::size_t end = options.is_header ? NotesStart(records, header_at, width) : records.size();
  csv.note_lines = records.size() - end;
  for (std::size_t r = header_at + 1; r < end; ++r) {
    if (records[r].fields.size() != width) {
      return FieldCountError(table, records[r], width, dialect.separator);
    }
  }
  // The records after the header are the rows (moved down in place: no second vector).
  records.erase(records.begin() + static_cast<std::ptrdiff_t>(end), records.end());
  records.erase(records.begin(), records.begin() + static_cast<std::ptrdiff_t>(header_at + 1));
  table.rows = std::move(records);
  return csv;
}

std::optional<double> ParseDecimal(std::string_view text, DecimalMark decimal) {
  const char mark = decimal == DecimalMark::kComma ? ',' : '.';
  // The number without thousands separators and with a point, built on the
  // stack (a field longer than the buffer is no sensible number anyway, but
  // is still read, through a string).
  char buffer[64];
  std::string long_digits;
  std::size_t length = 0;
  auto put = [&](char c) {
    if (length < sizeof buffer) {
      buffer[length++] = c;
      return;
    }
    if (long_digits.empty()) long_digits.assign(buffer, length);
    long_digits += c;
    ++length;
  };
  std::size_t i = 0;
  while (i < text.size() && text[i] == ' ') ++i;
  std::size_t end = text.size();
  while (end > i && text[end - 1] == ' ') --end;
  if (i == end) return std::nullopt;
  bool seen_mark = false, seen_digit = false;
  char last = 0;
  for (std::size_t k = i; k < end; ++k) {
    unsigned char c = static_cast<unsigned char>(text[k]);
    if (c >= '0' && c <= '9') {
      put(last = static_cast<char>(c));
      seen_digit = true;
    } else if (c == '-' && k == i) {
      put(last = '-');
    } else if (c == static_cast<unsigned char>(mark) && !seen_mark && seen_digit) {
      put(last = '.');
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
  if (!seen_digit || last == '.') return std::nullopt;
  return FromChars(long_digits.empty() ? buffer : long_digits.data(), length);
}

}  // namespace kplan::io
