// The zip package of a workbook: Poco::Zip reads the directory and inflates
// one entry at a time; the inflated bytes go chunk by chunk straight into
// expat, so no part is ever held in memory whole, and none may unpack past
// Context::max_bytes, whatever its header says.

#include <Poco/Exception.h>
#include <Poco/Zip/ZipArchive.h>
#include <Poco/Zip/ZipLocalFileHeader.h>
#include <Poco/Zip/ZipStream.h>
#include <expat.h>

#include <cstring>
#include <exception>
#include <new>
#include <istream>
#include <streambuf>

#include "xlsx_internal.hpp"

namespace kplan::io::xlsx {
namespace {

std::string SizeText(std::size_t bytes) {
  constexpr std::size_t kMiB = 1024 * 1024;
  if (bytes >= kMiB && bytes % kMiB == 0) return std::to_string(bytes / kMiB) + " MB";
  return std::to_string(bytes) + " byte";
}

std::string SizeTextEn(std::size_t bytes) {
  std::string sv = SizeText(bytes);
  if (sv.ends_with(" byte")) sv += 's';
  return sv;
}

[[noreturn]] void FailTooLarge(const Context& ctx, const std::string& part) {
  Error error(ErrorCode::kTooLarge,
              "delen \"" + part + "\" i arbetsboken blir större än " + SizeText(ctx.max_bytes) +
                  " när den packas upp",
              "part \"" + part + "\" of the workbook unpacks to more than " +
                  SizeTextEn(ctx.max_bytes));
  error.WithFile(ctx.file).WithRule("xlsx_too_large")
      .WithHint("Arbetsboken är för stor eller skadad. Kopiera bladet som ska läsas in till en "
                "ny arbetsbok och försök igen.");
  if (!ctx.sheet.empty()) error.WithSheet(ctx.sheet);
  Fail(std::move(error));
}

[[noreturn]] void FailTooMuchText(const Context& ctx, const std::string& part) {
  Error error(ErrorCode::kTooLarge,
              "delen \"" + part + "\" i arbetsboken ger mer än " + SizeText(ctx.max_bytes) +
                  " text när den läses in",
              "part \"" + part + "\" of the workbook gives more than " + SizeTextEn(ctx.max_bytes) +
                  " of text when read");
  error.WithFile(ctx.file).WithRule("xlsx_too_large")
      .WithHint("Arbetsboken är för stor för att läsas in. Kopiera bladet som ska läsas in till en "
                "ny arbetsbok, utan tomma kolumner och rader, och försök igen.");
  if (!ctx.sheet.empty()) error.WithSheet(ctx.sheet);
  Fail(std::move(error));
}

[[noreturn]] void FailDamaged(const Context& ctx, const std::string& part,
                              const std::string& detail) {
  Fail(InvalidInput(ctx, "arbetsboken är skadad: delen \"" + part + "\" kan inte packas upp",
                    "the workbook is damaged: part \"" + part + "\" cannot be unpacked (" +
                        detail + ")")
           .WithRule("xlsx_zip")
           .WithHint(std::string(kRepairHint)));
}

// A read-only, seekable stream buffer over bytes the caller keeps alive.
class MemoryBuf : public std::streambuf {
 public:
  explicit MemoryBuf(std::string_view bytes) {
    // The buffer is only ever read: std::streambuf wants char*, never writes
    // through it in input mode, and pbackfail is not overridden.
    char* begin = const_cast<char*>(bytes.data());
    setg(begin, begin, begin + bytes.size());
  }

 protected:
  pos_type seekoff(off_type off, std::ios_base::seekdir dir, std::ios_base::openmode which) override {
    if (!(which & std::ios_base::in)) return pos_type(off_type(-1));
    const off_type size = egptr() - eback();
    off_type base = 0;
    if (dir == std::ios_base::cur) base = gptr() - eback();
    if (dir == std::ios_base::end) base = size;
    if (off < -base || off > size - base) return pos_type(off_type(-1));
    setg(eback(), eback() + base + off, egptr());
    return pos_type(base + off);
  }
  pos_type seekpos(pos_type pos, std::ios_base::openmode which) override {
    return seekoff(off_type(pos), std::ios_base::beg, which);
  }
};

char Lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }

int HexValue(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  c = Lower(c);
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  return -1;
}

// ---- expat glue --------------------------------------------------------
// Names arrive as "namespace-uri\x01local-name" (or "local-name" without a
// namespace). A handler's exception must not unwind through expat's C frames:
// it is kept, the parser stopped, and the exception rethrown after.

constexpr char kNamespaceSeparator = '\x01';

void SplitName(const char* name, std::string_view& ns, std::string_view& local) {
  const char* sep = std::strchr(name, kNamespaceSeparator);
  if (!sep) {
    ns = {};
    local = name;
  } else {
    ns = std::string_view(name, static_cast<std::size_t>(sep - name));
    local = sep + 1;
  }
}

// name == expected, without measuring name first.
bool NameIs(const char* name, std::string_view expected) {
  for (char c : expected) {
    if (*name++ != c) return false;
  }
  return *name == '\0';
}

// OOXML nests a dozen levels at most. Deeper input is refused early, so that
// expat's stack of open elements (some 50 bytes for each 3-byte "<a>") cannot
// grow with the size of the part.
constexpr int kMaxDepth = 256;

struct ExpatState {
  XmlHandler* handler;
  XML_Parser parser;
  std::exception_ptr error;
  const Context* ctx;
  const std::string* part;
  int depth = 0;
};

template <typename F>
void Guarded(void* data, F&& f) {
  auto* state = static_cast<ExpatState*>(data);
  if (state->error) return;  // stopped; expat may still deliver a few events
  try {
    f(*state);
  } catch (...) {
    state->error = std::current_exception();
    XML_StopParser(state->parser, XML_FALSE);
  }
}

void XMLCALL OnStart(void* data, const XML_Char* name, const XML_Char** attributes) {
  Guarded(data, [&](ExpatState& state) {
    if (++state.depth > kMaxDepth) {
      const std::string& part = *state.part;
      Fail(InvalidInput(*state.ctx,
                        "arbetsboken är skadad: delen \"" + part + "\" har element i fler än " +
                            std::to_string(kMaxDepth) + " nivåer",
                        "the workbook is damaged: part \"" + part + "\" nests elements deeper than " +
                            std::to_string(kMaxDepth) + " levels")
               .WithRule("xlsx_xml")
               .WithHint(std::string(kRepairHint)));
    }
    std::string_view ns, local;
    SplitName(name, ns, local);
    state.handler->Start(ns, local, XmlAttributes(attributes));
  });
}

void XMLCALL OnEnd(void* data, const XML_Char* name) {
  Guarded(data, [&](ExpatState& state) {
    --state.depth;
    std::string_view ns, local;
    SplitName(name, ns, local);
    state.handler->End(ns, local);
  });
}

void XMLCALL OnText(void* data, const XML_Char* text, int length) {
  Guarded(data, [&](ExpatState& state) {
    state.handler->Text(std::string_view(text, static_cast<std::size_t>(length)));
  });
}

// OOXML parts never carry a DTD; refusing one rules out entity expansion
// (billion laughs) and external entities, whatever the parser's defaults.
void XMLCALL OnDoctype(void* data, const XML_Char*, const XML_Char*, const XML_Char*, int) {
  Guarded(data, [&](ExpatState& state) {
    const std::string& part = *state.part;
    Fail(InvalidInput(*state.ctx, "arbetsboken är skadad: delen \"" + part + "\" innehåller en DTD",
                      "the workbook is damaged: part \"" + part + "\" contains a DTD")
             .WithRule("xlsx_xml")
             .WithHint(std::string(kRepairHint)));
  });
}

}  // namespace

std::optional<std::string_view> XmlAttributes::Find(std::string_view local) const {
  // OOXML's own attributes are unqualified; prefixed ones belong to extensions.
  for (const char** p = pairs_; p && p[0]; p += 2) {
    if (NameIs(p[0], local)) return std::string_view(p[1]);
  }
  return std::nullopt;
}

std::optional<std::string_view> XmlAttributes::FindRelId() const {
  for (const char** p = pairs_; p && p[0]; p += 2) {
    std::string_view ns, name;
    SplitName(p[0], ns, name);
    if (name == "id" && ns.find("relationships") != std::string_view::npos) return std::string_view(p[1]);
  }
  return std::nullopt;
}

bool IsMainNamespace(std::string_view ns) {
  return ns.empty() || ns == "http://schemas.openxmlformats.org/spreadsheetml/2006/main" ||
         ns == "http://purl.oclc.org/ooxml/spreadsheetml/main";
}

void Budget::Spend(std::size_t bytes) {
  used_ += bytes;
  if (used_ > ctx_.max_bytes) FailTooMuchText(ctx_, part_);
}

struct Package::Impl {
  explicit Impl(std::string_view bytes) : buf(bytes), stream(&buf) {}
  MemoryBuf buf;
  std::istream stream;
  std::unique_ptr<Poco::Zip::ZipArchive> archive;
};

Package::Package(std::string_view bytes, const Context& ctx)
    : impl_(std::make_unique<Impl>(bytes)), ctx_(ctx) {
  // Every zip starts with a local file header, or with the end record if empty.
  const bool zip = bytes.size() >= 4 && bytes.substr(0, 2) == "PK";
  if (zip) {
    try {
      impl_->archive = std::make_unique<Poco::Zip::ZipArchive>(impl_->stream);
    } catch (...) {
      impl_->archive.reset();  // damaged beyond reading its directory
    }
  }
  if (!impl_->archive) {
    // Old .xls files and password-protected .xlsx files are OLE2 compound files.
    const bool ole2 = bytes.substr(0, 8) == std::string_view("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8);
    Fail(InvalidInput(ctx, "filen är inte en XLSX-arbetsbok", "the file is not an XLSX workbook")
             .WithRule("xlsx_not_zip")
             .WithHint(ole2 ? "Filen ser ut att vara en äldre Excel-fil (.xls) eller "
                              "lösenordsskyddad. Spara den i Excel som Excel-arbetsbok (.xlsx) "
                              "utan lösenord."
                            : "Spara filen i Excel som Excel-arbetsbok (.xlsx)."));
  }
}

Package::~Package() = default;

std::optional<std::string> Package::Find(std::string_view part) const {
  const auto& archive = *impl_->archive;
  auto it = archive.findHeader(std::string(part));
  if (it != archive.headerEnd()) return it->first;
  for (it = archive.headerBegin(); it != archive.headerEnd(); ++it) {
    if (EqualIgnoringAsciiCase(it->first, part)) return it->first;
  }
  return std::nullopt;
}

void Package::Parse(const std::string& part, XmlHandler& handler) const {
  const auto& archive = *impl_->archive;
  auto it = archive.findHeader(part);
  if (it == archive.headerEnd()) FailDamaged(ctx_, part, "missing entry");
  const Poco::Zip::ZipLocalFileHeader& header = it->second;
  if (header.isEncrypted()) FailDamaged(ctx_, part, "encrypted entry");
  if (header.getUncompressedSize() > ctx_.max_bytes) FailTooLarge(ctx_, part);

  impl_->stream.clear();  // ZipArchive leaves it failed
  std::unique_ptr<Poco::Zip::ZipStreamBuf> zip;
  try {
    zip = std::make_unique<Poco::Zip::ZipStreamBuf>(impl_->stream, header, true);
  } catch (const Poco::Exception& e) {
    FailDamaged(ctx_, part, e.displayText());
  }

  std::unique_ptr<XML_ParserStruct, void (*)(XML_Parser)> parser(
      XML_ParserCreateNS(nullptr, kNamespaceSeparator), XML_ParserFree);
  if (!parser) throw std::bad_alloc();
  ExpatState state{&handler, parser.get(), {}, &ctx_, &part};
  XML_SetUserData(parser.get(), &state);
  XML_SetElementHandler(parser.get(), OnStart, OnEnd);
  XML_SetCharacterDataHandler(parser.get(), OnText);
  XML_SetStartDoctypeDeclHandler(parser.get(), OnDoctype);
  XML_SetParamEntityParsing(parser.get(), XML_PARAM_ENTITY_PARSING_NEVER);

  constexpr int kChunk = 64 * 1024;
  std::size_t total = 0;
  for (bool last = false; !last;) {
    void* buffer = XML_GetBuffer(parser.get(), kChunk);
    if (!buffer) throw std::bad_alloc();
    std::streamsize n = 0;
    try {
      // Fewer bytes than asked only at the end; there Poco checks the CRC.
      n = zip->sgetn(static_cast<char*>(buffer), kChunk);
    } catch (const Poco::Exception& e) {
      FailDamaged(ctx_, part, e.displayText());
    } catch (const std::exception& e) {
      FailDamaged(ctx_, part, e.what());
    }
    if (n < 0) n = 0;
    total += static_cast<std::size_t>(n);
    if (total > ctx_.max_bytes) FailTooLarge(ctx_, part);
    last = n == 0;
    if (XML_ParseBuffer(parser.get(), static_cast<int>(n), last) != XML_STATUS_OK) {
      if (state.error) std::rethrow_exception(state.error);
      const std::string where = "rad " + std::to_string(XML_GetCurrentLineNumber(parser.get())) +
                                ", kolumn " + std::to_string(XML_GetCurrentColumnNumber(parser.get()));
      const std::string where_en = "line " + std::to_string(XML_GetCurrentLineNumber(parser.get())) +
                                   ", column " + std::to_string(XML_GetCurrentColumnNumber(parser.get()));
      Fail(InvalidInput(ctx_, "arbetsboken är skadad: delen \"" + part + "\" är inte giltig XML (" +
                                  where + ")",
                        "the workbook is damaged: part \"" + part + "\" is not well-formed XML (" +
                            where_en + ": " + XML_ErrorString(XML_GetErrorCode(parser.get())) + ")")
               .WithRule("xlsx_xml")
               .WithHint(std::string(kRepairHint)));
    }
    if (state.error) std::rethrow_exception(state.error);
  }
}

std::string RelsPartFor(std::string_view part) {
  const std::size_t slash = part.rfind('/');
  const std::string_view dir = slash == std::string_view::npos ? "" : part.substr(0, slash + 1);
  const std::string_view name = slash == std::string_view::npos ? part : part.substr(slash + 1);
  return std::string(dir) + "_rels/" + std::string(name) + ".rels";
}

std::optional<std::string> ResolveTarget(std::string_view source_part, std::string_view target) {
  std::string decoded;
  for (std::size_t i = 0; i < target.size(); ++i) {
    char c = target[i];
    if (c == '%') {
      if (i + 2 >= target.size()) return std::nullopt;
      const int hi = HexValue(target[i + 1]), lo = HexValue(target[i + 2]);
      if (hi < 0 || lo < 0) return std::nullopt;
      c = static_cast<char>(hi * 16 + lo);
      i += 2;
    } else if (c == '\\') {
      c = '/';
    }
    decoded += c;
  }
  std::string path;
  if (!decoded.empty() && decoded[0] == '/') {
    path = decoded.substr(1);
  } else {
    const std::size_t slash = source_part.rfind('/');
    if (slash != std::string_view::npos) path = std::string(source_part.substr(0, slash + 1));
    path += decoded;
  }
  std::vector<std::string> segments;
  std::size_t start = 0;
  while (start <= path.size()) {
    std::size_t end = path.find('/', start);
    if (end == std::string::npos) end = path.size();
    std::string segment = path.substr(start, end - start);
    if (segment == "..") {
      if (segments.empty()) return std::nullopt;
      segments.pop_back();
    } else if (!segment.empty() && segment != ".") {
      segments.push_back(std::move(segment));
    }
    start = end + 1;
  }
  if (segments.empty()) return std::nullopt;
  std::string out;
  for (const std::string& s : segments) {
    if (!out.empty()) out += '/';
    out += s;
  }
  return out;
}

}  // namespace kplan::io::xlsx
