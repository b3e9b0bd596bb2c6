#include "upload_form.hpp"

#include <Poco/Net/MessageHeader.h>
#include <Poco/Net/MultipartReader.h>
#include <Poco/Net/NameValueCollection.h>
#include <Poco/StreamCopier.h>

#include <sstream>

namespace kplan::server::handlers {

Result<UploadForm> ReadUploadForm(const ApiRequest& req) {
  auto bad = [](std::string sv, std::string en) {
    return Error(ErrorCode::kInvalidInput, std::move(sv), std::move(en)).WithField("file").WithRule("multipart");
  };
  const std::string type = req.Header("content-type");
  std::string media;
  Poco::Net::NameValueCollection params;
  Poco::Net::MessageHeader::splitParameters(type, media, params);
  if (media != "multipart/form-data" || !params.has("boundary")) {
    return bad("skicka filen som multipart/form-data med fältet \"file\"",
               "send the file as multipart/form-data with the field \"file\"");
  }
  UploadForm form;
  try {
    std::istringstream in(req.body);
    Poco::Net::MultipartReader reader(in, params.get("boundary"));
    bool has_file = false;
    while (reader.hasNextPart()) {
      Poco::Net::MessageHeader header;
      reader.nextPart(header);
      std::string disposition;
      Poco::Net::NameValueCollection disp;
      Poco::Net::MessageHeader::splitParameters(header.get("Content-Disposition", ""), disposition, disp);
      std::string content;
      Poco::StreamCopier::copyToString(reader.stream(), content);
      const std::string name = disp.get("name", "");
      if (name == "file") {
        form.file_name = disp.get("filename", "uppladdad fil");
        form.file_bytes = std::move(content);
        has_file = true;
      } else if (!name.empty()) {
        form.fields[name] = content;
      }
    }
    if (!has_file) return bad("fältet \"file\" saknas", "the field \"file\" is missing");
  } catch (const Poco::Exception&) {
    return bad("formuläret kan inte läsas (multipart/form-data)", "the form cannot be read (multipart/form-data)");
  }
  return form;
}

}  // namespace kplan::server::handlers
