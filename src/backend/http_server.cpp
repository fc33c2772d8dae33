// The event loop (epoll, non-blocking sockets) that holds every connection, enforces the request
// deadline and idle timeout, and hands complete requests to the worker pool.
#include "http_server.h"

#include <arpa/inet.h>
#include <netdb.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/epoll.h>
#include <sys/eventfd.h>
#include <sys/socket.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <cerrno>
#include <condition_variable>
#include <deque>
#include <mutex>
#include <thread>
#include <unordered_map>
#include <vector>

namespace koo::backend {

namespace {

using Clock = std::chrono::steady_clock;
constexpr Clock::time_point kNever = Clock::time_point::max();
constexpr uint64_t kListenerId = 0;
constexpr uint64_t kWakeId = 1;
constexpr auto kStopGrace = std::chrono::seconds(3);
// After a refused request, how long to swallow what the client still sends, so that closing
// does not reset the connection before the client has read the refusal.
constexpr auto kLingerTime = std::chrono::seconds(2);

// Closed: the socket is gone and the entry waits to be erased after the current event, so no
// caller is left holding a dangling Connection&.
enum class Phase { Idle, Reading, Handling, Writing, Lingering, Closed };

struct Connection {
  Connection(int socket, std::string address, HttpLimits limits)
      : fd(socket), clientAddress(std::move(address)), reader(limits) {}
  int fd = -1;
  std::string clientAddress;
  HttpRequestReader reader;
  std::string carried;  // bytes read past the request being handled (pipelined)
  std::string outbox;
  size_t sent = 0;
  Phase phase = Phase::Idle;
  bool closeAfterWrite = false;
  uint32_t interest = EPOLLIN;
  Clock::time_point deadline = kNever;
};

struct Job {
  uint64_t connection;
  HttpRequest request;
  ResponseFraming framing;
};

struct Answer {
  uint64_t connection;
  std::string bytes;
  bool closing;
};

std::string peerAddress(const sockaddr_storage& address) {
  char text[INET6_ADDRSTRLEN] = "";
  if (address.ss_family == AF_INET)
    inet_ntop(AF_INET, &reinterpret_cast<const sockaddr_in&>(address).sin_addr, text, sizeof text);
  else if (address.ss_family == AF_INET6)
    inet_ntop(AF_INET6, &reinterpret_cast<const sockaddr_in6&>(address).sin6_addr, text, sizeof text);
  return text;
}

}  // namespace

struct HttpServer::Impl {
  RequestHandler handler;
  TransportErrorHandler onTransportError;
  HttpServerOptions options;
  int listenFd = -1, epollFd = -1, wakeFd = -1;
  std::atomic<bool> stopping{false};

  std::mutex mutex;  // guards jobs, answers, workersDone
  std::condition_variable jobReady;
  std::deque<Job> jobs;
  std::vector<Answer> answers;
  bool workersDone = false;
  std::vector<std::thread> workers;

  // Touched by the event-loop thread only.
  std::unordered_map<uint64_t, Connection> connections;
  std::vector<uint64_t> closedIds;
  uint64_t nextId = 2;
  Clock::time_point earliestDeadline = kNever;
  Clock::time_point acceptPausedUntil = kNever;

  void run();
  void acceptAll();
  void onEvent(uint64_t id, uint32_t events);
  void readFrom(uint64_t id, Connection& c);
  void consume(uint64_t id, Connection& c, std::string_view data);
  void dispatch(uint64_t id, Connection& c);
  void respond(uint64_t id, Connection& c, std::string bytes, bool closing);
  void flush(uint64_t id, Connection& c);
  void collectAnswers();
  void sweepDeadlines();
  void closeConnection(uint64_t id);
  void eraseClosed();
  void setInterest(uint64_t id, Connection& c, uint32_t events);
  void setDeadline(Connection& c, Clock::time_point deadline);
  std::string refusal(int status, bool http10);
  void work();
  void wake();
};

// ---- worker pool ----

void HttpServer::Impl::work() {
  for (;;) {
    Job job;
    {
      std::unique_lock lock(mutex);
      jobReady.wait(lock, [&] { return workersDone || !jobs.empty(); });
      if (jobs.empty()) return;
      job = std::move(jobs.front());
      jobs.pop_front();
    }
    HttpResponse response;
    try {
      response = handler(job.request);
    } catch (...) {
      response = onTransportError(500);
    }
    Answer answer{job.connection, serializeResponse(response, job.framing), job.framing.closing};
    {
      std::lock_guard lock(mutex);
      answers.push_back(std::move(answer));
    }
    wake();
  }
}

void HttpServer::Impl::wake() {
  const uint64_t one = 1;
  [[maybe_unused]] ssize_t written = ::write(wakeFd, &one, sizeof one);
}

// ---- event loop ----

void HttpServer::Impl::run() {
  for (int i = 0; i < options.workerThreads; ++i) workers.emplace_back([this] { work(); });
  std::vector<epoll_event> events(256);
  Clock::time_point stopBy = kNever;
  for (;;) {
    if (stopping && stopBy == kNever) {
      stopBy = Clock::now() + kStopGrace;
      epoll_ctl(epollFd, EPOLL_CTL_DEL, listenFd, nullptr);
    }
    if (stopBy != kNever) {
      // Stopping: drop connections with nothing owed to them, finish the others.
      std::vector<uint64_t> idle;
      for (auto& [id, c] : connections)
        if (c.phase != Phase::Handling && c.phase != Phase::Writing) idle.push_back(id);
      for (uint64_t id : idle) closeConnection(id);
      eraseClosed();
      if (connections.empty() || Clock::now() >= stopBy) break;
    }
    const auto wakeAt = std::min({earliestDeadline, stopBy, Clock::now() + std::chrono::seconds(1)});
    const auto wait = std::chrono::ceil<std::chrono::milliseconds>(wakeAt - Clock::now());
    const int waitMs = std::max(0, static_cast<int>(wait.count()));
    const int count = epoll_wait(epollFd, events.data(), static_cast<int>(events.size()), waitMs);
    for (int i = 0; i < count; ++i) {
      const uint64_t id = events[i].data.u64;
      if (id == kListenerId) {
        acceptAll();
      } else if (id == kWakeId) {
        uint64_t ignored;
        [[maybe_unused]] ssize_t got = ::read(wakeFd, &ignored, sizeof ignored);
        collectAnswers();
      } else {
        onEvent(id, events[i].events);
      }
    }
    sweepDeadlines();
    eraseClosed();
  }
  for (auto& [id, c] : connections)
    if (c.fd >= 0) ::close(c.fd);
  connections.clear();
  {
    std::lock_guard lock(mutex);
    workersDone = true;
  }
  jobReady.notify_all();
  for (auto& worker : workers) worker.join();
  workers.clear();
}

std::string HttpServer::Impl::refusal(int status, bool http10) {
  return serializeResponse(onTransportError(status), {false, true, http10, 0});
}

void HttpServer::Impl::acceptAll() {
  for (;;) {
    sockaddr_storage address{};
    socklen_t length = sizeof address;
    const int fd = accept4(listenFd, reinterpret_cast<sockaddr*>(&address), &length,
                           SOCK_NONBLOCK | SOCK_CLOEXEC);
    if (fd < 0) {
      if (errno == EINTR || errno == ECONNABORTED) continue;
      if (errno == EMFILE || errno == ENFILE || errno == ENOBUFS || errno == ENOMEM) {
        // Out of descriptors: the listener would wake us at once again; look back shortly.
        epoll_event none{0, {.u64 = kListenerId}};
        epoll_ctl(epollFd, EPOLL_CTL_MOD, listenFd, &none);
        acceptPausedUntil = Clock::now() + std::chrono::milliseconds(100);
        earliestDeadline = std::min(earliestDeadline, acceptPausedUntil);
      }
      return;
    }
    if (connections.size() >= options.maxConnections) {
      const std::string answer = refusal(503, false);
      [[maybe_unused]] ssize_t sent = send(fd, answer.data(), answer.size(), MSG_NOSIGNAL | MSG_DONTWAIT);
      ::close(fd);
      continue;
    }
    // Without it, small answers on a kept-alive connection wait out the peer's delayed ACK.
    const int one = 1;
    setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
    const uint64_t id = nextId++;
    Connection& c =
        connections.try_emplace(id, fd, peerAddress(address), options.limits).first->second;
    epoll_event event{EPOLLIN, {.u64 = id}};
    epoll_ctl(epollFd, EPOLL_CTL_ADD, fd, &event);
    setDeadline(c, Clock::now() + options.idleTimeout);
  }
}

void HttpServer::Impl::onEvent(uint64_t id, uint32_t events) {
  auto found = connections.find(id);
  if (found == connections.end() || found->second.phase == Phase::Closed) return;
  Connection& c = found->second;
  if (events & (EPOLLERR | EPOLLHUP)) return closeConnection(id);
  if (c.phase == Phase::Writing && (events & EPOLLOUT)) return flush(id, c);
  if (events & EPOLLIN) readFrom(id, c);
}

void HttpServer::Impl::readFrom(uint64_t id, Connection& c) {
  char buffer[16 * 1024];
  // A few reads per wake-up at most, so one fast sender cannot hold up the others.
  for (int round = 0; round < 4; ++round) {
    const ssize_t got = recv(c.fd, buffer, sizeof buffer, 0);
    if (got < 0 && errno == EINTR) continue;
    if (got < 0 && (errno == EAGAIN || errno == EWOULDBLOCK)) return;
    if (got <= 0) return closeConnection(id);  // the client left, or the connection broke
    if (c.phase == Phase::Lingering) continue;
    consume(id, c, std::string_view(buffer, static_cast<size_t>(got)));
    if (c.phase != Phase::Idle && c.phase != Phase::Reading) return;
  }
}

void HttpServer::Impl::consume(uint64_t id, Connection& c, std::string_view data) {
  if (c.phase == Phase::Idle) {
    c.phase = Phase::Reading;
    setDeadline(c, Clock::now() + options.requestDeadline);
  }
  const size_t used = c.reader.feed(data);
  switch (c.reader.state()) {
    case HttpRequestReader::State::NeedMore:
      if (c.reader.takeContinueRequest()) {
        static constexpr std::string_view kContinue = "HTTP/1.1 100 Continue\r\n\r\n";
        [[maybe_unused]] ssize_t sent = send(c.fd, kContinue.data(), kContinue.size(), MSG_NOSIGNAL);
      }
      return;
    case HttpRequestReader::State::Failed:
      return respond(id, c, refusal(c.reader.failureStatus(), c.reader.isHttp10()), true);
    case HttpRequestReader::State::Complete:
      c.carried.assign(data.substr(used));
      return dispatch(id, c);
  }
}

void HttpServer::Impl::dispatch(uint64_t id, Connection& c) {
  Job job{id, c.reader.takeRequest(), {}};
  job.framing.headOnly = job.request.method == "HEAD";
  job.framing.closing = !c.reader.keepAlive() || stopping;
  job.framing.http10 = c.reader.isHttp10();
  job.framing.keepAliveSeconds =
      static_cast<int>(std::chrono::duration_cast<std::chrono::seconds>(options.idleTimeout).count());
  job.request.clientAddress = c.clientAddress;
  c.phase = Phase::Handling;
  c.deadline = kNever;  // the time the handler takes is ours, not the client's
  setInterest(id, c, 0);  // one request at a time: a pipelined one waits in the socket
  {
    std::lock_guard lock(mutex);
    jobs.push_back(std::move(job));
  }
  jobReady.notify_one();
}

void HttpServer::Impl::collectAnswers() {
  std::vector<Answer> ready;
  {
    std::lock_guard lock(mutex);
    ready.swap(answers);
  }
  for (Answer& answer : ready) {
    auto found = connections.find(answer.connection);
    if (found != connections.end() && found->second.phase == Phase::Handling)
      respond(answer.connection, found->second, std::move(answer.bytes), answer.closing);
  }
}

void HttpServer::Impl::respond(uint64_t id, Connection& c, std::string bytes, bool closing) {
  c.outbox = std::move(bytes);
  c.sent = 0;
  c.closeAfterWrite = closing;
  c.phase = Phase::Writing;
  setDeadline(c, Clock::now() + options.writeDeadline);
  flush(id, c);
}

void HttpServer::Impl::flush(uint64_t id, Connection& c) {
  while (c.sent < c.outbox.size()) {
    const ssize_t sent = send(c.fd, c.outbox.data() + c.sent, c.outbox.size() - c.sent, MSG_NOSIGNAL);
    if (sent < 0 && errno == EINTR) continue;
    if (sent < 0 && (errno == EAGAIN || errno == EWOULDBLOCK)) return setInterest(id, c, EPOLLOUT);
    if (sent < 0) return closeConnection(id);
    c.sent += static_cast<size_t>(sent);
  }
  std::string().swap(c.outbox);
  if (c.closeAfterWrite) {
    shutdown(c.fd, SHUT_WR);
    c.phase = Phase::Lingering;
    setDeadline(c, Clock::now() + std::min<Clock::duration>(kLingerTime, options.requestDeadline));
    return setInterest(id, c, EPOLLIN);
  }
  c.phase = Phase::Idle;
  c.reader = HttpRequestReader(options.limits);
  setDeadline(c, Clock::now() + options.idleTimeout);
  setInterest(id, c, EPOLLIN);
  if (c.carried.empty()) return;
  std::string carried;
  carried.swap(c.carried);
  consume(id, c, carried);
}

void HttpServer::Impl::sweepDeadlines() {
  const auto now = Clock::now();
  if (now < earliestDeadline) return;
  earliestDeadline = kNever;
  if (acceptPausedUntil != kNever) {
    if (now < acceptPausedUntil) {
      earliestDeadline = acceptPausedUntil;
    } else {
      acceptPausedUntil = kNever;
      epoll_event event{EPOLLIN, {.u64 = kListenerId}};
      if (!stopping) epoll_ctl(epollFd, EPOLL_CTL_MOD, listenFd, &event);
    }
  }
  std::vector<uint64_t> expired;
  for (auto& [id, c] : connections) {
    if (c.phase == Phase::Closed) continue;
    if (c.deadline <= now) expired.push_back(id);
    else earliestDeadline = std::min(earliestDeadline, c.deadline);
  }
  for (uint64_t id : expired) {
    Connection& c = connections.at(id);
    if (c.phase == Phase::Closed) continue;
    // A request still arriving gets told why it is cut off; anything else just closes.
    if (c.phase == Phase::Reading) respond(id, c, refusal(408, c.reader.isHttp10()), true);
    else closeConnection(id);
  }
}

void HttpServer::Impl::setDeadline(Connection& c, Clock::time_point deadline) {
  c.deadline = deadline;
  earliestDeadline = std::min(earliestDeadline, deadline);
}

void HttpServer::Impl::setInterest(uint64_t id, Connection& c, uint32_t events) {
  if (c.interest == events || c.fd < 0) return;
  c.interest = events;
  epoll_event event{events, {.u64 = id}};
  epoll_ctl(epollFd, EPOLL_CTL_MOD, c.fd, &event);
}

void HttpServer::Impl::closeConnection(uint64_t id) {
  auto found = connections.find(id);
  if (found == connections.end() || found->second.phase == Phase::Closed) return;
  Connection& c = found->second;
  ::close(c.fd);  // also takes it out of the epoll set
  c.fd = -1;
  c.phase = Phase::Closed;
  c.deadline = kNever;
  closedIds.push_back(id);
}

void HttpServer::Impl::eraseClosed() {
  for (uint64_t id : closedIds) connections.erase(id);
  closedIds.clear();
}

// ---- public side ----

HttpServer::HttpServer(RequestHandler handler, TransportErrorHandler onTransportError,
                       HttpServerOptions options)
    : impl_(std::make_unique<Impl>()) {
  impl_->handler = std::move(handler);
  impl_->onTransportError = std::move(onTransportError);
  impl_->options = std::move(options);
  impl_->epollFd = epoll_create1(EPOLL_CLOEXEC);
  impl_->wakeFd = eventfd(0, EFD_NONBLOCK | EFD_CLOEXEC);
  epoll_event event{EPOLLIN, {.u64 = kWakeId}};
  epoll_ctl(impl_->epollFd, EPOLL_CTL_ADD, impl_->wakeFd, &event);
}

HttpServer::~HttpServer() {
  stop();
  for (int fd : {impl_->listenFd, impl_->epollFd, impl_->wakeFd})
    if (fd >= 0) ::close(fd);
}

bool HttpServer::bind(std::string& error) {
  const auto& options = impl_->options;
  error = "cannot listen on " + options.host + ":" + std::to_string(options.port);
  addrinfo hints{};
  hints.ai_family = AF_UNSPEC;
  hints.ai_socktype = SOCK_STREAM;
  hints.ai_flags = AI_PASSIVE;
  addrinfo* found = nullptr;
  const std::string port = std::to_string(options.port);
  if (getaddrinfo(options.host.c_str(), port.c_str(), &hints, &found) != 0) return false;
  int fd = -1;
  for (addrinfo* address = found; address && fd < 0; address = address->ai_next) {
    fd = socket(address->ai_family, address->ai_socktype | SOCK_NONBLOCK | SOCK_CLOEXEC,
                address->ai_protocol);
    if (fd < 0) continue;
    const int one = 1;
    setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
    if (::bind(fd, address->ai_addr, address->ai_addrlen) != 0 || listen(fd, SOMAXCONN) != 0) {
      ::close(fd);
      fd = -1;
    }
  }
  freeaddrinfo(found);
  if (fd < 0) return false;
  sockaddr_storage bound{};
  socklen_t length = sizeof bound;
  getsockname(fd, reinterpret_cast<sockaddr*>(&bound), &length);
  port_ = ntohs(bound.ss_family == AF_INET6 ? reinterpret_cast<sockaddr_in6&>(bound).sin6_port
                                            : reinterpret_cast<sockaddr_in&>(bound).sin_port);
  impl_->listenFd = fd;
  epoll_event event{EPOLLIN, {.u64 = kListenerId}};
  epoll_ctl(impl_->epollFd, EPOLL_CTL_ADD, fd, &event);
  error.clear();
  return true;
}

void HttpServer::serve() {
  if (impl_->listenFd >= 0) impl_->run();
}

void HttpServer::stop() {
  impl_->stopping = true;
  impl_->wake();
}

}  // namespace koo::backend
