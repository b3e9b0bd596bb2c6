#pragma once
// An indicator fed by the register: bound to a key figure (key_figures.hpp),
// its outcome per period is computed from the register extracts of its unit
// — the period being the year of each extract — instead of typed. A bound
// indicator's outcome is never written by hand.

#include <optional>
#include <span>
#include <string>
#include <string_view>

#include "kplan/core/error.hpp"
#include "kplan/core/key_figures.hpp"

namespace kplan {

struct KeyFigureBinding {
  std::string_view key;    // stored and sent: "sick_leave"
  std::string_view label;  // Swedish: "Sjukfrånvaro"
  std::string_view field;  // the KeyFigures member it reads: "sick_leave_share"
  std::string_view unit;   // the outcome's unit: "%" (a share × 100) or "st"
};

// The vocabulary, in the order the web app offers it.
std::span<const KeyFigureBinding> KeyFigureBindings();
// nullptr for an unknown key (and for "", no binding).
const KeyFigureBinding* FindKeyFigureBinding(std::string_view key);

// "" or a key of the vocabulary (field "key_figure", rule "key_figure").
Status ValidateKeyFigureKey(std::string_view key);

// The outcome a binding gives from an extract's figures: shares in percent
// (0,081 → 8,1), employees per manager as is; nullopt when the figure is
// absent (no one to divide by). `binding` must come from the vocabulary.
std::optional<double> BoundOutcome(const KeyFigureBinding& binding, const KeyFigures& figures);

// A typed outcome for a bound indicator (field "value", rule "computed_outcome").
Error TypedOutcomeRefused(const KeyFigureBinding& binding);

// One period's outcome as computed from the register: the year of an
// extract ("2025") and the bound figure then (absent: nothing to divide by).
struct ComputedOutcome {
  std::string period;
  std::optional<double> value;
};

// What the web app and the report say of a computed outcome.
inline constexpr std::string_view kComputedOutcomeLabel = "beräknat från personalregistret";

}  // namespace kplan
