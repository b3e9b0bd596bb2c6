// `kplan import org-units`: the organisation tree from a file (io/org_unit_reader.hpp),
// planned against the stored units by core (org_unit_changes.hpp) and written
// in one transaction: new units created, stored units (same code) renamed or
// moved in place, keeping their ids and so their history.
//
// Where units without a parent go (the plan's top):
//   --org UNIT         below that unit (an hr user's own unit on the web);
//                      every unit created or changed must then lie below it
//   empty organisation with --org NAME: below a new root NAME (a kommun)
//   one unit a row     a blank parent is the root (a second root is refused)
//   one column a level below the stored root, unless the first level is Kommun

#include "importer_parts.hpp"
#include "kplan/io/org_unit_reader.hpp"

namespace kplan::app::import_detail {
namespace {

std::string TopCode(const ImportContext& c, const io::OrgUnitReadResult& read) {
  if (c.scope.new_root || !c.request.org_code.empty()) return c.scope.root.code;
  if (!read.level_layout || read.entries.empty()) return "";
  if (read.entries.front().kind == OrgUnitKind::kKommun) return "";
  return c.scope.root.code;
}

// Below an --org unit that is not the root: nothing outside its subtree moves
// or is created, and the unit itself is not moved.
void CheckInsideScope(const ImportContext& c, const io::OrgUnitReadResult& read,
                      const std::vector<OrgUnitChange>& changes, ImportReport& report) {
  if (c.scope.new_root || !c.scope.root.parent_id) return;
  std::set<std::string> created;
  for (const OrgUnitChange& ch : changes) {
    if (ch.action == OrgUnitAction::kCreate) created.insert(ch.code);
  }
  for (std::size_t i = 0; i < changes.size(); ++i) {
    const OrgUnitChange& ch = changes[i];
    if (ch.action == OrgUnitAction::kSame) continue;
    const bool moves_scope = ch.code == c.scope.root.code && ch.parent_code != ch.old_parent_code;
    const bool unit_outside = ch.action == OrgUnitAction::kUpdate && !c.scope.codes.count(ch.code);
    const bool parent_outside = ch.code != c.scope.root.code && !c.scope.codes.count(ch.parent_code) &&
                                !created.count(ch.parent_code);
    if (!moves_scope && !unit_outside && !parent_outside) continue;
    const std::string& value = parent_outside ? ch.parent_code : ch.code;
    Error core(ErrorCode::kInvalidInput,
               "\"" + value + "\" ligger utanför " + c.scope.root.name + ", som importen gäller",
               "\"" + value + "\" lies outside " + c.scope.root.name + ", which the import is for");
    core.WithRow(static_cast<std::int64_t>(i + 1))
        .WithField(parent_outside || moves_scope ? "parent" : "code")
        .WithValue(value)
        .WithRule("unit_in_organisation");
    AddRowError(report, io::LocateEntryError(c.source.table, read, core), c.request.error_limit);
  }
}

}  // namespace

Result<ImportReport> ImportOrgUnits(const ImportContext& c, const Stage& stage) {
  Result<io::OrgUnitReadResult> read = io::ReadOrgUnits(c.source.table, c.overrides, c.request.error_limit);
  if (!read.ok()) return read.error();
  const io::OrgUnitReadResult& units = read.value();
  ImportReport report = StartReport(c.source, units, units.entries.size());
  if (report.error_count > 0) return report;

  std::vector<OrgUnitEntry> entries = units.entries;
  if (c.scope.new_root) {
    // After the file's entries, so that entry i stays row i's.
    entries.push_back({c.scope.root.code, c.scope.root.name, "", std::nullopt, OrgUnitKind::kKommun});
  }
  OrgUnitPlan plan = PlanOrgUnitChanges(c.scope.all_units, entries, TopCode(c, units));
  for (const Error& e : plan.errors) {
    AddRowError(report, io::LocateEntryError(c.source.table, units, e), c.request.error_limit);
  }
  if (report.error_count == 0) CheckInsideScope(c, units, plan.changes, report);
  if (report.error_count > 0) return report;

  std::vector<OrgUnitChange> changed;
  for (std::size_t i : CreationOrder(plan.changes)) changed.push_back(plan.changes[i]);
  for (const OrgUnitChange& ch : plan.changes) {
    if (ch.action == OrgUnitAction::kUpdate) changed.push_back(ch);
  }
  AnnounceUnitChanges(c, changed, report);
  if (c.request.dry_run) {
    report.outcome = ImportOutcome::kValidated;
    return report;
  }
  if (changed.empty()) {
    report.outcome = ImportOutcome::kUnchanged;
    return report;
  }
  stage("sparar", "saving");
  Result<int> written = c.store.ApplyOrgUnitChanges(changed, c.request.actor);
  if (!written.ok()) return written.error();
  report.outcome = ImportOutcome::kImported;
  return report;
}

}  // namespace kplan::app::import_detail
