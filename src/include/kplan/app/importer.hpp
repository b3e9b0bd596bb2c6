#pragma once
// Importing a file into the store: `kplan import` and the API's upload.
//
// The file (CSV in any of the Swedish or international dialects, or XLSX) is
// read and every row validated, including against the stored organisation
// (units must lie under the import's unit), before anything is written. A file
// with any bad row changes nothing and gets a report of the bad rows (up to a
// limit, all counted). A good file is written in one transaction. Problems
// with the file as a whole (unreadable, a missing column, personal data) are
// the Result's error.

#include <cstddef>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "kplan/core/calendar_date.hpp"
#include "kplan/core/error.hpp"
#include "kplan/core/org_unit_changes.hpp"
#include "kplan/store/store.hpp"

namespace kplan::app {

enum class ImportKind { kEmployees, kInventory, kPopulation, kIndicators, kActivities, kOrgUnits, kKolada };

// "employees", "inventory", "population", "indicators", "activities", "org-units",
// "kolada" (a Kolada API answer in JSON, io/kolada_reader.hpp: no unit, no sheet).
std::string_view ImportKindKey(ImportKind kind);
std::optional<ImportKind> ParseImportKind(std::string_view key);

struct ImportRequest {
  ImportKind kind = ImportKind::kEmployees;
  std::string file_name;  // as the user named it; shown in every error
  std::string bytes;      // the file's content
  // The unit the file is for, by code or (one unit's) name; empty: the whole
  // organisation. In an empty organisation, with org-units or --create-units,
  // the name of the root to create (a kommun, its code derived from the name).
  std::string org_code;
  std::optional<CalendarDate> snapshot;  // employees: the extract date (required)
  int year = 0;           // inventory, activities: the plan year (required)
  std::string sheet;      // XLSX: the sheet, empty for the first
  std::string map_json;   // --map: {"field": "Header in file"}, with its file name
  std::string map_file;
  bool dry_run = false;   // validate only
  bool replace = false;   // employees: replace a stored extract with other content
  // employees: create the units the register names that are not stored, below
  // the import's unit (import_units.hpp states the rules).
  bool create_units = false;
  // employees: the file has personnummer (and names): drop the names and
  // replace each personnummer by the database's keyed hash, taking birth year
  // and gender from it when the file has no such columns (io/pseudonymise.hpp).
  // The first such import creates the key, in the extract's transaction.
  bool pseudonymise = false;
  // Called with the units to be created or changed once every row is valid,
  // before anything is written (also on a dry run).
  std::function<void(const std::vector<OrgUnitChange>&)> on_unit_changes;
  std::size_t error_limit = 100;
  std::string actor = "system";
};

enum class ImportOutcome {
  kRejected,   // bad rows: nothing written
  kValidated,  // dry run: the file is good, nothing written
  kImported,
  kUnchanged,  // the same content was already stored
  kReplaced,
};

// Something the import did that the user should know, e.g. which dimensions
// of an SCB table it summed.
struct ImportNote {
  std::string sv;
  std::string en;
};

struct ImportReport {
  std::string format;   // e.g. "CSV: semikolon som avgränsare, decimalkomma, UTF-8 med BOM"
  std::string columns;  // which column each field was read from
  std::size_t rows = 0;     // data rows in the file
  std::size_t records = 0;  // records read from them (a wide row gives several)
  std::vector<Error> errors;  // the first error_limit row errors
  std::size_t error_count = 0;
  // population: dimensions summed, totals and contents left out; kolada: more
  // pages to fetch; employees: outcomes computed from the register, employments
  // merged, columns dropped and facts taken by --pseudonymise
  std::vector<ImportNote> notes;
  ImportOutcome outcome = ImportOutcome::kRejected;
  // org-units, employees --create-units: the units created or changed (on a
  // dry run: that would be), in the order they are written.
  std::vector<OrgUnitChange> unit_changes;
};

// Called at each stage, in Swedish and English: "läser filen", "kontrollerar
// raderna", "sparar".
using ImportProgress = std::function<void(std::string_view stage_sv, std::string_view stage_en)>;

// The web's column mapping (POST /imports/columns): the file's headers, and
// for every field of the kind the header its reader recognises. The user
// picks from the headers; the result is the --map document (io/columns.hpp).
struct ImportField {
  std::string key;       // "employee_id"
  std::string label_sv;  // "anställnings-id"
  std::string label_en;
  std::string need;      // "required", "any_of" or "optional"
  std::string header;    // the header recognised, empty when none
};
struct ImportColumns {
  std::vector<std::string> headers;  // the file's, in order
  std::vector<ImportField> fields;   // the kind's, in vocabulary order
};
// Reads only what the import would read to find the header (request.bytes,
// file_name, kind, sheet); nothing is checked beyond that and nothing stored.
Result<ImportColumns> ReadImportColumns(const ImportRequest& request);

// Takes the request by value: the file's bytes are released as soon as they
// are parsed, which keeps a million-row import under a gigabyte.
Result<ImportReport> ImportFile(store::Store& store, ImportRequest request,
                                const ImportProgress& progress = {});

}  // namespace kplan::app
