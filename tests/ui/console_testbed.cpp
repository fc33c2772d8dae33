// The native console test bed: real router and demo data in memory, answers delivered frame by
// frame (or held), fake host, no renderer.
#include "console_testbed.h"

#include <unordered_set>

#include <gtest/gtest.h>

#include "fault_spec.h"
#include "imgui.h"

namespace koo::ui::testing {
namespace {
// A fixed "now" so the demo data's relative dates (and appeal windows) are the same every run.
Timestamp testNow() { return parseIsoUtc("2026-11-20T08:00:00Z").value(); }

std::unique_ptr<backend::DemoBackend> demoBackend() {
  std::string error;
  auto demo = backend::DemoBackend::create(backend::fixedClock(testNow()), backend::RouterOptions{.testMode = true}, error);
  EXPECT_NE(demo, nullptr) << error;
  return demo;
}

// More than any page's chain of requests needs; a console still waiting after it never settles.
constexpr int kMaxSettleFrames = 200;
}  // namespace

SignInRequest signInAs(backend::Store& store, const std::string& buyerId) {
  SignInRequest signIn;
  const auto buyer = store.findBuyerById(buyerId);
  EXPECT_TRUE(buyer.has_value()) << "no buyer " << buyerId;
  if (buyer) {
    signIn.userName = buyer->buyer.userName;
    signIn.password = buyer->password;
  }
  return signIn;
}

bool anyNodeContains(const SemanticsTree& tree, Role role, const std::string& part) {
  for (const auto& node : tree.nodes())
    if (node.role == role && node.name.find(part) != std::string::npos) return true;
  return false;
}

std::string idempotencyKeyOf(const HttpRequest& request) {
  const std::string* key = findHeader(request.headers, "Idempotency-Key");
  return key ? *key : std::string();
}

// The transport's clock stays at 0, so every answer is due at the next deliverDue().
ConsoleTestbed::ConsoleTestbed(const std::string& hash, const std::string& buyerId, Locale locale)
    : demo_(demoBackend()),
      transport_(
          [this](const HttpRequest& request) {
            requests_.push_back(request);
            return api::LocalAnswer{demo_->router().handle(request), 0};
          },
          api::LocalTransport::Delivery::Deferred, [] { return std::int64_t{0}; }),
      draw_([this](Ui& ui) {
        if (!holdAnswers) transport_.deliverDue();
        app_->draw(ui);
      }) {
  AppOptions options;
  options.locale = locale;
  if (!buyerId.empty()) options.autoSignIn = signInAs(store(), buyerId);
  host_.wall = testNow();
  app_ = std::make_unique<ConsoleApp>(transport_, host_, options);
  app_->followRoute(hash);
  settle();
}

void ConsoleTestbed::settle(int frames) {
  int quiet = 0;
  for (int drawn = 0; quiet < frames && drawn < kMaxSettleFrames; ++drawn) {
    harness_.frame(draw_);
    quiet = holdAnswers || transport_.pendingCount() == 0 ? quiet + 1 : 0;
  }
  EXPECT_TRUE(quiet >= frames) << transport_.pendingCount() << " answers still pending after " << kMaxSettleFrames
                               << " frames";
}

void ConsoleTestbed::click(const SemanticNode& node) {
  SemanticNode copy = node;  // the tree is rebuilt by the frames the click takes
  // Off screen, the buyer first scrolls to it (as the browser does for a focused mirror element).
  const float height = ImGui::GetIO().DisplaySize.y, centerY = copy.rect.y + copy.rect.height / 2;
  if (centerY < 0 || centerY >= height) {
    app().scrollContentBy(centerY - height / 2);
    settle();
    for (const auto& moved : tree().nodes())
      if (moved.id == copy.id) copy = moved;
  }
  harness_.click(copy, draw_);
  settle();
}

void ConsoleTestbed::click(Role role, const std::string& name) {
  const SemanticNode* node = find(role, name);
  ASSERT_NE(node, nullptr) << "no " << roleName(role) << " named '" << name << "'";
  click(*node);
}

void ConsoleTestbed::typeInto(const std::string& textboxName, const std::string& text, bool pressEnter) {
  click(Role::Textbox, textboxName);
  ImGuiIO& io = ImGui::GetIO();
  // Select all and type over it, as a buyer replacing the field's content would.
  io.AddKeyEvent(ImGuiMod_Ctrl, true);
  io.AddKeyEvent(ImGuiKey_A, true);
  settle(1);
  io.AddKeyEvent(ImGuiKey_A, false);
  io.AddKeyEvent(ImGuiMod_Ctrl, false);
  settle(1);
  io.AddKeyEvent(ImGuiKey_Delete, true);
  settle(1);
  io.AddKeyEvent(ImGuiKey_Delete, false);
  io.AddInputCharactersUTF8(text.c_str());
  settle(2);
  if (pressEnter) {
    io.AddKeyEvent(ImGuiKey_Enter, true);
    settle(1);
    io.AddKeyEvent(ImGuiKey_Enter, false);
  }
  settle();
}

void ConsoleTestbed::resize(float width, float height) {
  harness_.resize(width, height);
  settle();
}

void ConsoleTestbed::open(const std::string& hash) {
  app_->followRoute(hash);
  settle();
}

std::vector<const SemanticNode*> ConsoleTestbed::inside(const SemanticNode& parent, Role role) const {
  // Parents come before their children: a node is inside `parent` when its own parent is.
  std::vector<const SemanticNode*> found;
  std::unordered_set<std::uint32_t> groups = {parent.id};
  for (const auto& node : tree().nodes()) {
    if (!groups.count(node.parent)) continue;
    if (node.role == role) found.push_back(&node);
    groups.insert(node.id);
  }
  return found;
}

const SemanticNode* ConsoleTestbed::child(const SemanticNode& parent, Role role) const {
  const auto found = inside(parent, role);
  return found.empty() ? nullptr : found.front();
}

std::vector<std::string> ConsoleTestbed::childNames(const SemanticNode& parent, Role role) const {
  std::vector<std::string> names;
  for (const SemanticNode* node : inside(parent, role)) names.push_back(node->name);
  return names;
}

std::vector<const SemanticNode*> ConsoleTestbed::rows(const std::string& table) const {
  const SemanticNode* tableNode = find(Role::Table, table);
  std::vector<const SemanticNode*> out;
  if (!tableNode) return out;
  for (const auto& node : tree().nodes())
    if (node.role == Role::Row && node.parent == tableNode->id && node.name != "Columns") out.push_back(&node);
  return out;
}

std::vector<HttpRequest> ConsoleTestbed::postsTo(const std::string& pathEnd) const {
  std::vector<HttpRequest> matching;
  for (const auto& request : requests_)
    if (request.method == "POST" && request.path.size() >= pathEnd.size() &&
        request.path.compare(request.path.size() - pathEnd.size(), pathEnd.size(), pathEnd) == 0)
      matching.push_back(request);
  return matching;
}

void ConsoleTestbed::setFaults(const std::string& spec) {
  auto parsed = backend::parseFaultSpec(spec);
  ASSERT_TRUE(parsed.spec.has_value()) << parsed.error;
  router().faults().set(*parsed.spec);
}

}  // namespace koo::ui::testing
