#include "kplan/core/org_unit_changes.hpp"

#include <algorithm>
#include <map>
#include <set>

#include "kplan/core/org_unit_code.hpp"

namespace kplan {
namespace {

std::string Quote(std::string_view s) { return "\"" + std::string(s) + "\""; }

Error EntryError(std::size_t index, std::string field, std::string value, std::string rule,
                 std::string sv, std::string en) {
  Error e(ErrorCode::kInvalidInput, std::move(sv), std::move(en));
  e.WithRow(static_cast<std::int64_t>(index + 1)).WithField(std::move(field)).WithRule(std::move(rule));
  if (!value.empty()) e.WithValue(std::move(value));
  return e;
}

// The tree the changes would leave: code → parent code, kind, change index.
struct Node {
  std::string parent;
  OrgUnitKind kind = OrgUnitKind::kEnhet;
  std::optional<std::size_t> change;
  bool stored_root = false;
};

std::map<std::string, Node> ResultingTree(const std::vector<OrgUnit>& existing,
                                          const std::vector<OrgUnitChange>& changes,
                                          std::vector<Error>& errors) {
  std::map<std::int64_t, std::string> code_of;
  for (const OrgUnit& u : existing) code_of[u.id] = u.code;
  std::map<std::string, Node> tree;
  for (const OrgUnit& u : existing) {
    Node& n = tree[u.code];
    n.kind = u.kind;
    n.stored_root = !u.parent_id;
    if (u.parent_id) n.parent = code_of[*u.parent_id];
  }
  for (std::size_t i = 0; i < changes.size(); ++i) {
    const OrgUnitChange& c = changes[i];
    auto it = tree.find(c.code);
    if (it != tree.end() && (it->second.change || c.action == OrgUnitAction::kCreate)) {
      errors.push_back(EntryError(i, "code", c.code, "duplicate_code",
                                  "koden " + Quote(c.code) + " finns redan",
                                  "the code " + Quote(c.code) + " already exists"));
      continue;
    }
    if (it == tree.end() && c.action != OrgUnitAction::kCreate) {
      errors.push_back(EntryError(i, "code", c.code, "unknown_parent",
                                  "enheten " + Quote(c.code) + " finns inte",
                                  "the unit " + Quote(c.code) + " does not exist"));
      continue;
    }
    Node& n = tree[c.code];
    n.parent = c.parent_code;
    n.kind = c.kind;
    n.change = i;
  }
  return tree;
}

void CheckParentsAndRoots(const std::map<std::string, Node>& tree, const std::vector<OrgUnitChange>& changes,
                          std::vector<Error>& errors) {
  std::size_t roots = 0;
  for (const auto& [code, n] : tree) roots += n.parent.empty() ? 1 : 0;
  for (const auto& [code, n] : tree) {
    if (!n.change) continue;
    const std::size_t i = *n.change;
    if (n.parent.empty()) {
      if (roots > 1 && !n.stored_root) {
        errors.push_back(EntryError(
            i, "parent", "", "two_roots",
            Quote(changes[i].name) + " saknar överordnad enhet, men organisationen kan bara ha en rot",
            Quote(changes[i].name) + " has no parent, but the organisation can have only one root"));
        errors.back().WithHint("Ange överordnad enhet, eller kommunen med --org (i en tom databas skapas den som rot).");
      }
    } else if (!tree.count(n.parent)) {
      errors.push_back(EntryError(i, "parent", n.parent, "unknown_parent",
                                  "den överordnade enheten " + Quote(n.parent) + " finns inte",
                                  "the parent unit " + Quote(n.parent) + " does not exist"));
    }
  }
}

void CheckCyclesAndKinds(const std::map<std::string, Node>& tree, const std::vector<OrgUnitChange>& changes,
                         std::vector<Error>& errors) {
  for (const auto& [code, n] : tree) {
    auto parent = tree.find(n.parent);
    if (parent == tree.end()) continue;
    if (n.change) {
      // Walk up at most the tree's size: coming back to the unit is a cycle.
      std::string at = n.parent;
      for (std::size_t steps = 0; steps <= tree.size() && !at.empty(); ++steps) {
        if (at == code) {
          errors.push_back(EntryError(*n.change, "parent", n.parent, "cycle",
                                      Quote(changes[*n.change].name) + " skulle ligga under sig själv (via " +
                                          Quote(n.parent) + ")",
                                      Quote(changes[*n.change].name) + " would lie below itself (via " +
                                          Quote(n.parent) + ")"));
          break;
        }
        auto up = tree.find(at);
        at = up == tree.end() ? std::string() : up->second.parent;
      }
    }
    if ((n.change || parent->second.change) && !MayContain(parent->second.kind, n.kind)) {
      const std::size_t i = n.change ? *n.change : *parent->second.change;
      errors.push_back(EntryError(
          i, "kind", std::string(OrgUnitKindKey(n.kind)), "kind_order",
          std::string(OrgUnitKindLabel(n.kind)) + " " + Quote(code) + " kan inte ligga under " +
              std::string(OrgUnitKindLabel(parent->second.kind)) + " " + Quote(n.parent),
          std::string(OrgUnitKindKey(n.kind)) + " " + Quote(code) + " cannot sit below " +
              std::string(OrgUnitKindKey(parent->second.kind)) + " " + Quote(n.parent)));
    }
  }
}

// The planner's state: entries resolved to codes, one at a time, parents first.
class Planner {
 public:
  Planner(const std::vector<OrgUnit>& existing, const std::vector<OrgUnitEntry>& entries,
          std::string_view top)
      : existing_(existing), entries_(entries), top_(top), code_(entries.size()),
        parent_(entries.size()), state_(entries.size(), 0) {
    for (const OrgUnit& u : existing) {
      stored_[u.code] = &u;
      stored_names_[OrgUnitNameKey(u.name)].push_back(&u);
    }
    for (std::size_t i = 0; i < entries.size(); ++i) {
      if (!entries[i].code.empty()) given_codes_.emplace(entries[i].code, i);
      entry_names_[OrgUnitNameKey(entries[i].name)].push_back(i);
    }
  }

  OrgUnitPlan Run() {
    OrgUnitPlan plan;
    for (std::size_t i = 0; i < entries_.size(); ++i) Resolve(i);
    std::map<std::string, std::size_t> seen;
    std::set<std::size_t> has_children;
    for (std::size_t i = 0; i < entries_.size(); ++i) {
      if (auto p = ParentEntry(i)) has_children.insert(*p);
    }
    for (std::size_t i = 0; i < entries_.size(); ++i) {
      auto [it, fresh] = seen.emplace(code_[i], i);
      if (!fresh && !code_[i].empty()) {
        const bool derived = entries_[i].code.empty();
        errors_.push_back(EntryError(
            i, derived ? "name" : "code", derived ? entries_[i].name : code_[i], "duplicate_code",
            derived ? Quote(entries_[i].name) + " står två gånger under samma överordnade enhet"
                    : "koden " + Quote(code_[i]) + " står två gånger i filen",
            derived ? Quote(entries_[i].name) + " is given twice under the same parent"
                    : "the code " + Quote(code_[i]) + " is given twice in the file"));
      }
      plan.changes.push_back(Change(i, has_children.count(i) > 0, plan.changes));
    }
    // The tree's rules for the entries that broke none of their own (whose
    // parent or code would only be reported again).
    std::set<std::int64_t> reported;
    for (const Error& e : errors_) reported.insert(*e.location().row);
    for (Error& e : CheckOrgUnitChanges(existing_, plan.changes)) {
      if (!reported.count(*e.location().row)) errors_.push_back(std::move(e));
    }
    std::stable_sort(errors_.begin(), errors_.end(),
                     [](const Error& a, const Error& b) { return *a.location().row < *b.location().row; });
    plan.errors = std::move(errors_);
    return plan;
  }

 private:
  // A unit given only by name: the stored unit of that name directly below
  // the parent, else the derived code.
  std::string NameOnlyCode(const std::string& parent, const std::string& name) const {
    if (auto named = stored_names_.find(OrgUnitNameKey(name)); named != stored_names_.end()) {
      for (const OrgUnit* u : named->second) {
        if (StoredParentCode(*u) == parent) return u->code;
      }
    }
    return DerivedOrgUnitCode(parent, name);
  }

  std::string StoredParentCode(const OrgUnit& u) const {
    for (const OrgUnit& p : existing_) {
      if (u.parent_id && p.id == *u.parent_id) return p.code;
    }
    return "";
  }

  // The entry the parent text or index names, when it is one of the file's.
  std::optional<std::size_t> ParentEntry(std::size_t i) const {
    if (entries_[i].parent_entry) return entries_[i].parent_entry;
    return parent_entry_of_text_.count(i) ? std::optional(parent_entry_of_text_.at(i)) : std::nullopt;
  }

  // Sets code_[i] and parent_[i]; a cycle through derived codes leaves the code empty.
  void Resolve(std::size_t i) {
    if (state_[i] == 2) return;
    if (state_[i] == 1) return;  // a cycle among entries: reported by the tree check or below
    state_[i] = 1;
    const OrgUnitEntry& e = entries_[i];
    if (e.parent_entry) {
      Resolve(*e.parent_entry);
      parent_[i] = code_[*e.parent_entry];
    } else if (!e.parent.empty()) {
      parent_[i] = ResolveParentText(i);
    } else if (!e.code.empty() && e.code == top_) {
      // The top unit itself, without a parent in the file: it stays where it is.
      auto stored = stored_.find(e.code);
      parent_[i] = stored == stored_.end() ? std::string() : StoredParentCode(*stored->second);
    } else {
      parent_[i] = std::string(top_);
    }
    code_[i] = !e.code.empty() ? e.code : NameOnlyCode(parent_[i], e.name);
    state_[i] = 2;
  }

  std::string ResolveParentText(std::size_t i) {
    const std::string& text = entries_[i].parent;
    if (auto given = given_codes_.find(text); given != given_codes_.end()) {
      parent_entry_of_text_[i] = given->second;
      return text;
    }
    if (stored_.count(text)) return text;
    const std::string key = OrgUnitNameKey(text);
    if (auto named = entry_names_.find(key); named != entry_names_.end()) {
      if (named->second.size() == 1 && named->second[0] != i) {
        const std::size_t p = named->second[0];
        parent_entry_of_text_[i] = p;
        Resolve(p);
        if (state_[p] != 2) {  // the parents name each other
          errors_.push_back(EntryError(i, "parent", text, "cycle",
                                       Quote(entries_[i].name) + " skulle ligga under sig själv",
                                       Quote(entries_[i].name) + " would lie below itself"));
          return text;
        }
        return code_[p];
      }
      if (named->second.size() > 1) return Ambiguous(i, text);
    }
    if (auto named = stored_names_.find(key); named != stored_names_.end()) {
      if (named->second.size() == 1) return named->second[0]->code;
      return Ambiguous(i, text);
    }
    errors_.push_back(EntryError(i, "parent", text, "unknown_parent",
                                 "den överordnade enheten " + Quote(text) + " finns varken i filen eller i organisationen",
                                 "the parent unit " + Quote(text) + " is neither in the file nor in the organisation"));
    return text;
  }

  std::string Ambiguous(std::size_t i, const std::string& text) {
    errors_.push_back(EntryError(i, "parent", text, "ambiguous_parent",
                                 "flera enheter heter " + Quote(text) + "; ange den överordnade enhetens kod",
                                 "several units are named " + Quote(text) + "; give the parent's code"));
    return text;
  }

  OrgUnitChange Change(std::size_t i, bool has_children, const std::vector<OrgUnitChange>& before) {
    const OrgUnitEntry& e = entries_[i];
    OrgUnitChange c;
    c.code = code_[i];
    c.name = e.name;
    c.parent_code = parent_[i];
    NewOrgUnit own{c.code, c.parent_code, OrgUnitKind::kEnhet, c.name};
    if (Status valid = Validate(own); !valid.ok()) {
      Error error = valid.error();
      error.WithRow(static_cast<std::int64_t>(i + 1));
      if (error.location().field == "parent_code") error.WithField("parent");
      errors_.push_back(std::move(error));
    }
    if (auto stored = stored_.find(c.code); stored != stored_.end()) {
      const OrgUnit& u = *stored->second;
      c.old_name = u.name;
      c.old_kind = u.kind;
      c.old_parent_code = StoredParentCode(u);
      c.kind = e.kind.value_or(u.kind);
      const bool same = c.old_name == c.name && c.old_parent_code == c.parent_code && c.old_kind == c.kind;
      c.action = same ? OrgUnitAction::kSame : OrgUnitAction::kUpdate;
      return c;
    }
    c.action = OrgUnitAction::kCreate;
    c.kind = e.kind.value_or(DefaultKind(c.parent_code, has_children, before));
    return c;
  }

  // A new unit without a kind (see OrgUnitEntry::kind).
  OrgUnitKind DefaultKind(const std::string& parent_code, bool has_children,
                          const std::vector<OrgUnitChange>& before) const {
    if (parent_code.empty()) return OrgUnitKind::kKommun;
    if (!has_children) return OrgUnitKind::kEnhet;
    std::optional<OrgUnitKind> parent_kind;
    for (const OrgUnitChange& c : before) {
      if (c.code == parent_code) parent_kind = c.kind;
    }
    if (auto stored = stored_.find(parent_code); !parent_kind && stored != stored_.end()) {
      parent_kind = stored->second->kind;
    }
    if (!parent_kind || *parent_kind >= OrgUnitKind::kAvdelning) return OrgUnitKind::kEnhet;
    return static_cast<OrgUnitKind>(static_cast<int>(*parent_kind) + 1);
  }

  const std::vector<OrgUnit>& existing_;
  const std::vector<OrgUnitEntry>& entries_;
  std::string_view top_;
  std::vector<std::string> code_, parent_;
  std::vector<int> state_;  // 0 unresolved, 1 resolving, 2 resolved
  std::map<std::string, const OrgUnit*> stored_;
  std::map<std::string, std::vector<const OrgUnit*>> stored_names_;
  std::map<std::string, std::size_t> given_codes_;
  std::map<std::string, std::vector<std::size_t>> entry_names_;
  std::map<std::size_t, std::size_t> parent_entry_of_text_;
  std::vector<Error> errors_;
};

}  // namespace

std::string_view OrgUnitActionKey(OrgUnitAction action) {
  switch (action) {
    case OrgUnitAction::kCreate: return "create";
    case OrgUnitAction::kUpdate: return "update";
    case OrgUnitAction::kSame: return "same";
  }
  return "same";
}

OrgUnitPlan PlanOrgUnitChanges(const std::vector<OrgUnit>& existing,
                               const std::vector<OrgUnitEntry>& entries, std::string_view top_code) {
  return Planner(existing, entries, top_code).Run();
}

std::vector<Error> CheckOrgUnitChanges(const std::vector<OrgUnit>& existing,
                                       const std::vector<OrgUnitChange>& changes) {
  std::vector<Error> errors;
  for (std::size_t i = 0; i < changes.size(); ++i) {
    const OrgUnitChange& c = changes[i];
    if (Status valid = Validate(NewOrgUnit{c.code, c.parent_code, c.kind, c.name}); !valid.ok()) {
      errors.push_back(Error(valid.error()).WithRow(static_cast<std::int64_t>(i + 1)));
    }
  }
  std::map<std::string, Node> tree = ResultingTree(existing, changes, errors);
  CheckParentsAndRoots(tree, changes, errors);
  CheckCyclesAndKinds(tree, changes, errors);
  return errors;
}

std::vector<std::size_t> CreationOrder(const std::vector<OrgUnitChange>& changes) {
  std::map<std::string, std::size_t> created;
  for (std::size_t i = 0; i < changes.size(); ++i) {
    if (changes[i].action == OrgUnitAction::kCreate) created[changes[i].code] = i;
  }
  std::vector<std::size_t> order;
  std::set<std::size_t> placed;
  // Depth-first from each unit to its created ancestors (CheckOrgUnitChanges refuses cycles;
  // the `visiting` set keeps a bad call from recursing for ever).
  std::set<std::size_t> visiting;
  auto place = [&](auto&& self, std::size_t i) -> void {
    if (placed.count(i) || !visiting.insert(i).second) return;
    if (auto parent = created.find(changes[i].parent_code); parent != created.end()) self(self, parent->second);
    placed.insert(i);
    order.push_back(i);
  };
  for (std::size_t i = 0; i < changes.size(); ++i) {
    if (changes[i].action == OrgUnitAction::kCreate) place(place, i);
  }
  return order;
}

}  // namespace kplan
