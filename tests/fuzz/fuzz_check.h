// How a fuzz target reports a broken property: prints what failed with the input's details and
// aborts, so libFuzzer saves the input as a crash like any sanitizer report.
#pragma once

#include <cstdio>
#include <cstdlib>
#include <string>

namespace koo::fuzz {

inline void fuzzCheck(bool holds, const char* property, const std::string& detail = "") {
  if (holds) return;
  std::fprintf(stderr, "fuzz property broken: %s\n%s\n", property, detail.c_str());
  std::abort();
}

}  // namespace koo::fuzz
