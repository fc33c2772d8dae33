// Which C++ type stands for each object schema of contract/openapi.yaml, as a decode-then-encode
// function per schema name: the contract test and the JSON decoder fuzz target share this table.
#pragma once

#include <functional>
#include <map>
#include <string>

#include "core/expiry_reminders.h"
#include "core/json_codec.h"
#include "core/json_codec_unsubscription.h"

namespace koo {

// Decodes `json` as the schema's C++ type and encodes the value back (or the decode error).
using RoundTrip = std::function<Result<Json>(const Json&)>;

// Contract schema name -> the round trip through the C++ type that stands for it.
const std::map<std::string, RoundTrip>& codecsBySchema();

}  // namespace koo
