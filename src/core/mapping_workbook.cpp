#include "kplan/core/mapping_workbook.hpp"

namespace kplan {

std::vector<std::string> MappingHeader(const std::vector<std::string>& levels, int year) {
  std::vector<std::string> header{"Enhet", "Enhetens namn", "Yrkeskategori"};
  for (const std::string& l : levels) header.push_back(l);
  for (const std::string& l : levels) header.push_back(l + " " + std::to_string(year - 1));
  return header;
}

}  // namespace kplan
