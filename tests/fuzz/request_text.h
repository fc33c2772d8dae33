// The router fuzz target's input format: HTTP requests as readable text, so seeds are easy to
// write and libFuzzer's mutations stay meaningful. Requests are separated by a line "###":
//   POST /api/v1/auth/sign-in?x=1
//   Authorization: Bearer tok-alice
//
//   {"userName": "alice"}
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/http_message.h"

namespace koo::fuzz {

// At most this many requests per input: enough for a flow (sign in, submit, confirm...).
inline constexpr size_t kMaxRequestsPerInput = 8;

// Reads the requests of `text`. A request line without a space, or a query with a broken
// escape, ends the list (the transport would refuse such a request before the router).
std::vector<HttpRequest> parseRequestText(std::string_view text);

// The text of requests as parseRequestText reads them back (the seed writer uses it).
std::string formatRequestText(const std::vector<HttpRequest>& requests);

}  // namespace koo::fuzz
