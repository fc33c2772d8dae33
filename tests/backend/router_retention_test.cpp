// Router tests that nothing piles up: refused and unauthenticated requests leave no record,
// idempotency records expire after their retention and expired sessions go, on both stores.
#include <filesystem>

#include "router_fixture.h"
#include "sqlite_store.h"
#include "temp_dir.h"

namespace koo::backend::test {
namespace {

using RouterRetention = RouterTest;

TEST_F(RouterRetention, RefusedAndUnauthenticatedRequestsLeaveNoRecord) {
  const size_t sessions = store_->sessionCount(), kept = store_->idempotencyCount();
  for (int i = 0; i < 200; ++i) {
    // Each a different name, so none is slowed down: every one is a plain refusal.
    expectError(send("POST", "/api/v1/auth/sign-in", signInBody("nobody-" + std::to_string(i), "x"), "",
                     "k-" + std::to_string(i)),
                401, "UNAUTHORIZED");
    expectError(send("POST", "/api/v1/purchased-apps/x/password/reveal", "", "kgt_forged", "k"), 401,
                "UNAUTHORIZED");
  }
  expectError(send("POST", "/api/v1/auth/sign-in", "{", "", "k"), 400, "BAD_JSON");
  EXPECT_EQ(store_->sessionCount(), sessions);
  EXPECT_EQ(store_->idempotencyCount(), kept);
}

TEST_F(RouterRetention, IdempotencyRecordsExpireAfterTheirRetention) {
  const std::string token = alice();
  const std::string order = supervisedOrder("buyer-001", FlowStage::WaitingDelivery);
  const std::string path = "/api/v1/supervised-orders/" + order + "/remind";
  Answer first = post(path, R"({"message":"hello"})", token, "remind-1");
  ASSERT_EQ(first.status(), 200);
  router_->clock().advance(std::chrono::hours(23));
  EXPECT_EQ(post(path, R"({"message":"hello"})", token, "remind-1").response.body, first.response.body);
  // Past 24 hours the key is free again: the same request is a new reminder (a day later).
  router_->clock().advance(std::chrono::hours(1) + std::chrono::seconds(1));
  Answer later = post(path, R"({"message":"hello"})", alice(), "remind-1");  // a new session too
  EXPECT_EQ(later.status(), 200) << later.response.body;
  EXPECT_EQ(findHeader(later.response.headers, "Idempotent-Replayed"), nullptr);
  EXPECT_NE(later.response.body, first.response.body);
}

TEST_F(RouterRetention, AWritePurgesExpiredSessionsAndRecordsAtMostOncePerInterval) {
  const std::string first = alice();
  bob();
  EXPECT_EQ(store_->sessionCount(), 2u);
  EXPECT_EQ(store_->idempotencyCount(), 2u);
  router_->clock().advance(std::chrono::hours(24) + std::chrono::seconds(1));
  const std::string chen = signIn("chen", "chen-demo-2025");  // a write: purges the expired
  EXPECT_EQ(store_->sessionCount(), 1u);
  EXPECT_EQ(store_->idempotencyCount(), 1u);
  expectError(get("/api/v1/auth/me", first), 401, "UNAUTHORIZED");
  EXPECT_EQ(get("/api/v1/auth/me", chen).status(), 200);
  router_->clock().advance(std::chrono::hours(24) - std::chrono::seconds(30));
  alice();  // purges (a day since the last), but chen's session has 30 s left
  EXPECT_EQ(store_->sessionCount(), 2u);
  router_->clock().advance(std::chrono::seconds(30));
  bob();  // chen's session has expired, but the last purge was 30 s ago
  EXPECT_EQ(store_->sessionCount(), 3u);
  router_->clock().advance(std::chrono::seconds(30));
  alice();  // a minute since the last purge: chen's session and record go, this one comes
  EXPECT_EQ(store_->sessionCount(), 3u);
  EXPECT_EQ(store_->idempotencyCount(), 3u);
  expectError(get("/api/v1/auth/me", chen), 401, "UNAUTHORIZED");
}

std::uintmax_t fileSize(const std::string& path) {
  std::error_code error;
  const auto size = std::filesystem::file_size(path, error);
  return error ? 0 : size;
}

TEST(RouterRetentionOnSqlite, TenThousandRefusedSignInsLeaveTheFileAsItWas) {
  TempDir dir;
  const std::string path = dir.file("refused.sqlite");
  SqliteStore store(path, kFixedNow);
  store.seedIfEmpty(loadDemoData(embeddedDemoData(), kFixedNow).value(), kFixedNow);
  Router router(store, fixedClock(kFixedNow));
  auto signIn = [&](const std::string& user, int n) {
    HttpRequest request;
    request.method = "POST";
    request.path = "/api/v1/auth/sign-in";
    request.body = signInBody(user, "wrong");
    request.headers["Idempotency-Key"] = "key-" + std::to_string(n);
    return router.handle(request).status;
  };
  ASSERT_EQ(signIn("alice", 0), 401);
  const std::uintmax_t before = fileSize(path) + fileSize(path + "-wal");
  int refused = 0;
  for (int i = 1; i <= 10000; ++i) refused += signIn("user-" + std::to_string(i), i) == 401;
  const std::uintmax_t after = fileSize(path) + fileSize(path + "-wal");
  EXPECT_EQ(refused, 10000);
  EXPECT_LE(after, before + 4096) << "grew from " << before << " to " << after << " bytes";
  EXPECT_EQ(store.idempotencyCount(), 0u);
  EXPECT_EQ(store.sessionCount(), 0u);
}

}  // namespace
}  // namespace koo::backend::test
