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
#include "kplan/report/staffing_simulation.hpp"
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

// The request the options describe, with the --input or --scenario document read.
Result<app::SimulationRequest> RequestFrom(const Args& a) {
  app::SimulationRequest request;
  request.org_code = a.GetOr("org", "");
  if (auto date = a.Get("snapshot")) {
    request.snapshot = ParseIsoDate(*date);
    if (!request.snapshot) {
      return Error(ErrorCode::kInvalidInput, "--snapshot \"" + *date + "\" är inte ett datum ÅÅÅÅ-MM-DD",
                   "--snapshot \"" + *date + "\" is not a date YYYY-MM-DD");
    }
  }
  if (auto years = a.Number("years")) request.years = static_cast<int>(*years);
  if (auto runs = a.Number("runs")) request.runs = static_cast<int>(*runs);
  if (auto seed = a.Number("seed")) request.seed = static_cast<std::uint64_t>(*seed);
  if (auto threads = a.Number("threads")) request.threads = static_cast<int>(*threads);
  const auto input = a.Get("input");
  const auto scenario = a.Get("scenario");
  if (input && scenario) {
    return Error(ErrorCode::kInvalidInput, "ange antingen --input eller --scenario, inte båda",
                 "give either --input or --scenario, not both");
  }
  if (input || scenario) {
    const std::string path = input ? *input : *scenario;
    Result<std::string> bytes = ReadFile(path);
    if (!bytes.ok()) return bytes.error();
    Result<io::SimulationDocument> document = io::ParseSimulationDocument(bytes.value());
    if (!document.ok()) return Error(document.error()).WithFile(path);
    request.document = std::move(document).value();
  }
  return request;
}

// The model from a complete document (--input, no store), or from the database.
Result<report::PreparedSimulation> Prepare(const Args& a, const app::SimulationRequest& request,
                                           store::Store* store) {
  if (!store) {
    Result<report::PreparedSimulation> prepared = app::PrepareSimulationFromDocument(request);
    if (!prepared.ok()) return Error(prepared.error()).WithFile(a.GetOr("input", ""));
    return prepared;
  }
  Result<report::PreparedSimulation> prepared = app::PrepareSimulation(*store, request);
  if (!prepared.ok()) {
    Error error = prepared.error();
    const auto scenario = a.Get("scenario");
    if (scenario && !error.location().field.empty()) error.WithFile(*scenario);
    return error;
  }
  return prepared;
}

// Runs the simulation with progress on stderr; Ctrl+C or SIGTERM stops it.
Result<SimulationResult> Simulate(const report::PreparedSimulation& p, bool quiet) {
  g_stop_requested = 0;
  auto previous_int = std::signal(SIGINT, RequestStop);
  auto previous_term = std::signal(SIGTERM, RequestStop);
  std::stop_source stop;
  ProgressLine progress(quiet);
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
  return result;
}

int RunProject(const Args& a) {
  if (!a.positional().empty()) {
    std::cerr << "kplan project: okänt argument \"" << a.positional().front() << "\" (se kplan project --help)\n";
    return kExitBadInput;
  }
  const Language lang = a.language();
  auto fail = [&](const Error& error) {
    std::cerr << "kplan project: " << error.Describe(lang) << "\n";
    if (!error.hint().empty()) std::cerr << "  " << error.hint() << "\n";
    return ExitCodeFor(error);
  };
  const std::string format = a.GetOr("format", "json");
  if (format != "json" && format != "text") {
    return fail(Error(ErrorCode::kInvalidInput, "--format måste vara json eller text", "--format must be json or text"));
  }
  Result<app::SimulationRequest> request = RequestFrom(a);
  if (!request.ok()) return fail(request.error());
  std::unique_ptr<store::Store> store;
  if (!a.Get("input")) {
    auto opened = OpenMigratedStore(DatabaseUrl(a));
    if (!opened.ok()) return ExitCodeFor(opened.error());
    store = std::move(opened).value();
  }
  Result<report::PreparedSimulation> prepared = Prepare(a, request.value(), store.get());
  if (!prepared.ok()) return fail(prepared.error());
  const report::PreparedSimulation& p = prepared.value();
  Result<SimulationResult> result = Simulate(p, a.Has("quiet"));
  if (!result.ok()) return fail(result.error());
  if (format == "text") {
    std::cout << report::SimulationReportText(p, result.value());
  } else {
    std::cout << report::SimulationReportJson(p, result.value()).dump(2) << "\n";
  }
  return std::cout.good() ? kExitOk : kExitFailure;
}

}  // namespace

const CommandSpec& ProjectCommand() {
  static const CommandSpec spec{
      "project", "",
      "personalprognos med osäkerhet: pensioneringar, avgångar och rekryteringsbehov (P10, P50, P90) per år, "
      "kategori och scenario",
      {Text("org", "ENHET", "enheten (annars dokumentets eller hela organisationen)"),
       Text("snapshot", "DATUM", "registeruttaget ÅÅÅÅ-MM-DD (annars det senaste)"),
       WholeNumber("years", "T", "antal år framåt (10)", 1, kMaxSimulationYears),
       WholeNumber("runs", "N", "antal körningar (1000)", 1, kMaxSimulationRuns),
       WholeNumber("seed", "S", "slumpfrö (1)", 0, 2147483647),
       Text("scenario", "FIL", "inställningar och scenarier (docs/projection-format.md)"),
       Text("input", "FIL", "en fullständig modell, utan databas"),
       WholeNumber("threads", "N", "antal trådar (0: alla kärnor)", 0, 1024),
       Text("format", "json|text", "JSON eller text (json)"), Flag("quiet", "visar inte förloppet"), LanguageOption(),
       DatabaseOption()},
      RunProject};
  return spec;
}

}  // namespace kplan::cli
