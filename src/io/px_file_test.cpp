#include "kplan/io/px_file.hpp"

#include <gtest/gtest.h>

#include "kplan/io/json_stat.hpp"

namespace kplan::io {
namespace {

TEST(PxFileTest, StatementsAsScbWritesThem) {
  auto px = ParsePx("CHARSET=\"ANSI\";\r\nTITLE=\"Folkmängd efter region \"\r\n\"och år\";\r\n"
                    "STUB=\"region\";\r\nHEADING=\"år\";\r\nVALUES(\"region\")=\"0180 Stockholm\",\r\n"
                    "\"1280 Malmö\";\r\nVALUES(\"år\")=\"2023\",\"2024\";\r\n"
                    "TIMEVAL(\"år\")=TLIST(A1, \"2023\"-\"2024\");\r\nVALUES[en](\"region\")=\"x\";\r\n"
                    "NOTE=\"a; b\";\r\nDATA=\r\n1 2\r\n3 \"..\";\r\n",
                    "t.px");
  ASSERT_TRUE(px.ok()) << px.error().Describe();
  EXPECT_EQ(px.value().Text("TITLE"), "Folkmängd efter region och år");  // wrapped strings joined
  EXPECT_EQ(px.value().Values("region"), (std::vector<std::string>{"0180 Stockholm", "1280 Malmö"}));
  EXPECT_EQ(px.value().time_variable, "år");
  EXPECT_EQ(px.value().Text("NOTE"), "a; b");
  EXPECT_EQ(px.value().data, (std::vector<std::string>{"1", "2", "3", ".."}));
  EXPECT_EQ(px.value().data_lines, (std::vector<std::int64_t>{13, 13, 14, 14}));
}

TEST(PxFileTest, DataInStubMajorOrderBecomesYearColumns) {
  auto table = ReadPxTable("STUB=\"region\",\"kön\";HEADING=\"år\";VALUES(\"region\")=\"A\";"
                           "VALUES(\"kön\")=\"män\",\"kvinnor\";VALUES(\"år\")=\"2024\",\"2025\";\n"
                           "DATA=\n1 2\n3 4;",
                           "t.px");
  ASSERT_TRUE(table.ok()) << table.error().Describe();
  EXPECT_EQ(table.value().header, (std::vector<std::string>{"region", "kön", "2024", "2025"}));
  ASSERT_EQ(table.value().rows.size(), 2u);
  EXPECT_EQ(table.value().rows[1].fields, (std::vector<std::string>{"A", "kvinnor", "3", "4"}));
  EXPECT_EQ(table.value().rows[1].line, 4);
}

TEST(PxFileTest, TimeInTheStub) {
  auto table = ReadPxTable("STUB=\"år\",\"ålder\";HEADING=\"region\";VALUES(\"år\")=\"2024\",\"2025\";"
                           "VALUES(\"ålder\")=\"0 år\";VALUES(\"region\")=\"A\",\"B\";DATA=1 2 3 4;",
                           "t.px");
  ASSERT_TRUE(table.ok());
  EXPECT_EQ(table.value().header, (std::vector<std::string>{"ålder", "region", "2024", "2025"}));
  EXPECT_EQ(table.value().rows[1].fields, (std::vector<std::string>{"0 år", "B", "2", "4"}));
}

TEST(PxFileTest, BrokenFiles) {
  auto count = ParsePx("STUB=\"a\";VALUES(\"a\")=\"x\",\"y\";\nDATA=\n1;", "t.px");
  ASSERT_FALSE(count.ok());
  EXPECT_EQ(count.error().rule(), "px_data_count");
  EXPECT_EQ(count.error().Describe(),
            "fil \"t.px\", rad 3: DATA har 1 värden men variablerna ger 2 = 2");
  auto open = ParsePx("STUB=\"a;", "t.px");
  ASSERT_FALSE(open.ok());
  EXPECT_EQ(open.error().rule(), "px_syntax");
  auto no_end = ParsePx("STUB=\"a\";VALUES(\"a\")=\"x\";DATA=1", "t.px");
  ASSERT_FALSE(no_end.ok());
  EXPECT_EQ(no_end.error().rule(), "px_syntax");
  auto garbage = ParsePx("=1;", "t.px");
  ASSERT_FALSE(garbage.ok());
  EXPECT_EQ(garbage.error().rule(), "px_syntax");
  auto no_data = ParsePx("STUB=\"a\";VALUES(\"a\")=\"x\";", "t.px");
  ASSERT_FALSE(no_data.ok());
  EXPECT_EQ(no_data.error().rule(), "px_data_count");
}

TEST(JsonStatTest, DatasetAsTable) {
  auto table = ReadJsonStatTable(
      R"({"version":"2.0","class":"dataset","id":["Region","Tid"],"size":[2,1],
          "role":{"time":["Tid"]},
          "dimension":{"Region":{"label":"region","category":{"index":{"0180":0,"1280":1},
                                 "label":{"0180":"Stockholm","1280":"Malmö"}}},
                       "Tid":{"label":"år","category":{"index":["2024"]}}},
          "value":[10.5,null]})",
      "svar.json");
  ASSERT_TRUE(table.ok()) << table.error().Describe();
  EXPECT_EQ(table.value().header, (std::vector<std::string>{"region", "2024"}));
  EXPECT_EQ(table.value().rows[0].fields, (std::vector<std::string>{"Stockholm", "10.5"}));
  EXPECT_EQ(table.value().rows[1].fields, (std::vector<std::string>{"Malmö", ".."}));
  EXPECT_EQ(table.value().rows[1].line, 2);
}

TEST(JsonStatTest, BrokenAnswers) {
  auto index = ReadJsonStatTable(
      R"({"class":"dataset","id":["A"],"size":[2],"dimension":{"A":{"category":{"index":{"x":0,"y":0}}}},"value":[1,2]})",
      "svar.json");
  ASSERT_FALSE(index.ok());
  EXPECT_EQ(index.error().rule(), "jsonstat_index");
  auto value = ReadJsonStatTable(
      R"({"class":"dataset","id":["A"],"size":[1],"dimension":{"A":{"category":{"index":["x"]}}},"value":[true]})",
      "svar.json");
  ASSERT_FALSE(value.ok());
  EXPECT_EQ(value.error().rule(), "jsonstat_value");
  EXPECT_EQ(value.error().location().field, "value[0]");
  auto huge = ReadJsonStatTable(
      R"({"class":"dataset","id":["A","B","C"],"size":[100000,100000,100000],"dimension":{}, "value":[]})",
      "svar.json");
  ASSERT_FALSE(huge.ok());
}

}  // namespace
}  // namespace kplan::io
