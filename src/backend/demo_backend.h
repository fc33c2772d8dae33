// The offline demo's backend in one object: the built-in demo data set in a memory store and
// the router over it, for the wasm build (wire route() into api::LocalTransport).
#pragma once

#include <memory>
#include <string>

#include "memory_store.h"
#include "router.h"

namespace koo::backend {

class DemoBackend {
 public:
  // Seeds from the built-in data set at clock()'s now; nullptr (with `error`) if it is broken.
  static std::unique_ptr<DemoBackend> create(ClockFn clock, RouterOptions options, std::string& error);

  Router& router() { return *router_; }
  MemoryStore& store() { return store_; }

 private:
  DemoBackend(const SeedData& seed, ClockFn clock, RouterOptions options);

  MemoryStore store_;
  std::unique_ptr<Router> router_;
};

}  // namespace koo::backend
