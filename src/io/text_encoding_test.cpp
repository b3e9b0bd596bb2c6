#include "kplan/io/text_encoding.hpp"

#include <gtest/gtest.h>

namespace kplan::io {
namespace {

TEST(TextEncodingTest, Utf8WithBomIsDetectedAndStripped) {
  DecodedText t = DecodeToUtf8("\xEF\xBB\xBFY" "rkesgrupp;\xC3\x85r");
  EXPECT_EQ(t.encoding, TextEncoding::kUtf8WithBom);
  EXPECT_EQ(t.utf8, "Yrkesgrupp;År");
}

TEST(TextEncodingTest, PlainUtf8IsKept) {
  DecodedText t = DecodeToUtf8("F\xC3\xB6" "delse\xC3\xA5r");
  EXPECT_EQ(t.encoding, TextEncoding::kUtf8);
  EXPECT_EQ(t.utf8, "Födelseår");
}

TEST(TextEncodingTest, Windows1252IsConverted) {
  // "Sysselsättningsgrad;Födelseår;Mått €" as Excel writes it in Windows-1252.
  DecodedText t = DecodeToUtf8("Syssels\xE4ttningsgrad;F\xF6" "delse\xE5r;M\xE5tt \x80");
  EXPECT_EQ(t.encoding, TextEncoding::kWindows1252);
  EXPECT_EQ(t.utf8, "Sysselsättningsgrad;Födelseår;Mått €");
  EXPECT_EQ(TextEncodingName(t.encoding), "Windows-1252");
}

TEST(TextEncodingTest, RejectsOverlongAndTruncatedUtf8) {
  EXPECT_FALSE(IsValidUtf8("\xC0\xAF"));    // overlong "/"
  EXPECT_FALSE(IsValidUtf8("\xC3"));        // truncated
  EXPECT_FALSE(IsValidUtf8("\xED\xA0\x80"));  // surrogate
  EXPECT_TRUE(IsValidUtf8("\xF0\x9F\x98\x80"));  // emoji, 4 bytes
  EXPECT_TRUE(IsValidUtf8(""));
}

}  // namespace
}  // namespace kplan::io
