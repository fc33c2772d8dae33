// The demo data set (assets/demo-data.json) as seed records: decoded with the record codecs,
// its times shifted by whole days from the set's referenceTime to "now", and cross-checked.
#pragma once

#include <string>
#include <string_view>

#include "core/result.h"
#include "store.h"

namespace koo::backend {

// Decodes and checks the data set; the error names the JSON path or the broken reference.
Expected<SeedData, std::string> loadDemoData(std::string_view jsonText, Timestamp now);

// The data set compiled into the module (generated from assets/demo-data.json at build time),
// so the offline demo and the server need no file at run time.
std::string_view embeddedDemoData();

}  // namespace koo::backend
