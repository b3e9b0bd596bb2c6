#pragma once
// The renderers of the plan document, one per format (render_<format>.cpp).
// Each takes the whole Document and returns the file's bytes.
//
//   HTML  one self-contained file: inline CSS and SVG charts, a table of
//         contents, printable on A4 (table headers repeat on every page).
//   PDF   Cairo + Pango: A4, page numbers "Sida n av m", table headers repeated
//         across page breaks, headings in the PDF outline, charts as vectors.
//   XLSX  libxlsxwriter: a first sheet with the text, a sheet per table (tables
//         sharing a sheet name are stacked), numbers stored as numbers with
//         Swedish-reading formats, a sheet with the charts as images.
//   DOCX  WordprocessingML written here and zipped with Poco::Zip: Word's
//         built-in styles Heading1–3 (navigable), tables with repeating header
//         rows, charts as PNG images, page numbers in the footer, A4.

#include <string>

#include "kplan/core/error.hpp"
#include "kplan/report/plan_document.hpp"

namespace kplan::report {

std::string RenderHtml(const Document& document);
Result<std::string> RenderPdf(const Document& document);
Result<std::string> RenderXlsx(const Document& document);
Result<std::string> RenderDocx(const Document& document);

}  // namespace kplan::report
