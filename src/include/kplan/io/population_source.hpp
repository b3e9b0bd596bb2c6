#pragma once
// The file of `kplan import population` as a Table, whatever way SCB wrote it
// (population_reader.hpp reads the Table):
//   XLSX        a zip archive ("PK\3\4"): the sheet as a table (xlsx.hpp);
//   JSON-stat2  content starting with "{", or a name ending in .json
//               (json_stat.hpp);
//   PX          a name ending in .px, or content starting with a PX keyword
//               such as CHARSET= or AXIS-VERSION= (px_file.hpp);
//   CSV         anything else (.csv, .txt; ';', ',' or tab; UTF-8 or
//               Windows-1252; CRLF): title lines above the header and notes
//               below the data are left out, the header being the first row
//               with an age column and a region or year column (csv.hpp,
//               LooksLikePopulationHeader).

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "kplan/core/error.hpp"
#include "kplan/io/csv.hpp"
#include "kplan/io/table.hpp"

namespace kplan::io {

enum class PopulationFormat { kCsv, kXlsx, kPx, kJsonStat };

struct PopulationSource {
  PopulationFormat format = PopulationFormat::kCsv;
  Table table;
  DecimalMark decimal = DecimalMark::kPoint;
  std::string description;         // "PX (PC-Axis), Windows-1252", "CSV: semikolon ..."
  std::vector<std::string> title;  // CSV: the lines above the header
  std::size_t note_lines = 0;      // CSV: the lines of notes after the data
};

// The format by the name and the first bytes, as above.
PopulationFormat DetectPopulationFormat(std::string_view bytes, std::string_view file_name);

Result<PopulationSource> ReadPopulationSource(std::string_view bytes, std::string_view file_name,
                                              const std::string& sheet = {});

}  // namespace kplan::io
