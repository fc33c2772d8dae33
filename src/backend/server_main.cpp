// koo-backend-server: the reference marketplace backend as a local HTTP server (http_server.h
// over the router and the SQLite store). Run with --help for its options.
#include <pthread.h>
#include <signal.h>

#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>
#include <thread>

#include "demo_data.h"
#include "http_server.h"
#include "router.h"
#include "sqlite_store.h"

namespace {

constexpr const char* kUsage = R"(usage: koo-backend-server [options]
  --port N          port to listen on (default: $PORT, else 8081; 0 picks a free one)
  --host ADDR       address to bind (default 127.0.0.1)
  --db PATH         SQLite database file, created and seeded on first start
                    (default: $KOO_DB, else ./koo-backend.sqlite)
  --key-file PATH   the key that seals passwords and digests tokens in the database, kept
                    apart from it; created (mode 0600) when missing
                    (default: $KOO_KEY_FILE, else the database path + ".key")
  --demo-data PATH  seed from this data set instead of the built-in assets/demo-data.json
  --test-mode       enable the /api/v1/test endpoints (seller actions, clock, audit log,
                    runtime faults); also KOO_TEST_MODE=1
  --faults SPEC     test only: inject latency, errors, malformed bodies (also $KOO_FAULTS)
                    e.g. "GET /api/v1/purchased-apps:latency=800,status=503,every=2"
  --help            show this text
Prints "listening on http://HOST:PORT" once ready; stops cleanly on SIGINT or SIGTERM.
)";

struct Options {
  std::string host = "127.0.0.1";
  int port = 8081;
  std::string db = "koo-backend.sqlite";
  std::string keyFile;  // empty: db + ".key"
  std::string demoData;
  std::string faults;
  bool testMode = false;
};

const char* env(const char* name) {
  const char* value = std::getenv(name);
  return value && *value ? value : nullptr;
}

bool parsePort(const std::string& text, int& port) {
  if (text.empty() || text.size() > 5 || text.find_first_not_of("0123456789") != std::string::npos)
    return false;
  port = std::stoi(text);
  return port <= 65535;
}

// Returns false (after printing why) when the arguments are wrong.
bool parseArgs(int argc, char** argv, Options& options) {
  if (const char* port = env("PORT"); port && !parsePort(port, options.port)) {
    std::cerr << "PORT must be a port number, got " << port << "\n";
    return false;
  }
  if (const char* db = env("KOO_DB")) options.db = db;
  if (const char* faults = env("KOO_FAULTS")) options.faults = faults;
  if (const char* keyFile = env("KOO_KEY_FILE")) options.keyFile = keyFile;
  if (const char* test = env("KOO_TEST_MODE")) options.testMode = std::string(test) == "1";
  for (int i = 1; i < argc; ++i) {
    std::string arg = argv[i];
    auto value = [&](std::string& out) {
      if (i + 1 >= argc) {
        std::cerr << arg << " needs a value\n";
        return false;
      }
      out = argv[++i];
      return true;
    };
    std::string text;
    if (arg == "--help" || arg == "-h") {
      std::cout << kUsage;
      std::exit(0);
    } else if (arg == "--port") {
      if (!value(text)) return false;
      if (!parsePort(text, options.port)) {
        std::cerr << "--port must be 0-65535, got " << text << "\n";
        return false;
      }
    } else if (arg == "--host") {
      if (!value(options.host)) return false;
    } else if (arg == "--db") {
      if (!value(options.db)) return false;
    } else if (arg == "--key-file") {
      if (!value(options.keyFile)) return false;
    } else if (arg == "--demo-data") {
      if (!value(options.demoData)) return false;
    } else if (arg == "--faults") {
      if (!value(options.faults)) return false;
    } else if (arg == "--test-mode") {
      options.testMode = true;
    } else {
      std::cerr << "unknown option " << arg << "\n" << kUsage;
      return false;
    }
  }
  return true;
}

int run(const Options& options) {
  using namespace koo::backend;
  const koo::Timestamp now = systemNow();

  std::string dataText(embeddedDemoData());
  if (!options.demoData.empty()) {
    std::ifstream in(options.demoData, std::ios::binary);
    if (!in) {
      std::cerr << "cannot read " << options.demoData << "\n";
      return 1;
    }
    std::ostringstream text;
    text << in.rdbuf();
    dataText = text.str();
  }

  SqliteStore store(options.db, now, options.keyFile);
  if (!store.isSeeded()) {
    auto seed = loadDemoData(dataText, now);
    if (!seed.ok()) {
      std::cerr << seed.error() << "\n";
      return 1;
    }
    if (store.seedIfEmpty(seed.value(), now))
      std::cerr << "seeded " << options.db << " with the demo data set\n";
  }

  RouterOptions routerOptions;
  routerOptions.testMode = options.testMode;
  // One write per line, so lines from worker threads do not interleave.
  routerOptions.errorLog = [](const std::string& line) { std::fprintf(stderr, "%s\n", line.c_str()); };
  Router router(store, systemNow, routerOptions);
  if (!options.faults.empty()) {
    auto parsed = parseFaultSpec(options.faults);
    if (!parsed.spec) {
      std::cerr << "--faults: " << parsed.error << "\n";
      return 2;
    }
    router.faults().set(*parsed.spec);
    std::cerr << "fault injection on: " << parsed.spec->text << "\n";
  }

  HttpServerOptions serverOptions;
  serverOptions.host = options.host;
  serverOptions.port = options.port;
  // Refuse larger bodies before reading them: the router would refuse them anyway.
  serverOptions.limits.maxBodyBytes = routerOptions.maxBodyBytes;
  HttpServer server([&router](const koo::HttpRequest& request) { return router.handle(request); },
                    [&router](int status) { return router.transportError(status); }, serverOptions);
  std::string error;
  if (!server.bind(error)) {
    std::cerr << error << "\n";
    return 1;
  }

  // SIGINT/SIGTERM are blocked in every thread (set in main before any thread started) and
  // taken here, outside a signal handler, where stopping the server is safe.
  std::thread signals([&server] {
    sigset_t set;
    sigemptyset(&set);
    sigaddset(&set, SIGINT);
    sigaddset(&set, SIGTERM);
    int signal = 0;
    sigwait(&set, &signal);
    server.stop();
  });

  if (options.testMode) std::cerr << "test mode: /api/v1/test endpoints are on\n";
  std::cout << "listening on http://" << options.host << ":" << server.boundPort() << std::endl;
  server.serve();
  // serve() also returns if the listener failed; wake the signal thread so it can end.
  pthread_kill(signals.native_handle(), SIGTERM);
  signals.join();
  std::cerr << "stopped\n";
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  sigset_t set;
  sigemptyset(&set);
  sigaddset(&set, SIGINT);
  sigaddset(&set, SIGTERM);
  pthread_sigmask(SIG_BLOCK, &set, nullptr);

  Options options;
  if (!parseArgs(argc, argv, options)) return 2;
  try {
    return run(options);
  } catch (const std::exception& e) {
    std::cerr << "koo-backend-server: " << e.what() << "\n";
    return 1;
  }
}
