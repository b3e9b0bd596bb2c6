// Reading XLSX workbooks (contract in kplan/io/xlsx.hpp).
//
// Libraries: Poco::Zip unpacks the workbook; expat parses its XML parts.
// Both are already on every machine that builds Kompetensplan: Poco is the
// project's platform library (HTTP, data), and expat is the parser under
// Poco::XML (libpoco-dev depends on libexpat1-dev). libzip and pugixml are
// not installed and would be a second zip and XML stack to keep patched.
// expat is used directly rather than through Poco's SAX classes because those
// copy every element and attribute name into std::strings: a 50,000-row sheet
// took 4 s through Poco::XML and takes about 1.2 s through expat (of which
// expat and zlib are two thirds). Streaming events, not a DOM, means a sheet
// goes from the inflater into the table without the XML ever being held in
// memory; the reader counts the inflated bytes and refuses a part past the
// limit (zip bombs: sizes in zip headers can lie), and refuses any DTD, so
// entities cannot expand. What is ours is only the Office Open XML meaning:
// sheets found through workbook.xml and its relationships, shared strings,
// number formats, date systems.
//
// The steps: zip directory → _rels/.rels → workbook.xml (sheets, date system)
// → its relationships → styles and shared strings → the chosen sheet. Each
// step throws xlsx::Failure with a finished Error; it is caught here once.

#include "kplan/io/xlsx.hpp"

#include <new>

#include "xlsx_internal.hpp"

namespace kplan::io {
namespace {

using xlsx::Context;
using xlsx::Fail;
using xlsx::InvalidInput;

std::string SheetList(const xlsx::Workbook& wb) {
  std::string out;
  for (const auto& sheet : wb.sheets) {
    if (!out.empty()) out += ", ";
    out += "\"" + sheet.name + "\"";
  }
  return out;
}

const xlsx::SheetEntry& ChooseSheet(const xlsx::Workbook& wb, const std::string& name,
                                    const Context& ctx) {
  if (name.empty()) {
    for (const auto& sheet : wb.sheets) {
      if (!sheet.hidden) return sheet;
    }
    return wb.sheets.front();
  }
  for (const auto& sheet : wb.sheets) {
    if (sheet.name == name) return sheet;
  }
  for (const auto& sheet : wb.sheets) {
    if (xlsx::EqualIgnoringAsciiCase(sheet.name, name)) return sheet;
  }
  const bool one = wb.sheets.size() == 1;
  Fail(InvalidInput(ctx,
                    "bladet \"" + name + "\" finns inte; arbetsboken har " +
                        (one ? "bara bladet " : "bladen ") + SheetList(wb),
                    "there is no sheet \"" + name + "\"; the workbook has " +
                        (one ? "only the sheet " : "the sheets ") + SheetList(wb))
           .WithRule("xlsx_sheet_not_found")
           .WithHint("Ange ett av bladen i arbetsboken, eller inget blad för att läsa det första."));
}

// The part a workbook relationship of this type points at, if it is there.
std::optional<std::string> RelatedPart(const xlsx::Package& pkg, const xlsx::Workbook& wb,
                                       std::string_view type) {
  for (const auto& [id, rel] : wb.rels) {
    if (xlsx::TypeIs(rel.type, type)) {
      if (auto part = pkg.Find(rel.target)) return part;
    }
  }
  return std::nullopt;
}

Table ReadChosenSheet(const xlsx::Package& pkg, Context& ctx, const XlsxOptions& options) {
  const xlsx::Workbook wb = xlsx::ReadWorkbook(pkg, ctx);
  const xlsx::SheetEntry& sheet = ChooseSheet(wb, options.sheet, ctx);
  ctx.sheet = sheet.name;

  auto rel = wb.rels.find(sheet.rel_id);
  std::optional<std::string> part;
  if (rel != wb.rels.end()) part = pkg.Find(rel->second.target);
  if (!part) {
    Fail(InvalidInput(ctx, "arbetsboken är skadad: bladet \"" + sheet.name + "\" saknas i filen",
                      "the workbook is damaged: sheet \"" + sheet.name + "\" is missing from the file")
             .WithRule("xlsx_zip")
             .WithHint(std::string(xlsx::kRepairHint)));
  }
  if (!xlsx::TypeIs(rel->second.type, "worksheet")) {
    Fail(InvalidInput(ctx, "bladet \"" + sheet.name + "\" är inget kalkylblad (kanske ett diagramblad)",
                      "sheet \"" + sheet.name + "\" is not a worksheet (perhaps a chart sheet)")
             .WithRule("xlsx_not_worksheet")
             .WithHint("Välj ett blad med en tabell."));
  }

  xlsx::Styles styles;
  if (auto styles_part = RelatedPart(pkg, wb, "styles")) styles = xlsx::ReadStyles(pkg, *styles_part, ctx);
  xlsx::SharedStrings strings;
  if (auto strings_part = RelatedPart(pkg, wb, "sharedStrings")) {
    strings = xlsx::ReadSharedStrings(pkg, *strings_part, ctx);
  }
  xlsx::SheetInputs inputs{&strings, &styles, wb.date1904};
  return xlsx::ReadSheet(pkg, *part, inputs, ctx);
}

// Anything not foreseen (a bug, or a library failing in a way we did not
// map) still ends as an error with a rule, never as an exception to the caller.
Error Unforeseen(const Context& ctx, const std::string& what) {
  Error error = InvalidInput(ctx, "arbetsboken är skadad och kan inte läsas",
                             "the workbook is damaged and cannot be read (" + what + ")");
  error.WithRule("xlsx_damaged").WithHint(std::string(xlsx::kRepairHint));
  return error;
}

}  // namespace

Result<Table> ReadXlsx(std::string_view bytes, std::string_view file_name,
                       const XlsxOptions& options) {
  Context ctx{std::string(file_name), {}, options.max_bytes};
  try {
    const xlsx::Package pkg(bytes, ctx);
    return ReadChosenSheet(pkg, ctx, options);
  } catch (xlsx::Failure& failure) {
    return std::move(failure.error);
  } catch (const std::bad_alloc&) {
    return Unforeseen(ctx, "out of memory");
  } catch (const std::exception& e) {
    return Unforeseen(ctx, e.what());
  }
}

Result<std::vector<std::string>> XlsxSheetNames(std::string_view bytes, std::string_view file_name,
                                                const XlsxOptions& options) {
  Context ctx{std::string(file_name), {}, options.max_bytes};
  try {
    const xlsx::Package pkg(bytes, ctx);
    const xlsx::Workbook wb = xlsx::ReadWorkbook(pkg, ctx);
    std::vector<std::string> names;
    for (const auto& sheet : wb.sheets) names.push_back(sheet.name);
    return names;
  } catch (xlsx::Failure& failure) {
    return std::move(failure.error);
  } catch (const std::bad_alloc&) {
    return Unforeseen(ctx, "out of memory");
  } catch (const std::exception& e) {
    return Unforeseen(ctx, e.what());
  }
}

}  // namespace kplan::io
