#pragma once
// Building blocks for the HTML plan document: escaping text taken from users
// (unit names, activity descriptions) so that it is shown, never run.

#include <string>
#include <string_view>

namespace kplan::report {

// Escapes & < > " ' for use in element content and quoted attributes.
std::string HtmlEscape(std::string_view text);

}  // namespace kplan::report
