// JSON-stat 2.0 datasets as a cube, then a table (json_stat.hpp).

#include "kplan/io/json_stat.hpp"

#include <charconv>

#include "data_cube.hpp"
#include "import_text.hpp"
#include "kplan/io/json_fields.hpp"

namespace kplan::io {
namespace {

using json_fields::Json;
using json_fields::Where;

// An answer of the API is at most 150,000 cells; a saved file may be larger.
constexpr std::size_t kMaxJsonStatBytes = 512u << 20;

std::string Number(double value) {
  char buffer[32];
  auto [end, ec] = std::to_chars(buffer, buffer + sizeof buffer, value);
  return ec == std::errc() ? std::string(buffer, end) : std::string();
}

bool IsTimeName(std::string_view id, std::string_view label) {
  const std::string f = detail::Fold(label);
  return id == "Tid" || f == "ar" || f == "year" || f == "tid";
}

class JsonStatReader {
 public:
  explicit JsonStatReader(std::string_view file) { cube_.file = std::string(file); }

  Result<detail::DataCube> Read(const Json& root) {
    if (Status s = Dataset(root); !s) return s.error();
    if (Status s = Dimensions(root); !s) return s.error();
    if (Status s = Values(root); !s) return s.error();
    return std::move(cube_);
  }

 private:
  Status Fail(const Where& where, std::string_view rule, const std::string& sv, const std::string& en) const {
    Error e = where.Invalid(rule, sv, en);
    e.WithFile(cube_.file);
    return e;
  }

  Status Dataset(const Json& root) {
    const Where top;
    if (!root.is_object()) {
      return Fail(top, "jsonstat", "filen är inget JSON-stat2-dataset (ett objekt väntades)",
                  "the file is no JSON-stat2 dataset (an object was expected)");
    }
    const Json* cls = json_fields::Member(root, "class");
    if (!cls || !cls->is_string() || cls->get<std::string>() != "dataset") {
      Status s = Fail(top.Key("class"), "jsonstat",
                      "filen är inget JSON-stat2-dataset (\"class\": \"dataset\" saknas)",
                      "the file is no JSON-stat2 dataset (\"class\": \"dataset\" is missing)");
      Error e = s.error();
      e.WithHint("Hämta tabellen från SCB:s API med \"response\": {\"format\": \"json-stat2\"}.");
      return e;
    }
    return Ok();
  }

  Status Dimensions(const Json& root) {
    const Json* ids = json_fields::Member(root, "id");
    const Json* sizes = json_fields::Member(root, "size");
    const Json* dims = json_fields::Member(root, "dimension");
    const Where top;
    if (!ids || !ids->is_array() || !sizes || !sizes->is_array() || !dims || !dims->is_object()) {
      return Fail(top, "jsonstat", "\"id\", \"size\" och \"dimension\" måste finnas",
                  "\"id\", \"size\" and \"dimension\" must be present");
    }
    if (ids->size() != sizes->size()) {
      return Fail(top.Key("size"), "jsonstat_size",
                  "\"id\" har " + std::to_string(ids->size()) + " dimensioner men \"size\" " +
                      std::to_string(sizes->size()),
                  "\"id\" has " + std::to_string(ids->size()) + " dimensions but \"size\" " +
                      std::to_string(sizes->size()));
    }
    std::vector<std::string> time_ids;
    if (const Json* role = json_fields::Member(root, "role"); role && role->is_object()) {
      if (const Json* time = json_fields::Member(*role, "time"); time && time->is_array()) {
        for (const Json& t : *time) {
          if (t.is_string()) time_ids.push_back(t.get<std::string>());
        }
      }
    }
    bool time_found = false;
    for (std::size_t k = 0; k < ids->size(); ++k) {
      const Where at = top.Key("id").Index(k);
      if (!(*ids)[k].is_string()) return Fail(at, "jsonstat", "ett id ska vara en text", "an id must be a text");
      const std::string id = (*ids)[k].get<std::string>();
      const Json& size = (*sizes)[k];
      if (!size.is_number_unsigned() && !(size.is_number_integer() && size.get<std::int64_t>() >= 0)) {
        return Fail(top.Key("size").Index(k), "jsonstat_size", "en storlek ska vara ett heltal ≥ 0",
                    "a size must be a whole number ≥ 0");
      }
      const Json* dim = json_fields::Member(*dims, id);
      if (!dim || !dim->is_object()) {
        return Fail(top.Key("dimension").Key(id), "jsonstat", "dimensionen \"" + id + "\" saknas",
                    "the dimension \"" + id + "\" is missing");
      }
      detail::CubeDimension cd;
      const Json* label = json_fields::Member(*dim, "label");
      cd.name = label && label->is_string() ? label->get<std::string>() : id;
      if (Status s = Categories(*dim, top.Key("dimension").Key(id), id, size.get<std::uint64_t>(), cd.labels); !s) {
        return s;
      }
      const bool by_role = std::find(time_ids.begin(), time_ids.end(), id) != time_ids.end();
      cd.time = !time_found && (by_role || (time_ids.empty() && IsTimeName(id, cd.name)));
      time_found = time_found || cd.time;
      cube_.dims.push_back(std::move(cd));
    }
    return Ok();
  }

  // The category labels in position order.
  Status Categories(const Json& dim, const Where& where, const std::string& id, std::uint64_t size,
                    std::vector<std::string>& labels) {
    const Json* category = json_fields::Member(dim, "category");
    if (!category || !category->is_object()) {
      return Fail(where.Key("category"), "jsonstat", "\"category\" saknas", "\"category\" is missing");
    }
    const Json* index = json_fields::Member(*category, "index");
    const Json* label = json_fields::Member(*category, "label");
    std::vector<std::string> codes;
    const Where at = where.Key("category").Key("index");
    if (index && index->is_array()) {
      for (const Json& code : *index) {
        if (!code.is_string()) return Fail(at, "jsonstat_index", "en kod ska vara en text", "a code must be a text");
        codes.push_back(code.get<std::string>());
      }
    } else if (index && index->is_object()) {
      codes.assign(index->size(), std::string());
      std::vector<bool> taken(index->size(), false);
      for (const auto& [code, pos] : index->items()) {
        if (!pos.is_number_integer() || pos.get<std::int64_t>() < 0 ||
            static_cast<std::uint64_t>(pos.get<std::int64_t>()) >= index->size() ||
            taken[static_cast<std::size_t>(pos.get<std::int64_t>())]) {
          return Fail(at.Key(code), "jsonstat_index",
                      "positionen av \"" + code + "\" ska vara ett eget heltal 0 … " + std::to_string(index->size() - 1),
                      "the position of \"" + code + "\" must be a whole number of its own 0 … " +
                          std::to_string(index->size() - 1));
        }
        const auto p = static_cast<std::size_t>(pos.get<std::int64_t>());
        taken[p] = true;
        codes[p] = code;
      }
    } else if (label && label->is_object()) {
      for (const auto& item : label->items()) codes.push_back(item.key());
    }
    if (codes.size() != size) {
      return Fail(at, "jsonstat_size",
                  "dimensionen \"" + id + "\" har " + std::to_string(codes.size()) + " kategorier men \"size\" säger " +
                      std::to_string(size),
                  "the dimension \"" + id + "\" has " + std::to_string(codes.size()) + " categories but \"size\" says " +
                      std::to_string(size));
    }
    for (const std::string& code : codes) {
      const Json* text = label && label->is_object() ? json_fields::Member(*label, code) : nullptr;
      labels.push_back(text && text->is_string() ? text->get<std::string>() : code);
    }
    return Ok();
  }

  Status Values(const Json& root) {
    const Where at = Where().Key("value");
    std::optional<std::uint64_t> cells = detail::CubeCells(cube_.dims);
    if (!cells) {
      return Fail(Where().Key("size"), "jsonstat_size", "dimensionerna ger för många celler",
                  "the dimensions give too many cells");
    }
    const Json* value = json_fields::Member(root, "value");
    if (!value || (!value->is_array() && !value->is_object())) {
      return Fail(at, "jsonstat", "\"value\" saknas", "\"value\" is missing");
    }
    if (value->is_array() && value->size() != *cells) {
      return Fail(at, "jsonstat_size",
                  "\"value\" har " + std::to_string(value->size()) + " värden men \"size\" ger " + std::to_string(*cells),
                  "\"value\" has " + std::to_string(value->size()) + " values but \"size\" gives " +
                      std::to_string(*cells));
    }
    // A sparse answer stands for its missing cells: a few kilobytes must not
    // make millions of them.
    if (value->is_object() && *cells > 16 * value->size() + 1024) {
      return Fail(at, "jsonstat_size",
                  "\"value\" har " + std::to_string(value->size()) + " värden för " + std::to_string(*cells) +
                      " celler; hämta tabellen med \"value\" som en lista",
                  "\"value\" has " + std::to_string(value->size()) + " values for " + std::to_string(*cells) +
                      " cells; fetch the table with \"value\" as a list");
    }
    cube_.values.assign(*cells, "..");
    cube_.lines.resize(*cells);
    for (std::uint64_t i = 0; i < *cells; ++i) cube_.lines[i] = static_cast<std::int64_t>(i + 1);
    if (value->is_array()) {
      for (std::size_t i = 0; i < value->size(); ++i) {
        if (Status s = Cell((*value)[i], at.Index(i), cube_.values[i]); !s) return s;
      }
      return Ok();
    }
    for (const auto& [key, v] : value->items()) {
      std::uint64_t pos = 0;
      auto [end, ec] = std::from_chars(key.data(), key.data() + key.size(), pos);
      if (ec != std::errc() || end != key.data() + key.size() || pos >= *cells) {
        return Fail(at.Key(key), "jsonstat_index", "\"" + key + "\" är ingen position i tabellen",
                    "\"" + key + "\" is no position in the table");
      }
      if (Status s = Cell(v, at.Key(key), cube_.values[pos]); !s) return s;
    }
    return Ok();
  }

  Status Cell(const Json& v, const Where& where, std::string& out) const {
    if (v.is_null()) return Ok();  // stays ".."
    if (v.is_number()) {
      out = Number(v.get<double>());
      return Ok();
    }
    if (v.is_string()) {
      out = v.get<std::string>();
      return Ok();
    }
    return Fail(where, "jsonstat_value", "ett värde ska vara ett tal eller null",
                "a value must be a number or null");
  }

  detail::DataCube cube_;
};

}  // namespace

Result<Table> ReadJsonStatTable(std::string_view bytes, std::string_view file_name) {
  Result<Json> doc = json_fields::ParseJsonDocument(bytes, kMaxJsonStatBytes);
  if (!doc) {
    Error e = doc.error();
    e.WithFile(std::string(file_name));
    return e;
  }
  Result<detail::DataCube> cube = JsonStatReader(file_name).Read(doc.value());
  if (!cube) return cube.error();
  return detail::CubeToTable(cube.value());
}

}  // namespace kplan::io
