// The OpenAPI document matches the router both ways: every route is in the
// document with its method, path parameters and schemas, the document has no
// operation the router lacks, and every $ref resolves. (That every documented
// operation is answered over HTTP is checked by tests/api/routes.test.mjs.)

#include "openapi.hpp"

#include <gtest/gtest.h>

#include <set>

#include "router.hpp"

namespace kplan::server {
namespace {

std::string Lower(std::string s) {
  for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s;
}

void CollectRefs(const Json& v, std::vector<std::string>& out) {
  if (v.is_object()) {
    for (const auto& [k, x] : v.items()) {
      if (k == "$ref" && x.is_string()) {
        out.push_back(x.get<std::string>());
      } else {
        CollectRefs(x, out);
      }
    }
  } else if (v.is_array()) {
    for (const Json& x : v) CollectRefs(x, out);
  }
}

class OpenApiTest : public ::testing::Test {
 protected:
  Router router_ = BuildApiRouter();
  Json doc_ = BuildOpenApi(router_);
};

TEST_F(OpenApiTest, EveryRouteIsDocumented) {
  ASSERT_GE(router_.routes().size(), 50u);
  std::set<std::string> seen;
  for (const Route& r : router_.routes()) {
    const std::string key = r.method + " " + r.pattern;
    EXPECT_TRUE(seen.insert(key).second) << "registered twice: " << key;
    ASSERT_TRUE(doc_["paths"].contains(r.pattern)) << key;
    const Json& paths = doc_["paths"][r.pattern];
    ASSERT_TRUE(paths.contains(Lower(r.method))) << key;
    const Json& op = paths[Lower(r.method)];
    EXPECT_FALSE(op["summary"].get<std::string>().empty()) << key;
    EXPECT_EQ(op.contains("security"), !r.is_public) << key;
    if (!r.request_schema.empty()) {
      EXPECT_TRUE(op.contains("requestBody")) << key;
      EXPECT_TRUE(doc_["components"]["schemas"].contains(r.request_schema)) << key << " " << r.request_schema;
    }
    if (!r.response_schema.empty()) {
      EXPECT_TRUE(doc_["components"]["schemas"].contains(r.response_schema)) << key << " " << r.response_schema;
    }
    // Every {name} of the pattern is a declared path parameter.
    std::size_t at = 0;
    while ((at = r.pattern.find('{', at)) != std::string::npos) {
      const std::string name = r.pattern.substr(at + 1, r.pattern.find('}', at) - at - 1);
      bool declared = false;
      for (const Json& p : op.value("parameters", Json::array())) {
        declared = declared || (p["in"] == "path" && p["name"] == name);
      }
      EXPECT_TRUE(declared) << key << " {" << name << "}";
      ++at;
    }
    if (!r.is_public) {
      EXPECT_TRUE(op["responses"].contains("401")) << key;
      EXPECT_TRUE(op["responses"].contains("403")) << key;
    }
  }
}

TEST_F(OpenApiTest, EveryDocumentedOperationIsRouted) {
  std::size_t operations = 0;
  for (const auto& [path, ops] : doc_["paths"].items()) {
    for (const auto& [method, op] : ops.items()) {
      ++operations;
      std::string upper = method;
      for (char& c : upper) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
      // The pattern itself as a path: its {name} segments match themselves.
      bool wrong_method = false;
      auto match = router_.Find(upper, path, &wrong_method);
      ASSERT_TRUE(match) << upper << " " << path;
      EXPECT_EQ(match->route->pattern, path) << upper << " " << path;
      EXPECT_EQ(match->route->method, upper);
    }
  }
  EXPECT_EQ(operations, router_.routes().size());
}

TEST_F(OpenApiTest, EveryRefResolves) {
  std::vector<std::string> refs;
  CollectRefs(doc_, refs);
  ASSERT_GT(refs.size(), 50u);
  for (const std::string& ref : refs) {
    ASSERT_EQ(ref.rfind("#/", 0), 0u) << ref;
    const Json* at = &doc_;
    std::size_t start = 2;
    while (start <= ref.size()) {
      std::size_t slash = ref.find('/', start);
      const std::string part = ref.substr(start, slash == std::string::npos ? std::string::npos : slash - start);
      ASSERT_TRUE(at->is_object() && at->contains(part)) << ref;
      at = &(*at)[part];
      if (slash == std::string::npos) break;
      start = slash + 1;
    }
  }
}

// The dispatcher refuses body keys a request schema does not declare
// (handlers/common.hpp), so each request schema must list its properties, or
// say that its reader checks the keys itself (additionalProperties: true).
TEST_F(OpenApiTest, EveryRequestSchemaDeclaresItsKeys) {
  for (const Route& r : router_.routes()) {
    if (r.request_schema.empty()) continue;
    ASSERT_TRUE(OpenApiSchemas().contains(r.request_schema)) << r.method << " " << r.pattern;
    const Json& schema = OpenApiSchemas()[r.request_schema];
    const bool open = schema.value("additionalProperties", false);
    EXPECT_TRUE(open || (schema.contains("properties") && !schema["properties"].empty()))
        << r.method << " " << r.pattern << ": " << r.request_schema;
  }
}

TEST_F(OpenApiTest, ErrorSchemaIsTheOneErrorShape) {
  const Json& error = doc_["components"]["schemas"]["Error"];
  EXPECT_EQ(error["required"], Json::array({"error"}));
  EXPECT_EQ(error["properties"]["error"]["required"], Json::array({"code", "message"}));
  EXPECT_EQ(doc_["openapi"].get<std::string>().substr(0, 2), "3.");
}

}  // namespace
}  // namespace kplan::server
