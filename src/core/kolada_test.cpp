#include "kplan/core/kolada.hpp"

#include <gtest/gtest.h>

namespace kplan {
namespace {

TEST(KoladaKpiTest, ThePersonnelKpisAreKnownWithNameAndUnit) {
  const KoladaKpi* sick = FindKoladaKpi("N00090");
  ASSERT_NE(sick, nullptr);
  EXPECT_EQ(sick->unit, "%");
  EXPECT_NE(std::string(sick->name).find("Sjukfrånvaro"), std::string::npos);
  for (const char* id : {"N00206", "N00214", "N00219", "N00239"}) EXPECT_NE(FindKoladaKpi(id), nullptr) << id;
  EXPECT_EQ(FindKoladaKpi("U00401"), nullptr);
  EXPECT_EQ(FindKoladaKpi(""), nullptr);
}

TEST(KoladaKpiTest, RiketIsCodeZeroAndKommunerAreFourDigits) {
  EXPECT_EQ(MunicipalityLabel("0000"), "Riket");
  EXPECT_EQ(MunicipalityLabel("1280"), "kommun 1280");
  EXPECT_TRUE(IsMunicipalityCode("0180"));
  EXPECT_FALSE(IsMunicipalityCode("180"));
  EXPECT_FALSE(IsMunicipalityCode("SE110"));
}

struct ValueCase {
  const char* name;
  KoladaValue value;
  const char* rule;  // "" for valid
  const char* field;
};

class KoladaValueTest : public ::testing::TestWithParam<ValueCase> {};

TEST_P(KoladaValueTest, ValidatesEachMember) {
  Status s = Validate(GetParam().value);
  if (std::string(GetParam().rule).empty()) {
    EXPECT_TRUE(s.ok()) << s.error().Describe();
  } else {
    ASSERT_FALSE(s.ok());
    EXPECT_EQ(s.error().rule(), GetParam().rule);
    EXPECT_EQ(s.error().location().field, GetParam().field);
  }
}

INSTANTIATE_TEST_SUITE_P(
    Cases, KoladaValueTest,
    ::testing::Values(ValueCase{"valid", {"N00090", "1280", 2023, "T", 7.1, ""}, "", ""},
                      ValueCase{"null_value", {"N00090", "0000", 2023, "K", std::nullopt, "Missing"}, "", ""},
                      ValueCase{"unknown_kpi", {"U00401", "1280", 2023, "T", 1, ""}, "kolada_kpi", "kpi"},
                      ValueCase{"bad_municipality", {"N00090", "12", 2023, "T", 1, ""}, "municipality", "municipality"},
                      ValueCase{"bad_year", {"N00090", "1280", 1066, "T", 1, ""}, "period", "period"},
                      ValueCase{"bad_gender", {"N00090", "1280", 2023, "X", 1, ""}, "gender", "gender"}),
    [](const auto& info) { return std::string(info.param.name); });

TEST(ComparisonsTest, NormalizesAndRefusesBadCodes) {
  EXPECT_EQ(NormalizeComparisons(" 0000, 1280,0000,").value(), "0000,1280");
  EXPECT_EQ(NormalizeComparisons("").value(), "");
  Result<std::string> bad = NormalizeComparisons("0000,Malmö");
  ASSERT_FALSE(bad.ok());
  EXPECT_EQ(bad.error().rule(), "municipality");
  EXPECT_EQ(bad.error().location().field, "comparison");
  EXPECT_FALSE(NormalizeComparisons("0001,0002,0003,0004,0005,0006,0007,0008,0009,0010,0011").ok());
}

}  // namespace
}  // namespace kplan
