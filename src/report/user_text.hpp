#pragma once
// The texts users write for the plan (PlanText) are Markdown — CommonMark with
// tables, read by md4c — and become the document's own blocks, so every
// format shows the same headings, paragraphs, lists and tables:
//   # or ## Rubrik        a heading one level below the section's
//   ### Underrubrik       two levels below (never deeper than 3)
//   **fet**, *kursiv*, [länk](https://…)   spans of a paragraph
//   - punkt / 1. punkt    bullet and numbered lists (nested ones flattened)
//   | a | b |             a table (its first row the header)
// Raw HTML is never markup: it stays text, so a script probe prints as what
// it is. Only http(s) and mailto links are kept; other targets are plain text.

#include <string>
#include <string_view>

#include "kplan/report/plan_document.hpp"

namespace kplan::report::detail {

// Appends `markdown` to `doc` as the users' text of a section at `level`.
// `lead`, when given, opens the first paragraph in bold ("Undersköterska: ");
// `sheet` names the XLSX sheet its tables go on. Blank text adds nothing.
void AddUserText(Document& doc, std::string_view markdown, int level, const std::string& sheet,
                 const std::string& lead = "");

}  // namespace kplan::report::detail
