#pragma once
// One registration function per resource (or per endpoint where a resource
// has only a few); each resource keeps its files under handlers/<resource>/.

namespace kplan::server {
class Router;
}

namespace kplan::server::handlers {

void RegisterHealth(Router& router);
void RegisterSessionSignIn(Router& router);
void RegisterSessionGet(Router& router);
void RegisterSessionDelete(Router& router);
void RegisterActivities(Router& router);
void RegisterRisks(Router& router);
void RegisterGoals(Router& router);
void RegisterIndicators(Router& router);
void RegisterIndicatorOutcomes(Router& router);
void RegisterSuccession(Router& router);
void RegisterOrgUnits(Router& router);
void RegisterCategories(Router& router);
void RegisterPlanYears(Router& router);
void RegisterPlanCycle(Router& router);  // with RegisterPlanYears
void RegisterFollowupOccasions(Router& router);
void RegisterKommunstyrelsen(Router& router);
void RegisterInventory(Router& router);
void RegisterMapping(Router& router);
void RegisterNeedProposals(Router& router);
void RegisterNeedParameters(Router& router);
void RegisterTexts(Router& router);
void RegisterChapters(Router& router);
void RegisterAnalysis(Router& router);
void RegisterRegister(Router& router);
void RegisterUsers(Router& router);
void RegisterAudit(Router& router);
void RegisterImports(Router& router);
void RegisterOpenApi(Router& router);
void RegisterReports(Router& router);
void RegisterProjections(Router& router);
void RegisterVocabularies(Router& router);

}  // namespace kplan::server::handlers
