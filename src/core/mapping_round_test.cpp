#include "kplan/core/mapping_round.hpp"

#include <gtest/gtest.h>

#include "kplan/core/level_definition.hpp"

namespace kplan {
namespace {

TEST(MappingRound, KeysAndLabelsRoundTrip) {
  for (UnitMappingStatus s : kUnitMappingStatuses) {
    EXPECT_EQ(ParseUnitMappingStatusKey(UnitMappingStatusKey(s)), s);
  }
  EXPECT_EQ(UnitMappingStatusLabel(UnitMappingStatus::kNotStarted), "Ej påbörjad");
  EXPECT_EQ(UnitMappingStatusLabel(UnitMappingStatus::kInProgress), "Pågår");
  EXPECT_EQ(UnitMappingStatusLabel(UnitMappingStatus::kSubmitted), "Inlämnad");
  EXPECT_FALSE(ParseUnitMappingStatusKey("Inlämnad").has_value());
}

TEST(MappingRound, StatusOfAUnit) {
  struct Case {
    bool saved, submitted;
    UnitMappingStatus expected;
  };
  const Case cases[] = {
      {false, false, UnitMappingStatus::kNotStarted},
      {true, false, UnitMappingStatus::kInProgress},
      {true, true, UnitMappingStatus::kSubmitted},
      {false, true, UnitMappingStatus::kSubmitted},  // submitted last year's copied grid unchanged
  };
  for (const Case& c : cases) {
    EXPECT_EQ(MappingStatusOf(c.saved, c.submitted), c.expected) << c.saved << c.submitted;
  }
}

TEST(MappingRound, TheLastDayIsARealDateNotInThePast) {
  const CalendarDate today{2027, 2, 1};
  struct Case {
    CalendarDate deadline;
    const char* rule;  // "" when accepted
  };
  const Case cases[] = {
      {{2027, 2, 1}, ""},
      {{2027, 3, 15}, ""},
      {{2027, 1, 31}, "deadline"},
      {{2027, 2, 30}, "deadline"},
  };
  for (const Case& c : cases) {
    Status s = CheckMappingDeadline(c.deadline, today);
    EXPECT_EQ(s.ok() ? "" : s.error().rule(), std::string(c.rule)) << FormatIsoDate(c.deadline);
    if (!s.ok()) {
      EXPECT_EQ(s.error().location().field, "deadline");
    }
  }
  EXPECT_NE(CheckMappingDeadline({2027, 1, 31}, today).error().message().find("2027-01-31"),
            std::string::npos);
}

TEST(MappingRound, SubmittingNeedsAnOpenRound) {
  EXPECT_TRUE(CheckMappingOpen(true, true).ok());
  EXPECT_EQ(CheckMappingOpen(false, false).error().rule(), "mapping_closed");
  EXPECT_EQ(CheckMappingOpen(true, false).error().rule(), "mapping_closed");
}

TEST(MappingRound, LateOnlyWhenPastTheLastDayAndNotSubmitted) {
  const CalendarDate deadline{2027, 3, 1};
  EXPECT_FALSE(IsMappingOverdue(deadline, {2027, 3, 1}, UnitMappingStatus::kNotStarted));
  EXPECT_TRUE(IsMappingOverdue(deadline, {2027, 3, 2}, UnitMappingStatus::kInProgress));
  EXPECT_FALSE(IsMappingOverdue(deadline, {2027, 3, 2}, UnitMappingStatus::kSubmitted));
}

// VOF → HT (→ HT-N, HT-S), SB; BUF without units below it.
OrgTree Tree() {
  return OrgTree({{1, std::nullopt, OrgUnitKind::kKommun, "Kommun", "K"},
                  {2, 1, OrgUnitKind::kForvaltning, "Vård- och omsorgsförvaltningen", "VOF"},
                  {3, 2, OrgUnitKind::kAvdelning, "Hemtjänst", "HT"},
                  {4, 3, OrgUnitKind::kEnhet, "Hemtjänst Norr", "HT-N"},
                  {5, 3, OrgUnitKind::kEnhet, "Hemtjänst Söder", "HT-S"},
                  {6, 2, OrgUnitKind::kAvdelning, "Särskilt boende", "SB"},
                  {7, 1, OrgUnitKind::kForvaltning, "Barn- och utbildningsförvaltningen", "BUF"}});
}

TEST(MappingRound, EachAvdelningAnswersForItsSubtree) {
  const OrgTree tree = Tree();
  std::vector<std::string> codes;
  for (const OrgUnit* u : MappingUnits(tree, 2)) codes.push_back(u->code);
  EXPECT_EQ(codes, (std::vector<std::string>{"HT", "SB"}));
  ASSERT_EQ(MappingUnits(tree, 7).size(), 1u);  // no units below: the plan unit itself
  EXPECT_EQ(MappingUnits(tree, 7)[0]->code, "BUF");

  struct Case {
    std::int64_t unit;
    const char* assigned;  // "" for none
  };
  const Case cases[] = {{4, "HT"}, {5, "HT"}, {3, "HT"}, {6, "SB"}, {2, "VOF"}, {7, ""}, {1, ""}};
  for (const Case& c : cases) {
    const OrgUnit* u = MappingUnitOf(tree, 2, c.unit);
    EXPECT_EQ(u ? u->code : "", std::string(c.assigned)) << c.unit;
  }
}

TEST(LevelDefinition, Validation) {
  struct Case {
    std::vector<LevelDefinition> definitions;
    const char* rule;
    const char* field;
  };
  const Case cases[] = {
      {{{"Viss", "Grundläggande kunskap"}, {"Hög", ""}}, "", ""},
      {{{"", "text"}}, "required", "definitions[0].level"},
      {{{"Hög", "a"}, {"Hög", "b"}}, "duplicate", "definitions[1].level"},
      {{{"Hög", std::string(kLevelDefinitionMaxChars + 1, 'x')}}, "max_length", "definitions[0].text"},
      {{{"Hög", std::string(kLevelDefinitionMaxChars, 'x')}}, "", ""},
  };
  for (const Case& c : cases) {
    Status s = Validate(c.definitions);
    EXPECT_EQ(s.ok() ? "" : s.error().rule(), std::string(c.rule));
    if (!s.ok()) {
      EXPECT_EQ(s.error().location().field, c.field);
    }
  }
}

}  // namespace
}  // namespace kplan

#include "kplan/core/need_proposal.hpp"

namespace kplan {
namespace {

TEST(NeedProposal, KeysLabelsAndValidation) {
  for (NeedProposalStatus s : kNeedProposalStatuses) {
    EXPECT_EQ(ParseNeedProposalStatusKey(NeedProposalStatusKey(s)), s);
  }
  EXPECT_EQ(NeedProposalStatusLabel(NeedProposalStatus::kAccepted), "Accepterad");
  struct Case {
    std::string category;
    double base;
    std::string reason;
    const char* rule;
    const char* field;
  };
  const Case cases[] = {
      {"Undersköterska", 520, "Två nya boenden öppnar", "", ""},
      {"", 520, "skäl", "required", "category"},
      {"Undersköterska", -1, "skäl", "range", "base"},
      {"Undersköterska", 2e6, "skäl", "range", "base"},
      {"Undersköterska", 520, "", "required", "reason"},
      {"Undersköterska", 520, std::string(kNeedProposalReasonMaxChars + 1, 'x'), "max_length", "reason"},
  };
  for (const Case& c : cases) {
    NeedProposal p;
    p.category = c.category;
    p.base = c.base;
    p.reason = c.reason;
    Status s = Validate(p);
    EXPECT_EQ(s.ok() ? "" : s.error().rule(), std::string(c.rule)) << c.category << c.base;
    if (!s.ok()) {
      EXPECT_EQ(s.error().location().field, c.field);
    }
  }
}

TEST(NeedProposal, OnlyAProposedOneIsDecidedAndARejectionSaysWhy) {
  struct Case {
    NeedProposalStatus current;
    bool accept;
    const char* reason;
    const char* rule;
  };
  const Case cases[] = {
      {NeedProposalStatus::kProposed, true, "", ""},
      {NeedProposalStatus::kProposed, false, "Ryms inte i budgeten", ""},
      {NeedProposalStatus::kProposed, false, "", "required"},
      {NeedProposalStatus::kAccepted, true, "", "proposal_decided"},
      {NeedProposalStatus::kRejected, false, "igen", "proposal_decided"},
  };
  for (const Case& c : cases) {
    Status s = CheckDecision(c.current, c.accept, c.reason);
    EXPECT_EQ(s.ok() ? "" : s.error().rule(), std::string(c.rule));
  }
}

}  // namespace
}  // namespace kplan
