// Need proposals: a chef's proposed base need of a category, with hr's
// decision; accepting changes the plan year's need parameter in the same
// transaction (need_proposal, need_parameter).

#include "kplan/core/org_tree.hpp"
#include "editing.hpp"
#include "poco_store.hpp"
#include "record_json.hpp"

namespace kplan::store {
namespace {

#define KPLAN_SQL_SELECT_PROPOSAL                                                                \
  "SELECT p.id, u.code, y.year, c.name, p.base, p.current_base, p.reason, p.status,"            \
  " p.proposed_by, p.proposed_at, p.decided_by, p.decided_at, p.decision_reason, p.plan_year_id," \
  " p.category_id FROM need_proposal p JOIN org_unit u ON u.id = p.org_unit_id"                 \
  " JOIN plan_year y ON y.id = p.plan_year_id JOIN occupational_category c ON c.id = p.category_id"
constexpr const char* kListProposals = KPLAN_SQL_SELECT_PROPOSAL " WHERE p.plan_year_id = $1 ORDER BY p.id DESC";
constexpr const char* kProposal = KPLAN_SQL_SELECT_PROPOSAL " WHERE p.id = $1";
constexpr const char* kPlanUnit = "SELECT org_unit_id FROM plan_year WHERE id = $1";
constexpr const char* kCategoryId = "SELECT id FROM occupational_category WHERE name = $1";
constexpr const char* kBase = "SELECT base, version FROM need_parameter WHERE plan_year_id = $1 AND category_id = $2";
constexpr const char* kInsertProposal =
    "INSERT INTO need_proposal (plan_year_id, org_unit_id, category_id, base, current_base, reason, status,"
    " proposed_by, proposed_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id";
constexpr const char* kDecide =
    "UPDATE need_proposal SET status = $1, decided_by = $2, decided_at = $3, decision_reason = $4 WHERE id = $5";
constexpr const char* kSetBase =
    "UPDATE need_parameter SET base = $1, version = version + 1 WHERE plan_year_id = $2 AND category_id = $3";

struct Row {
  NeedProposal proposal;
  std::int64_t plan_year_id = 0;
  std::int64_t category_id = 0;
};

std::vector<Row> ReadProposals(Statement& select) {
  return ReadRows<Row>(select, [](RecordSet& rs, std::size_t row) {
    Row r;
    NeedProposal& p = r.proposal;
    p.id = rs.value(0, row).convert<Poco::Int64>();
    p.unit_code = rs.value(1, row).convert<std::string>();
    p.year = rs.value(2, row).convert<int>();
    p.category = rs.value(3, row).convert<std::string>();
    p.base = rs.value(4, row).convert<double>();
    if (!rs.value(5, row).isEmpty()) p.current_base = rs.value(5, row).convert<double>();
    p.reason = rs.value(6, row).convert<std::string>();
    p.status = ParseNeedProposalStatusKey(rs.value(7, row).convert<std::string>())
                   .value_or(NeedProposalStatus::kProposed);
    p.proposed_by = rs.value(8, row).convert<std::string>();
    p.proposed_at = rs.value(9, row).convert<std::string>();
    p.decided_by = rs.value(10, row).convert<std::string>();
    p.decided_at = rs.value(11, row).convert<std::string>();
    p.decision_reason = rs.value(12, row).convert<std::string>();
    r.plan_year_id = rs.value(13, row).convert<Poco::Int64>();
    r.category_id = rs.value(14, row).convert<Poco::Int64>();
    return r;
  });
}

std::optional<Row> ProposalById(Session& s, std::int64_t id) {
  Statement select(s);
  Poco::Int64 key = id;
  select << kProposal, use(key), now;
  std::vector<Row> rows = ReadProposals(select);
  if (rows.empty()) return std::nullopt;
  return rows[0];
}

Json ProposalJson(const NeedProposal& p) {
  return {{"unit", p.unit_code}, {"year", p.year}, {"category", p.category}, {"base", p.base},
          {"reason", p.reason}, {"status", std::string(NeedProposalStatusKey(p.status))},
          {"decision_reason", p.decision_reason}};
}

// The base need B and version of the category's need parameter, when it has one.
std::optional<std::pair<std::optional<double>, int>> BaseOf(Session& s, Poco::Int64 plan, Poco::Int64 category) {
  Statement select(s);
  select << kBase, use(plan), use(category), now;
  RecordSet rs(select);
  if (rs.rowCount() == 0) return std::nullopt;
  std::optional<double> base;
  if (!rs.value(0, 0).isEmpty()) base = rs.value(0, 0).convert<double>();
  return std::pair{base, rs.value(1, 0).convert<int>()};
}

}  // namespace

Result<std::vector<NeedProposal>> PocoStore::ListNeedProposals(std::int64_t plan_year_id) {
  return Reading<std::vector<NeedProposal>>(Get(), "list need proposals", [&](Session& s) {
    Statement select(s);
    Poco::Int64 plan = plan_year_id;
    select << kListProposals, use(plan), now;
    std::vector<NeedProposal> out;
    for (Row& r : ReadProposals(select)) out.push_back(std::move(r.proposal));
    return Result<std::vector<NeedProposal>>(std::move(out));
  });
}

Result<NeedProposal> PocoStore::GetNeedProposal(std::int64_t id) {
  return Reading<NeedProposal>(Get(), "get need proposal", [&](Session& s) -> Result<NeedProposal> {
    std::optional<Row> row = ProposalById(s, id);
    if (!row) return NotFound("behovsförslaget", "need proposal", id);
    return row->proposal;
  });
}

Result<NeedProposal> PocoStore::ProposeNeed(std::int64_t plan_year_id, const NeedProposal& proposal,
                                            std::string_view actor) {
  if (Status v = Validate(proposal); !v.ok()) return v.error();
  Result<std::vector<OrgUnit>> units = ListOrgUnits();
  if (!units.ok()) return units.error();
  const OrgTree tree(units.value());
  return Writing<NeedProposal>("propose need", [&](Session& s) -> Result<NeedProposal> {
    Poco::Int64 plan = plan_year_id;
    std::vector<Poco::Int64> plan_units;
    s << kPlanUnit, use(plan), into(plan_units), now;
    if (plan_units.empty()) return NotFound("planåret", "plan year", plan_year_id);
    const OrgUnit* unit = tree.FindByCode(proposal.unit_code);
    if (!unit || !tree.IsInSubtree(unit->id, plan_units[0])) {
      return Invalid("unit", "enheten \"" + proposal.unit_code + "\" hör inte till planåret",
                     "the unit \"" + proposal.unit_code + "\" is not part of the plan year", "unit")
          .WithValue(proposal.unit_code);
    }
    std::string category_name = proposal.category;
    std::vector<Poco::Int64> categories;
    s << kCategoryId, use(category_name), into(categories), now;
    if (categories.empty()) {
      return Invalid("category", "yrkeskategorin \"" + category_name + "\" finns inte",
                     "the category \"" + category_name + "\" does not exist", "category")
          .WithValue(category_name);
    }
    Poco::Int64 unit_id = unit->id, category = categories[0];
    auto current = BaseOf(s, plan, category);
    Nullable<double> current_base = current && current->first ? Nullable<double>(*current->first) : Nullable<double>();
    double base = proposal.base;
    std::string reason = proposal.reason, status(NeedProposalStatusKey(NeedProposalStatus::kProposed)), who(actor),
                at = NowUtc();
    Poco::Int64 id = 0;
    s << kInsertProposal, use(plan), use(unit_id), use(category), use(base), use(current_base), use(reason),
        use(status), use(who), use(at), into(id), now;
    NeedProposal after = ProposalById(s, id)->proposal;
    AppendAudit(s, actor, "create", "need_proposal", std::to_string(id), "", DumpJson(ProposalJson(after)));
    return after;
  });
}

Result<NeedProposal> PocoStore::DecideNeedProposal(std::int64_t id, bool accept, std::string_view reason,
                                                   std::string_view actor) {
  return Writing<NeedProposal>("decide need proposal", [&](Session& s) -> Result<NeedProposal> {
    std::optional<Row> before = ProposalById(s, id);
    if (!before) return NotFound("behovsförslaget", "need proposal", id);
    if (Status v = CheckDecision(before->proposal.status, accept, reason); !v.ok()) return v.error();
    Poco::Int64 plan = before->plan_year_id, category = before->category_id;
    if (accept) {
      auto need = BaseOf(s, plan, category);
      if (!need) {
        return Error(ErrorCode::kConflict,
                     before->proposal.category + " har inga behovsparametrar i planåret ännu",
                     before->proposal.category + " has no need parameters in the plan year yet")
            .WithField("category")
            .WithRule("need_missing")
            .WithHint("Lägg in behovet för yrkeskategorin under Behov och gap och acceptera sedan förslaget.");
      }
      double base = before->proposal.base;
      s << kSetBase, use(base), use(plan), use(category), now;
      const std::string key = std::to_string(plan) + ":" + std::to_string(category);
      Json was = {{"category", before->proposal.category}, {"version", need->second}};
      was["base"] = need->first ? Json(*need->first) : Json();
      AppendAudit(s, actor, "update", "need_parameter", key, DumpJson(was),
                  DumpJson({{"category", before->proposal.category}, {"base", base}, {"version", need->second + 1},
                            {"need_proposal", id}}));
    }
    std::string status(NeedProposalStatusKey(accept ? NeedProposalStatus::kAccepted : NeedProposalStatus::kRejected));
    std::string who(actor), at = NowUtc(), why(reason);
    Poco::Int64 key = id;
    s << kDecide, use(status), use(who), use(at), use(why), use(key), now;
    NeedProposal after = ProposalById(s, id)->proposal;
    AppendAudit(s, actor, accept ? "accept" : "reject", "need_proposal", std::to_string(id),
                DumpJson(ProposalJson(before->proposal)), DumpJson(ProposalJson(after)));
    return after;
  });
}

}  // namespace kplan::store
