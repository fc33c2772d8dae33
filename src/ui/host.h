// What pages need from the place they run in — the browser, or a native test — without knowing
// which: the clipboard, new tabs, the clock and wake-ups for timers.
#pragma once

#include <chrono>
#include <string>

#include "core/timestamp.h"

namespace koo::ui {

class Host {
 public:
  virtual ~Host() = default;
  // Puts text on the system clipboard.
  virtual void copyText(const std::string& text) = 0;
  // Opens an http(s) URL in a new tab (callers check the scheme first: see isWebUrl).
  virtual void openUrl(const std::string& url) = 0;
  // Milliseconds on a monotonic clock.
  virtual double nowMs() const = 0;
  // Asks for a frame after `ms` even if no input arrives (re-masking, spinners, toasts).
  virtual void wakeAfter(double ms) = 0;
  // The date and time now, for rules that depend on the calendar (renewal windows, auto-renew
  // charges); nowMs above is for timers.
  virtual Timestamp wallClock() const {
    return std::chrono::floor<std::chrono::seconds>(std::chrono::system_clock::now());
  }
  // Saves `content` as a file through the browser's download (exports); nothing elsewhere.
  virtual void download(const std::string& fileName, const std::string& mimeType, const std::string& content) {}
  // Prints a standalone HTML document (an invoice) through the browser's print dialog, without
  // leaving the console; nothing elsewhere.
  virtual void printDocument(const std::string& html) {}
  // The session changed (signed in: the token; signed out: empty) so the host can keep it.
  virtual void sessionChanged(const std::string& token) {}
  // The backend no longer accepts the session: the host may sign the buyer in again.
  virtual void authRequired() {}
};

}  // namespace koo::ui
