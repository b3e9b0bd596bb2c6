#pragma once
// The plan document (kompetensförsörjningsplan) as a format-free model: a
// title and a flat list of blocks — headings, paragraphs, bullet lists,
// tables and charts — in reading order. The builders fill it from the core
// calculations; the renderers (renderers.hpp) turn the same model into HTML,
// PDF, XLSX and DOCX, so every format carries the same content.
//
// Text is final, Swedish, with numbers already formatted the Swedish way
// (swedish_text.hpp). Table cells also keep their number, so that the XLSX
// stores numbers as numbers with a number format rather than text.

#include <optional>
#include <string>
#include <variant>
#include <vector>

#include "kplan/report/chart.hpp"

namespace kplan::report {

// Headings: 1 for the main sections (Inledning, Kompetensgap ...), 2 for a
// förvaltning's sections in a roll-up or a category within a section, 3 below.
struct Heading {
  int level = 1;  // 1–3
  std::string text;
  std::string anchor;  // unique within the document, ASCII: "s3", used for links
};

enum class ParagraphStyle {
  kNormal,
  kUserText,  // written by the users of the plan (PlanText): shown as their words
  kNote,      // a remark about the data ("Uppgift saknas ...")
};

// A run of a users' formatted text (report/user_text.hpp reads it from
// Markdown): emphasis and links, never markup of its own.
struct Span {
  std::string text;
  bool bold = false;
  bool italic = false;
  std::string link;  // http(s) or mailto address; empty: no link
};

struct Paragraph {
  std::string text;  // the plain text, also when `spans` say how it is formatted
  ParagraphStyle style = ParagraphStyle::kNormal;
  std::vector<Span> spans;  // empty: `text` as it is
};

struct BulletList {
  std::vector<std::string> items;
  bool numbered = false;  // 1., 2., … instead of bullets
};

// How a cell's number is shown where the format shows numbers natively (XLSX).
enum class NumberFormat {
  kText,     // no number
  kInteger,  // 1 234
  kDecimal,  // 1 234,5
  kPercent,  // number is a fraction: 0,085 shown as 8,5 %
  kKronor,   // whole kronor: 37 800 000 kr
};

enum class CellTone { kNone, kGreen, kRed, kAmber, kShortage, kSurplus };

struct Cell {
  std::string text;               // as shown in HTML, PDF and DOCX
  std::optional<double> number;   // the value behind the text, if it is a number
  NumberFormat format = NumberFormat::kText;
  CellTone tone = CellTone::kNone;
  bool bold = false;

  static Cell Text(std::string text) { return Cell{std::move(text), std::nullopt, NumberFormat::kText}; }
};

struct Table {
  std::string caption;      // shown above the table; may be empty
  std::string sheet;        // XLSX sheet; tables with the same sheet are stacked on it
  std::vector<std::string> header;  // one header row, repeated on every page
  std::vector<std::vector<Cell>> rows;
  std::vector<bool> numeric;  // per column: right-aligned numbers
  std::vector<double> widths; // relative column widths; empty: from the content
};

using Block = std::variant<Heading, Paragraph, BulletList, Table, Chart>;

// The visitor every renderer hands std::visit: one lambda per block type,
//   std::visit(Overloaded{[&](const Heading& h) {...}, ..., [&](const Chart& c) {...}}, block);
// so that a renderer without a case for a new block type does not compile
// (no catch-all `auto` lambda: that would skip the new type silently).
template <typename... Cases>
struct Overloaded : Cases... {
  using Cases::operator()...;
};
template <typename... Cases>
Overloaded(Cases...) -> Overloaded<Cases...>;

struct Document {
  std::string title;     // "Kompetensförsörjningsplan 2025"
  std::string subtitle;  // the organisation: "Vård- och omsorgsförvaltningen, Exempelby kommun"
  std::string file_stem; // "kompetensforsorjningsplan-VOF-2025": ASCII, for file names
  std::string generated; // "Framtagen 2026-01-12 ur Kompetensplan"
  std::vector<Block> blocks;

  // Builders that keep the reading order.
  void AddHeading(int level, std::string text);
  void AddParagraph(std::string text, ParagraphStyle style = ParagraphStyle::kNormal);
  void AddBullets(std::vector<std::string> items);
  void AddTable(Table table);
  void AddChart(Chart chart);

  // The headings, in order (a table of contents).
  std::vector<const Heading*> Headings() const;
};

}  // namespace kplan::report
