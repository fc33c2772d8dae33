// Router tests of idempotency keys (replay, reuse, scope, survival across a restart on SQLite)
// and of fault injection (status, malformed body, latency, every/times, the runtime endpoint).
#include "router_fixture.h"
#include "sqlite_store.h"
#include "temp_dir.h"

namespace koo::backend::test {
namespace {

using RouterIdempotency = RouterTest;

TEST_F(RouterIdempotency, RepeatReturnsTheFirstAnswerAndChangesNothing) {
  const std::string token = alice();
  const std::string order = supervisedOrder("buyer-001", FlowStage::WaitingDelivery);
  const std::string path = "/api/v1/supervised-orders/" + order + "/remind";
  const size_t before = store_->eventsOf(order).size();
  Answer first = post(path, R"({"message":"hello"})", token, "remind-1");
  ASSERT_EQ(first.status(), 200);
  Answer again = post(path, R"({"message":"hello"})", token, "remind-1");
  EXPECT_EQ(again.status(), 200);
  EXPECT_EQ(again.response.body, first.response.body);
  EXPECT_EQ(*findHeader(again.response.headers, "Idempotent-Replayed"), "true");
  EXPECT_EQ(store_->eventsOf(order).size(), before + 1);
  // A new key is a new action: refused, since one reminder per day.
  expectError(post(path, R"({"message":"hello"})", token, "remind-2"), 409, "CONFLICT");
}

TEST_F(RouterIdempotency, RefusalsAreNotKeptSoTheirRepeatRunsAgain) {
  const std::string token = alice();
  const std::string order = supervisedOrder("buyer-001", FlowStage::WaitingRequest);
  const std::string path = "/api/v1/supervised-orders/" + order + "/confirm-acceptance";
  const size_t kept = store_->idempotencyCount();
  Answer first = post(path, "", token, "confirm-1");
  expectError(first, 409, "CONFLICT");
  Answer again = post(path, "", token, "confirm-1");
  expectError(again, 409, "CONFLICT");
  EXPECT_NE(again.response.body, first.response.body);  // a new requestId: answered anew
  EXPECT_EQ(findHeader(again.response.headers, "Idempotent-Replayed"), nullptr);
  EXPECT_EQ(store_->idempotencyCount(), kept);
}

TEST_F(RouterIdempotency, SameKeyForADifferentRequestIs422) {
  const std::string token = alice();
  const std::string app = aliceApp();
  ASSERT_EQ(post("/api/v1/purchased-apps/" + app + "/password/reveal", "", token, "k").status(), 200);
  expectError(post("/api/v1/purchased-apps/" + app + "/password/reveal", "{}", token, "k"), 422,
              "IDEMPOTENCY_KEY_REUSED");
  expectError(post("/api/v1/test/clock", R"({"advanceSeconds":1})", token, "k"), 422,
              "IDEMPOTENCY_KEY_REUSED");
  EXPECT_EQ(store_->auditLog("buyer-001").size(), 1u);
  EXPECT_EQ(get("/api/v1/test/clock", token).json["now"], "2025-03-01T08:00:00Z");
}

TEST_F(RouterIdempotency, KeysAreScopedToTheBuyer) {
  const std::string a = alice(), b = bob();
  const std::string bobsApp = bobApp();
  ASSERT_EQ(post("/api/v1/purchased-apps/" + aliceApp() + "/password/reveal", "", a, "shared").status(), 200);
  Answer bobs = post("/api/v1/purchased-apps/" + bobsApp + "/password/reveal", "", b, "shared");
  EXPECT_EQ(bobs.status(), 200) << bobs.response.body;
  EXPECT_EQ(bobs.json["password"], store_->findApp("buyer-002", bobsApp)->password);
}

TEST_F(RouterIdempotency, SignInRepeatIssuesAFreshTokenSinceTokensAreNotKept) {
  const std::string body = R"({"userName":"chen","password":"chen-demo-2025"})";
  Answer first = send("POST", "/api/v1/auth/sign-in", body, "", "login-1");
  Answer again = send("POST", "/api/v1/auth/sign-in", body, "", "login-1");
  ASSERT_EQ(first.status(), 200);
  ASSERT_EQ(again.status(), 200);
  EXPECT_EQ(*findHeader(again.response.headers, "Idempotent-Replayed"), "true");
  EXPECT_NE(again.json["token"], first.json["token"]);
  EXPECT_EQ(get("/api/v1/auth/me", first.json["token"]).status(), 200);
  EXPECT_EQ(get("/api/v1/auth/me", again.json["token"]).status(), 200);
  EXPECT_TRUE(store_->findIdempotency("sign-in:chen", "login-1")->body.empty());
  expectError(send("POST", "/api/v1/auth/sign-in", R"({"userName":"chen","password":"guess"})", "", "login-1"),
              422, "IDEMPOTENCY_KEY_REUSED");
}

TEST_F(RouterIdempotency, RevealRepeatReadsThePasswordAgainAndIsAuditedAgain) {
  const std::string token = alice();
  const std::string path = "/api/v1/purchased-apps/" + aliceApp() + "/password/reveal";
  Answer first = post(path, "", token, "reveal-1");
  Answer again = post(path, "", token, "reveal-1");
  ASSERT_EQ(first.status(), 200);
  ASSERT_EQ(again.status(), 200);
  EXPECT_EQ(again.json["password"], first.json["password"]);
  EXPECT_EQ(*findHeader(again.response.headers, "Idempotent-Replayed"), "true");
  EXPECT_TRUE(store_->findIdempotency("buyer-001", "reveal-1")->body.empty());
  const auto audit = store_->auditLog("buyer-001");
  ASSERT_EQ(audit.size(), 2u);
  EXPECT_EQ(audit[1].requestId, *findHeader(again.response.headers, "X-Request-Id"));
}

TEST(RouterIdempotencyOnSqlite, KeysAndEffectsSurviveARestart) {
  TempDir dir;
  const std::string path = dir.file("idem.sqlite");
  const SeedData seed = loadDemoData(embeddedDemoData(), kFixedNow).value();
  std::string order;
  for (const auto& s : seed.supervisions)
    if (s.buyerId == "buyer-001" && s.flow.stage == FlowStage::WaitingDelivery) order = s.orderId;
  const std::string remind = "/api/v1/supervised-orders/" + order + "/remind";
  auto call = [](Router& router, const std::string& method, const std::string& p, const std::string& body,
                 const std::string& token, const std::string& key) {
    HttpRequest request{method, p, {}, {}, body, ""};
    if (!token.empty()) request.headers["Authorization"] = "Bearer " + token;
    if (!key.empty()) request.headers["Idempotency-Key"] = key;
    return router.handle(request);
  };
  std::string token, firstBody;
  size_t events = 0;
  {
    SqliteStore store(path, kFixedNow);
    store.seedIfEmpty(seed, kFixedNow);
    Router router(store, fixedClock(kFixedNow));
    HttpResponse signIn = call(router, "POST", "/api/v1/auth/sign-in",
                               R"({"userName":"alice","password":"alice-demo-2025"})", "", "s1");
    token = Json::parse(signIn.body)["token"];
    HttpResponse first = call(router, "POST", remind, "", token, "r1");
    ASSERT_EQ(first.status, 200) << first.body;
    firstBody = first.body;
    events = store.eventsOf(order).size();
  }
  SqliteStore reopened(path, kFixedNow);
  Router router(reopened, fixedClock(kFixedNow));
  HttpResponse again = call(router, "POST", remind, "", token, "r1");  // the token survived too
  EXPECT_EQ(again.status, 200);
  EXPECT_EQ(again.body, firstBody);
  EXPECT_EQ(reopened.eventsOf(order).size(), events);
}

using RouterFaults = RouterTest;

TEST_F(RouterFaults, StatusFaultAnswersTheErrorWithoutRunningTheRoute) {
  const std::string token = alice();
  router_->faults().set(*parseFaultSpec("POST /api/v1/purchased-apps/*:status=503").spec);
  Answer a = post("/api/v1/purchased-apps/" + aliceApp() + "/password/reveal", "", token);
  expectError(a, 503, "UNAVAILABLE", "Injected");
  EXPECT_TRUE(store_->auditLog("buyer-001").empty());
  EXPECT_EQ(get("/api/v1/purchased-apps", token).status(), 200);  // GET not matched
}

TEST_F(RouterFaults, MalformedBodyAndEveryNth) {
  const std::string token = alice();
  router_->faults().set(*parseFaultSpec("GET /api/v1/orders:malformed=1,every=2").spec);
  Answer first = get("/api/v1/orders", token);
  EXPECT_TRUE(first.json.is_object());
  Answer second = get("/api/v1/orders", token);
  EXPECT_EQ(second.status(), 200);
  EXPECT_TRUE(second.json.is_discarded()) << second.response.body.substr(0, 80);
  EXPECT_FALSE(second.response.body.empty());
  EXPECT_TRUE(get("/api/v1/orders", token).json.is_object());
}

TEST_F(RouterFaults, LatencyIsReportedAndSlept) {
  const std::string token = alice();
  router_->faults().set(*parseFaultSpec("GET /api/v1/auth/me:latency=800").spec);
  HttpRequest request{"GET", "/api/v1/auth/me", {}, {{"Authorization", "Bearer " + token}}, "", ""};
  RoutedResponse routed = router_->route(request);
  EXPECT_EQ(routed.latencyMs, 800);
  EXPECT_EQ(routed.response.status, 200);
  EXPECT_EQ(slept_, 0);  // route() leaves the waiting to its caller
  EXPECT_EQ(get("/api/v1/auth/me", token).status(), 200);
  EXPECT_EQ(slept_, 800);  // handle() waits through the sleeper
}

TEST_F(RouterFaults, RuntimeEndpointSetsReadsAndClears) {
  const std::string token = alice();
  Answer set = post("/api/v1/test/faults", R"({"spec":"GET /api/v1/auth/me:status=500;/api/v1/orders:latency=5"})", token);
  ASSERT_EQ(set.status(), 200) << set.response.body;
  EXPECT_EQ(set.json["rules"], 2);
  EXPECT_EQ(get("/api/v1/test/faults", token).json["spec"],
            "GET /api/v1/auth/me:status=500;/api/v1/orders:latency=5");
  expectError(get("/api/v1/auth/me", token), 500, "INTERNAL");
  expectError(post("/api/v1/test/faults", R"({"spec":"GET /x:status=200"})", token), 422, "VALIDATION",
              "$.spec: fault rule 1");
  expectError(post("/api/v1/test/faults", R"({"spec":5})", token), 422, "VALIDATION", "$.spec");
  // A rule matching every path leaves the faults endpoint alone, so tests can switch it off.
  ASSERT_EQ(post("/api/v1/test/faults", R"({"spec":"/*:status=503"})", token).status(), 200);
  expectError(get("/api/v1/health", ""), 503, "UNAVAILABLE");
  ASSERT_EQ(post("/api/v1/test/faults", R"({"spec":""})", token).status(), 200);
  EXPECT_EQ(get("/api/v1/health", "").status(), 200);
  EXPECT_EQ(get("/api/v1/auth/me", token).status(), 200);
}

}  // namespace
}  // namespace koo::backend::test
