// Host calls forwarded to koo_platform.js; wake-ups become one pending browser timer.
#include "browser_host.h"

#include <emscripten/emscripten.h>

#include "js_bridge.h"

namespace koo::platform {

void BrowserHost::copyText(const std::string& text) { koo_js_copy_text(text.c_str()); }

void BrowserHost::openUrl(const std::string& url) { koo_js_open_url(url.c_str()); }

void BrowserHost::download(const std::string& fileName, const std::string& mimeType, const std::string& content) {
  koo_js_download(fileName.c_str(), mimeType.c_str(), reinterpret_cast<const unsigned char*>(content.data()),
                  static_cast<int>(content.size()));
}

void BrowserHost::printDocument(const std::string& html) {
  koo_js_print_html(reinterpret_cast<const unsigned char*>(html.data()), static_cast<int>(html.size()));
}

double BrowserHost::nowMs() const { return emscripten_get_now(); }

void BrowserHost::wakeAfter(double ms) {
  const double at = nowMs() + ms;
  // Pages ask every frame (spinners, toasts); keep only the earliest pending timer.
  if (nextWakeMs_ >= 0 && nextWakeMs_ <= at) return;
  nextWakeMs_ = at;
  emscripten_async_call(
      [](void* self) {
        auto* host = static_cast<BrowserHost*>(self);
        host->nextWakeMs_ = -1;
        host->requestFrame_();
      },
      this, static_cast<int>(ms));
}

void BrowserHost::sessionChanged(const std::string& token) { koo_js_session_changed(token.c_str()); }

void BrowserHost::authRequired() { koo_js_auth_required(); }

}  // namespace koo::platform
