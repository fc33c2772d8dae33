// HTTP request and response as plain values, shared by the api client (which sends them)
// and the backend router (which answers them), so both sides use one definition.
#pragma once

#include <map>
#include <string>

#include "text.h"

namespace koo {

struct HttpRequest {
  std::string method;                          // "GET", "POST"
  std::string path;                            // "/api/v1/purchased-apps", no query string
  std::map<std::string, std::string> query;    // decoded query parameters
  std::map<std::string, std::string> headers;  // names as sent; use findHeader to look up
  std::string body;
  // The peer's address as the transport saw it ("127.0.0.1"); empty in-process. Per-client
  // limits (sign-in throttling) key on it.
  std::string clientAddress;
};

struct HttpResponse {
  int status = 0;
  std::map<std::string, std::string> headers;
  std::string body;
};

// Header names are case-insensitive in HTTP: returns the value of `name` or nullptr.
inline const std::string* findHeader(const std::map<std::string, std::string>& headers,
                                     const std::string& name) {
  for (const auto& [key, value] : headers)
    if (equalsIgnoringAsciiCase(key, name)) return &value;
  return nullptr;
}

}  // namespace koo
