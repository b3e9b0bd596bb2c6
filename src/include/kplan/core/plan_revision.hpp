#pragma once
// What a plan says, item by item — its texts, own chapters, goals and their
// targets, activities and gaps — so that the version the board adopted and
// today's draft can be compared: "ändrat sedan fastställd".
//
// An item is identified by its kind and key (a goal by its id, a text by its
// section and category, a gap by category and level); its value is the text
// a reader would compare. The adopted plan's items are kept with its
// documents; today's are made again from the live plan.

#include <string>
#include <string_view>
#include <vector>

namespace kplan {

// The kinds, in the order a plan reads and changes are listed.
namespace plan_item {
inline constexpr std::string_view kText = "text";
inline constexpr std::string_view kChapter = "chapter";
inline constexpr std::string_view kGoal = "goal";
inline constexpr std::string_view kTarget = "target";
inline constexpr std::string_view kActivity = "activity";
inline constexpr std::string_view kGap = "gap";
}  // namespace plan_item

// "Plantext", "Eget kapitel", "Kompetensmål", "Målvärde", "Aktivitet",
// "Kompetensgap"; the kind itself when unknown.
std::string_view PlanItemKindLabel(std::string_view kind);

struct PlanContentItem {
  std::string kind;   // a plan_item kind
  std::string key;    // unique within the kind: "goal:12", "nulage|Undersköterska"
  std::string label;  // what a reader recognises: the goal's title, "Nuläge – Undersköterska"
  std::string value;  // the item's content as compared

  bool operator==(const PlanContentItem&) const = default;
};

enum class PlanChangeKind { kAdded, kRemoved, kChanged };

// "added", "removed", "changed".
std::string_view PlanChangeKey(PlanChangeKind change);
// "Ny", "Borttagen", "Ändrad".
std::string_view PlanChangeLabel(PlanChangeKind change);

struct PlanChange {
  PlanChangeKind change = PlanChangeKind::kChanged;
  std::string kind;
  std::string key;
  std::string label;   // today's label; the adopted one for a removed item
  std::string before;  // empty when added
  std::string after;   // empty when removed
};

// The items added, removed or changed from `adopted` to `current`, by kind
// (the order of plan_item) and then key. Items equal in both are left out; a
// changed label alone is a change.
std::vector<PlanChange> DiffPlanContent(const std::vector<PlanContentItem>& adopted,
                                        const std::vector<PlanContentItem>& current);

}  // namespace kplan
