// The backend every router fuzz input runs against: the demo data set at a fixed time in a fresh
// memory store, with a session for each demo buyer (token "tok-" + user name, e.g. tok-alice),
// so inputs reach the signed-in endpoints and stay reproducible.
#pragma once

#include <memory>
#include <string>

#include "memory_store.h"

namespace koo::fuzz {

// The demo data set loaded once at kFuzzNow.
const backend::SeedData& demoSeed();
Timestamp fuzzNow();

// "tok-alice" for alice: the bearer token of the session freshStore() makes for her.
std::string fuzzTokenOf(const std::string& userName);

// The demo data in a new memory store, plus a session per demo buyer.
std::unique_ptr<backend::MemoryStore> freshStore();

}  // namespace koo::fuzz
