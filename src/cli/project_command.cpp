// kplan project [--org ENHET] [--snapshot DATUM] [--years T] [--runs N] [--seed S]
//               [--scenario FIL] [--input FIL] [--threads N] [--format json|text]
//               [--quiet] [--lang sv|en] [--db URL]
//
// The stochastic Personalprognos (report/staffing_simulation.hpp): from the
// stored register and population forecast of a unit, or from a complete
// model (--input). Progress goes to stderr (a line that rewrites itself in a
// terminal, every tenth otherwise); Ctrl+C or SIGTERM stops the runs and
// exits 1. The result goes to stdout.

#include <atomic>
#include <csignal>
#include <fstream>
#include <iostream>
#include <unistd.h>

#include "args.hpp"
#include "commands.hpp"
#include "kplan/core/swedish_text.hpp"
#include "kplan/app/simulation.hpp"
#include "open_store.hpp"

namespace kplan::cli {
namespace {

volatile std::sig_atomic_t g_stop_requested = 0;

extern "C" void RequestStop(int) { g_stop_requested = 1; }

Result<std::string> ReadFile(const std::string& path) {
  std::ifstream file(path, std::ios::binary);
  if (!file) return Error(ErrorCode::kInvalidInput, "filen kan inte läsas", "the file cannot be read").WithFile(path);
  std::string bytes;
  char chunk[1 << 16];
  while (file && bytes.size() <= io::kMaxSimulationDocumentBytes) {
    file.read(chunk, sizeof chunk);
    bytes.append(chunk, static_cast<std::size_t>(file.gcount()));
  }
  return bytes;
}

Result<int> WholeNumber(const Args& a, const std::string& name, int min, int max) {
  const std::string text = *a.Get(name);
  try {
    std::size_t used = 0;
    const long value = std::stol(text, &used);
    if (used == text.size() && value >= min && value <= max) return static_cast<int>(value);
  } catch (const std::exception&) {
  }
  return Error(ErrorCode::kInvalidInput,
               "--" + name + " \"" + text + "\" är inte ett heltal mellan " + std::to_string(min) + " och " +
                   std::to_string(max),
               "--" + name + " \"" + text + "\" is not a whole number between " + std::to_string(min) + " and " +
                   std::to_string(max))
      .WithValue(text);
}

// Prints "Prognos: 45 % (450 av 1 000 körningar)" to stderr.
class ProgressLine {
 public:
  explicit ProgressLine(bool quiet) : quiet_(quiet), terminal_(isatty(STDERR_FILENO) == 1) {}

  void Show(std::int64_t done, std::int64_t total) {
    if (quiet_ || total <= 0) return;
    const int percent = static_cast<int>(done * 100 / total);
    if (terminal_) {
      std::cerr << "\rPrognos: " << percent << " % (" << FormatInteger(done) << " av " << FormatInteger(total)
                << " körningar)   " << std::flush;
    } else if (percent / 10 > last_tenth_) {
      last_tenth_ = percent / 10;
      std::cerr << "Prognos: " << percent << " %\n";
    }
  }
  void End() {
    if (!quiet_ && terminal_) std::cerr << "\n";
  }

 private:
  bool quiet_;
  bool terminal_;
  int last_tenth_ = -1;
};

}  // namespace

int RunProject(const Argv& argv) {
  auto parsed = Args::Parse(argv, OptionSpec{{"db", "org", "snapshot", "years", "runs", "seed", "threads", "scenario",
                                              "input", "format", "lang"},
                                             {"quiet"}});
  if (!parsed.ok()) {
    std::cerr << "kplan project: " << parsed.error().Describe() << "\n";
    return kExitBadInput;
  }
  const Args& a = parsed.value();
  if (!a.positional().empty()) {
    std::cerr << "kplan project: okänt argument \"" << a.positional().front() << "\" (se kplan project --help)\n";
    return kExitBadInput;
  }
  const Language lang = a.GetOr("lang", "sv") == "en" ? Language::kEnglish : Language::kSwedish;
  auto fail = [&](const Error& error) {
    std::cerr << "kplan project: " << error.Describe(lang) << "\n";
    if (!error.hint().empty()) std::cerr << "  " << error.hint() << "\n";
    return ExitCodeFor(error);
  };

  app::SimulationRequest request;
  request.org_code = a.GetOr("org", "");
  if (auto date = a.Get("snapshot")) {
    request.snapshot = ParseIsoDate(*date);
    if (!request.snapshot) {
      return fail(Error(ErrorCode::kInvalidInput, "--snapshot \"" + *date + "\" är inte ett datum ÅÅÅÅ-MM-DD",
                        "--snapshot \"" + *date + "\" is not a date YYYY-MM-DD"));
    }
  }
  struct NumberOption {
    const char* name;
    int min;
    int max;
  };
  for (const NumberOption& o : {NumberOption{"years", 1, kMaxSimulationYears},
                                NumberOption{"runs", 1, kMaxSimulationRuns}, NumberOption{"seed", 0, 2147483647},
                                NumberOption{"threads", 0, 1024}}) {
    if (!a.Get(o.name)) continue;
    Result<int> value = WholeNumber(a, o.name, o.min, o.max);
    if (!value.ok()) return fail(value.error());
    const std::string name = o.name;
    if (name == "years") request.years = value.value();
    if (name == "runs") request.runs = value.value();
    if (name == "seed") request.seed = static_cast<std::uint64_t>(value.value());
    if (name == "threads") request.threads = value.value();
  }
  const std::string format = a.GetOr("format", "json");
  if (format != "json" && format != "text") {
    return fail(Error(ErrorCode::kInvalidInput, "--format måste vara json eller text", "--format must be json or text"));
  }
  const auto input = a.Get("input");
  const auto scenario = a.Get("scenario");
  if (input && scenario) {
    return fail(Error(ErrorCode::kInvalidInput, "ange antingen --input eller --scenario, inte båda",
                      "give either --input or --scenario, not both"));
  }
  if (input || scenario) {
    const std::string path = input ? *input : *scenario;
    Result<std::string> bytes = ReadFile(path);
    if (!bytes.ok()) return fail(bytes.error());
    Result<io::SimulationDocument> document = io::ParseSimulationDocument(bytes.value());
    if (!document.ok()) return fail(Error(document.error()).WithFile(path));
    request.document = std::move(document).value();
  }

  Result<report::PreparedSimulation> prepared = Error(ErrorCode::kInternal, "");
  std::unique_ptr<store::Store> store;
  if (input) {
    prepared = app::PrepareSimulationFromDocument(request);
    if (!prepared.ok()) return fail(Error(prepared.error()).WithFile(*input));
  } else {
    auto opened = OpenMigratedStore(DatabaseUrl(a));
    if (!opened.ok()) return ExitCodeFor(opened.error());
    store = std::move(opened).value();
    prepared = app::PrepareSimulation(*store, request);
    if (!prepared.ok()) {
      Error error = prepared.error();
      if (scenario && !error.location().field.empty()) error.WithFile(*scenario);
      return fail(error);
    }
  }
  const report::PreparedSimulation& p = prepared.value();

  g_stop_requested = 0;
  auto previous_int = std::signal(SIGINT, RequestStop);
  auto previous_term = std::signal(SIGTERM, RequestStop);
  std::stop_source stop;
  ProgressLine progress(a.Has("quiet"));
  Result<SimulationResult> result = RunSimulation(
      p.model, p.scenarios, p.options,
      [&](std::int64_t done, std::int64_t total) {
        if (g_stop_requested) stop.request_stop();
        progress.Show(done, total);
      },
      stop.get_token());
  progress.End();
  std::signal(SIGINT, previous_int);
  std::signal(SIGTERM, previous_term);
  if (!result.ok()) return fail(result.error());

  if (format == "text") {
    std::cout << report::SimulationReportText(p, result.value());
  } else {
    std::cout << report::SimulationReportJson(p, result.value()).dump(2) << "\n";
  }
  return std::cout.good() ? kExitOk : kExitFailure;
}

}  // namespace kplan::cli
