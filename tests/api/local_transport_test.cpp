// LocalTransport: immediate answers, deferred answers released by a (fake) clock, and sends
// made from inside a callback.
#include <gtest/gtest.h>

#include "api/local_transport.h"

namespace koo::api {
namespace {

HttpResponse echo(const HttpRequest& request) { return HttpResponse{200, {}, request.method + " " + request.path}; }

TEST(LocalTransport, ImmediateAnswersBeforeSendReturns) {
  LocalTransport transport(withoutDelay(echo));
  std::string body;
  transport.send(HttpRequest{"GET", "/api/v1/orders", {}, {}, "", ""}, [&](TransportResponse r) {
    EXPECT_EQ(r.error, TransportError::None);
    body = r.http.body;
  });
  EXPECT_EQ(body, "GET /api/v1/orders");
  EXPECT_EQ(transport.pendingCount(), 0u);
}

TEST(LocalTransport, DeferredAnswersWaitForTheirDelay) {
  std::int64_t nowMs = 1000;
  int handled = 0;
  LocalTransport transport(
      [&](const HttpRequest& request) {
        ++handled;
        return LocalAnswer{echo(request), request.path == "/slow" ? 500 : 0};
      },
      LocalTransport::Delivery::Deferred, [&] { return nowMs; });
  std::vector<std::string> delivered;
  auto record = [&](TransportResponse r) { delivered.push_back(r.http.body); };
  transport.send(HttpRequest{"GET", "/slow", {}, {}, "", ""}, record);
  transport.send(HttpRequest{"GET", "/fast", {}, {}, "", ""}, record);
  EXPECT_EQ(handled, 2);  // the handler runs at send time: the state change happens in order
  EXPECT_TRUE(delivered.empty());
  EXPECT_EQ(transport.msUntilNextDue(), 0);

  EXPECT_EQ(transport.deliverDue(), 1u);
  EXPECT_EQ(delivered, (std::vector<std::string>{"GET /fast"}));
  EXPECT_EQ(transport.msUntilNextDue(), 500);

  nowMs += 499;
  EXPECT_EQ(transport.deliverDue(), 0u);
  nowMs += 1;
  EXPECT_EQ(transport.deliverDue(), 1u);
  EXPECT_EQ(delivered.back(), "GET /slow");
  EXPECT_EQ(transport.msUntilNextDue(), -1);
}

TEST(LocalTransport, SendsFromACallbackWaitForTheNextDelivery) {
  LocalTransport transport(withoutDelay(echo), LocalTransport::Delivery::Deferred, [] { return std::int64_t{0}; });
  std::vector<std::string> delivered;
  transport.send(HttpRequest{"GET", "/first", {}, {}, "", ""}, [&](TransportResponse r) {
    delivered.push_back(r.http.body);
    transport.send(HttpRequest{"GET", "/second", {}, {}, "", ""}, [&](TransportResponse s) { delivered.push_back(s.http.body); });
  });
  EXPECT_EQ(transport.deliverDue(), 1u);
  EXPECT_EQ(delivered.size(), 1u);
  EXPECT_EQ(transport.pendingCount(), 1u);
  EXPECT_EQ(transport.deliverDue(), 1u);
  EXPECT_EQ(delivered, (std::vector<std::string>{"GET /first", "GET /second"}));
}

}  // namespace
}  // namespace koo::api
