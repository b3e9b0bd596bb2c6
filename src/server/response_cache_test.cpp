#include "response_cache.hpp"

#include <gtest/gtest.h>

#include <thread>

namespace kplan::server {
namespace {

ApiResponse Answer(const char* text) { return JsonResponse(Json{{"text", text}}); }

ApiRequest AskedBy(const char* user) {
  ApiRequest req;
  Principal who;
  who.name = user;
  req.principal = who;
  return req;
}

TEST(ResponseCache, AnswersUntilAWrite) {
  ResponseCache cache;
  const std::string key = ResponseCache::KeyOf(AskedBy("hr"), "/api/v1/activities?org=VOF");
  EXPECT_FALSE(cache.Find(key));
  cache.Store(key, Answer("a"));
  ASSERT_TRUE(cache.Find(key));
  EXPECT_EQ(cache.Find(key)->body["text"], "a");
  cache.Invalidate();
  EXPECT_FALSE(cache.Find(key));
}

TEST(ResponseCache, KeysAreThePersonsAndTheLanguage) {
  ApiRequest english = AskedBy("hr");
  english.language = Language::kEnglish;
  const std::string uri = "/api/v1/analysis?year=2025";
  EXPECT_NE(ResponseCache::KeyOf(AskedBy("hr"), uri), ResponseCache::KeyOf(AskedBy("chef"), uri));
  EXPECT_NE(ResponseCache::KeyOf(AskedBy("hr"), uri), ResponseCache::KeyOf(english, uri));
}

TEST(ResponseCache, ForgetsAfterItsMaximumAge) {
  ResponseCache cache(std::chrono::milliseconds(20));
  cache.Store("k", Answer("a"));
  ASSERT_TRUE(cache.Find("k"));
  std::this_thread::sleep_for(std::chrono::milliseconds(40));
  EXPECT_FALSE(cache.Find("k"));
}

TEST(ResponseCache, StaysWithinItsSize) {
  ResponseCache cache(std::chrono::seconds(5), 8000);
  cache.Store("big", JsonResponse(Json{{"text", std::string(2000, 'x')}}));  // over an eighth
  EXPECT_FALSE(cache.Find("big"));
  const std::string text(200, 'y');
  for (int i = 0; i < 100; ++i) cache.Store("k" + std::to_string(i), Answer(text.c_str()));
  int kept = 0;
  for (int i = 0; i < 100; ++i) kept += cache.Find("k" + std::to_string(i)) ? 1 : 0;
  EXPECT_GT(kept, 0);
  EXPECT_LT(kept, 100);  // cleared on the way: 100 × 200 bytes do not fit in 8000
}

}  // namespace
}  // namespace kplan::server
