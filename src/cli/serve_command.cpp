// kplan serve: runs the server until SIGINT or SIGTERM, then stops cleanly
// (requests in flight finish) and exits 0.

#include <csignal>
#include <cstdlib>
#include <iostream>
#include <pthread.h>

#include "args.hpp"
#include "commands.hpp"
#include "kplan/server/server.hpp"
#include "open_store.hpp"
#include "serve_options.hpp"

namespace kplan::cli {

int ServeUntilSignal(store::Store& store, const server::ServerOptions& options) {
  // Block the stop signals in every thread (the server's threads inherit the
  // mask) and wait for them here, so the shutdown runs in ordinary code.
  sigset_t stop_signals;
  sigemptyset(&stop_signals);
  sigaddset(&stop_signals, SIGINT);
  sigaddset(&stop_signals, SIGTERM);
  pthread_sigmask(SIG_BLOCK, &stop_signals, nullptr);

  server::Server http(options, store);
  if (Status started = http.Start(); !started.ok()) {
    std::cerr << "kplan: " << started.error().Describe() << "\n";
    return kExitFailure;
  }
  std::cout << "Kompetensplan kör på http://" << options.host << ":" << http.port() << "/"
            << " (databas: " << store::BackendName(store.backend()) << ", Ctrl+C avslutar)"
            << std::endl;

  int signal = 0;
  sigwait(&stop_signals, &signal);
  std::cout << "kplan: stänger servern ..." << std::endl;
  http.Stop(1500);
  std::cout << "kplan: servern är stoppad" << std::endl;
  return kExitOk;
}

namespace {

int RunServe(const Args& args) {
  auto options = ServerOptionsFrom(args);
  if (!options.ok()) {
    std::cerr << "kplan serve: " << options.error().Describe() << "\n";
    return kExitBadInput;
  }
  auto opened = OpenMigratedStore(DatabaseUrl(args));
  if (!opened.ok()) return ExitCodeFor(opened.error());
  auto store = std::move(opened).value();
  return ServeUntilSignal(*store, options.value());
}

}  // namespace

const CommandSpec& ServeCommand() {
  static const CommandSpec spec{"serve", "", "startar webbservern (API och webbappen)", ServeOptions(), RunServe};
  return spec;
}

}  // namespace kplan::cli
