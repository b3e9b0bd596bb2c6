// GET /api/v1/openapi.json: the OpenAPI 3 document, made from the router.

#include "../../openapi.hpp"
#include "../../router.hpp"
#include "../handlers.hpp"

namespace kplan::server::handlers {

void RegisterOpenApi(Router& router) {
  router.Add({.method = "GET", .pattern = "/api/v1/openapi.json",
              .summary = "This API's OpenAPI 3 document", .tag = "openapi", .is_public = true,
              .handler = [](const ApiRequest&, AppContext&) -> Result<ApiResponse> {
                // Built once, from the same table the server routes with.
                static const Json document = BuildOpenApi(BuildApiRouter());
                return JsonResponse(document);
              }});
}

}  // namespace kplan::server::handlers
