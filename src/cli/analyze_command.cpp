// kplan analyze --input FIL.json [--format json|text] [--lang sv|en]
//
// Reads an analysis document (docs/analysis-format.md), computes need, gaps,
// goals, change since last year, risks, follow-up, the staffing projection and
// the summary, and writes the result to stdout as JSON or as Swedish text
// tables. "--input -" reads stdin. Errors go to stderr, naming the file and
// the field; exit code 2 for bad input or usage.

#include <fstream>
#include <iostream>

#include "args.hpp"
#include "commands.hpp"
#include "kplan/core/analysis.hpp"
#include "kplan/io/analysis_document.hpp"
#include "kplan/report/analysis_text.hpp"

namespace kplan::cli {
namespace {

int Fail(const Error& error, Language language) {
  std::cerr << "kplan analyze: " << error.Describe(language) << "\n";
  if (!error.hint().empty()) std::cerr << "  " << error.hint() << "\n";
  return kExitBadInput;
}

// Reads no more than a chunk past the limit, so a huge file is refused cheaply.
Result<std::string> ReadInput(const std::string& path) {
  std::ifstream file;
  std::istream* in = &std::cin;
  if (path != "-") {
    file.open(path, std::ios::binary);
    if (!file) {
      return Error(ErrorCode::kInvalidInput, "filen kan inte läsas", "the file cannot be read")
          .WithFile(path);
    }
    in = &file;
  }
  std::string bytes;
  char chunk[1 << 16];
  while (*in && bytes.size() <= io::kMaxAnalysisDocumentBytes) {
    in->read(chunk, sizeof chunk);
    bytes.append(chunk, static_cast<std::size_t>(in->gcount()));
  }
  return bytes;
}

int RunAnalyze(const Args& args) {
  const std::string lang = args.GetOr("lang", "sv");
  if (lang != "sv" && lang != "en") {
    return Fail(Error(ErrorCode::kInvalidInput, "--lang ska vara sv eller en, inte \"" + lang + "\"",
                      "--lang must be sv or en, not \"" + lang + "\""),
                Language::kSwedish);
  }
  const Language language = lang == "en" ? Language::kEnglish : Language::kSwedish;
  const std::string format = args.GetOr("format", "json");
  if (format != "json" && format != "text") {
    return Fail(Error(ErrorCode::kInvalidInput, "--format ska vara json eller text, inte \"" + format + "\"",
                      "--format must be json or text, not \"" + format + "\""),
                language);
  }
  const std::optional<std::string> path = args.Get("input");
  if (!path) {
    return Fail(Error(ErrorCode::kInvalidInput, "--input saknas", "--input is missing")
                    .WithHint("Användning: kplan analyze --input FIL.json [--format json|text]"),
                language);
  }

  Result<std::string> bytes = ReadInput(*path);
  if (!bytes) return Fail(bytes.error(), language);
  Result<AnalysisInput> input = io::ParseAnalysisDocument(bytes.value());
  if (!input) {
    Error error = input.error();
    return Fail(error.WithFile(*path == "-" ? "stdin" : *path), language);
  }
  const AnalysisResult result = Analyze(input.value());
  std::cout << (format == "text" ? report::RenderAnalysisText(result) : io::WriteAnalysisResultJson(result));
  return std::cout.good() ? kExitOk : kExitFailure;
}

}  // namespace

const CommandSpec& AnalyzeCommand() {
  static const CommandSpec spec{
      "analyze", "", "beräknar behov, kompetensgap, mål, förändring, risker och uppföljning",
      {Required(Text("input", "FIL.json|-", "analysdokumentet (docs/analysis-format.md); - läser standard in")),
       Text("format", "json|text", "resultatet som JSON eller som tabeller (json)"), LanguageOption()},
      RunAnalyze};
  return spec;
}

}  // namespace kplan::cli
