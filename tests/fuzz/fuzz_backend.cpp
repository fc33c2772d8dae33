// The router fuzz target's backend: the demo data set with fixed sessions (fuzz_backend.h).
#include "fuzz_backend.h"

#include <cstdio>
#include <cstdlib>

#include "demo_data.h"

namespace koo::fuzz {

Timestamp fuzzNow() {
  static const Timestamp now = parseIsoUtc("2025-03-01T08:00:00Z").value();
  return now;
}

const backend::SeedData& demoSeed() {
  static const backend::SeedData seed = [] {
    auto loaded = backend::loadDemoData(backend::embeddedDemoData(), fuzzNow());
    if (!loaded.ok()) {
      std::fprintf(stderr, "the demo data set does not load: %s\n", loaded.error().c_str());
      std::abort();
    }
    return loaded.value();
  }();
  return seed;
}

std::string fuzzTokenOf(const std::string& userName) { return "tok-" + userName; }

std::unique_ptr<backend::MemoryStore> freshStore() {
  auto store = std::make_unique<backend::MemoryStore>(demoSeed());
  for (const auto& buyer : demoSeed().buyers) {
    backend::StoreChange change;
    change.addSession = backend::SessionRecord{fuzzTokenOf(buyer.buyer.userName), buyer.buyer.buyerId,
                                               fuzzNow() + std::chrono::hours(24 * 365)};
    store->apply(change);
  }
  return store;
}

}  // namespace koo::fuzz
