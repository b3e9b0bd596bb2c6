#include "args.hpp"

#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

#include "commands.hpp"

namespace kplan::cli {
namespace {

TEST(Args, EveryDeclaredOptionIsInTheHelp) {
  const std::string global = GlobalHelp(AllCommands());
  for (const CommandSpec* command : AllCommands()) {
    const std::string own = CommandHelp(*command);
    EXPECT_NE(global.find("  " + UsageLine(*command) + "\n"), std::string::npos) << command->name;
    for (const OptionDecl& option : command->options) {
      EXPECT_NE(UsageLine(*command).find("--" + option.name), std::string::npos) << command->name << " --" << option.name;
      EXPECT_NE(own.find("  --" + option.name), std::string::npos) << command->name << " --" << option.name;
    }
  }
  EXPECT_NE(global.find("[--max-errors N]"), std::string::npos);
}

// The README shows `kplan --help` as it is, between "## The command" and the
// notes below it.
TEST(Args, TheReadmeShowsTheGeneratedHelp) {
  std::ifstream file(std::string(KPLAN_SOURCE_DIR) + "/README.md");
  std::stringstream text;
  text << file.rdbuf();
  const std::string readme = text.str();
  const std::string heading = "## The command\n\n```\n";
  const std::size_t start = readme.find(heading);
  ASSERT_NE(start, std::string::npos);
  const std::size_t body = start + heading.size();
  const std::size_t end = readme.find("```\n", body);
  ASSERT_NE(end, std::string::npos);
  EXPECT_EQ(readme.substr(body, end - body), GlobalHelp(AllCommands()));
}

TEST(Args, WholeNumbersAreCheckedByTheDeclaration) {
  const std::vector<OptionDecl> options{WholeNumber("pension-age", "N", "", 65, 69), Flag("quiet", ""),
                                        Text("org", "ENHET", "")};
  Result<Args> ok = Args::Parse({"--pension-age=67", "--quiet", "--org", "VOF", "fil"}, options);
  ASSERT_TRUE(ok.ok()) << ok.error().Describe();
  EXPECT_EQ(ok.value().Number("pension-age"), 67);
  EXPECT_TRUE(ok.value().Has("quiet"));
  EXPECT_EQ(ok.value().Get("org"), "VOF");
  EXPECT_EQ(ok.value().positional(), std::vector<std::string>{"fil"});

  for (const char* bad : {"99", "67x", "6 7", "", "6.7"}) {
    Result<Args> refused = Args::Parse({"--pension-age", bad}, options);
    ASSERT_FALSE(refused.ok()) << bad;
    EXPECT_EQ(refused.error().rule(), "whole_number");
    EXPECT_NE(refused.error().message().find("--pension-age"), std::string::npos);
    EXPECT_NE(refused.error().message().find("från 65 till 69"), std::string::npos);
  }
  EXPECT_FALSE(Args::Parse({"--quiet=yes"}, options).ok());
  EXPECT_FALSE(Args::Parse({"--org"}, options).ok());
  EXPECT_FALSE(Args::Parse({"--orgg", "VOF"}, options).ok());
}

TEST(Args, ThePensionAgeIsTheSameRangeInFiguresAndReport) {
  for (const CommandSpec* command : {&FiguresCommand(), &ReportCommand()}) {
    Result<Args> refused = Args::Parse({"--pension-age", "99"}, command->options);
    ASSERT_FALSE(refused.ok()) << command->name;
    EXPECT_NE(refused.error().message(Language::kEnglish).find("from 65 to 69"), std::string::npos);
    EXPECT_TRUE(Args::Parse({"--pension-age", "68"}, command->options).ok());
  }
}

}  // namespace
}  // namespace kplan::cli
