// The router under test: the demo data set in a memory store, a fixed clock, test mode on,
// and small helpers to send requests and read answers.
#pragma once

#include <gtest/gtest.h>

#include <memory>
#include <string>

#include "core/json_codec.h"
#include "demo_data.h"
#include "memory_store.h"
#include "router.h"

namespace koo::backend::test {

inline const Timestamp kFixedNow = parseIsoUtc("2025-03-01T08:00:00Z").value();

// The body of a sign-in by user name.
inline std::string signInBody(const std::string& user, const std::string& password) {
  return Json{{"userName", user}, {"password", password}}.dump();
}

struct Answer {
  HttpResponse response;
  Json json;  // the parsed body (null when not JSON)
  int status() const { return response.status; }
  std::string errorCode() const { return json.contains("error") ? json["error"].value("code", "") : ""; }
  std::string errorMessage() const {
    return json.contains("error") ? json["error"].value("message", "") : "";
  }
};

class RouterTest : public ::testing::Test {
 protected:
  explicit RouterTest(bool testMode = true) {
    auto seed = loadDemoData(embeddedDemoData(), kFixedNow);
    seed_ = seed.value();
    store_ = std::make_unique<MemoryStore>(seed_);
    RouterOptions options;
    options.testMode = testMode;
    router_ = std::make_unique<Router>(*store_, fixedClock(kFixedNow), options);
    router_->setSleeper([this](int ms) { slept_ += ms; });
  }

  Answer send(const std::string& method, const std::string& path, const std::string& body = "",
              const std::string& token = "", const std::string& key = "",
              std::map<std::string, std::string> query = {}) {
    HttpRequest request;
    request.method = method;
    request.path = path;
    request.query = std::move(query);
    request.body = body;
    if (!token.empty()) request.headers["Authorization"] = "Bearer " + token;
    if (!key.empty()) request.headers["Idempotency-Key"] = key;
    Answer answer;
    answer.response = router_->handle(request);
    answer.json = Json::parse(answer.response.body, nullptr, false);
    return answer;
  }
  Answer get(const std::string& path, const std::string& token,
             std::map<std::string, std::string> query = {}) {
    return send("GET", path, "", token, "", std::move(query));
  }
  Answer post(const std::string& path, const std::string& body, const std::string& token,
              const std::string& key = "") {
    return send("POST", path, body, token, key.empty() ? nextKey() : key);
  }
  std::string nextKey() { return "key-" + std::to_string(++keys_); }

  std::string signIn(const std::string& user, const std::string& password) {
    Answer a = send("POST", "/api/v1/auth/sign-in", signInBody(user, password), "", nextKey());
    EXPECT_EQ(a.status(), 200) << a.response.body;
    return a.json.value("token", "");
  }
  std::string alice() { return signIn("alice", "alice-demo-2025"); }
  std::string bob() { return signIn("bob", "bob-demo-2025"); }

  // The first app of `buyerId` that `wanted` accepts, from the seed.
  template <class Pred>
  const AppRecord& appOf(const std::string& buyerId, Pred wanted) {
    for (const auto& r : seed_.apps)
      if (r.buyerId == buyerId && wanted(r)) return r;
    throw std::runtime_error("no such app in the demo data");
  }
  std::string aliceApp() {
    return appOf("buyer-001", [](const AppRecord& r) { return !r.password.empty(); }).app.instanceId;
  }
  std::string bobApp() {
    return appOf("buyer-002", [](const AppRecord&) { return true; }).app.instanceId;
  }

  // The first supervised order of `buyerId` in `stage` (with `minRejections` request
  // rejections when asked), from the seed.
  std::string supervisedOrder(const std::string& buyerId, FlowStage stage, int minRejections = 0) {
    for (const auto& s : seed_.supervisions)
      if (s.buyerId == buyerId && s.flow.stage == stage && s.flow.requestRejections >= minRejections)
        return s.orderId;
    ADD_FAILURE() << "no supervised order in that stage";
    return "";
  }

  SeedData seed_;
  std::unique_ptr<MemoryStore> store_;
  std::unique_ptr<Router> router_;
  int keys_ = 0;
  int slept_ = 0;
};

// An error answer: status, code, the body's requestId equal to the X-Request-Id header.
inline void expectError(const Answer& a, int status, const std::string& code,
                        const std::string& messagePart = "") {
  EXPECT_EQ(a.status(), status) << a.response.body;
  EXPECT_EQ(a.errorCode(), code) << a.response.body;
  if (!messagePart.empty()) {
    EXPECT_NE(a.errorMessage().find(messagePart), std::string::npos) << a.response.body;
  }
  ASSERT_TRUE(a.json.contains("error"));
  const std::string* header = findHeader(a.response.headers, "X-Request-Id");
  ASSERT_NE(header, nullptr);
  EXPECT_EQ(a.json["error"].value("requestId", ""), *header);
}

}  // namespace koo::backend::test
