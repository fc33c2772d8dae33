// Builds the offline demo's backend from the built-in demo data set.
#include "demo_backend.h"

#include "demo_data.h"

namespace koo::backend {

DemoBackend::DemoBackend(const SeedData& seed, ClockFn clock, RouterOptions options)
    : store_(seed), router_(std::make_unique<Router>(store_, std::move(clock), std::move(options))) {}

std::unique_ptr<DemoBackend> DemoBackend::create(ClockFn clock, RouterOptions options, std::string& error) {
  auto seed = loadDemoData(embeddedDemoData(), clock());
  if (!seed.ok()) {
    error = seed.error();
    return nullptr;
  }
  return std::unique_ptr<DemoBackend>(new DemoBackend(seed.value(), std::move(clock), std::move(options)));
}

}  // namespace koo::backend
