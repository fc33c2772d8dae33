// A supervised order taken through its whole flow from the console (submit, seller rejects,
// resubmit, seller delivers, reject, deliver again, confirm, app in Purchased Apps), and the
// one-request-per-intent rules: a double click sends one POST, a retry reuses its key.
#include <gtest/gtest.h>

#include "console_testbed.h"
#include "core/format.h"
#include "supervision_test_support.h"

using namespace koo;
using namespace koo::ui;
using namespace koo::ui::testing;

namespace {
constexpr const char* kOrder = "CS240078642975";  // ERP Implementation Service, waiting for the request
const std::string kDetails = std::string("#/supervision/") + kOrder;

std::string stageLabel(FlowStage stage) { return std::string(labelOf(stage)); }

// The request form's required fields, then (when `startDate` is given) the optional date.
void fillRequest(ConsoleTestbed& bed, const std::string& seats, const std::string& startDate = "2026-12-01") {
  bed.typeInto("Company name (required)", "Acme Ltd", false);
  bed.typeInto("Contact phone (required)", "+86 10 1234 5678", false);
  bed.typeInto("Number of seats (required)", seats, false);
  if (!startDate.empty()) bed.typeInto("Expected start date", startDate, false);
}

// Fills in the request form and submits it while the backend fails as `faults` says.
void submitWhileFailing(ConsoleTestbed& bed, const std::string& faults) {
  fillRequest(bed, "3", "");
  bed.setFaults(faults);
  bed.click(Role::Button, "Submit Request");
}
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
  EXPECT_TRUE(bed.find(Role::ListItem, "Completed")->state & kCurrent);
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
  ConsoleTestbed bed(kDetails);
  fillRequest(bed, "3", "");
  bed.holdAnswers = true;  // the answer is on its way
  bed.click(Role::Button, "Submit Request");
  // In flight: the button is disabled and busy, so the second click of the double click is lost.
  const SemanticNode* submit = bed.find(Role::Button, "Submit Request");
  ASSERT_NE(submit, nullptr);
  EXPECT_TRUE(submit->state & kDisabled);
  EXPECT_TRUE(submit->state & kBusy);
  EXPECT_NE(bed.find(Role::Status, "Sending..."), nullptr);
  bed.click(*submit);
  EXPECT_EQ(bed.postsTo("/submit-request").size(), 1u);

  bed.holdAnswers = false;
  bed.settle();
  EXPECT_EQ(bed.postsTo("/submit-request").size(), 1u);
  EXPECT_EQ(bed.store().findSupervision("buyer-001", kOrder)->flow.stage, FlowStage::WaitingSellerAccept);
  EXPECT_NE(bed.find(Role::Status, stageLabel(FlowStage::WaitingSellerAccept)), nullptr);
}

TEST(SupervisionFlow, AFailedSendKeepsTheTextAndItsRetryReusesTheKey) {
  ConsoleTestbed bed(kDetails);
  submitWhileFailing(bed, "POST /api/v1/supervised-orders/*:status=503");

  EXPECT_TRUE(anyNodeContains(bed.tree(), Role::Alert, "Could not submit your request"));
  EXPECT_TRUE(anyNodeContains(bed.tree(), Role::Alert, "Request ID: "));
  EXPECT_EQ(bed.find(Role::Textbox, "Company name (required)")->value, "Acme Ltd");
  EXPECT_EQ(bed.find(Role::Textbox, "Number of seats (required)")->value, "3");
  EXPECT_EQ(bed.store().findSupervision("buyer-001", kOrder)->flow.stage, FlowStage::WaitingRequest);

  bed.router().faults().clear();
  bed.click(Role::Button, "Retry");
  const auto sent = bed.postsTo("/submit-request");
  ASSERT_EQ(sent.size(), 2u);
  EXPECT_FALSE(idempotencyKeyOf(sent[0]).empty());
  EXPECT_EQ(idempotencyKeyOf(sent[1]), idempotencyKeyOf(sent[0]));
  EXPECT_EQ(sent[1].body, sent[0].body);
  EXPECT_FALSE(anyNodeContains(bed.tree(), Role::Alert, "Could not submit your request"));
  EXPECT_EQ(bed.store().findSupervision("buyer-001", kOrder)->flow.stage, FlowStage::WaitingSellerAccept);
  EXPECT_NE(bed.find(Role::Status, "Request submitted to the seller"), nullptr);
}

// A refusal is an answer: sending again is a new intent with a new key (the backend keeps no
// record of a refusal, so the key is not what makes the second attempt count).
TEST(SupervisionFlow, AfterARefusalTheNextAttemptGetsANewKey) {
  ConsoleTestbed bed(kDetails);
  submitWhileFailing(bed, "POST /api/v1/supervised-orders/*:status=409,times=1");
  EXPECT_TRUE(anyNodeContains(bed.tree(), Role::Alert, "(HTTP 409)"));
  bed.click(Role::Button, "Submit Request");
  const auto sent = bed.postsTo("/submit-request");
  ASSERT_EQ(sent.size(), 2u);
  EXPECT_NE(idempotencyKeyOf(sent[1]), idempotencyKeyOf(sent[0]));
  EXPECT_EQ(bed.store().findSupervision("buyer-001", kOrder)->flow.stage, FlowStage::WaitingSellerAccept);
}
