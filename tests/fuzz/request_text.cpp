// Reading and writing the router fuzz target's request text (see request_text.h).
#include "request_text.h"

#include "core/url_codec.h"

namespace koo::fuzz {
namespace {

constexpr std::string_view kSeparator = "\n###\n";

// Splits off the first line of `text` (without its '\n'; a trailing '\r' is kept as data).
std::string_view takeLine(std::string_view& text) {
  const auto end = text.find('\n');
  const std::string_view line = text.substr(0, end);
  text = end == std::string_view::npos ? std::string_view() : text.substr(end + 1);
  return line;
}

bool parseOneRequest(std::string_view text, HttpRequest& request) {
  const std::string_view requestLine = takeLine(text);
  const auto space = requestLine.find(' ');
  if (space == std::string_view::npos) return false;
  request.method = std::string(requestLine.substr(0, space));
  std::string_view target = requestLine.substr(space + 1);
  const auto question = target.find('?');
  if (question != std::string_view::npos) {
    auto query = decodeQueryString(target.substr(question + 1));
    if (!query) return false;
    request.query = std::move(*query);
    target = target.substr(0, question);
  }
  request.path = std::string(target);
  while (!text.empty()) {
    const std::string_view line = takeLine(text);
    if (line.empty()) break;  // the blank line before the body
    const auto colon = line.find(':');
    if (colon == std::string_view::npos) continue;
    std::string_view value = line.substr(colon + 1);
    if (!value.empty() && value.front() == ' ') value.remove_prefix(1);
    request.headers[std::string(line.substr(0, colon))] = std::string(value);
  }
  request.body = std::string(text);
  return true;
}

}  // namespace

std::vector<HttpRequest> parseRequestText(std::string_view text) {
  std::vector<HttpRequest> requests;
  while (!text.empty() && requests.size() < kMaxRequestsPerInput) {
    const auto end = text.find(kSeparator);
    HttpRequest request;
    if (!parseOneRequest(text.substr(0, end), request)) break;
    requests.push_back(std::move(request));
    if (end == std::string_view::npos) break;
    text.remove_prefix(end + kSeparator.size());
  }
  return requests;
}

std::string formatRequestText(const std::vector<HttpRequest>& requests) {
  std::string text;
  for (const auto& request : requests) {
    if (!text.empty()) text += kSeparator;
    text += request.method + " " + request.path;
    if (!request.query.empty()) text += "?" + encodeQueryString(request.query);
    text += "\n";
    for (const auto& [name, value] : request.headers) text += name + ": " + value + "\n";
    text += "\n" + request.body;
  }
  return text;
}

}  // namespace koo::fuzz
