// A blocking-with-deadlines TCP client for the HTTP server tests: sends raw bytes, reads one
// answer (status, headers, Content-Length body), tells when the server closed the connection.
#pragma once

#include <arpa/inet.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstring>
#include <map>
#include <string>

#include "core/text.h"

namespace koo::backend::testing {

using Clock = std::chrono::steady_clock;
using std::chrono::milliseconds;

struct RawAnswer {
  int status = 0;  // 0: no complete answer before the deadline or the close
  std::map<std::string, std::string> headers;  // names lowercased
  std::string body;
};

class RawHttpClient {
 public:
  explicit RawHttpClient(int port) {
    fd_ = socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_port = htons(static_cast<uint16_t>(port));
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    connected_ = connect(fd_, reinterpret_cast<sockaddr*>(&address), sizeof address) == 0;
  }
  ~RawHttpClient() { ::close(fd_); }
  RawHttpClient(const RawHttpClient&) = delete;
  RawHttpClient& operator=(const RawHttpClient&) = delete;

  bool connected() const { return connected_; }
  int fd() const { return fd_; }

  // False once the server has closed or reset the connection.
  bool send(const std::string& bytes) {
    size_t sent = 0;
    while (sent < bytes.size()) {
      const ssize_t n = ::send(fd_, bytes.data() + sent, bytes.size() - sent, MSG_NOSIGNAL);
      if (n <= 0) return false;
      sent += static_cast<size_t>(n);
    }
    return true;
  }

  // Waits up to `wait` for bytes and appends them to what is buffered; false on close or timeout.
  bool receiveSome(milliseconds wait) {
    pollfd ready{fd_, POLLIN, 0};
    if (poll(&ready, 1, static_cast<int>(wait.count())) <= 0) return false;
    char chunk[64 * 1024];
    const ssize_t n = recv(fd_, chunk, sizeof chunk, 0);
    if (n <= 0) {
      closed_ = true;
      return false;
    }
    buffer_.append(chunk, static_cast<size_t>(n));
    return true;
  }

  // Reads one complete answer, or returns status 0 after `wait` or on close.
  RawAnswer readAnswer(milliseconds wait = milliseconds(5000), bool headOnly = false) {
    const auto deadline = Clock::now() + wait;
    for (;;) {
      RawAnswer answer;
      if (const size_t used = parse(answer, headOnly)) {
        buffer_.erase(0, used);
        return answer;
      }
      if (closed_) return {};
      // At least one look at the socket, however short the wait.
      const auto left = std::max(milliseconds(0), std::chrono::ceil<milliseconds>(deadline - Clock::now()));
      if (!receiveSome(left) && Clock::now() >= deadline) return {};
    }
  }

  // True when the server closes the connection within `wait` (bytes before the close are kept).
  bool closedWithin(milliseconds wait) {
    const auto deadline = Clock::now() + wait;
    while (!closed_) {
      const auto left = std::chrono::duration_cast<milliseconds>(deadline - Clock::now());
      if (left.count() <= 0) return false;
      receiveSome(left);
    }
    return true;
  }

 private:
  // Bytes of the first complete answer in the buffer, 0 when it is not all there yet.
  size_t parse(RawAnswer& answer, bool headOnly) const {
    const size_t end = buffer_.find("\r\n\r\n");
    if (end == std::string::npos) return 0;
    answer.status = std::atoi(buffer_.c_str() + 9);  // "HTTP/1.1 200 ..."
    size_t line = buffer_.find("\r\n") + 2;
    while (line < end + 2) {
      const size_t next = buffer_.find("\r\n", line);
      const std::string header = buffer_.substr(line, next - line);
      const size_t colon = header.find(':');
      std::string name = header.substr(0, colon);
      for (char& c : name) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
      answer.headers[name] = header.substr(colon + 2);
      line = next + 2;
    }
    size_t length = 0;
    if (!headOnly && answer.headers.count("content-length"))
      length = std::stoul(answer.headers["content-length"]);
    if (buffer_.size() < end + 4 + length) return 0;
    answer.body = buffer_.substr(end + 4, length);
    return end + 4 + length;
  }

  int fd_ = -1;
  bool connected_ = false;
  bool closed_ = false;
  std::string buffer_;
};

}  // namespace koo::backend::testing
