#include "kplan/io/personal_data.hpp"

#include <algorithm>
#include <array>
#include <vector>

#include "import_text.hpp"
#include "kplan/core/personnummer.hpp"

namespace kplan::io {
namespace {

constexpr std::array<std::string_view, 11> kPnrHeaders = {
    "personnummer", "pnr", "personnr", "persnr", "personalidentitynumber", "personalnumber",
    "personalidnumber", "ssn", "socialsecuritynumber", "fodelsenummer", "samordningsnummer"};
constexpr std::array<std::string_view, 6> kPnrHeaderParts = {
    "personnummer", "personnr", "fodelsenummer", "samordningsnummer", "personalidentitynumber",
    "socialsecuritynumber"};
constexpr std::array<std::string_view, 20> kNameHeaders = {
    "namn",       "fornamn",  "efternamn", "tilltalsnamn",  "mellannamn",
    "fulltnamn",  "fullstandigtnamn", "medarbetarnamn", "anstalldsnamn", "personnamn",
    "name",       "firstname", "lastname", "fullname",      "surname",
    "givenname",  "middlename", "employeename", "forename",  "familyname"};
constexpr std::array<std::string_view, 7> kNameHeaderEndings = {
    "fornamn", "efternamn", "tilltalsnamn", "firstname", "lastname", "fullname", "surname"};

bool EndsWith(std::string_view s, std::string_view end) {
  return s.size() >= end.size() && s.substr(s.size() - end.size()) == end;
}

enum class HeaderKind { kOther, kPersonnummer, kName };

HeaderKind ClassifyHeader(std::string_view folded) {
  for (std::string_view h : kPnrHeaders) {
    if (folded == h) return HeaderKind::kPersonnummer;
  }
  for (std::string_view h : kPnrHeaderParts) {
    if (folded.find(h) != std::string_view::npos) return HeaderKind::kPersonnummer;
  }
  for (std::string_view h : kNameHeaders) {
    if (folded == h) return HeaderKind::kName;
  }
  for (std::string_view h : kNameHeaderEndings) {
    if (EndsWith(folded, h)) return HeaderKind::kName;
  }
  return HeaderKind::kOther;
}

constexpr const char* kWhySv =
    ". Kompetensplan lagrar inga personnummer eller namn; ta bort kolumnen eller ersätt den "
    "med ett pseudonymt anställnings-id.";
constexpr const char* kWhyEn =
    ". Kompetensplan stores no personal identity numbers or names; remove the column or "
    "replace it with a pseudonymous employee id.";

// A register has a way out that keeps the people linked across extracts.
constexpr const char* kPseudonymiseSv =
    " Ett personalregister kan i stället importeras med --pseudonymise (på webben: "
    "\"Pseudonymisera personnummer och ta bort namn\"): namnen tas bort och personnumren ersätts "
    "med ett pseudonymt id.";
constexpr const char* kPseudonymiseEn =
    " An employee register can instead be imported with --pseudonymise (on the web: "
    "\"Pseudonymisera personnummer och ta bort namn\"): the names are dropped and the personal "
    "identity numbers replaced by a pseudonymous id.";

Error Refuse(const Table& table, std::size_t column, std::string sv, std::string en,
             const ColumnVocabulary* vocabulary) {
  const bool reg = vocabulary != nullptr && vocabulary->kind == "employees";
  Error error(ErrorCode::kInvalidInput, sv + kWhySv + (reg ? kPseudonymiseSv : ""),
              en + kWhyEn + (reg ? kPseudonymiseEn : ""));
  error.WithFile(table.file).WithRule("personal_data");
  if (!table.sheet.empty()) error.WithSheet(table.sheet);
  error.WithColumn(column < table.header.size() ? table.header[column] : std::string());
  return error;
}

// The kind of every column by its header, the vocabulary's own headers allowed.
std::vector<HeaderKind> ClassifyHeaders(const Table& table, const ColumnVocabulary* vocabulary) {
  std::vector<std::string> allowed;
  if (vocabulary != nullptr) {
    for (const FieldSpec& f : vocabulary->fields) {
      for (const std::string& h : f.headers) allowed.push_back(detail::Fold(h));
    }
  }
  std::vector<HeaderKind> kinds;
  for (std::size_t c = 0; c < table.header.size(); ++c) {
    const std::string folded = detail::Fold(table.header[c]);
    HeaderKind kind = ClassifyHeader(folded);
    if (kind == HeaderKind::kName &&
        std::find(allowed.begin(), allowed.end(), folded) != allowed.end()) {
      kind = HeaderKind::kOther;
    }
    kinds.push_back(kind);
  }
  return kinds;
}

}  // namespace

PersonalColumns FindPersonalColumns(const Table& table, const ColumnVocabulary* vocabulary) {
  PersonalColumns found;
  const std::vector<HeaderKind> kinds = ClassifyHeaders(table, vocabulary);
  for (std::size_t c = 0; c < kinds.size(); ++c) {
    if (kinds[c] == HeaderKind::kPersonnummer) found.personnummer.push_back(c);
    if (kinds[c] == HeaderKind::kName) found.names.push_back(c);
  }
  return found;
}

Status CheckPersonalData(const Table& table, const ColumnVocabulary* vocabulary) {
  const std::vector<HeaderKind> kinds = ClassifyHeaders(table, vocabulary);
  for (std::size_t c = 0; c < kinds.size(); ++c) {
    const HeaderKind kind = kinds[c];
    if (kind == HeaderKind::kPersonnummer) {
      return Refuse(table, c, "kolumnen ser ut att innehålla personnummer",
                    "the column appears to hold personal identity numbers (personnummer)", vocabulary);
    }
    if (kind == HeaderKind::kName) {
      return Refuse(table, c, "kolumnen ser ut att innehålla namn",
                    "the column appears to hold names", vocabulary);
    }
  }

  const std::size_t columns = table.header.size();
  std::vector<std::size_t> written(columns, 0), bare(columns, 0), non_empty(columns, 0);
  std::vector<std::int64_t> first_line(columns, 0);
  for (const TableRow& row : table.rows) {
    const std::size_t n = std::min(columns, row.fields.size());
    for (std::size_t c = 0; c < n; ++c) {
      std::string_view v = detail::Trim(row.fields[c]);
      if (v.empty()) continue;
      ++non_empty[c];
      // A cheap filter first: personnummer start with a digit and are 10–13 long.
      if (v.size() < 10 || v.size() > 13 || v[0] < '0' || v[0] > '9') continue;
      PersonnummerForm m = MatchPersonnummer(v);
      if (m == PersonnummerForm::kNone) continue;
      if (m == PersonnummerForm::kWrittenOut) ++written[c];
      else ++bare[c];
      if (first_line[c] == 0) first_line[c] = row.line;
    }
  }
  for (std::size_t c = 0; c < columns; ++c) {
    const std::size_t few = std::min<std::size_t>(3, non_empty[c]);
    const std::size_t hits = written[c] + bare[c];
    if (hits == 0) continue;
    const bool refuse = written[c] >= few || (hits >= few && 2 * hits > non_empty[c]);
    if (!refuse) continue;
    const std::string count = std::to_string(hits) + " av " + std::to_string(non_empty[c]);
    const std::string count_en = std::to_string(hits) + " of " + std::to_string(non_empty[c]);
    const std::string first = std::to_string(first_line[c]);
    return Refuse(table, c,
                  "kolumnen ser ut att innehålla personnummer (" + count + " värden, första på rad " +
                      first + ")",
                  "the column appears to hold personal identity numbers (personnummer) (" +
                      count_en + " values, the first on row " + first + ")",
                  vocabulary);
  }
  return Ok();
}

}  // namespace kplan::io
