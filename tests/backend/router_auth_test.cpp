// Router tests of the boundary: health, sign-in and tokens, routing errors, CORS, request IDs,
// body limits, test-mode gating, and the 500 answer when the store fails.
#include <set>

#include "router_fixture.h"

namespace koo::backend::test {
namespace {

using RouterAuth = RouterTest;

TEST_F(RouterAuth, HealthNeedsNoTokenAndSaysTestMode) {
  Answer a = get("/api/v1/health", "");
  ASSERT_EQ(a.status(), 200);
  EXPECT_EQ(a.json["status"], "ok");
  EXPECT_EQ(a.json["testMode"], true);
  EXPECT_EQ(a.json["time"], "2025-03-01T08:00:00Z");
  auto decoded = decodeJson<HealthStatus>(a.json);
  EXPECT_TRUE(decoded.ok());
}

TEST_F(RouterAuth, DemoBuyersListsPublicFieldsOnly) {
  Answer a = get("/api/v1/auth/demo-buyers", "");
  ASSERT_EQ(a.status(), 200);
  ASSERT_EQ(a.json["items"].size(), 3u);
  EXPECT_EQ(a.json["items"][0]["userName"], "alice");
  EXPECT_EQ(a.response.body.find("password"), std::string::npos);
  EXPECT_EQ(a.response.body.find("demo-2025"), std::string::npos);
}

TEST_F(RouterAuth, SignInByUserNameOrBuyerIdGivesAWorkingToken) {
  Answer byName = send("POST", "/api/v1/auth/sign-in",
                       R"({"userName":"alice","password":"alice-demo-2025"})", "", "k1");
  ASSERT_EQ(byName.status(), 200) << byName.response.body;
  EXPECT_EQ(byName.json["buyer"]["buyerId"], "buyer-001");
  EXPECT_EQ(byName.json["expiresAt"], "2025-03-02T08:00:00Z");
  const std::string token = byName.json["token"];
  EXPECT_EQ(get("/api/v1/auth/me", token).json["userName"], "alice");

  Answer byId = send("POST", "/api/v1/auth/sign-in",
                     R"({"buyerId":"buyer-002","password":"bob-demo-2025"})", "", "k2");
  ASSERT_EQ(byId.status(), 200);
  EXPECT_EQ(get("/api/v1/auth/me", byId.json["token"]).json["buyerId"], "buyer-002");
  EXPECT_NE(byId.json["token"], token);
}

TEST_F(RouterAuth, SignInRefusesWrongCredentialsAndBadBodies) {
  auto signIn = [&](const std::string& body) {
    return send("POST", "/api/v1/auth/sign-in", body, "", nextKey());
  };
  expectError(signIn(R"({"userName":"alice","password":"wrong"})"), 401, "UNAUTHORIZED");
  expectError(signIn(R"({"userName":"alice"})"), 401, "UNAUTHORIZED");
  expectError(signIn(R"({"userName":"mallory","password":"x"})"), 401, "UNAUTHORIZED");
  expectError(signIn(R"({"buyerId":"buyer-001","password":"bob-demo-2025"})"), 401, "UNAUTHORIZED");
  expectError(signIn(R"({"userName":"alice","password":"alice-demo-2025")"), 400, "BAD_JSON");
  expectError(signIn(R"({"password":"x"})"), 422, "VALIDATION", "$.buyerId");
  expectError(signIn(R"({"userName":42})"), 422, "VALIDATION", "$.userName");
  expectError(signIn("[1,2]"), 422, "VALIDATION", "$");
  expectError(signIn(R"({"userName":")" + std::string(200, 'a') + R"("})"), 422, "VALIDATION",
              "$.userName");
}

TEST_F(RouterAuth, EveryBuyerEndpointNeedsAValidToken) {
  const std::string token = alice();
  for (const char* path : {"/api/v1/auth/me", "/api/v1/purchased-apps", "/api/v1/orders",
                           "/api/v1/supervised-orders", "/api/v1/test/clock"}) {
    expectError(get(path, ""), 401, "UNAUTHORIZED");
    expectError(get(path, "kgt_not-a-token"), 401, "UNAUTHORIZED");
    HttpRequest basic{"GET", path, {}, {{"Authorization", "Basic " + token}}, "", ""};
    EXPECT_EQ(router_->handle(basic).status, 401) << path;
    HttpRequest lower{"GET", path, {}, {{"authorization", "bearer " + token}}, "", ""};
    EXPECT_EQ(router_->handle(lower).status, 200) << path;
  }
  expectError(post("/api/v1/supervised-orders/x/remind", "{}", ""), 401, "UNAUTHORIZED");
}

TEST_F(RouterAuth, TokensExpire) {
  const std::string token = alice();
  ASSERT_EQ(get("/api/v1/auth/me", token).status(), 200);
  router_->clock().advance(std::chrono::hours(24));
  expectError(get("/api/v1/auth/me", token), 401, "UNAUTHORIZED");
}

TEST_F(RouterAuth, UnknownRoutesAndMethods) {
  const std::string token = alice();
  expectError(get("/api/v1/nothing-here", token), 404, "NOT_FOUND");
  expectError(get("/elsewhere", token), 404, "NOT_FOUND");
  expectError(get("/api/v1/purchased-apps/", token), 404, "NOT_FOUND");
  expectError(get("/api/v1/purchased-apps/a/b/c", token), 404, "NOT_FOUND");
  // A doubled slash, or a path glued to the prefix, is no spelling of any resource.
  for (const char* path : {"//api/v1/health", "/api/v1//health", "/api/v1/purchased-apps//x",
                           "/api/v1health", "/api/v1"})
    expectError(get(path, token), 404, "NOT_FOUND");
  // 405 names exactly the methods the path has.
  Answer put = send("PUT", "/api/v1/orders", "{}", token);
  expectError(put, 405, "METHOD_NOT_ALLOWED");
  EXPECT_EQ(*findHeader(put.response.headers, "Allow"), "GET, HEAD, OPTIONS");
  Answer del = send("DELETE", "/api/v1/auth/sign-in", "", token);
  expectError(del, 405, "METHOD_NOT_ALLOWED");
  EXPECT_EQ(*findHeader(del.response.headers, "Allow"), "POST, OPTIONS");
  Answer clock = send("GET", "/api/v1/purchased-apps/x/password/reveal", "", token);
  EXPECT_EQ(*findHeader(clock.response.headers, "Allow"), "POST, OPTIONS");
  EXPECT_EQ(*findHeader(send("PUT", "/api/v1/test/clock", "", token).response.headers, "Allow"),
            "GET, HEAD, POST, OPTIONS");
}

TEST_F(RouterAuth, AJsonBodyOfAnotherContentTypeIs415) {
  const std::string token = alice();
  const std::string path = "/api/v1/supervised-orders/" +
                           supervisedOrder("buyer-001", FlowStage::WaitingDelivery) + "/remind";
  auto remind = [&](const std::string& contentType, const std::string& body) {
    HttpRequest request;
    request.method = "POST";
    request.path = path;
    request.headers = {{"Authorization", "Bearer " + token}, {"Idempotency-Key", nextKey()}};
    if (!contentType.empty()) request.headers["content-type"] = contentType;
    request.body = body;
    Answer answer;
    answer.response = router_->handle(request);
    answer.json = Json::parse(answer.response.body, nullptr, false);
    return answer;
  };
  expectError(remind("text/plain;charset=UTF-8", R"({"message":"hi"})"), 415, "UNSUPPORTED_MEDIA_TYPE");
  expectError(remind("application/x-www-form-urlencoded", "message=hi"), 415, "UNSUPPORTED_MEDIA_TYPE");
  EXPECT_EQ(remind("text/plain", "").status(), 200);  // no body: nothing to misread
  EXPECT_EQ(remind("Application/JSON; charset=utf-8", "{}").status(), 409);  // one a day: JSON read
  EXPECT_EQ(remind("", "{}").status(), 409);
}

TEST_F(RouterAuth, PreflightAndCorsHeaders) {
  Answer preflight = send("OPTIONS", "/api/v1/purchased-apps/x/password/reveal");
  EXPECT_EQ(preflight.status(), 204);
  const auto& h = preflight.response.headers;
  EXPECT_EQ(*findHeader(h, "Access-Control-Allow-Origin"), "*");
  const std::string allowed = *findHeader(h, "Access-Control-Allow-Headers");
  for (const char* name : {"Authorization", "Content-Type", "Idempotency-Key"})
    EXPECT_NE(allowed.find(name), std::string::npos) << name;
  EXPECT_NE(findHeader(h, "Access-Control-Allow-Methods")->find("POST"), std::string::npos);
  // Ordinary answers, errors included, carry the origin header too.
  EXPECT_EQ(*findHeader(get("/api/v1/health", "").response.headers, "Access-Control-Allow-Origin"), "*");
  EXPECT_EQ(*findHeader(get("/api/v1/orders", "").response.headers, "Access-Control-Allow-Origin"), "*");
}

TEST_F(RouterAuth, EveryAnswerHasItsOwnRequestId) {
  std::set<std::string> ids;
  for (int i = 0; i < 50; ++i) {
    Answer a = get(i % 2 ? "/api/v1/health" : "/api/v1/missing", "");
    const std::string* id = findHeader(a.response.headers, "X-Request-Id");
    ASSERT_NE(id, nullptr);
    EXPECT_TRUE(ids.insert(*id).second) << *id;
  }
}

TEST_F(RouterAuth, OversizeBodyIs413) {
  const std::string token = alice();
  std::string huge = R"({"reason":")" + std::string((1u << 20) + 10, 'x') + R"("})";
  expectError(post("/api/v1/supervised-orders/x/appeal", huge, token), 413, "PAYLOAD_TOO_LARGE");
}

TEST_F(RouterAuth, PostWithoutIdempotencyKeyIs400) {
  const std::string token = alice();
  expectError(send("POST", "/api/v1/auth/sign-in", R"({"userName":"alice"})"), 400, "BAD_REQUEST",
              "Idempotency-Key");
  expectError(send("POST", "/api/v1/purchased-apps/" + aliceApp() + "/password/reveal", "", token),
              400, "BAD_REQUEST", "Idempotency-Key");
  expectError(send("POST", "/api/v1/test/clock", R"({"advanceSeconds":1})", token,
                   std::string(129, 'k')),
              400, "BAD_REQUEST", "1-128");
}

class RouterWithoutTestMode : public RouterTest {
 protected:
  RouterWithoutTestMode() : RouterTest(false) {}
};

TEST_F(RouterWithoutTestMode, TestEndpointsDoNotExist) {
  const std::string token = alice();
  EXPECT_EQ(get("/api/v1/health", "").json["testMode"], false);
  expectError(get("/api/v1/test/clock", token), 404, "NOT_FOUND");
  expectError(get("/api/v1/test/audit-log", token), 404, "NOT_FOUND");
  expectError(get("/api/v1/test/faults", token), 404, "NOT_FOUND");
  expectError(post("/api/v1/test/faults", R"({"spec":"/x:status=500"})", token), 404, "NOT_FOUND");
  expectError(post("/api/v1/test/supervised-orders/x/seller-action", R"({"action":"DELIVER"})", token),
              404, "NOT_FOUND");
}

// A store whose writes fail: the router answers 500 with the error body, never crashes.
class FailingStore : public MemoryStore {
 public:
  using MemoryStore::MemoryStore;
  void apply(const StoreChange&) override { throw std::runtime_error("disk on fire"); }
};

TEST(RouterBoundary, StoreFailureIs500WithTheErrorBody) {
  FailingStore store(loadDemoData(embeddedDemoData(), kFixedNow).value());
  Router router(store, fixedClock(kFixedNow));
  HttpRequest signIn{"POST", "/api/v1/auth/sign-in", {}, {{"Idempotency-Key", "k"}},
                     R"({"userName":"alice","password":"alice-demo-2025"})", ""};
  HttpResponse response = router.handle(signIn);
  EXPECT_EQ(response.status, 500);
  Json body = Json::parse(response.body);
  EXPECT_EQ(body["error"]["code"], "INTERNAL");
  EXPECT_EQ(body["error"]["message"], "Internal error");  // no internals leak out
  EXPECT_EQ(body["error"]["requestId"], *findHeader(response.headers, "X-Request-Id"));
}

// Requests the HTTP server refused itself get the contract's error body with a message that says
// what was wrong, not one generic text.
TEST(RouterBoundary, TransportRefusalsSayWhatWasWrong) {
  MemoryStore store(loadDemoData(embeddedDemoData(), kFixedNow).value());
  Router router(store, fixedClock(kFixedNow));
  std::set<std::string> messages;
  for (int status : {400, 408, 411, 413, 414, 431, 501, 503, 505}) {
    HttpResponse response = router.transportError(status);
    EXPECT_EQ(response.status, status);
    Json body = Json::parse(response.body);
    EXPECT_EQ(body["error"]["requestId"], *findHeader(response.headers, "X-Request-Id"));
    messages.insert(body["error"]["message"].get<std::string>());
  }
  EXPECT_EQ(messages.size(), 9u);
  EXPECT_NE(Json::parse(router.transportError(431).body)["error"]["message"].get<std::string>().find("headers"),
            std::string::npos);
}

}  // namespace
}  // namespace koo::backend::test
