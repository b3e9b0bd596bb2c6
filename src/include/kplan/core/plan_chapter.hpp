#pragma once
// A plan's own chapter: what the standard sections do not hold — seed 002's
// "Verksamheternas utmaningar och trender", seed 004's chapter per department
// (Uppgifter, Behov, Utveckla och behålla, … as sub-headings in each) and its
// "gemensamma utmaningar" written once for all. It belongs to a plan year,
// is Markdown like every plan text (report/user_text.hpp), and is placed
// after one of the plan's sections; chapters after the same section follow
// each other by position.

#include <cstddef>
#include <cstdint>
#include <string>

#include "kplan/core/error.hpp"

namespace kplan {

inline constexpr std::size_t kChapterTitleMaxChars = 200;
inline constexpr int kChapterPositionMax = 999;

struct PlanChapter {
  std::int64_t id = 0;
  std::string unit_code;  // the plan's unit
  int year = 0;           // the plan year
  std::string title;
  std::string text;       // Markdown, at most kPlanTextMaxChars
  std::string after;      // a plan section's key (plan_section.hpp); "" after the last
  int position = 0;       // 0–kChapterPositionMax, lowest first
  int version = 1;
};

// title required, at most kChapterTitleMaxChars ("required", "max_length");
// text at most kPlanTextMaxChars; after "" or a section key ("plan_section");
// position 0–kChapterPositionMax and year a plan year ("range").
Status Validate(const PlanChapter& chapter);

}  // namespace kplan
