// The HTTP request reader without sockets: requests split at every byte, what it keeps for the
// next request, limits checked before buffering, and the response's framing.
#include <gtest/gtest.h>

#include "http_wire.h"

namespace koo::backend {
namespace {

using State = HttpRequestReader::State;

TEST(HttpRequestReader, ReadsARequestFedOneByteAtATime) {
  const std::string bytes =
      "\r\nPOST /orders/a%2Fb?q=caf%C3%A9&page=2&page=3 HTTP/1.1\nHost: t\r\n"
      "Content-Type:  application/json \r\nContent-Length: 2\r\nExpect: 100-continue\r\n\r\n{}";
  HttpRequestReader reader({});
  bool continueAsked = false;
  for (char c : bytes) {
    ASSERT_EQ(reader.state(), State::NeedMore);
    EXPECT_EQ(reader.feed(std::string_view(&c, 1)), 1u);
    continueAsked = continueAsked || reader.takeContinueRequest();
  }
  ASSERT_EQ(reader.state(), State::Complete);
  EXPECT_TRUE(continueAsked);
  EXPECT_TRUE(reader.keepAlive());
  HttpRequest request = reader.takeRequest();
  EXPECT_EQ(request.method, "POST");
  EXPECT_EQ(request.path, "/orders/a/b");
  EXPECT_EQ(request.query.at("q"), "caf\xC3\xA9");
  EXPECT_EQ(request.query.at("page"), "2");  // the first of repeated parameters wins
  EXPECT_EQ(*findHeader(request.headers, "content-type"), "application/json");
  EXPECT_EQ(request.body, "{}");
}

TEST(HttpRequestReader, LeavesTheNextPipelinedRequestUnread) {
  HttpRequestReader reader({});
  const std::string first = "GET /a HTTP/1.1\r\nConnection: close\r\n\r\n";
  EXPECT_EQ(reader.feed(first + "GET /b HTTP/1.1\r\n\r\n"), first.size());
  EXPECT_EQ(reader.state(), State::Complete);
  EXPECT_FALSE(reader.keepAlive());
}

TEST(HttpRequestReader, RefusesAnOverlongHeaderBeforeBufferingIt) {
  HttpLimits limits;
  limits.maxHeaderBytes = 100;
  HttpRequestReader reader(limits);
  reader.feed("GET / HTTP/1.1\r\nX-Long: ");
  const size_t used = reader.feed(std::string(10000, 'x'));
  EXPECT_EQ(reader.state(), State::Failed);
  EXPECT_EQ(reader.failureStatus(), 431);
  EXPECT_EQ(used, 0u);
}

TEST(HttpRequestReader, Http10ClosesUnlessAskedToKeepAlive) {
  HttpRequestReader plain({});
  plain.feed("GET / HTTP/1.0\r\n\r\n");
  EXPECT_TRUE(plain.isHttp10());
  EXPECT_FALSE(plain.keepAlive());
  HttpRequestReader kept({});
  kept.feed("GET / HTTP/1.0\r\nConnection: Keep-Alive\r\n\r\n");
  EXPECT_TRUE(kept.keepAlive());
}

TEST(HttpRequestReader, TakesTheAbsoluteFormsPath) {
  HttpRequestReader reader({});
  reader.feed("GET http://example.test:8081/api/v1/health?x=1 HTTP/1.1\r\n\r\n");
  ASSERT_EQ(reader.state(), State::Complete);
  HttpRequest request = reader.takeRequest();
  EXPECT_EQ(request.path, "/api/v1/health");
  EXPECT_EQ(request.query.at("x"), "1");
}

TEST(SerializeResponse, FramesTheBodyAndDropsHeadersThatWouldBreakFraming) {
  HttpResponse response;
  response.status = 201;
  response.headers["X-Request-Id"] = "req-1";
  response.headers["X-Injected"] = "a\r\nSet-Cookie: b";
  response.headers["Content-Length"] = "999";
  response.body = "{\"ok\":true}";
  const std::string bytes = serializeResponse(response, {false, true, false, 5});
  EXPECT_EQ(bytes.substr(0, 22), "HTTP/1.1 201 Created\r\n");
  EXPECT_NE(bytes.find("X-Request-Id: req-1\r\n"), std::string::npos);
  EXPECT_NE(bytes.find("Content-Type: application/json\r\nContent-Length: 11\r\n"), std::string::npos);
  EXPECT_NE(bytes.find("Connection: close\r\n"), std::string::npos);
  EXPECT_EQ(bytes.find("999"), std::string::npos);
  EXPECT_EQ(bytes.find("Set-Cookie"), std::string::npos);
  EXPECT_EQ(bytes.substr(bytes.size() - 15), "\r\n\r\n{\"ok\":true}");
  EXPECT_EQ(bytes.find("Keep-Alive"), std::string::npos);
  const std::string head = serializeResponse(response, {true, false, false, 5});
  EXPECT_EQ(head.substr(head.size() - 4), "\r\n\r\n");
  EXPECT_NE(head.find("Keep-Alive: timeout=5\r\n"), std::string::npos);
  EXPECT_NE(head.find("Content-Length: 11"), std::string::npos);
}

}  // namespace
}  // namespace koo::backend
