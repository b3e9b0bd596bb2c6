// What a population import tells the user beyond its counts: the title it
// skipped, the dimensions it summed, the totals and contents it left out
// (importer_parts.hpp).

#include "importer_parts.hpp"

namespace kplan::app::import_detail {
namespace {

std::string Quote(const std::string& text) { return "\"" + text + "\""; }

// "\"a\", \"b\" och \"c\"" with `last` as the last joining word.
std::string QuotedList(const std::vector<std::string>& items, const std::string& last) {
  std::string out;
  for (std::size_t i = 0; i < items.size(); ++i) {
    if (i > 0) out += i + 1 == items.size() ? " " + last + " " : ", ";
    out += Quote(items[i]);
  }
  return out;
}

}  // namespace

std::vector<ImportNote> PopulationNotes(const SourceFile& source, const io::PopulationReadResult& read) {
  std::vector<ImportNote> notes;
  auto add = [&](std::string sv, std::string en) { notes.push_back({std::move(sv), std::move(en)}); };
  if (!source.title.empty()) {
    add("tabellens rubrik: " + source.title.front(), "the table's title: " + source.title.front());
  }
  if (source.note_lines > 0) {
    const std::string n = std::to_string(source.note_lines);
    add(n + " rader med fotnoter efter tabellen lästes inte",
        n + " lines of notes after the table were not read");
  }
  if (!read.contents.empty()) {
    if (read.other_contents.empty()) {
      add("tabellinnehåll: " + Quote(read.contents), "contents: " + Quote(read.contents));
    } else {
      add("tabellinnehåll: läste " + Quote(read.contents) + ", lämnade " +
              QuotedList(read.other_contents, "och") + " utanför",
          "contents: read " + Quote(read.contents) + ", left out " +
              QuotedList(read.other_contents, "and"));
    }
  }
  if (!read.summed_dimensions.empty()) {
    add("summerade över " + QuotedList(read.summed_dimensions, "och") +
            " (filen har ingen totalrad för dem)",
        "summed over " + QuotedList(read.summed_dimensions, "and") +
            " (the file has no total for them)");
  }
  if (read.skipped_total_rows > 0) {
    const std::string n = std::to_string(read.skipped_total_rows);
    add(n + " rader med totaler lämnades utanför så att inget räknas två gånger",
        n + " rows of totals were left out so that nothing counts twice");
  }
  if (read.missing_values > 0) {
    const std::string n = std::to_string(read.missing_values);
    add(n + " värden \"..\" (uppgift saknas) lämnades utanför",
        n + " values \"..\" (not available) were left out");
  }
  return notes;
}

}  // namespace kplan::app::import_detail
