#pragma once
// Internals of the XLSX reader (xlsx.hpp), shared by xlsx*.cpp and their tests.
//
//   xlsx_values.cpp   cell references, number formats, numbers and dates as text
//   xlsx_package.cpp  the zip package: entries unpacked under a size limit and
//                     streamed into expat; the XML event interface
//   xlsx_parts.cpp    relationships, workbook, styles and shared strings
//   xlsx_sheet.cpp    the worksheet → Table
//   xlsx.cpp          ReadXlsx / XlsxSheetNames: the order of the steps
//
// Inside the reader a broken rule is thrown as Failure (carrying the finished
// kplan::Error) and caught once at the API; XML event handlers cannot return errors.

#include <cstddef>
#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "kplan/core/error.hpp"
#include "kplan/io/table.hpp"

namespace kplan::io::xlsx {

inline constexpr std::size_t kMaxColumns = 16384;     // A..XFD
inline constexpr std::int64_t kMaxRows = 1048576;

// A broken rule found deep inside the reader.
struct Failure {
  Error error;
};

// Where we are, for building errors: the file, and the sheet once chosen.
struct Context {
  std::string file;
  std::string sheet;
  std::size_t max_bytes = 0;
};

inline constexpr std::string_view kRepairHint =
    "Öppna filen i Excel och spara den igen som Excel-arbetsbok (.xlsx).";

// An error of ErrorCode::kInvalidInput located in ctx's file (and sheet).
Error InvalidInput(const Context& ctx, std::string sv, std::string en);
[[noreturn]] void Fail(Error error);

// Memory taken by text read from one part (shared strings, table fields ...).
// Past ctx.max_bytes it throws Failure xlsx_too_large: a small part must not
// grow into a huge table, e.g. one long shared string used in a million cells.
class Budget {
 public:
  static constexpr std::size_t kPerString = sizeof(std::string);
  Budget(const Context& ctx, std::string part) : ctx_(ctx), part_(std::move(part)) {}
  void Spend(std::size_t bytes);

 private:
  const Context& ctx_;
  std::string part_;
  std::size_t used_ = 0;
};

// ---- values (xlsx_values.cpp) -------------------------------------------

std::string Trim(std::string_view s);
// Undoes OOXML's escaping of characters in text: "_x000D_" → "\r",
// "_x005F_" → "_" (so "_x005F_x0041_" is the literal "_x0041_").
std::string DecodeEscapes(std::string_view s);
bool IsBlank(std::string_view s);
bool EqualIgnoringAsciiCase(std::string_view a, std::string_view b);

struct CellRef {
  std::size_t column = 0;      // 0-based
  std::int64_t row = 0;        // 1-based; 0 when the reference has no row part
};
// "C7" → {2, 7}; also "C" (column only). nullopt for anything outside A1:XFD1048576.
std::optional<CellRef> ParseCellRef(std::string_view ref);
// "7" → 7; nullopt unless 1..1048576.
std::optional<std::int64_t> ParseRowNumber(std::string_view text);
// "12" → 12; nullopt unless a plain non-negative integer below 2^31.
std::optional<std::uint32_t> ParseIndex(std::string_view text);

enum class NumberKind : std::uint8_t { kPlain, kPercent, kDate, kDateTime, kTime };
// What a number format shows. code is the format code from styles.xml when the
// workbook defines one for id, else empty (then the built-in id decides).
NumberKind ClassifyNumberFormat(int id, std::string_view code);

// An xsd:double as Excel writes it ("75.5", "1.0000000000000001E-2");
// nullopt for anything else, including inf and nan.
std::optional<double> ParseNumber(std::string_view text);
// 15 significant digits, decimal point, no exponent, no trailing zeros.
std::string FormatNumber(double value);
// A serial date/time as ISO text; nullopt when it is no date (before the
// epoch, 1900-02-29, after 9999-12-31, or a negative time).
std::optional<std::string> FormatSerial(double serial, NumberKind kind, bool date1904);

// ---- XML events (xlsx_package.cpp) --------------------------------------
// The parts are read with expat directly, namespaces on: an element or
// attribute name arrives as its namespace URI and local name.

// An element's attributes as expat gives them: name, value, name, value, ..., null.
class XmlAttributes {
 public:
  explicit XmlAttributes(const char** pairs) : pairs_(pairs) {}
  // The value of the unqualified attribute with this name.
  std::optional<std::string_view> Find(std::string_view local) const;
  // The value of r:id (local name "id" in a relationships namespace).
  std::optional<std::string_view> FindRelId() const;

 private:
  const char** pairs_;
};

class XmlHandler {
 public:
  virtual ~XmlHandler() = default;
  virtual void Start(std::string_view ns, std::string_view local, const XmlAttributes& attributes) = 0;
  virtual void End(std::string_view ns, std::string_view local) = 0;
  virtual void Text(std::string_view) {}
};

// True for SpreadsheetML's main namespace, transitional or strict (and for no
// namespace, which a few writers produce): elements of extensions are skipped.
bool IsMainNamespace(std::string_view ns);

// ---- package (xlsx_package.cpp) -----------------------------------------

class Package {
 public:
  // Reads the zip's directory; throws Failure (xlsx_not_zip) if it is none.
  Package(std::string_view bytes, const Context& ctx);
  ~Package();
  Package(const Package&) = delete;
  Package& operator=(const Package&) = delete;

  // The entry's name as stored, matched exactly or else ignoring ASCII case
  // (OPC part names are case-insensitive); nullopt when absent.
  std::optional<std::string> Find(std::string_view part) const;
  // Unpacks the entry (a name returned by Find) chunk by chunk into expat,
  // DTDs refused. Throws Failure: xlsx_too_large, xlsx_zip, xlsx_xml; and
  // whatever the handler throws.
  void Parse(const std::string& part, XmlHandler& handler) const;
  const Context& context() const { return ctx_; }

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
  const Context& ctx_;
};

// "xl/worksheets/sheet1.xml" from the part "xl/workbook.xml" and the target
// "worksheets/sheet1.xml" (or "/xl/worksheets/sheet1.xml"): '.', '..' and
// %-escapes resolved. nullopt for targets outside the package.
std::optional<std::string> ResolveTarget(std::string_view source_part, std::string_view target);
// "xl/_rels/workbook.xml.rels" for "xl/workbook.xml".
std::string RelsPartFor(std::string_view part);

// ---- parts (xlsx_parts.cpp) ---------------------------------------------


struct Relationship {
  std::string type;    // full URI; compare with TypeIs
  std::string target;  // resolved part name (internal targets only)
};
using Relationships = std::map<std::string, Relationship>;  // by Id
// True when a relationship type URI ends with "/" + name (transitional and
// strict OOXML use different prefixes).
bool TypeIs(std::string_view type, std::string_view name);
// Reads a .rels part; an absent part gives no relationships.
Relationships ReadRelationships(const Package& pkg, std::string_view source_part);

struct SheetEntry {
  std::string name;
  std::string rel_id;
  bool hidden = false;
};
struct Workbook {
  std::string part;  // e.g. "xl/workbook.xml"
  bool date1904 = false;
  std::vector<SheetEntry> sheets;
  Relationships rels;
};
// Finds the workbook through _rels/.rels (falling back to xl/workbook.xml) and
// reads it. Throws Failure xlsx_not_workbook, xlsx_no_sheets.
Workbook ReadWorkbook(const Package& pkg, const Context& ctx);

// Number kind per cell style index (the s attribute of a cell).
struct Styles {
  std::vector<NumberKind> cell_kinds;
  NumberKind KindOf(std::optional<std::uint32_t> style) const;
};
Styles ReadStyles(const Package& pkg, const std::string& part, const Context& ctx);

using SharedStrings = std::vector<std::string>;
SharedStrings ReadSharedStrings(const Package& pkg, const std::string& part, const Context& ctx);

// ---- sheet (xlsx_sheet.cpp) ---------------------------------------------

struct SheetInputs {
  const SharedStrings* strings = nullptr;
  const Styles* styles = nullptr;
  bool date1904 = false;
};
// Reads the worksheet part into a Table (file and sheet taken from ctx).
Table ReadSheet(const Package& pkg, const std::string& part, const SheetInputs& in,
                const Context& ctx);

}  // namespace kplan::io::xlsx
