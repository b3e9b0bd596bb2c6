// libFuzzer target for the XLSX reader: any bytes must give either a table
// whose every row has exactly the header's width and a row number Excel can
// have, or an error with a rule — never a crash, a hang, undefined behaviour
// or unbounded memory.
//
// Two ways in, chosen by the input:
//   - bytes starting with "PK" are read as a whole .xlsx file (zip headers,
//     directory, compressed data, and the parts inside);
//   - anything else is split at NUL bytes into up to three XML parts — the
//     sheet, the shared strings and the styles — and packed (stored, not
//     compressed) into a workbook around them, so that mutations reach the XML
//     handling instead of dying in the inflater's checksum.

#include <Poco/DateTime.h>
#include <Poco/Path.h>
#include <Poco/Zip/Compress.h>

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

#include "kplan/io/csv.hpp"
#include "kplan/io/xlsx.hpp"

namespace {

constexpr const char* kRel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
constexpr const char* kPkgRel = "http://schemas.openxmlformats.org/package/2006/relationships";

std::string PackParts(std::string_view data) {
  std::vector<std::string> parts;
  std::size_t start = 0;
  while (parts.size() < 2) {
    const std::size_t nul = data.find('\0', start);
    if (nul == std::string_view::npos) break;
    parts.emplace_back(data.substr(start, nul - start));
    start = nul + 1;
  }
  parts.emplace_back(data.substr(start));
  parts.resize(3);

  std::stringstream out(std::ios::in | std::ios::out | std::ios::binary);
  Poco::Zip::Compress zip(out, true);
  auto add = [&](const std::string& name, const std::string& content) {
    std::istringstream in(content);
    zip.addFile(in, Poco::DateTime(2024, 1, 15), Poco::Path(name, Poco::Path::PATH_UNIX),
                Poco::Zip::ZipCommon::CM_STORE);
  };
  add("_rels/.rels", std::string("<Relationships xmlns=\"") + kPkgRel + "\"><Relationship Id=\"r\" Type=\"" +
                         kRel + "/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>");
  add("xl/workbook.xml",
      std::string("<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
                  "xmlns:r=\"") + kRel + "\"><sheets><sheet name=\"Blad1\" r:id=\"s\"/></sheets></workbook>");
  add("xl/_rels/workbook.xml.rels",
      std::string("<Relationships xmlns=\"") + kPkgRel + "\"><Relationship Id=\"s\" Type=\"" + kRel +
          "/worksheet\" Target=\"worksheets/sheet1.xml\"/><Relationship Id=\"t\" Type=\"" + kRel +
          "/sharedStrings\" Target=\"sharedStrings.xml\"/><Relationship Id=\"u\" Type=\"" + kRel +
          "/styles\" Target=\"styles.xml\"/></Relationships>");
  add("xl/worksheets/sheet1.xml", parts[0]);
  if (!parts[1].empty()) add("xl/sharedStrings.xml", parts[1]);
  if (!parts[2].empty()) add("xl/styles.xml", parts[2]);
  zip.close();
  return out.str();
}

void Check(const kplan::Result<kplan::io::Table>& table) {
  if (!table.ok()) {
    if (table.error().rule().empty()) std::abort();
    return;
  }
  const auto& t = table.value();
  if (t.header.empty()) std::abort();
  for (const auto& row : t.rows) {
    if (row.fields.size() != t.header.size()) std::abort();
    if (row.line < 1 || row.line > 1048576) std::abort();
    for (const auto& f : row.fields) kplan::io::ParseDecimal(f, kplan::io::DecimalMark::kPoint);
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string_view input(reinterpret_cast<const char*>(data), size);
  kplan::io::XlsxOptions options;
  options.max_bytes = 8 * 1024 * 1024;  // keep each run small; the logic is the same at 512 MB

  const std::string packed = input.starts_with("PK") ? std::string() : PackParts(input);
  const std::string_view bytes = input.starts_with("PK") ? input : std::string_view(packed);

  Check(kplan::io::ReadXlsx(bytes, "fuzz.xlsx", options));
  auto names = kplan::io::XlsxSheetNames(bytes, "fuzz.xlsx", options);
  if (!names.ok()) {
    if (names.error().rule().empty()) std::abort();
  } else if (names.value().size() > 1) {
    options.sheet = names.value().back();
    Check(kplan::io::ReadXlsx(bytes, "fuzz.xlsx", options));
  }
  return 0;
}
