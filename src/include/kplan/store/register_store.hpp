#pragma once
// Imported registers: employee register extracts (snapshots) and population
// forecasts (one role of kplan::store::Store).

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "kplan/core/calendar_date.hpp"
#include "kplan/core/employee.hpp"
#include "kplan/core/org_unit.hpp"
#include "kplan/core/error.hpp"
#include "kplan/store/records.hpp"

namespace kplan::store {

// One imported employee register extract.
struct EmployeeSnapshot {
  std::int64_t id = 0;
  std::int64_t org_unit_id = 0;  // the extract covers this unit's subtree
  CalendarDate extract_date;
  std::string source_file;
  std::string content_hash;      // fingerprint of the records, not of the file's bytes
  int rows = 0;
  std::string imported_at;
};

// An extract to save: every employee's unit_code must name a unit in the
// subtree of org_unit_id.
struct RegisterExtract {
  std::int64_t org_unit_id = 0;
  CalendarDate extract_date;
  std::string source_file;
  std::vector<EmployeeRecord> employees;
  // Units the register names that are not stored yet (`kplan import
  // employees --create-units`), parents first: created in the extract's
  // transaction (ValidateNewOrgUnits first). With org_unit_id 0 the extract's
  // unit is the new unit whose code is org_unit_code (a new root).
  std::vector<NewOrgUnit> new_units;
  std::string org_unit_code;
  // The first pseudonymised import (io/pseudonymise.hpp): the key its ids were
  // made with, stored in the extract's transaction (PseudonymKey). A key
  // stored meanwhile by another import is a conflict; nothing is written.
  std::string new_pseudonym_key;
};

enum class SnapshotWrite {
  kCreated,    // a new snapshot
  kUnchanged,  // the same records were already stored for this unit and date: nothing written
  kReplaced,   // different records for the same unit and date, replaced on request
};

class RegisterStore {
 public:
  virtual ~RegisterStore() = default;

  // Employee register. SaveRegisterExtract stores all employees of the
  // extract or none. Saving the same records again for the same unit and date
  // changes nothing; different records for a stored unit and date are a
  // conflict unless `replace` is set.
  virtual Result<SnapshotWrite> SaveRegisterExtract(const RegisterExtract& extract, bool replace,
                                                    std::string_view actor) = 0;
  // The key of the pseudonymous employee ids (64 hex digits), nullopt before
  // the first pseudonymised import. Only the importer asks for it: no route
  // sends it and nothing logs it.
  virtual Result<std::optional<std::string>> PseudonymKey() = 0;
  // Oldest extract date first.
  virtual Result<std::vector<EmployeeSnapshot>> ListSnapshots() = 0;
  // The employees of a snapshot who belong to unit_id or a unit below it,
  // ordered by employee id.
  virtual Result<std::vector<EmployeeRecord>> LoadEmployees(std::int64_t snapshot_id,
                                                            std::int64_t unit_id) = 0;

  // Population forecasts: entries replace stored ones with the same area,
  // year and age_from.
  virtual Result<int> SavePopulation(const std::vector<PopulationEntry>& entries,
                                     std::string_view actor) = 0;
  virtual Result<std::vector<PopulationEntry>> LoadPopulation(std::string_view area) = 0;
  // The areas that have a forecast, by name.
  virtual Result<std::vector<std::string>> ListPopulationAreas() = 0;
};

}  // namespace kplan::store
