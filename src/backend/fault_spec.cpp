// Parses fault specs and decides, per request, which injected fault applies.
#include "fault_spec.h"

#include <charconv>

namespace koo::backend {

namespace {

std::string_view trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
  return s;
}

std::vector<std::string_view> split(std::string_view s, char sep) {
  std::vector<std::string_view> parts;
  size_t start = 0;
  while (true) {
    size_t end = s.find(sep, start);
    parts.push_back(s.substr(start, end == std::string_view::npos ? end : end - start));
    if (end == std::string_view::npos) break;
    start = end + 1;
  }
  return parts;
}

std::optional<int> parseInt(std::string_view s, int min, int max) {
  int value = 0;
  auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), value);
  if (ec != std::errc() || end != s.data() + s.size() || value < min || value > max)
    return std::nullopt;
  return value;
}

// Parses one rule or returns an error message (without the rule's position).
std::optional<std::string> parseRule(std::string_view text, FaultRule& rule) {
  size_t colon = text.find(':');
  if (colon == std::string_view::npos) return "expected \"[METHOD] PATH:option=value,...\"";
  std::string_view target = trim(text.substr(0, colon));
  size_t space = target.find(' ');
  std::string_view path = target;
  if (space != std::string_view::npos) {
    std::string_view method = target.substr(0, space);
    path = trim(target.substr(space + 1));
    if (method != "GET" && method != "POST" && method != "OPTIONS" && method != "*")
      return "unknown method \"" + std::string(method) + "\"";
    rule.method = std::string(method);
  }
  if (path.empty() || path.front() != '/') return "path must start with \"/\"";
  if (path.find('*') != std::string_view::npos) {
    if (path.find('*') != path.size() - 1) return "\"*\" may only end a path";
    rule.prefix = true;
    path.remove_suffix(1);
  }
  rule.path = std::string(path);

  bool hasEffect = false;
  for (std::string_view option : split(text.substr(colon + 1), ',')) {
    option = trim(option);
    size_t eq = option.find('=');
    if (eq == std::string_view::npos) return "option \"" + std::string(option) + "\" needs =value";
    std::string_view name = trim(option.substr(0, eq));
    std::string_view value = trim(option.substr(eq + 1));
    std::optional<int> n;
    if (name == "latency") {
      if (!(n = parseInt(value, 0, 60000))) return "latency must be 0..60000 (ms)";
      rule.latencyMs = *n;
      hasEffect = hasEffect || *n > 0;
    } else if (name == "status") {
      if (!(n = parseInt(value, 400, 599))) return "status must be 400..599";
      rule.status = *n;
      hasEffect = true;
    } else if (name == "malformed") {
      if (!(n = parseInt(value, 0, 1))) return "malformed must be 0 or 1";
      rule.malformed = *n == 1;
      hasEffect = hasEffect || rule.malformed;
    } else if (name == "body") {
      if (value == "html") rule.body = FaultBody::Html;
      else if (value == "wrong-shape") rule.body = FaultBody::WrongShape;
      else return "body must be html or wrong-shape";
      hasEffect = true;
    } else if (name == "retryAfter") {
      if (!(n = parseInt(value, 0, 86400))) return "retryAfter must be 0..86400 (s)";
      rule.retryAfterSeconds = *n;
    } else if (name == "every") {
      if (!(n = parseInt(value, 1, 1000000))) return "every must be 1..1000000";
      rule.every = *n;
    } else if (name == "times") {
      if (!(n = parseInt(value, 0, 1000000))) return "times must be 0..1000000";
      rule.times = *n;
    } else {
      return "unknown option \"" + std::string(name) + "\"";
    }
  }
  if (!hasEffect) return "a rule needs latency, status, malformed or body";
  if (rule.retryAfterSeconds >= 0 && rule.status == 0) return "retryAfter needs a status";
  return std::nullopt;
}

}  // namespace

bool FaultRule::matches(std::string_view m, std::string_view p) const {
  if (method != "*" && method != m) return false;
  if (prefix) return p.substr(0, path.size()) == path;
  return p == path;
}

FaultSpecParse parseFaultSpec(std::string_view text) {
  FaultSpecParse result;
  FaultSpec spec;
  spec.text = std::string(trim(text));
  if (spec.text.empty()) {
    result.spec = std::move(spec);
    return result;
  }
  int index = 0;
  for (std::string_view part : split(spec.text, ';')) {
    ++index;
    part = trim(part);
    if (part.empty()) continue;  // tolerate a trailing ";"
    FaultRule rule;
    if (auto error = parseRule(part, rule)) {
      result.error = "fault rule " + std::to_string(index) + " (\"" + std::string(part) +
                     "\"): " + *error;
      return result;
    }
    spec.rules.push_back(std::move(rule));
  }
  result.spec = std::move(spec);
  return result;
}

void FaultInjector::set(FaultSpec spec) {
  std::lock_guard lock(mutex_);
  seen_.assign(spec.rules.size(), 0);
  fired_.assign(spec.rules.size(), 0);
  spec_ = std::move(spec);
}

FaultSpec FaultInjector::spec() const {
  std::lock_guard lock(mutex_);
  return spec_;
}

FaultDecision FaultInjector::decide(std::string_view method, std::string_view path) {
  std::lock_guard lock(mutex_);
  for (size_t i = 0; i < spec_.rules.size(); ++i) {
    const FaultRule& rule = spec_.rules[i];
    if (!rule.matches(method, path)) continue;
    std::int64_t n = ++seen_[i];
    if (n % rule.every != 0) return {};
    if (rule.times > 0 && fired_[i] >= rule.times) return {};
    ++fired_[i];
    return FaultDecision{rule.latencyMs, rule.status, rule.malformed, rule.body, rule.retryAfterSeconds};
  }
  return {};
}

std::string malformBody(const std::string& body) {
  if (body.size() < 2) return "{\"truncated\":";
  return body.substr(0, body.size() / 2);
}

void applyFault(const FaultDecision& fault, HttpResponse& response) {
  if (fault.malformed) response.body = malformBody(response.body);
  // Not empty: the HTTP server would put its own error body into an empty error answer.
  if (fault.body == FaultBody::Html) {
    response.body = "<html><body><h1>" + std::to_string(response.status) + "</h1></body></html>";
    response.headers["Content-Type"] = "text/html";
  }
  // Parses as JSON, but no contract type is an array of this: every decoder rejects it.
  if (fault.body == FaultBody::WrongShape) response.body = R"([{"unexpected":"shape"}])";
  if (fault.retryAfterSeconds >= 0) response.headers["Retry-After"] = std::to_string(fault.retryAfterSeconds);
}

}  // namespace koo::backend
