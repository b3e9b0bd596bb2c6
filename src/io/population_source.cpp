// Which reader a population file needs, and the Table it gives
// (population_source.hpp).

#include "kplan/io/population_source.hpp"

#include "import_text.hpp"
#include "kplan/io/json_stat.hpp"
#include "kplan/io/population_reader.hpp"
#include "kplan/io/px_file.hpp"
#include "kplan/io/xlsx.hpp"

namespace kplan::io {
namespace {

bool EndsWith(std::string_view name, std::string_view ext) {
  if (name.size() < ext.size()) return false;
  return detail::Fold(name.substr(name.size() - ext.size())) == detail::Fold(ext);
}

// The text after a UTF-8 BOM and white space.
std::string_view Start(std::string_view bytes) {
  if (bytes.substr(0, 3) == "\xEF\xBB\xBF") bytes.remove_prefix(3);
  std::size_t i = 0;
  while (i < bytes.size() && (bytes[i] == ' ' || bytes[i] == '\t' || bytes[i] == '\r' || bytes[i] == '\n')) ++i;
  return bytes.substr(i);
}

// A PX statement at the start: an upper-case keyword, then [lang], ("..") or "=".
bool StartsWithPxKeyword(std::string_view text) {
  std::size_t i = 0;
  while (i < text.size() && ((text[i] >= 'A' && text[i] <= 'Z') || text[i] == '-')) ++i;
  return i >= 4 && i < text.size() && (text[i] == '=' || text[i] == '[' || text[i] == '(');
}

}  // namespace

PopulationFormat DetectPopulationFormat(std::string_view bytes, std::string_view file_name) {
  if (bytes.rfind(std::string_view("PK\x03\x04", 4), 0) == 0) return PopulationFormat::kXlsx;
  const std::string_view start = Start(bytes);
  if (!start.empty() && start.front() == '{') return PopulationFormat::kJsonStat;
  if (EndsWith(file_name, ".json")) return PopulationFormat::kJsonStat;
  if (EndsWith(file_name, ".px") || StartsWithPxKeyword(start)) return PopulationFormat::kPx;
  return PopulationFormat::kCsv;
}

Result<PopulationSource> ReadPopulationSource(std::string_view bytes, std::string_view file_name,
                                              const std::string& sheet) {
  PopulationSource source;
  source.format = DetectPopulationFormat(bytes, file_name);
  switch (source.format) {
    case PopulationFormat::kXlsx: {
      XlsxOptions options;
      options.sheet = sheet;
      Result<Table> table = ReadXlsx(bytes, file_name, options);
      if (!table) return table.error();
      source.table = std::move(table).value();
      source.description = "XLSX, blad \"" + source.table.sheet + "\"";
      return source;
    }
    case PopulationFormat::kJsonStat: {
      Result<Table> table = ReadJsonStatTable(bytes, file_name);
      if (!table) return table.error();
      source.table = std::move(table).value();
      source.description = "JSON-stat2 (PxWeb API)";
      return source;
    }
    case PopulationFormat::kPx: {
      TextEncoding encoding = TextEncoding::kUtf8;
      Result<Table> table = ReadPxTable(bytes, file_name, &encoding);
      if (!table) return table.error();
      source.table = std::move(table).value();
      source.description = "PX (PC-Axis), " + std::string(TextEncodingName(encoding));
      return source;
    }
    case PopulationFormat::kCsv: break;
  }
  CsvOptions options;
  options.is_header = LooksLikePopulationHeader;
  Result<CsvFile> csv = ReadCsv(bytes, file_name, options);
  if (!csv) return csv.error();
  source.decimal = csv.value().dialect.decimal;
  source.description = "CSV: " + DescribeDialect(csv.value().dialect);
  source.title = std::move(csv.value().title);
  source.note_lines = csv.value().note_lines;
  source.table = std::move(csv).value().table;
  return source;
}

}  // namespace kplan::io
