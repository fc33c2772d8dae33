// The HTTP/1.1 request reader (RFC 9112 message syntax, limits checked per byte) and response
// serialization used by the native server.
#include "http_wire.h"

#include <algorithm>
#include <ctime>

#include "core/url_codec.h"

namespace koo::backend {

namespace {

// RFC 9110 tchar: the characters of methods and header names.
bool isTokenChar(char c) {
  if ((c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) return true;
  return std::string_view("!#$%&'*+-.^_`|~").find(c) != std::string_view::npos;
}

bool isToken(std::string_view text) {
  if (text.empty()) return false;
  for (char c : text)
    if (!isTokenChar(c)) return false;
  return true;
}

std::string_view trimSpaces(std::string_view text) {
  while (!text.empty() && (text.front() == ' ' || text.front() == '\t')) text.remove_prefix(1);
  while (!text.empty() && (text.back() == ' ' || text.back() == '\t')) text.remove_suffix(1);
  return text;
}

std::string lowercase(std::string_view text) {
  std::string out(text);
  for (char& c : out)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return out;
}

// Whether a comma-separated header value (e.g. Connection) lists `token`, in any case.
bool listsToken(std::string_view value, std::string_view token) {
  while (!value.empty()) {
    const size_t comma = value.find(',');
    if (equalsIgnoringAsciiCase(trimSpaces(value.substr(0, comma)), token)) return true;
    if (comma == std::string_view::npos) break;
    value.remove_prefix(comma + 1);
  }
  return false;
}

std::string decodedOrAsSent(std::string_view text, bool plusIsSpace) {
  auto decoded = percentDecode(text, plusIsSpace);
  return decoded ? *decoded : std::string(text);
}

const char* reasonPhrase(int status) {
  switch (status) {
    case 100: return "Continue";
    case 200: return "OK";
    case 201: return "Created";
    case 202: return "Accepted";
    case 204: return "No Content";
    case 304: return "Not Modified";
    case 400: return "Bad Request";
    case 401: return "Unauthorized";
    case 403: return "Forbidden";
    case 404: return "Not Found";
    case 405: return "Method Not Allowed";
    case 408: return "Request Timeout";
    case 409: return "Conflict";
    case 411: return "Length Required";
    case 413: return "Content Too Large";
    case 414: return "URI Too Long";
    case 415: return "Unsupported Media Type";
    case 422: return "Unprocessable Content";
    case 429: return "Too Many Requests";
    case 431: return "Request Header Fields Too Large";
    case 500: return "Internal Server Error";
    case 501: return "Not Implemented";
    case 503: return "Service Unavailable";
    case 505: return "HTTP Version Not Supported";
    default: return status < 400 ? "OK" : status < 500 ? "Client Error" : "Server Error";
  }
}

std::string httpDate() {
  char text[64];
  std::time_t now = std::time(nullptr);
  std::tm utc{};
  gmtime_r(&now, &utc);
  std::strftime(text, sizeof text, "%a, %d %b %Y %H:%M:%S GMT", &utc);
  return text;
}

bool hasLineBreak(std::string_view text) { return text.find_first_of("\r\n") != std::string_view::npos; }

}  // namespace

void splitTarget(std::string_view target, HttpRequest& request) {
  const size_t question = target.find('?');
  request.path = decodedOrAsSent(target.substr(0, question), false);
  if (question == std::string_view::npos) return;
  for (const auto& [key, value] : splitQueryPairs(target.substr(question + 1)))
    request.query.emplace(decodedOrAsSent(key, true), decodedOrAsSent(value, true));
}

bool HttpRequestReader::takeContinueRequest() {
  const bool due = continueDue_ && phase_ == Phase::Body;
  continueDue_ = false;
  return due;
}

size_t HttpRequestReader::feed(std::string_view data) {
  size_t used = 0;
  if (!data.empty()) started_ = true;
  while (used < data.size() && state_ == State::NeedMore) {
    if (phase_ == Phase::Body) {
      const size_t take = std::min(bodyRemaining_, data.size() - used);
      request_.body.append(data.substr(used, take));
      used += take;
      bodyRemaining_ -= take;
      if (bodyRemaining_ == 0) state_ = State::Complete;
      continue;
    }
    const size_t newline = data.find('\n', used);
    const size_t end = newline == std::string_view::npos ? data.size() : newline;
    // Check the limits before buffering, so a line never grows past them.
    const size_t lineBytes = line_.size() + (end - used);
    const bool tooLong = phase_ == Phase::RequestLine ? lineBytes > limits_.maxRequestLineBytes
                                                      : headerBytes_ + lineBytes > limits_.maxHeaderBytes;
    if (tooLong) {
      fail(phase_ == Phase::RequestLine ? 414 : 431);
      return used;
    }
    line_.append(data.substr(used, end - used));
    used = end;
    if (newline == std::string_view::npos) break;
    ++used;  // the '\n'
    if (!line_.empty() && line_.back() == '\r') line_.pop_back();
    std::string line = std::move(line_);
    line_.clear();
    if (phase_ == Phase::Headers) headerBytes_ += line.size() + 2;
    onLine(line);
  }
  return used;
}

bool HttpRequestReader::fail(int status) {
  state_ = State::Failed;
  failureStatus_ = status;
  return false;
}

bool HttpRequestReader::onLine(std::string_view line) {
  if (line.find_first_of(std::string_view("\r\0", 2)) != std::string_view::npos) return fail(400);
  if (phase_ == Phase::RequestLine) {
    if (line.empty()) return true;  // RFC 9112 2.2: ignore empty lines before a request line
    return onRequestLine(line);
  }
  if (line.empty()) return onHeadersEnd();
  return onHeaderLine(line);
}

bool HttpRequestReader::onRequestLine(std::string_view line) {
  const size_t firstSpace = line.find(' ');
  const size_t lastSpace = line.rfind(' ');
  if (firstSpace == std::string_view::npos || firstSpace == lastSpace) return fail(400);
  const std::string_view method = line.substr(0, firstSpace);
  std::string_view target = line.substr(firstSpace + 1, lastSpace - firstSpace - 1);
  const std::string_view version = line.substr(lastSpace + 1);
  if (!isToken(method) || target.empty() || target.find(' ') != std::string_view::npos) return fail(400);
  if (version == "HTTP/1.0") {
    http10_ = true;
    keepAlive_ = false;
  } else if (version != "HTTP/1.1") {
    const bool looksLikeHttp = version.size() == 8 && version.substr(0, 5) == "HTTP/" && version[6] == '.';
    return fail(looksLikeHttp ? 505 : 400);
  }
  // Absolute form ("http://host/path"), which servers must accept: keep the path.
  if (target.substr(0, 7) == "http://" || target.substr(0, 8) == "https://") {
    const size_t slash = target.find('/', target.find("//") + 2);
    target = slash == std::string_view::npos ? std::string_view("/") : target.substr(slash);
  }
  if (target.front() != '/' && target != "*") return fail(400);
  request_.method = std::string(method);
  splitTarget(target, request_);
  phase_ = Phase::Headers;
  return true;
}

bool HttpRequestReader::onHeaderLine(std::string_view line) {
  if (++headerCount_ > limits_.maxHeaderCount) return fail(431);
  // Obsolete line folding and space before the colon are both refused (RFC 9112 5.1, 5.2).
  const size_t colon = line.find(':');
  if (colon == std::string_view::npos || !isToken(line.substr(0, colon))) return fail(400);
  const std::string_view name = line.substr(0, colon);
  const std::string_view value = trimSpaces(line.substr(colon + 1));
  if (equalsIgnoringAsciiCase(name, "Content-Length")) {
    if (!contentLength_.empty() && contentLength_ != value) return fail(400);
    contentLength_ = std::string(value);
  }
  request_.headers.emplace(std::string(name), std::string(value));
  return true;
}

bool HttpRequestReader::onHeadersEnd() {
  const std::string* connection = findHeader(request_.headers, "Connection");
  if (connection && listsToken(*connection, "close")) keepAlive_ = false;
  if (connection && http10_ && listsToken(*connection, "keep-alive")) keepAlive_ = true;

  if (const std::string* coding = findHeader(request_.headers, "Transfer-Encoding")) {
    if (!contentLength_.empty()) return fail(400);  // request smuggling shape: refuse
    const std::string codings = lowercase(*coding);
    if (codings == "chunked") return fail(411);
    const bool chunkedLast = codings.size() > 7 && codings.substr(codings.size() - 7) == "chunked";
    return fail(chunkedLast ? 501 : 400);
  }
  size_t length = 0;
  if (!contentLength_.empty()) {
    if (contentLength_.size() > 18 || contentLength_.find_first_not_of("0123456789") != std::string::npos)
      return fail(400);
    length = std::stoull(contentLength_);
    if (length > limits_.maxBodyBytes) return fail(413);
  }
  const std::string* expect = findHeader(request_.headers, "Expect");
  continueDue_ = expect && equalsIgnoringAsciiCase(*expect, "100-continue") && !http10_;
  bodyRemaining_ = length;
  phase_ = length > 0 ? Phase::Body : Phase::Done;
  if (length == 0) state_ = State::Complete;
  return true;
}

std::string serializeResponse(const HttpResponse& response, const ResponseFraming& framing) {
  const bool bodyless = response.status == 204 || response.status == 304 || response.status < 200;
  std::string out = (framing.http10 ? "HTTP/1.0 " : "HTTP/1.1 ") + std::to_string(response.status) + " " +
                    reasonPhrase(response.status) + "\r\n";
  bool hasType = false;
  for (const auto& [name, value] : response.headers) {
    // The transport owns framing; a line break in a header would let it forge others.
    if (equalsIgnoringAsciiCase(name, "Content-Length") || equalsIgnoringAsciiCase(name, "Connection") ||
        equalsIgnoringAsciiCase(name, "Transfer-Encoding") || hasLineBreak(name) || hasLineBreak(value))
      continue;
    hasType = hasType || equalsIgnoringAsciiCase(name, "Content-Type");
    out += name + ": " + value + "\r\n";
  }
  if (!bodyless) {
    if (!hasType) out += "Content-Type: application/json\r\n";
    out += "Content-Length: " + std::to_string(response.body.size()) + "\r\n";
  }
  out += "Date: " + httpDate() + "\r\n";
  if (framing.closing) {
    out += "Connection: close\r\n";
  } else {
    if (framing.http10) out += "Connection: keep-alive\r\n";
    if (framing.keepAliveSeconds > 0)
      out += "Keep-Alive: timeout=" + std::to_string(framing.keepAliveSeconds) + "\r\n";
  }
  out += "\r\n";
  if (!bodyless && !framing.headOnly) out += response.body;
  return out;
}

}  // namespace koo::backend
