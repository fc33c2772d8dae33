// The native console test bed: real router and demo data in memory, fake host, no renderer.
#include "console_testbed.h"

#include <gtest/gtest.h>

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
}  // namespace

ConsoleTestbed::ConsoleTestbed(const std::string& hash, const std::string& buyerId)
    : demo_(demoBackend()),
      transport_(api::withoutDelay([this](const HttpRequest& request) { return demo_->router().handle(request); })),
      draw_([this](Ui& ui) { app_->draw(ui); }) {
  SignInRequest signIn;
  if (const auto buyer = store().findBuyerById(buyerId)) {
    signIn.userName = buyer->buyer.userName;
    signIn.password = buyer->password;
  }
  app_ = std::make_unique<ConsoleApp>(transport_, host_, AppOptions{.token = {}, .autoSignIn = signIn});
  app_->followRoute(hash);
  settle();
}

void ConsoleTestbed::settle(int frames) {
  for (int i = 0; i < frames; ++i) harness_.frame(draw_);
}

void ConsoleTestbed::click(const SemanticNode& node) {
  const SemanticNode copy = node;  // the tree is rebuilt by the frames the click takes
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

void ConsoleTestbed::open(const std::string& hash) {
  app_->followRoute(hash);
  settle();
}

std::vector<std::string> ConsoleTestbed::childNames(const SemanticNode& parent, Role role) const {
  std::vector<std::string> names;
  for (const auto& node : tree().nodes())
    if (node.parent == parent.id && node.role == role) names.push_back(node.name);
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

}  // namespace koo::ui::testing
