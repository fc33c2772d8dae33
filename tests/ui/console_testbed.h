// The whole console natively, for page tests: the real backend router over the in-memory demo
// store, reached through a LocalTransport that delivers on the next frame (or holds answers, as a
// slow network does), a fake host, and Dear ImGui with no renderer. Tests act as a buyer would.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "api/local_transport.h"
#include "console_app.h"
#include "imgui_harness.h"
#include "demo_backend.h"

namespace koo::ui::testing {

// Records what the pages asked of the browser; its clock moves only when a test says so.
class FakeHost : public Host {
 public:
  void copyText(const std::string& text) override { copied.push_back(text); }
  void openUrl(const std::string& url) override { opened.push_back(url); }
  double nowMs() const override { return now; }
  Timestamp wallClock() const override { return wall; }
  void wakeAfter(double ms) override { wakeups.push_back(ms); }
  void sessionChanged(const std::string& token) override { sessions.push_back(token); }
  void authRequired() override { ++authRequests; }
  void download(const std::string& fileName, const std::string& mimeType, const std::string& content) override {
    downloads.push_back({fileName, mimeType, content});
  }
  void printDocument(const std::string& html) override { printed.push_back(html); }

  struct Download {
    std::string fileName, mimeType, content;
  };
  std::vector<Download> downloads;
  std::vector<std::string> printed;  // documents sent to print
  double now = 1000;
  Timestamp wall{};  // the demo backend's fixed now (ConsoleTestbed sets it)
  std::vector<std::string> copied, opened, sessions;
  std::vector<double> wakeups;
  int authRequests = 0;
};

// The demo buyer's credentials (empty if there is no such buyer, which fails the test).
SignInRequest signInAs(backend::Store& store, const std::string& buyerId);
// True when a node of `role` has a name containing `part`.
bool anyNodeContains(const SemanticsTree& tree, Role role, const std::string& part);
// The request's Idempotency-Key header, or "" if it has none.
std::string idempotencyKeyOf(const HttpRequest& request);

class ConsoleTestbed {
 public:
  // Signs in as `buyerId` (the demo's first buyer by default; "": stays on the sign-in form) and
  // opens `hash`, in the language `locale` (AppOptions::locale).
  explicit ConsoleTestbed(const std::string& hash = "#/purchased-apps", const std::string& buyerId = "buyer-001",
                          Locale locale = Locale::En);

  // Draws frames until `frames` in a row end with no answer on the wire, so chained requests
  // (sign-in, then the page's load, ...) all arrive; while answers are held, just `frames` frames.
  void settle(int frames = 3);
  // Clicks the first node with this role and name; fails the test if there is none.
  void click(Role role, const std::string& name);
  // Clicks the node; `node` must come from the current tree.
  void click(const SemanticNode& node);
  // Focuses the text box with this name, replaces its text and presses Enter.
  void typeInto(const std::string& textboxName, const std::string& text, bool pressEnter = true);
  // The browser moved to `hash` (deep link, back/forward).
  void open(const std::string& hash);
  // The console's box is now `width` x `height` CSS pixels; draws until it settles.
  void resize(float width, float height = 900);

  const SemanticsTree& tree() const { return harness_.semantics(); }
  const SemanticNode* find(Role role, const std::string& name) const { return tree().find(role, name); }
  // The first node of `role` inside the node `parent` (e.g. a row's button, in its cell), or nullptr.
  const SemanticNode* child(const SemanticNode& parent, Role role) const;
  // Names of the nodes of `role` inside the node `parent` (e.g. a row's cells, its badges).
  std::vector<std::string> childNames(const SemanticNode& parent, Role role) const;
  // The nodes of `role` inside the node `parent` (its children, theirs...), in tree order.
  std::vector<const SemanticNode*> inside(const SemanticNode& parent, Role role) const;
  // Rows of the table named `table`, header row excluded.
  std::vector<const SemanticNode*> rows(const std::string& table) const;

  // Every request the console sent, oldest first, and the POSTs whose path ends with `pathEnd`.
  const std::vector<HttpRequest>& requests() const { return requests_; }
  std::vector<HttpRequest> postsTo(const std::string& pathEnd) const;
  // Makes the router fail as `spec` says (backend/fault_spec.h syntax); fails the test if it is bad.
  void setFaults(const std::string& spec);

  ConsoleApp& app() { return *app_; }
  FakeHost& host() { return host_; }
  backend::Router& router() { return demo_->router(); }
  backend::MemoryStore& store() { return demo_->store(); }

  // While true, answers stay on the wire: frames draw with the requests in flight.
  bool holdAnswers = false;

 private:
  std::unique_ptr<backend::DemoBackend> demo_;
  std::vector<HttpRequest> requests_;
  api::LocalTransport transport_;
  FakeHost host_;
  ImGuiHarness harness_;
  std::unique_ptr<ConsoleApp> app_;
  ImGuiHarness::DrawFn draw_;
};

}  // namespace koo::ui::testing
