// The ui layer's Host in the browser: clipboard, new tabs, the clock and timed wake-ups, and the
// session and auth events the page or the host portal listens to.
#pragma once

#include <functional>

#include "host.h"

namespace koo::platform {

class BrowserHost : public ui::Host {
 public:
  explicit BrowserHost(std::function<void()> requestFrame) : requestFrame_(std::move(requestFrame)) {}
  void copyText(const std::string& text) override;
  void openUrl(const std::string& url) override;
  void download(const std::string& fileName, const std::string& mimeType, const std::string& content) override;
  void printDocument(const std::string& html) override;
  double nowMs() const override;
  void wakeAfter(double ms) override;
  void sessionChanged(const std::string& token) override;
  void authRequired() override;

 private:
  std::function<void()> requestFrame_;
  double nextWakeMs_ = -1;  // the earliest wake-up already scheduled (one timer at a time)
};

}  // namespace koo::platform
