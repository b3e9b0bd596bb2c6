#include "kplan/report/mapping_workbook.hpp"

#include <unistd.h>
#include <xlsxwriter.h>

#include <cstdio>
#include <fstream>
#include <sstream>

namespace kplan::report {
namespace {

void WriteMappingSheet(lxw_workbook* wb, const MappingWorkbook& w) {
  lxw_worksheet* ws = workbook_add_worksheet(wb, kMappingSheet);
  lxw_format* header = workbook_add_format(wb);
  format_set_bold(header);
  format_set_text_wrap(header);
  lxw_format* open = workbook_add_format(wb);
  format_set_unlocked(open);
  format_set_bg_color(open, 0xFFF4CC);
  format_set_border(open, LXW_BORDER_THIN);
  lxw_format* past = workbook_add_format(wb);
  format_set_font_color(past, 0x666666);

  const std::vector<std::string> head = MappingHeader(w.levels, w.year);
  for (std::size_t c = 0; c < head.size(); ++c) {
    worksheet_write_string(ws, 0, static_cast<lxw_col_t>(c), head[c].c_str(), header);
  }
  const std::size_t n = w.levels.size();
  for (std::size_t r = 0; r < w.rows.size(); ++r) {
    const MappingWorkbookRow& row = w.rows[r];
    const auto at = static_cast<lxw_row_t>(r + 1);
    worksheet_write_string(ws, at, 0, row.unit_code.c_str(), nullptr);
    worksheet_write_string(ws, at, 1, row.unit_name.c_str(), nullptr);
    worksheet_write_string(ws, at, 2, row.category.c_str(), nullptr);
    for (std::size_t l = 0; l < n; ++l) {
      const auto col = static_cast<lxw_col_t>(kMappingFirstLevelColumn + l);
      const double count = l < row.counts.size() ? row.counts[l] : 0.0;
      worksheet_write_number(ws, at, col, count, open);
      const auto last_col = static_cast<lxw_col_t>(kMappingFirstLevelColumn + n + l);
      if (l < row.last_year.size() && row.last_year[l]) {
        worksheet_write_number(ws, at, last_col, *row.last_year[l], past);
      }
    }
  }
  worksheet_set_column(ws, 0, 0, 12, nullptr);
  worksheet_set_column(ws, 1, 2, 28, nullptr);
  worksheet_set_column(ws, static_cast<lxw_col_t>(kMappingFirstLevelColumn),
                       static_cast<lxw_col_t>(kMappingFirstLevelColumn + 2 * n), 12, nullptr);
  worksheet_freeze_panes(ws, 1, static_cast<lxw_col_t>(kMappingFirstLevelColumn));
  lxw_protection protection{};
  protection.format_columns = 1;  // widths may change; rows, columns and locked cells may not
  worksheet_protect(ws, nullptr, &protection);
  worksheet_activate(ws);
}

void WriteDefinitionSheet(lxw_workbook* wb, const MappingWorkbook& w) {
  lxw_worksheet* ws = workbook_add_worksheet(wb, kDefinitionSheet);
  lxw_format* header = workbook_add_format(wb);
  format_set_bold(header);
  lxw_format* wrap = workbook_add_format(wb);
  format_set_text_wrap(wrap);
  format_set_align(wrap, LXW_ALIGN_VERTICAL_TOP);
  worksheet_write_string(ws, 0, 0, "Yrkeskategori", header);
  for (std::size_t l = 0; l < w.levels.size(); ++l) {
    worksheet_write_string(ws, 0, static_cast<lxw_col_t>(l + 1), w.levels[l].c_str(), header);
  }
  lxw_row_t at = 1;
  for (const auto& [category, definitions] : w.definitions) {
    worksheet_write_string(ws, at, 0, category.c_str(), wrap);
    for (std::size_t l = 0; l < w.levels.size(); ++l) {
      for (const LevelDefinition& d : definitions) {
        if (d.level == w.levels[l]) {
          worksheet_write_string(ws, at, static_cast<lxw_col_t>(l + 1), d.text.c_str(), wrap);
        }
      }
    }
    ++at;
  }
  worksheet_set_column(ws, 0, 0, 24, nullptr);
  worksheet_set_column(ws, 1, static_cast<lxw_col_t>(w.levels.size()), 40, nullptr);
  worksheet_protect(ws, nullptr, nullptr);
}

void WriteAboutSheet(lxw_workbook* wb, const MappingWorkbook& w) {
  lxw_worksheet* ws = workbook_add_worksheet(wb, kAboutSheet);
  lxw_format* header = workbook_add_format(wb);
  format_set_bold(header);
  const std::pair<std::string, std::string> rows[] = {
      {"Enhet", w.unit_code},
      {"Enhetens namn", w.unit_name},
      {"Planår", std::to_string(w.year)},
      {"Sista dag", w.deadline},
      {"Version", std::to_string(w.version)},
      {"Så fyller du i", "Skriv antalet medarbetare per kompetensnivå i de gula cellerna på fliken " +
                             std::string(kMappingSheet) + ". Nivåernas innebörd står på fliken " +
                             kDefinitionSheet + ". Ladda sedan upp filen under Kartläggning."},
  };
  worksheet_write_string(ws, 0, 0, "Uppgift", header);
  worksheet_write_string(ws, 0, 1, "Värde", header);
  lxw_row_t at = 1;
  for (const auto& [name, value] : rows) {
    worksheet_write_string(ws, at, 0, name.c_str(), nullptr);
    worksheet_write_string(ws, at, 1, value.c_str(), nullptr);
    ++at;
  }
  worksheet_set_column(ws, 0, 0, 18, nullptr);
  worksheet_set_column(ws, 1, 1, 80, nullptr);
  worksheet_protect(ws, nullptr, nullptr);
}

}  // namespace

Result<std::string> RenderMappingWorkbook(const MappingWorkbook& workbook) {
  char path[] = "/tmp/kplan-mapping-XXXXXX";
  const int fd = mkstemp(path);
  if (fd < 0) return Error(ErrorCode::kUnavailable, "kunde inte skapa en temporär fil", "could not create a temporary file");
  close(fd);
  lxw_workbook* wb = workbook_new(path);
  if (!wb) {
    std::remove(path);
    return Error(ErrorCode::kInternal, "XLSX kunde inte skapas", "the XLSX could not be created");
  }
  WriteMappingSheet(wb, workbook);
  WriteDefinitionSheet(wb, workbook);
  WriteAboutSheet(wb, workbook);
  const lxw_error error = workbook_close(wb);
  std::string out;
  if (error == LXW_NO_ERROR) {
    std::ifstream file(path, std::ios::binary);
    std::ostringstream bytes;
    bytes << file.rdbuf();
    out = bytes.str();
  }
  std::remove(path);
  if (error != LXW_NO_ERROR) {
    return Error(ErrorCode::kInternal, std::string("XLSX kunde inte skrivas: ") + lxw_strerror(error),
                 std::string("the XLSX could not be written: ") + lxw_strerror(error));
  }
  return out;
}

}  // namespace kplan::report
