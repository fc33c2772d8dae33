// A supervised order taken through its whole flow from the console (submit, seller rejects,
// resubmit, seller delivers, reject, deliver again, confirm, app in Purchased Apps), and the
// one-request-per-intent rules: a double click sends one POST, a retry reuses its key.
#include <gtest/gtest.h>

#include "console_testbed.h"
#include "core/format.h"
#include "demo_data.h"
#include "imgui.h"
#include "supervision_test_support.h"

using namespace koo;
using namespace koo::ui;
using namespace koo::ui::testing;

namespace {
constexpr const char* kOrder = "CS240078642975";  // ERP Implementation Service, waiting for the request
const std::string kDetails = std::string("#/supervision/") + kOrder;

std::string stageLabel(FlowStage stage) { return std::string(labelOf(stage)); }

void fillRequest(ConsoleTestbed& bed, const std::string& seats) {
  bed.typeInto("Company name (required)", "Acme Ltd", false);
  bed.typeInto("Contact phone (required)", "+86 10 1234 5678", false);
  bed.typeInto("Number of seats (required)", seats, false);
  bed.typeInto("Expected start date", "2026-12-01", false);
}

// The console over a transport that holds answers back until the test delivers them, as the
// network does, and records every POST it carries.
class SlowNetworkConsole {
 public:
  explicit SlowNetworkConsole(const std::string& hash)
      : store_(seed()),
        router_(store_, backend::fixedClock(now()), backend::RouterOptions{.testMode = true}),
        transport_(
            [this](const HttpRequest& request) {
              if (request.method == "POST") posts.push_back(request);
              return api::LocalAnswer{router_.handle(request), 0};
            },
            api::LocalTransport::Delivery::Deferred, [] { return std::int64_t{0}; }),
        draw_([this](Ui& ui) { app_->draw(ui); }) {
    const auto buyer = store_.findBuyerById("buyer-001");
    SignInRequest signIn;
    signIn.userName = buyer->buyer.userName;
    signIn.password = buyer->password;
    app_ = std::make_unique<ConsoleApp>(transport_, host_, AppOptions{.token = {}, .autoSignIn = signIn});
    app_->followRoute(hash);
    settle();
  }

  // Frames with every due answer delivered before each.
  void settle(int frames = 4) {
    for (int i = 0; i < frames; ++i) {
      transport_.deliverDue();
      harness_.frame(draw_);
    }
  }
  // A click whose answers stay on the wire until settle().
  void clickWithoutAnswers(Role role, const std::string& name) {
    const SemanticNode* node = harness_.semantics().find(role, name);
    ASSERT_NE(node, nullptr) << name;
    const SemanticNode copy = *node;
    harness_.click(copy, draw_);
  }
  void typeInto(const std::string& textbox, const std::string& text) {
    clickWithoutAnswers(Role::Textbox, textbox);
    ImGuiIO& io = ImGui::GetIO();
    io.AddKeyEvent(ImGuiMod_Ctrl, true);
    io.AddKeyEvent(ImGuiKey_A, true);
    settle(1);
    io.AddKeyEvent(ImGuiKey_A, false);
    io.AddKeyEvent(ImGuiMod_Ctrl, false);
    io.AddKeyEvent(ImGuiKey_Delete, true);
    settle(1);
    io.AddKeyEvent(ImGuiKey_Delete, false);
    io.AddInputCharactersUTF8(text.c_str());
    settle(2);
  }
  std::vector<HttpRequest> postsTo(const std::string& pathEnd) const {
    std::vector<HttpRequest> matching;
    for (const auto& request : posts)
      if (request.path.size() >= pathEnd.size() &&
          request.path.compare(request.path.size() - pathEnd.size(), pathEnd.size(), pathEnd) == 0)
        matching.push_back(request);
    return matching;
  }
  static std::string keyOf(const HttpRequest& request) {
    for (const auto& [name, value] : request.headers)
      if (name == "Idempotency-Key") return value;
    return {};
  }

  const SemanticsTree& tree() const { return harness_.semantics(); }
  backend::Router& router() { return router_; }
  backend::Store& store() { return store_; }
  std::vector<HttpRequest> posts;

 private:
  static Timestamp now() { return parseIsoUtc("2026-11-20T08:00:00Z").value(); }
  static backend::SeedData seed() {
    auto seed = backend::loadDemoData(backend::embeddedDemoData(), now());
    EXPECT_TRUE(seed.ok());
    return seed.ok() ? std::move(seed).value() : backend::SeedData{};
  }

  backend::MemoryStore store_;
  backend::Router router_;
  api::LocalTransport transport_;
  FakeHost host_;
  ImGuiHarness harness_;
  std::unique_ptr<ConsoleApp> app_;
  ImGuiHarness::DrawFn draw_;
};
}  // namespace

TEST(SupervisionFlow, SubmitRejectConfirmAndTheAppAppearsInPurchasedApps) {
  ConsoleTestbed bed(kDetails);
  SellerSide seller(bed.router(), bed.store());

  // 1. The buyer submits the request with a text attachment.
  fillRequest(bed, "25");
  bed.typeInto("Attachment file name", "notes.txt", false);
  bed.typeInto("Attachment content", "Please migrate the legacy data too.", false);
  bed.click(Role::Button, "Submit Request");
  EXPECT_NE(bed.find(Role::Status, "Request submitted to the seller"), nullptr);
  EXPECT_NE(bed.find(Role::Status, stageLabel(FlowStage::WaitingSellerAccept)), nullptr);
  auto supervision = bed.store().findSupervision("buyer-001", kOrder);
  ASSERT_TRUE(supervision->request && supervision->request->attachment);
  EXPECT_EQ(supervision->request->fields.at("seats"), "25");
  EXPECT_EQ(supervision->request->attachment->fileName, "notes.txt");
  EXPECT_EQ(supervision->request->attachment->sizeBytes, 35);
  EXPECT_NE(bed.find(Role::Text, "Number of seats: 25"), nullptr);  // Latest Request

  // 2. The seller rejects it; the buyer finds the form filled in, edits it and submits again.
  seller.rejectRequest(kOrder, "Please give the exact number of seats.");
  bed.click(Role::Button, "Refresh order");
  EXPECT_NE(bed.find(Role::Status, stageLabel(FlowStage::WaitingRequest)), nullptr);
  EXPECT_TRUE(anyNodeContains(bed.tree(), Role::Text, "rejected your request: Please give the exact number of seats."));
  EXPECT_EQ(bed.find(Role::Textbox, "Company name (required)")->value, "Acme Ltd");
  EXPECT_EQ(bed.find(Role::Textbox, "Number of seats (required)")->value, "25");
  bed.typeInto("Number of seats (required)", "30", false);
  bed.click(Role::Button, "Submit Request");
  EXPECT_NE(bed.find(Role::Status, stageLabel(FlowStage::WaitingSellerAccept)), nullptr);
  EXPECT_EQ(bed.store().findSupervision("buyer-001", kOrder)->request->fields.at("seats"), "30");

  // 3. The seller accepts and delivers; the buyer rejects the delivery with a reason.
  seller.accept(kOrder);
  seller.deliver(kOrder, "Installed the ERP and imported the master data.");
  bed.click(Role::Button, "Refresh order");
  EXPECT_EQ(actionButtons(bed.tree()).enabled, (std::set<std::string>{"Confirm Acceptance", "Reject"}));
  EXPECT_NE(bed.find(Role::Text, "Statement of work: Installed the ERP and imported the master data."), nullptr);
  bed.click(Role::Button, "Reject");
  ASSERT_NE(bed.find(Role::Dialog, "Reject the delivery"), nullptr);
  bed.click(Role::Button, "Send rejection");  // no reason yet: the dialog stays and says why
  EXPECT_NE(bed.find(Role::Alert, "A reason is required"), nullptr);
  bed.typeInto("Reason for rejecting", "The reports module is missing.", false);
  bed.click(Role::Button, "Send rejection");
  EXPECT_NE(bed.find(Role::Status, "Delivery rejected: the seller must deliver again"), nullptr);
  EXPECT_NE(bed.find(Role::Status, stageLabel(FlowStage::WaitingDelivery)), nullptr);
  const auto rejected = bed.childNames(*bed.rows("Flow history").back(), Role::Cell);
  EXPECT_EQ(rejected[2], labelOf(FlowEventKind::DeliveryRejected));
  EXPECT_EQ(rejected[3], "The reports module is missing.");

  // 4. The seller delivers again; the buyer confirms acceptance after the dialog.
  seller.deliver(kOrder, "Added the reports module.");
  bed.click(Role::Button, "Refresh order");
  bed.click(Role::Button, "Confirm Acceptance");
  ASSERT_NE(bed.find(Role::Dialog, "Confirm acceptance"), nullptr);
  bed.click(Role::Button, "Yes, confirm acceptance");
  EXPECT_NE(bed.find(Role::Status, "Acceptance confirmed: the service flow is completed"), nullptr);
  EXPECT_NE(bed.find(Role::Text, "Completed \xE2\x80\x94 the app is now in Purchased Apps"), nullptr);
  EXPECT_TRUE(bed.find(Role::Text, "Completed")->state & kCurrent);
  EXPECT_TRUE(actionButtons(bed.tree()).enabled.empty());

  // 5. The app is in Purchased Apps, and the completion notice leads to it.
  bed.click(Role::Link, "Open the app in Purchased Apps");
  EXPECT_EQ(bed.app().route(), (Route{View::ResourceDetails, "ins-sv0001", {}}));
  bed.open(formatRoute(Route{View::PurchasedApps, {}, {{"q", "ERP Implementation Service"}}}));
  bool listed = false;
  for (const auto* row : bed.rows("Purchased apps")) listed |= row->name == "ERP Implementation Service ins-sv0001";
  EXPECT_TRUE(listed);
}

TEST(SupervisionFlow, ADoubleClickSendsOneRequest) {
  SlowNetworkConsole console(kDetails);
  console.typeInto("Company name (required)", "Acme Ltd");
  console.typeInto("Contact phone (required)", "12345");
  console.typeInto("Number of seats (required)", "3");
  console.clickWithoutAnswers(Role::Button, "Submit Request");
  // In flight: the button is disabled and busy, so the second click of the double click is lost.
  const SemanticNode* submit = console.tree().find(Role::Button, "Submit Request");
  ASSERT_NE(submit, nullptr);
  EXPECT_TRUE(submit->state & kDisabled);
  EXPECT_TRUE(submit->state & kBusy);
  EXPECT_NE(console.tree().find(Role::Status, "Sending..."), nullptr);
  console.clickWithoutAnswers(Role::Button, "Submit Request");
  EXPECT_EQ(console.postsTo("/submit-request").size(), 1u);

  console.settle();
  EXPECT_EQ(console.postsTo("/submit-request").size(), 1u);
  EXPECT_EQ(console.store().findSupervision("buyer-001", kOrder)->flow.stage, FlowStage::WaitingSellerAccept);
  EXPECT_NE(console.tree().find(Role::Status, stageLabel(FlowStage::WaitingSellerAccept)), nullptr);
}

TEST(SupervisionFlow, AFailedSendKeepsTheTextAndItsRetryReusesTheKey) {
  SlowNetworkConsole console(kDetails);
  console.typeInto("Company name (required)", "Acme Ltd");
  console.typeInto("Contact phone (required)", "12345");
  console.typeInto("Number of seats (required)", "3");
  setFaults(console.router(), "POST /api/v1/supervised-orders/*:status=503");
  console.clickWithoutAnswers(Role::Button, "Submit Request");
  console.settle();

  EXPECT_TRUE(anyNodeContains(console.tree(), Role::Alert, "Could not submit your request"));
  EXPECT_TRUE(anyNodeContains(console.tree(), Role::Alert, "Request ID: "));
  EXPECT_EQ(console.tree().find(Role::Textbox, "Company name (required)")->value, "Acme Ltd");
  EXPECT_EQ(console.tree().find(Role::Textbox, "Number of seats (required)")->value, "3");
  EXPECT_EQ(console.store().findSupervision("buyer-001", kOrder)->flow.stage, FlowStage::WaitingRequest);

  console.router().faults().clear();
  console.clickWithoutAnswers(Role::Button, "Retry");
  console.settle();
  const auto sent = console.postsTo("/submit-request");
  ASSERT_EQ(sent.size(), 2u);
  EXPECT_FALSE(SlowNetworkConsole::keyOf(sent[0]).empty());
  EXPECT_EQ(SlowNetworkConsole::keyOf(sent[1]), SlowNetworkConsole::keyOf(sent[0]));
  EXPECT_EQ(sent[1].body, sent[0].body);
  EXPECT_FALSE(anyNodeContains(console.tree(), Role::Alert, "Could not submit your request"));
  EXPECT_EQ(console.store().findSupervision("buyer-001", kOrder)->flow.stage, FlowStage::WaitingSellerAccept);
  EXPECT_NE(console.tree().find(Role::Status, "Request submitted to the seller"), nullptr);
}

// A refusal is an answer: the backend keeps it under its key, so sending again is a new intent
// with a new key (the same key would only replay the refusal).
TEST(SupervisionFlow, AfterARefusalTheNextAttemptGetsANewKey) {
  SlowNetworkConsole console(kDetails);
  console.typeInto("Company name (required)", "Acme Ltd");
  console.typeInto("Contact phone (required)", "12345");
  console.typeInto("Number of seats (required)", "3");
  setFaults(console.router(), "POST /api/v1/supervised-orders/*:status=409,times=1");
  console.clickWithoutAnswers(Role::Button, "Submit Request");
  console.settle();
  EXPECT_TRUE(anyNodeContains(console.tree(), Role::Alert, "(HTTP 409)"));
  console.clickWithoutAnswers(Role::Button, "Submit Request");
  console.settle();
  const auto sent = console.postsTo("/submit-request");
  ASSERT_EQ(sent.size(), 2u);
  EXPECT_NE(SlowNetworkConsole::keyOf(sent[1]), SlowNetworkConsole::keyOf(sent[0]));
  EXPECT_EQ(console.store().findSupervision("buyer-001", kOrder)->flow.stage, FlowStage::WaitingSellerAccept);
}
