#include "kplan/core/plan_revision.hpp"

#include <algorithm>
#include <array>
#include <map>
#include <utility>

namespace kplan {
namespace {

constexpr std::array<std::pair<std::string_view, std::string_view>, 6> kKinds{{
    {plan_item::kText, "Plantext"},
    {plan_item::kChapter, "Eget kapitel"},
    {plan_item::kGoal, "Kompetensmål"},
    {plan_item::kTarget, "Målvärde"},
    {plan_item::kActivity, "Aktivitet"},
    {plan_item::kGap, "Kompetensgap"},
}};

std::size_t KindOrder(std::string_view kind) {
  for (std::size_t i = 0; i < kKinds.size(); ++i) {
    if (kKinds[i].first == kind) return i;
  }
  return kKinds.size();
}

using ItemKey = std::pair<std::size_t, std::pair<std::string, std::string>>;

ItemKey KeyOf(const PlanContentItem& item) {
  return {KindOrder(item.kind), {item.kind, item.key}};
}

}  // namespace

std::string_view PlanItemKindLabel(std::string_view kind) {
  const std::size_t i = KindOrder(kind);
  return i < kKinds.size() ? kKinds[i].second : kind;
}

std::string_view PlanChangeKey(PlanChangeKind change) {
  switch (change) {
    case PlanChangeKind::kAdded: return "added";
    case PlanChangeKind::kRemoved: return "removed";
    case PlanChangeKind::kChanged: return "changed";
  }
  return "changed";
}

std::string_view PlanChangeLabel(PlanChangeKind change) {
  switch (change) {
    case PlanChangeKind::kAdded: return "Ny";
    case PlanChangeKind::kRemoved: return "Borttagen";
    case PlanChangeKind::kChanged: return "Ändrad";
  }
  return "Ändrad";
}

std::vector<PlanChange> DiffPlanContent(const std::vector<PlanContentItem>& adopted,
                                        const std::vector<PlanContentItem>& current) {
  std::map<ItemKey, const PlanContentItem*> before, after;
  for (const PlanContentItem& item : adopted) before.emplace(KeyOf(item), &item);
  for (const PlanContentItem& item : current) after.emplace(KeyOf(item), &item);
  std::vector<PlanChange> changes;
  auto b = before.begin();
  auto a = after.begin();
  while (b != before.end() || a != after.end()) {
    if (a == after.end() || (b != before.end() && b->first < a->first)) {
      const PlanContentItem& old = *b->second;
      changes.push_back({PlanChangeKind::kRemoved, old.kind, old.key, old.label, old.value, ""});
      ++b;
    } else if (b == before.end() || a->first < b->first) {
      const PlanContentItem& now = *a->second;
      changes.push_back({PlanChangeKind::kAdded, now.kind, now.key, now.label, "", now.value});
      ++a;
    } else {
      const PlanContentItem& old = *b->second;
      const PlanContentItem& now = *a->second;
      if (old.value != now.value || old.label != now.label) {
        changes.push_back({PlanChangeKind::kChanged, now.kind, now.key, now.label, old.value, now.value});
      }
      ++a;
      ++b;
    }
  }
  return changes;
}

}  // namespace kplan
