// Router tests of sign-in and sessions as users expect them: sign-out ends the session on the
// server, repeated wrong passwords are slowed (per user, per client address) but never locked
// for good, the demo-buyer list exists only in test mode, internal errors are logged by ID.
#include <vector>

#include "router_fixture.h"

namespace koo::backend::test {
namespace {

using RouterSessions = RouterTest;

TEST_F(RouterSessions, SignOutEndsTheSessionOnTheServer) {
  const std::string token = alice(), other = alice();
  Answer out = send("POST", "/api/v1/auth/sign-out", "", token, nextKey());
  EXPECT_EQ(out.status(), 204);
  EXPECT_TRUE(out.response.body.empty());
  expectError(get("/api/v1/auth/me", token), 401, "UNAUTHORIZED");
  EXPECT_EQ(get("/api/v1/auth/me", other).status(), 200);  // only that session ends
  EXPECT_EQ(store_->sessionCount(), 1u);
  // Signing out again, or with no session at all, is already done.
  EXPECT_EQ(send("POST", "/api/v1/auth/sign-out", "", token, nextKey()).status(), 204);
  EXPECT_EQ(send("POST", "/api/v1/auth/sign-out", "{}", "", nextKey()).status(), 204);
  expectError(send("POST", "/api/v1/auth/sign-out", "", other), 400, "BAD_REQUEST");  // no key
  EXPECT_EQ(store_->idempotencyCount(), 2u);  // the two sign-ins; sign-out keeps nothing
}

TEST_F(RouterSessions, WrongPasswordsAreSlowedPerUserThenForgiven) {
  auto attempt = [&](const std::string& password) {
    return send("POST", "/api/v1/auth/sign-in", signInBody("alice", password), "", nextKey());
  };
  for (int i = 0; i < 5; ++i) expectError(attempt("guess"), 401, "UNAUTHORIZED");
  Answer slowed = attempt("alice-demo-2025");  // even the right password waits its turn
  expectError(slowed, 429, "TOO_MANY_REQUESTS");
  EXPECT_EQ(*findHeader(slowed.response.headers, "Retry-After"), "1");
  EXPECT_EQ(send("POST", "/api/v1/auth/sign-in", signInBody("bob", "bob-demo-2025"), "", nextKey()).status(),
            200);  // other users are not slowed
  router_->clock().advance(std::chrono::seconds(1));
  expectError(attempt("guess"), 401, "UNAUTHORIZED");
  Answer longer = attempt("alice-demo-2025");
  expectError(longer, 429, "TOO_MANY_REQUESTS");
  EXPECT_EQ(*findHeader(longer.response.headers, "Retry-After"), "2");  // the wait doubles
  // However long it went on, the wait is capped, and the right password then works and clears it.
  for (int i = 0; i < 30; ++i) {
    router_->clock().advance(std::chrono::minutes(5));
    expectError(attempt("guess"), 401, "UNAUTHORIZED");
  }
  Answer capped = attempt("alice-demo-2025");
  EXPECT_EQ(*findHeader(capped.response.headers, "Retry-After"), "300");
  router_->clock().advance(std::chrono::minutes(5));
  EXPECT_EQ(attempt("alice-demo-2025").status(), 200);
  expectError(attempt("guess"), 401, "UNAUTHORIZED");  // counting starts again from nothing
  EXPECT_EQ(attempt("alice-demo-2025").status(), 200);
}

TEST_F(RouterSessions, WrongPasswordsAreSlowedPerClientAddress) {
  auto attemptFrom = [&](const std::string& address, const std::string& user, const std::string& password) {
    HttpRequest request;
    request.method = "POST";
    request.path = "/api/v1/auth/sign-in";
    request.headers["Idempotency-Key"] = nextKey();
    request.body = signInBody(user, password);
    request.clientAddress = address;
    return router_->handle(request);
  };
  // Many names from one address: each name is fresh, the address is not.
  for (int i = 0; i < 20; ++i)
    EXPECT_EQ(attemptFrom("203.0.113.7", "name-" + std::to_string(i), "x").status, 401);
  HttpResponse slowed = attemptFrom("203.0.113.7", "alice", "alice-demo-2025");
  EXPECT_EQ(slowed.status, 429);
  EXPECT_EQ(*findHeader(slowed.headers, "Retry-After"), "1");
  EXPECT_EQ(attemptFrom("198.51.100.2", "alice", "alice-demo-2025").status, 200);  // another client
  router_->clock().advance(std::chrono::seconds(1));
  EXPECT_EQ(attemptFrom("203.0.113.7", "alice", "alice-demo-2025").status, 200);
}

TEST_F(RouterSessions, InternalErrorsAreLoggedWithTheirRequestIdAndNoSecret) {
  std::vector<std::string> lines;
  RouterOptions options;
  options.errorLog = [&lines](const std::string& line) { lines.push_back(line); };
  class Failing : public MemoryStore {
   public:
    using MemoryStore::MemoryStore;
    void apply(const StoreChange&) override { throw std::runtime_error("disk on fire"); }
  } failing(seed_);
  Router broken(failing, fixedClock(kFixedNow), options);
  HttpRequest request;
  request.method = "POST";
  request.path = "/api/v1/auth/sign-in";
  request.headers["Idempotency-Key"] = "k";
  request.body = signInBody("alice", "alice-demo-2025");
  HttpResponse response = broken.handle(request);
  ASSERT_EQ(response.status, 500);
  ASSERT_EQ(lines.size(), 1u);
  const std::string requestId = *findHeader(response.headers, "X-Request-Id");
  EXPECT_EQ(lines[0], "internal error requestId=" + requestId + " method=POST path=/api/v1/auth/sign-in");
  EXPECT_EQ(lines[0].find("alice-demo-2025"), std::string::npos);
}

class RouterSessionsOutsideTestMode : public RouterTest {
 protected:
  RouterSessionsOutsideTestMode() : RouterTest(false) {}
};

TEST_F(RouterSessionsOutsideTestMode, TheDemoBuyerListIsNotPublicButSignInWorks) {
  expectError(get("/api/v1/auth/demo-buyers", ""), 404, "NOT_FOUND");
  EXPECT_EQ(get("/api/v1/auth/me", alice()).json["userName"], "alice");
}

}  // namespace
}  // namespace koo::backend::test
