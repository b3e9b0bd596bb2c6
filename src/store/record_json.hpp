#pragma once
// The records as JSON, for the audit log's before and after (private header).
// Every field the caller can see, in declaration order; never a password hash.

#include <nlohmann/json.hpp>

#include <string>

#include "kplan/store/records.hpp"

namespace kplan::store {

using Json = nlohmann::ordered_json;

Json ToJson(const OccupationalCategory& c);
Json ToJson(const CompetenceScaleRecord& s);
Json ToJson(const PlanYear& p);
Json ToJson(const InventoryEntry& e);
Json ToJson(const NeedParameters& n);
Json ToJson(const PlanText& t);
Json ToJson(const Activity& a);
Json ToJson(const Risk& r);
Json ToJson(const Goal& g);
Json ToJson(const PlanChapter& c);
Json ToJson(const IndicatorRecord& i);
Json ToJson(const OutcomeRecord& o);
Json ToJson(const SuccessionEntry& e);
Json ToJson(const User& u);

// The compact text stored in the audit log. Stored text may hold anything;
// invalid UTF-8 is replaced, so the log always holds valid JSON.
std::string DumpJson(const Json& json);

template <typename Record>
std::string AuditText(const Record& record) {
  return DumpJson(ToJson(record));
}

}  // namespace kplan::store
