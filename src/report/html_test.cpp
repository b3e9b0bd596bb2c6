#include "kplan/report/html.hpp"

#include <gtest/gtest.h>

namespace kplan::report {
namespace {

TEST(HtmlEscapeTest, ScriptInAUnitNameIsShownNotRun) {
  EXPECT_EQ(HtmlEscape("<script>alert('x')</script> & \"Vård\""),
            "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;Vård&quot;");
}

TEST(HtmlEscapeTest, SwedishTextUntouched) {
  EXPECT_EQ(HtmlEscape("Förvaltning för äldreomsorg"), "Förvaltning för äldreomsorg");
}

}  // namespace
}  // namespace kplan::report
