#include "session_json.hpp"

namespace kplan::server::handlers {

Json SessionJson(const Principal& who) {
  Json modules = Json::object();
  const std::pair<Module, const char*> names[] = {
      {Module::kOrganisation, "organisation"}, {Module::kCategories, "categories"},
      {Module::kRegister, "register"},         {Module::kInventory, "inventory"},
      {Module::kNeed, "need"},                 {Module::kRisks, "risks"},
      {Module::kActivities, "activities"},     {Module::kFollowUp, "followup"},
      {Module::kProjection, "projection"},     {Module::kSuccession, "succession"},
      {Module::kImports, "imports"},           {Module::kUsers, "users"},
      {Module::kAudit, "audit"},               {Module::kReports, "reports"}};
  for (auto [module, name] : names) {
    modules[name] = Json{{"read", Allows(who.role, module, Operation::kRead)},
                         {"write", Allows(who.role, module, Operation::kWrite)}};
  }
  return Json{{"user",
               {{"name", who.name},
                {"role", std::string(RoleKey(who.role))},
                {"role_label", std::string(RoleLabel(who.role))},
                {"unit", who.unit_code.empty() ? Json() : Json(who.unit_code)}}},
              {"permissions", modules},
              {"csrf_token", who.csrf_token}};
}

}  // namespace kplan::server::handlers
