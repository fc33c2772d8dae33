// The HTTP server against real sockets on a free port: keep-alive, pipelining, the limits (431,
// 414, 413, 400, 411, 505), the request deadline (408), the connection cap, and that slow or
// flooding clients neither stall other clients nor make the server buffer what they send.
#include <gtest/gtest.h>

#include <memory>
#include <stdexcept>
#include <thread>
#include <utility>
#include <vector>

#include "http_server.h"
#include "raw_http_client.h"

namespace koo::backend {
namespace {

using testing::Clock;
using testing::RawAnswer;
using testing::RawHttpClient;
using std::chrono::milliseconds;

// Echoes what the server made of the request, so the tests see the transport's work.
HttpResponse echo(const HttpRequest& request) {
  if (request.path == "/throw") throw std::runtime_error("handler failed");
  HttpResponse response;
  response.status = request.path == "/empty" ? 204 : 200;
  if (response.status == 204) return response;
  response.headers["Content-Type"] = "text/plain";
  std::string text = request.method + " " + request.path + "\n";
  for (const auto& [name, value] : request.query) text += "query " + name + "=" + value + "\n";
  text += "client " + request.clientAddress + "\n";
  text += "body " + request.body;
  response.body = text;
  return response;
}

HttpResponse transportError(int status) {
  HttpResponse response;
  response.status = status;
  response.body = "{\"transport\":" + std::to_string(status) + "}";
  return response;
}

class HttpServerTest : public ::testing::Test {
 protected:
  void start(HttpServerOptions options = {}) {
    options.port = 0;
    server_ = std::make_unique<HttpServer>(echo, transportError, options);
    std::string error;
    ASSERT_TRUE(server_->bind(error)) << error;
    serving_ = std::thread([this] { server_->serve(); });
  }
  void TearDown() override {
    if (!server_) return;
    server_->stop();
    serving_.join();
  }
  std::unique_ptr<RawHttpClient> connect() {
    auto client = std::make_unique<RawHttpClient>(server_->boundPort());
    EXPECT_TRUE(client->connected());
    return client;
  }
  // One request on a fresh connection; the answer.
  RawAnswer ask(const std::string& bytes) {
    auto client = connect();
    client->send(bytes);
    return client->readAnswer();
  }

  std::unique_ptr<HttpServer> server_;
  std::thread serving_;
};

std::string requestWithHeaders(size_t count, size_t valueBytes) {
  std::string request = "GET /health HTTP/1.1\r\nHost: test\r\n";
  for (size_t i = 0; i < count; ++i)
    request += "X-Filler-" + std::to_string(i) + ": " + std::string(valueBytes, 'v') + "\r\n";
  return request + "\r\n";
}

TEST_F(HttpServerTest, ServesGetPostAndHeadOnOneKeptAliveConnection) {
  start();
  auto client = connect();
  client->send("GET /items%20list?a=1&a=2&b=x%20y+z&broken=%zz HTTP/1.1\r\nHost: test\r\n\r\n");
  RawAnswer get = client->readAnswer();
  EXPECT_EQ(get.status, 200);
  EXPECT_EQ(get.body, "GET /items list\nquery a=1\nquery b=x y z\nquery broken=%zz\nclient 127.0.0.1\nbody ");
  EXPECT_EQ(get.headers["content-type"], "text/plain");
  EXPECT_EQ(get.headers.count("connection"), 0u);
  EXPECT_EQ(get.headers["keep-alive"], "timeout=5");

  client->send("POST /orders HTTP/1.1\r\nHost: test\r\nContent-Length: 5\r\n\r\nhello");
  EXPECT_EQ(client->readAnswer().body, "POST /orders\nclient 127.0.0.1\nbody hello");

  client->send("HEAD /orders HTTP/1.1\r\nHost: test\r\n\r\n");
  RawAnswer head = client->readAnswer(milliseconds(5000), true);
  EXPECT_EQ(head.status, 200);
  EXPECT_EQ(head.headers["content-length"], "35");  // of the GET answer it stands for
  EXPECT_EQ(head.body, "");

  client->send("GET /empty HTTP/1.1\r\nHost: test\r\nConnection: close\r\n\r\n");
  RawAnswer empty = client->readAnswer();
  EXPECT_EQ(empty.status, 204);
  EXPECT_EQ(empty.headers.count("content-length"), 0u);
  EXPECT_EQ(empty.headers["connection"], "close");
  EXPECT_TRUE(client->closedWithin(milliseconds(5000)));
}

TEST_F(HttpServerTest, AnswersPipelinedRequestsInOrder) {
  start();
  auto client = connect();
  client->send(
      "GET /one HTTP/1.1\r\nHost: t\r\n\r\n"
      "POST /two HTTP/1.1\r\nHost: t\r\nContent-Length: 2\r\n\r\nhi"
      "GET /three HTTP/1.1\r\nHost: t\r\n\r\n");
  EXPECT_EQ(client->readAnswer().body.substr(0, 8), "GET /one");
  EXPECT_EQ(client->readAnswer().body, "POST /two\nclient 127.0.0.1\nbody hi");
  EXPECT_EQ(client->readAnswer().body.substr(0, 10), "GET /three");
}

TEST_F(HttpServerTest, RefusesTooManyOrTooLargeHeadersWith431AndCloses) {
  HttpServerOptions options;
  options.limits.maxHeaderCount = 20;
  options.limits.maxHeaderBytes = 2048;
  start(options);
  EXPECT_EQ(ask(requestWithHeaders(18, 10)).status, 200);

  auto tooMany = connect();
  tooMany->send(requestWithHeaders(25, 10));
  RawAnswer answer = tooMany->readAnswer();
  EXPECT_EQ(answer.status, 431);
  EXPECT_EQ(answer.body, "{\"transport\":431}");
  EXPECT_EQ(answer.headers["connection"], "close");
  EXPECT_TRUE(tooMany->closedWithin(milliseconds(5000)));

  EXPECT_EQ(ask(requestWithHeaders(1, 3000)).status, 431);
}

TEST_F(HttpServerTest, RefusesMalformedOrUnsupportedRequests) {
  HttpServerOptions options;
  options.limits.maxRequestLineBytes = 256;
  options.limits.maxBodyBytes = 100;
  start(options);
  const std::pair<std::string, int> cases[] = {
      {"GARBAGE\r\n\r\n", 400},
      {"GET  /x HTTP/1.1\r\n\r\n", 400},
      {"GET x HTTP/1.1\r\n\r\n", 400},
      {"GET /x HTTP/1.1\r\nBad Header: 1\r\n\r\n", 400},
      {"GET /x HTTP/1.1\r\nX: 1\r\n folded\r\n\r\n", 400},
      {"GET /x HTTP/2.0\r\n\r\n", 505},
      {"GET /" + std::string(300, 'a') + " HTTP/1.1\r\n\r\n", 414},
      {"POST /x HTTP/1.1\r\nContent-Length: 101\r\n\r\n", 413},
      {"POST /x HTTP/1.1\r\nContent-Length: 1\r\nContent-Length: 2\r\n\r\nab", 400},
      {"POST /x HTTP/1.1\r\nContent-Length: -1\r\n\r\n", 400},
      {"POST /x HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n2\r\nhi\r\n0\r\n\r\n", 411},
      {"POST /x HTTP/1.1\r\nTransfer-Encoding: gzip, chunked\r\n\r\n", 501},
      {"POST /x HTTP/1.1\r\nTransfer-Encoding: chunked\r\nContent-Length: 2\r\n\r\nhi", 400},
      {"POST /x HTTP/1.1\r\nContent-Length: 100\r\n\r\n" + std::string(100, 'b'), 200},
  };
  for (const auto& [request, status] : cases) {
    RawAnswer answer = ask(request);
    EXPECT_EQ(answer.status, status) << request.substr(0, 60);
    if (status != 200) {
      EXPECT_EQ(answer.body, "{\"transport\":" + std::to_string(status) + "}");
    }
  }
}

TEST_F(HttpServerTest, AnswersA500WhenTheHandlerThrows) {
  start();
  RawAnswer answer = ask("GET /throw HTTP/1.1\r\n\r\n");
  EXPECT_EQ(answer.status, 500);
  EXPECT_EQ(answer.body, "{\"transport\":500}");
}

TEST_F(HttpServerTest, CutsOffARequestThatTricklesPastTheDeadline) {
  HttpServerOptions options;
  options.requestDeadline = milliseconds(400);
  start(options);
  auto client = connect();
  const auto started = Clock::now();
  client->send("GET /health HTTP/1.1\r\n");
  RawAnswer answer;
  // One header line every 50 ms, the way a slowloris client keeps a connection busy.
  for (int line = 0; line < 200 && answer.status == 0; ++line) {
    if (!client->send("X-Line-" + std::to_string(line) + ": 1\r\n")) break;
    answer = client->readAnswer(milliseconds(50));
  }
  if (answer.status == 0) answer = client->readAnswer();
  EXPECT_EQ(answer.status, 408);
  EXPECT_EQ(answer.body, "{\"transport\":408}");
  EXPECT_TRUE(client->closedWithin(milliseconds(5000)));
  EXPECT_LT(Clock::now() - started, milliseconds(5000));
}

TEST_F(HttpServerTest, ClosesAConnectionThatStaysIdle) {
  HttpServerOptions options;
  options.idleTimeout = milliseconds(200);
  start(options);
  auto client = connect();
  EXPECT_TRUE(client->closedWithin(milliseconds(5000)));
  EXPECT_EQ(client->readAnswer(milliseconds(10)).status, 0);  // closed without an answer
}

TEST_F(HttpServerTest, AnswersOthersQuicklyWhileFiftySlowClientsHoldConnections) {
  HttpServerOptions options;
  options.workerThreads = 2;  // slow clients must not need a worker each
  start(options);
  std::vector<std::unique_ptr<RawHttpClient>> slow;
  for (int i = 0; i < 50; ++i) {
    slow.push_back(connect());
    slow.back()->send("GET /health HTTP/1.1\r\nX-Slow: " + std::to_string(i) + "\r\n");
  }
  for (int probe = 0; probe < 5; ++probe) {
    const auto started = Clock::now();
    EXPECT_EQ(ask("GET /health HTTP/1.1\r\nHost: test\r\n\r\n").status, 200);
    EXPECT_LT(Clock::now() - started, milliseconds(1000));
  }
}

TEST_F(HttpServerTest, RefusesAHeaderFloodWhileItIsStillBeingSent) {
  start();
  constexpr int kFlooders = 4;
  // Up to ~50 MB each: more than loopback socket buffers hold, so a server that did not refuse
  // early would leave the flooder blocked or still sending at the end.
  constexpr int kLines = 2000000;
  std::vector<std::unique_ptr<RawHttpClient>> flooders;
  for (int i = 0; i < kFlooders; ++i) flooders.push_back(connect());
  std::string chunk;
  for (int i = 0; i < 500; ++i) chunk += "X-Flood-" + std::to_string(i) + ": flooding\r\n";
  for (auto& flooder : flooders) {
    flooder->send("GET /health HTTP/1.1\r\nHost: test\r\n");
    int sentLines = 0;
    RawAnswer answer;
    // Send until the server answers: it must refuse long before the flood is over.
    while (sentLines < kLines && answer.status == 0) {
      if (!flooder->send(chunk)) break;
      sentLines += 500;
      answer = flooder->readAnswer(milliseconds(1));
    }
    if (answer.status == 0) answer = flooder->readAnswer();
    EXPECT_EQ(answer.status, 431);
    EXPECT_LT(sentLines, kLines);
  }
  EXPECT_EQ(ask("GET /health HTTP/1.1\r\n\r\n").status, 200);
}

TEST_F(HttpServerTest, RefusesConnectionsBeyondTheCapWith503) {
  HttpServerOptions options;
  options.maxConnections = 2;
  start(options);
  auto first = connect(), second = connect();
  first->send("GET /one HTTP/1.1\r\n\r\n");
  ASSERT_EQ(first->readAnswer().status, 200);  // both are now held by the server
  second->send("GET /two HTTP/1.1\r\n\r\n");
  ASSERT_EQ(second->readAnswer().status, 200);
  auto third = connect();  // sends nothing, so the refusal cannot race its request
  RawAnswer refused = third->readAnswer();
  EXPECT_EQ(refused.status, 503);
  EXPECT_EQ(refused.body, "{\"transport\":503}");
  first.reset();  // a freed place takes a new client again
  const auto deadline = Clock::now() + milliseconds(5000);
  int status = 0;
  while (status != 200 && Clock::now() < deadline) status = ask("GET /four HTTP/1.1\r\n\r\n").status;
  EXPECT_EQ(status, 200);
}

TEST_F(HttpServerTest, StopsPromptlyWithClientsStillConnected) {
  start();
  auto slow = connect();
  slow->send("GET /health HTTP/1.1\r\n");
  auto idle = connect();
  ASSERT_EQ(ask("GET /x HTTP/1.1\r\n\r\n").status, 200);
  const auto started = Clock::now();
  server_->stop();
  serving_.join();
  server_.reset();
  EXPECT_LT(Clock::now() - started, milliseconds(2000));
  EXPECT_TRUE(slow->closedWithin(milliseconds(1000)));
}

}  // namespace
}  // namespace koo::backend
