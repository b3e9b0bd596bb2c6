#include "kplan/core/followup_occasion.hpp"

#include <gtest/gtest.h>

#include "kplan/core/indicator_record.hpp"

namespace kplan {
namespace {

TEST(FollowupOccasion, EachKindGathersItsPeriodUnderItsSwedishName) {
  struct Case {
    OccasionKind kind;
    const char* key;
    const char* label;
    const char* period;
    CalendarDate end;
  };
  const Case cases[] = {
      {OccasionKind::kTertial1, "delar_t1", "Delårsrapport april", "2027-T1", {2027, 4, 30}},
      {OccasionKind::kTertial2, "delar_t2", "Delårsrapport augusti", "2027-T2", {2027, 8, 31}},
      {OccasionKind::kHalfYear, "delar_h1", "Delårsrapport halvår", "2027-H1", {2027, 6, 30}},
      {OccasionKind::kYear, "arsanalys", "Årsanalys", "2027", {2027, 12, 31}},
  };
  for (const Case& c : cases) {
    SCOPED_TRACE(c.key);
    EXPECT_EQ(OccasionKindKey(c.kind), c.key);
    EXPECT_EQ(ParseOccasionKindKey(c.key), c.kind);
    EXPECT_EQ(OccasionKindLabel(c.kind), c.label);
    EXPECT_EQ(OccasionPeriod(c.kind, 2027), c.period);
    EXPECT_TRUE(IsValidPeriod(OccasionPeriod(c.kind, 2027))) << "indicator outcomes accept the period";
    EXPECT_EQ(PeriodYear(OccasionPeriod(c.kind, 2027)), 2027);
    EXPECT_EQ(OccasionPeriodEnd(c.kind, 2027), c.end);
  }
  EXPECT_FALSE(ParseOccasionKindKey("Årsanalys").has_value());
  EXPECT_EQ(OccasionMonths(OccasionKind::kTertial2), "januari–augusti");
}

TEST(FollowupOccasion, StatusFollowsWhatIsRecordedAndSubmitted) {
  EXPECT_EQ(OccasionStatusOf(false, false), OccasionStatus::kNotStarted);
  EXPECT_EQ(OccasionStatusOf(false, true), OccasionStatus::kInProgress);
  EXPECT_EQ(OccasionStatusOf(true, false), OccasionStatus::kSubmitted);
  EXPECT_EQ(OccasionStatusKey(OccasionStatus::kNotStarted), "ej_paborjad");
  EXPECT_EQ(OccasionStatusLabel(OccasionStatus::kInProgress), "Pågår");
  EXPECT_EQ(OccasionStatusLabel(OccasionStatus::kSubmitted), "Inlämnad");
}

TEST(FollowupOccasion, TheDeadlineLiesAfterThePeriodAndBeforeTheYearAfterEnds) {
  struct Case {
    OccasionKind kind;
    CalendarDate deadline;
    const char* rule;  // "" when valid
  };
  const Case cases[] = {
      {OccasionKind::kTertial2, {2027, 9, 15}, ""},
      {OccasionKind::kTertial2, {2027, 8, 31}, ""},
      {OccasionKind::kTertial2, {2027, 8, 30}, "deadline_before_period"},
      {OccasionKind::kTertial1, {2027, 5, 20}, ""},
      {OccasionKind::kYear, {2028, 2, 15}, ""},
      {OccasionKind::kYear, {2027, 11, 30}, "deadline_before_period"},
      {OccasionKind::kYear, {2029, 1, 1}, "deadline_too_late"},
      {OccasionKind::kHalfYear, {2027, 2, 30}, "date"},
  };
  for (const Case& c : cases) {
    SCOPED_TRACE(FormatIsoDate(c.deadline));
    Status s = ValidateOccasionDeadline(c.kind, 2027, c.deadline);
    if (std::string(c.rule).empty()) {
      EXPECT_TRUE(s.ok()) << s.error().Describe();
    } else {
      ASSERT_FALSE(s.ok());
      EXPECT_EQ(s.error().rule(), c.rule);
      EXPECT_EQ(s.error().location().field, "deadline");
    }
  }
}

TEST(FollowupOccasion, ASubmittedOccasionIsFrozen) {
  FollowupOccasion o;
  o.kind = OccasionKind::kTertial2;
  o.year = 2027;
  EXPECT_TRUE(CheckOccasionOpen(o).ok());
  o.submitted_at = "2027-09-10T08:00:00Z";
  Status s = CheckOccasionOpen(o);
  ASSERT_FALSE(s.ok());
  EXPECT_EQ(s.error().code(), ErrorCode::kConflict);
  EXPECT_EQ(s.error().rule(), "occasion_frozen");
  EXPECT_NE(s.error().message().find("Delårsrapport augusti 2027"), std::string::npos);
}

TEST(FollowupOccasion, DueWhenTheDeadlineIsNearOrPastAndNothingIsSubmitted) {
  struct Case {
    CalendarDate today;
    bool submitted;
    bool due;
  };
  const Case cases[] = {
      {{2027, 8, 1}, false, false},   // 45 days ahead
      {{2027, 9, 1}, false, true},    // 14 days ahead
      {{2027, 8, 31}, false, false},  // 15 days ahead
      {{2027, 10, 1}, false, true},   // past
      {{2027, 10, 1}, true, false},   // submitted
  };
  for (const Case& c : cases) {
    SCOPED_TRACE(FormatIsoDate(c.today));
    FollowupOccasion o;
    o.kind = OccasionKind::kTertial2;
    o.year = 2027;
    o.deadline = {2027, 9, 15};
    if (c.submitted) o.submitted_at = "2027-09-10T08:00:00Z";
    EXPECT_EQ(IsOccasionDue(o, c.today), c.due);
  }
  EXPECT_EQ(DaysBetween({2027, 12, 31}, {2028, 1, 1}), 1);
  EXPECT_EQ(DaysBetween({2028, 3, 1}, {2028, 2, 28}), -2);
}

TEST(FollowupOccasion, EveryUnitOwesTheKindsAnyUnitIsAskedFor) {
  FollowupOccasion vof;
  vof.unit_code = "VOF";
  vof.kind = OccasionKind::kTertial2;
  vof.deadline = {2027, 9, 15};
  vof.submitted_at = "2027-09-10T08:00:00Z";
  FollowupOccasion sf = vof;
  sf.unit_code = "SF";
  sf.deadline = {2027, 9, 10};
  sf.submitted_at.clear();
  sf.outcomes_recorded = true;
  const auto rows = ReportingByUnit({"BUF", "SF", "VOF"}, {vof, sf});
  ASSERT_EQ(rows.size(), 3u);
  EXPECT_EQ(rows[0].unit_code, "BUF");
  EXPECT_FALSE(rows[0].has_occasion);
  EXPECT_EQ(rows[0].deadline, (CalendarDate{2027, 9, 10})) << "the earliest deadline of the kind";
  EXPECT_EQ(rows[0].status, OccasionStatus::kNotStarted);
  EXPECT_EQ(rows[1].status, OccasionStatus::kInProgress);
  EXPECT_EQ(rows[2].status, OccasionStatus::kSubmitted);
  EXPECT_EQ(rows[2].deadline, (CalendarDate{2027, 9, 15}));
  EXPECT_TRUE(ReportingByUnit({"BUF"}, {}).empty()) << "nothing is asked when no occasion exists";
}

}  // namespace
}  // namespace kplan
