#include "reader_frame.hpp"

#include "import_text.hpp"
#include "kplan/io/personal_data.hpp"

namespace kplan::io::detail {

Result<ColumnMapping> OpenTable(const Table& table, const ColumnVocabulary& vocabulary,
                                const ColumnOverrides& overrides) {
  // Personal data first: a refused table is not looked at any further, not
  // even to say which columns are missing.
  if (Status guard = CheckPersonalData(table, &vocabulary); !guard) return guard.error();
  return MatchColumns(table, vocabulary, overrides);
}

Error TableError(const Table& table, std::string sv, std::string en, std::string rule) {
  Error error(ErrorCode::kInvalidInput, std::move(sv), std::move(en));
  error.WithFile(table.file).WithRule(std::move(rule));
  if (!table.sheet.empty()) error.WithSheet(table.sheet);
  return error;
}

std::string QuotedList(const std::vector<std::string>& items) {
  std::string out;
  for (const std::string& item : items) {
    if (!out.empty()) out += ", ";
    out += Quoted(item);
  }
  return out;
}

}  // namespace kplan::io::detail
