// The units of a register import (`kplan import employees`): every unit cell
// must name a unit below the import's unit; with --create-units the units
// not stored yet are created below it, in the extract's transaction.
//
// A cell names a unit by code when the register's unit column is a code
// column (io::UnitColumnHoldsCodes: a code header such as Enhetskod, or a
// unit name column beside it); otherwise ("Enhet") a cell that is no stored
// code is a unit's name:
//   - a stored unit below the import's unit with that name (case and spacing
//     ignored) is that unit; several are an error [ambiguous_unit_name];
//   - else the unit with the name's derived code below the import's unit
//     (core/org_unit_code.hpp), created by an earlier --create-units, is it;
//   - else, with --create-units, a new enhet of that name and derived code.
// A code cell that is no stored unit becomes, with --create-units, a new enhet
// with that code, named by the unit name column (or by its code).
// Without --create-units an unknown unit is an error [unit_in_organisation].

#include <algorithm>
#include <map>

#include "importer_parts.hpp"
#include "kplan/core/org_unit_code.hpp"
#include "kplan/io/register_reader.hpp"

namespace kplan::app::import_detail {
namespace {

// The text of a column in the row at `line` (rows are in line order).
std::string CellAt(const io::Table& table, std::int64_t line, std::optional<std::size_t> column) {
  if (!column) return {};
  auto row = std::lower_bound(table.rows.begin(), table.rows.end(), line,
                              [](const io::TableRow& r, std::int64_t l) { return r.line < l; });
  if (row == table.rows.end() || row->line != line || *column >= row->fields.size()) return {};
  return row->fields[*column];
}

class UnitResolver {
 public:
  UnitResolver(const ImportContext& c, const io::EmployeeReadResult& employees, ImportReport& report)
      : c_(c), employees_(employees), report_(report),
        unit_column_(employees.columns.IndexOf("unit")),
        name_column_(employees.columns.IndexOf("unit_name")),
        holds_codes_(io::UnitColumnHoldsCodes(employees.columns)) {
    for (const OrgUnit& u : c.scope.all_units) stored_codes_.insert(u.code);
  }

  // The code each cell value stands for, the units to create (parents first).
  std::vector<NewOrgUnit> Resolve(std::map<std::string, std::string>& code_of_value) {
    std::vector<NewOrgUnit> created;
    if (c_.scope.new_root) created.push_back({c_.scope.root.code, "", OrgUnitKind::kKommun, c_.scope.root.name});
    const std::string* last = nullptr;  // consecutive rows often share a unit
    for (std::size_t i = 0; i < employees_.records.size(); ++i) {
      const std::string& value = employees_.records[i].unit_code;
      if (last && *last == value) continue;
      last = &value;
      if (code_of_value.count(value) || refused_.count(value)) continue;
      std::optional<std::string> code = CodeFor(value, employees_.lines[i], created);
      if (code) {
        code_of_value[value] = *code;
      } else {
        refused_.insert(value);
      }
    }
    return created;
  }

 private:
  std::optional<std::string> CodeFor(const std::string& value, std::int64_t line,
                                     std::vector<NewOrgUnit>& created) {
    if (c_.scope.codes.count(value)) return value;
    const std::string& parent = c_.scope.root.code;
    if (!holds_codes_) {
      std::vector<const OrgUnit*> named;
      for (const OrgUnit& u : c_.scope.units) {
        if (SameOrgUnitName(u.name, value)) named.push_back(&u);
      }
      if (named.size() == 1) return named.front()->code;
      if (named.size() > 1) {
        Refuse(line, value,
               Error(ErrorCode::kInvalidInput,
                     "flera enheter i " + c_.scope.root.name + " heter \"" + value + "\"",
                     "several units in " + c_.scope.root.name + " are named \"" + value + "\"")
                   .WithRule("ambiguous_unit_name")
                   .WithHint("Ange enheternas koder i registret (kolumnen Enhetskod)."));
        return std::nullopt;
      }
      const std::string derived = DerivedOrgUnitCode(parent, value);
      if (c_.scope.codes.count(derived)) return derived;
      if (c_.request.create_units) return Create({derived, parent, OrgUnitKind::kEnhet, value}, line, created);
    } else if (c_.request.create_units) {
      std::string name = CellAt(c_.source.table, line, name_column_);
      return Create({value, parent, OrgUnitKind::kEnhet, name.empty() ? value : name}, line, created);
    }
    Refuse(line, value, UnitOutsideScope(c_.source.table, line, unit_column_, value, c_.scope));
    return std::nullopt;
  }

  std::optional<std::string> Create(NewOrgUnit unit, std::int64_t line, std::vector<NewOrgUnit>& created) {
    if (stored_codes_.count(unit.code)) {  // stored, but not below the import's unit
      Refuse(line, unit.code, UnitOutsideScope(c_.source.table, line, unit_column_, unit.code, c_.scope));
      return std::nullopt;
    }
    if (Status valid = Validate(unit); !valid.ok()) {
      Refuse(line, unit.name, valid.error());
      return std::nullopt;
    }
    created.push_back(unit);
    return unit.code;
  }

  void Refuse(std::int64_t line, const std::string& value, Error error) {
    AddRowError(report_, AtCell(c_.source.table, line, unit_column_, value, std::move(error)),
                c_.request.error_limit);
  }

  const ImportContext& c_;
  const io::EmployeeReadResult& employees_;
  ImportReport& report_;
  std::optional<std::size_t> unit_column_, name_column_;
  bool holds_codes_;
  std::set<std::string, std::less<>> stored_codes_;
  std::set<std::string> refused_;
};

}  // namespace

std::vector<NewOrgUnit> ResolveRegisterUnits(const ImportContext& c, io::EmployeeReadResult& employees,
                                             ImportReport& report) {
  std::map<std::string, std::string> code_of_value;
  std::vector<NewOrgUnit> created = UnitResolver(c, employees, report).Resolve(code_of_value);
  if (report.error_count > 0) return {};
  const bool renamed = std::any_of(code_of_value.begin(), code_of_value.end(),
                                   [](const auto& entry) { return entry.first != entry.second; });
  if (renamed) {
    for (EmployeeRecord& e : employees.records) e.unit_code = code_of_value.at(e.unit_code);
  }
  std::vector<OrgUnitChange> changes;
  for (const NewOrgUnit& u : created) {
    changes.push_back({OrgUnitAction::kCreate, u.code, u.name, u.parent_code, u.kind, "", "", u.kind});
  }
  AnnounceUnitChanges(c, std::move(changes), report);
  return created;
}

}  // namespace kplan::app::import_detail
