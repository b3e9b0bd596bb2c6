#pragma once
// Reading an upload: multipart/form-data with a "file" part and the import's
// settings as fields (kind, org, snapshot, year, sheet, dry_run, replace).

#include <map>
#include <string>

#include "../../api.hpp"

namespace kplan::server::handlers {

struct UploadForm {
  std::map<std::string, std::string> fields;
  std::string file_name;
  std::string file_bytes;
};

// 400 naming what is wrong when the body is not such a form or has no file.
Result<UploadForm> ReadUploadForm(const ApiRequest& req);

}  // namespace kplan::server::handlers
