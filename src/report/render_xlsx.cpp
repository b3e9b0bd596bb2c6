#include "kplan/report/renderers.hpp"

namespace kplan::report {

Result<std::string> RenderXlsx(const Document&) {
  return Error(ErrorCode::kInternal, "inte klart", "not done");
}

}  // namespace kplan::report
