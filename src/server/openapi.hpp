#pragma once
// The OpenAPI 3 document of the API, made from the router's own table (so a
// route cannot be served without being documented) and the schemas in
// openapi_schemas.cpp. Served at /api/v1/openapi.json.

#include "api.hpp"
#include "router.hpp"

namespace kplan::server {

Json BuildOpenApi(const Router& router);

// The component schemas by name.
const Json& OpenApiSchemas();

}  // namespace kplan::server
