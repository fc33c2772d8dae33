// Order Details of supervised orders against the real router and demo data: exactly the actions
// each stage allows, the stepper, the sections, request-form validation, the appeal's reason and
// availability, reminders, and the load error's Retry.
#include <gtest/gtest.h>

#include "console_testbed.h"
#include "core/format.h"
#include "pages/app_info_card.h"
#include "pages/supervision_actions.h"
#include "supervision_test_support.h"

using namespace koo;
using namespace koo::ui;
using namespace koo::ui::testing;

namespace {
using Names = std::set<std::string>;

std::string detailsHash(const std::string& orderId) { return "#/supervision/" + orderId; }

const SemanticNode* step(const ConsoleTestbed& bed, const std::string& name) { return bed.find(Role::ListItem, name); }

std::size_t historyRows(const ConsoleTestbed& bed) { return bed.rows("Flow history").size(); }
}  // namespace

// buyer-001's demo orders cover every stage; the backend computes the allowed actions with core's
// rules and the page must show exactly those, plus Initiate Appeal disabled while it is not yet
// available in an open flow.
TEST(SupervisionDetails, EachStageShowsExactlyTheAllowedActions) {
  struct Case {
    const char* orderId;
    FlowStage stage;
    Names enabled;
    Names disabled;
  };
  const std::vector<Case> cases = {
      {"CS240078642975", FlowStage::WaitingRequest, {"Submit Request"}, {"Initiate Appeal"}},
      {"CS240089128705", FlowStage::WaitingRequest, {"Submit Request", "Initiate Appeal"}, {}},  // 3 rejections
      {"CS240080740121", FlowStage::WaitingSellerAccept, {"Remind Seller"}, {"Initiate Appeal"}},
      {"CS240081788694", FlowStage::WaitingSellerAccept, {"Remind Seller", "Initiate Appeal"}, {}},  // 6 idle days
      {"CS240082837267", FlowStage::WaitingDelivery, {"Remind Seller"}, {"Initiate Appeal"}},
      {"CS240083885840", FlowStage::WaitingBuyerConfirm, {"Confirm Acceptance", "Reject"}, {"Initiate Appeal"}},
      {"CS240085982986", FlowStage::Completed, {}, {}},
      {"CS240087031559", FlowStage::Appealing, {}, {}},
      {"CS240088080132", FlowStage::Cancelled, {}, {}},
  };
  ConsoleTestbed bed("#/supervision");
  for (const auto& c : cases) {
    SCOPED_TRACE(c.orderId);
    bed.open(detailsHash(c.orderId));
    ASSERT_NE(bed.find(Role::Text, std::string("Order ") + c.orderId), nullptr);
    EXPECT_NE(bed.find(Role::Status, std::string(labelOf(c.stage))), nullptr);
    const ActionButtons buttons = actionButtons(bed.tree());
    EXPECT_EQ(buttons.enabled, c.enabled);
    EXPECT_EQ(buttons.disabled, c.disabled);
    // The request form shows only when the buyer may submit.
    EXPECT_EQ(bed.find(Role::Textbox, "Attachment content") != nullptr, c.enabled.count("Submit Request") == 1);
  }
}

TEST(SupervisionDetails, TheStepperMarksTheCurrentStepAndShowsAFrozenFlow) {
  ConsoleTestbed bed(detailsHash("CS240082837267"));  // waiting for delivery
  ASSERT_NE(bed.find(Role::List, "Service flow steps"), nullptr);
  const std::vector<std::pair<std::string, std::string>> expected = {{"Submit request", "done"},
                                                                     {"Seller accepts", "done"},
                                                                     {"Seller delivers", "current"},
                                                                     {"You confirm", "to do"},
                                                                     {"Completed", "to do"}};
  const auto stepsGroup = bed.find(Role::List, "Service flow steps")->id;
  for (const auto& [name, value] : expected) {
    const SemanticNode* node = step(bed, name);
    ASSERT_NE(node, nullptr) << name;
    EXPECT_EQ(node->parent, stepsGroup);
    EXPECT_EQ(node->value, value) << name;
    EXPECT_EQ((node->state & kCurrent) != 0, value == "current") << name;
  }

  bed.open(detailsHash("CS240087031559"));  // an appeal froze it while waiting for delivery
  EXPECT_EQ(step(bed, "Seller delivers")->value, "frozen");
  EXPECT_TRUE(step(bed, "Seller delivers")->state & kCurrent);
  EXPECT_TRUE(anyNodeContains(bed.tree(), Role::Text, "An appeal froze the flow"));

  bed.open(detailsHash("CS240088080132"));  // cancelled: no step is current
  for (const auto& [name, value] : expected) EXPECT_FALSE(step(bed, name)->state & kCurrent) << name;
  EXPECT_TRUE(anyNodeContains(bed.tree(), Role::Text, "ended without completion"));

  bed.open(detailsHash("CS240085982986"));  // completed: every step done
  for (const auto& [name, value] : expected) EXPECT_EQ(step(bed, name)->value, "done") << name;
}

TEST(SupervisionDetails, ShowsOrderApplicationSellerDeliveryAndHistoryButNoPassword) {
  ConsoleTestbed bed(detailsHash("CS240084934413"));
  const auto supervision = bed.store().findSupervision("buyer-001", "CS240084934413");
  ASSERT_TRUE(supervision && supervision->applicationInfo);
  const ApplicationInfo& info = *supervision->applicationInfo;
  EXPECT_NE(bed.find(Role::Text, "Order ID: CS240084934413"), nullptr);
  EXPECT_NE(bed.find(Role::Text, "Order status: Processing"), nullptr);
  EXPECT_NE(bed.find(Role::Text, "User name: " + info.userName), nullptr);
  EXPECT_NE(bed.find(Role::Link, info.frontEndUrl), nullptr);  // an http(s) address is a link
  EXPECT_NE(bed.find(Role::Text, "Seller: " + supervision->seller.name), nullptr);
  EXPECT_NE(bed.find(Role::Text, "Statement of work: " + supervision->delivery->statementOfWork), nullptr);
  EXPECT_NE(bed.find(Role::Text, "Acceptance document: acceptance-report.pdf"), nullptr);

  // The full history, oldest first, with the buyer's rejection notes.
  const auto events = bed.store().eventsOf("CS240084934413");
  const auto rows = bed.rows("Flow history");
  ASSERT_EQ(rows.size(), events.size());
  for (std::size_t i = 0; i < rows.size(); ++i) {
    const auto cells = bed.childNames(*rows[i], Role::Cell);
    ASSERT_EQ(cells.size(), 5u);
    EXPECT_EQ(cells[0], formatDateTime(events[i].time));
    EXPECT_EQ(cells[2], labelOf(events[i].kind));
    EXPECT_EQ(cells[3], events[i].note.value_or("-"));
  }
  EXPECT_EQ(bed.childNames(*rows[4], Role::Cell)[1], "You");
  EXPECT_EQ(bed.childNames(*rows[2], Role::Cell)[1], supervision->seller.name);

  // The password is never in the tree until the buyer asks for it.
  ASSERT_FALSE(supervision->password.empty());
  for (const auto& node : bed.tree().nodes()) {
    EXPECT_EQ(node.name.find(supervision->password), std::string::npos) << node.name;
    EXPECT_EQ(node.value.find(supervision->password), std::string::npos) << node.value;
  }
  EXPECT_NE(bed.find(Role::Button, "Show password"), nullptr);
}

// The seed: the buyer logs in with the seller's user name and initial password to check the
// delivery before confirming it; the same card as Resource Details, its reveal audited.
TEST(SupervisionDetails, ThePasswordIsRevealedBeforeTheFlowCompletesAndMaskedAgain) {
  const std::string orderId = "CS240084934413";  // waiting for the buyer's confirmation
  ConsoleTestbed bed(detailsHash(orderId));
  const std::string password = bed.store().findSupervision("buyer-001", orderId)->password;
  EXPECT_TRUE(bed.postsTo("/password/reveal").empty());  // not fetched with the details
  bed.click(Role::Button, "Show password");
  EXPECT_NE(bed.find(Role::Text, "Password: " + password), nullptr);
  ASSERT_EQ(bed.postsTo("/password/reveal").size(), 1u);
  EXPECT_EQ(bed.postsTo("/password/reveal")[0].path, "/api/v1/supervised-orders/" + orderId + "/password/reveal");
  const auto log = bed.store().auditLog("buyer-001");
  ASSERT_EQ(log.size(), 1u);
  EXPECT_EQ(log[0].targetId, orderId);
  bed.click(Role::Button, "Copy password");
  EXPECT_EQ(bed.host().copied.back(), password);
  bed.host().now += kRevealVisibleMs + 1;
  bed.settle(1);
  EXPECT_FALSE(anyNodeContains(bed.tree(), Role::Text, password));
  EXPECT_NE(bed.find(Role::Button, "Show password"), nullptr);
  // Leaving while revealed forgets it too.
  bed.click(Role::Button, "Show password");
  bed.open("#/supervision");
  bed.open(detailsHash(orderId));
  EXPECT_FALSE(anyNodeContains(bed.tree(), Role::Text, password));
}

TEST(SupervisionDetails, BeforeTheSellerProvidedItThereIsNoLoginToShow) {
  ConsoleTestbed bed(detailsHash("CS240079691548"));  // the seller has not provisioned yet
  EXPECT_NE(bed.find(Role::Text, "The seller has not provided the application information yet."), nullptr);
  EXPECT_EQ(bed.find(Role::Button, "Show password"), nullptr);
}

TEST(SupervisionDetails, ACompletedOrderLinksToItsApp) {
  ConsoleTestbed bed(detailsHash("CS240085982986"));
  EXPECT_NE(bed.find(Role::Text, "Completed \xE2\x80\x94 the app is now in Purchased Apps"), nullptr);
  EXPECT_NE(bed.find(Role::Button, "Show password"), nullptr);
  bed.click(Role::Link, "Open the app in Purchased Apps");
  EXPECT_EQ(bed.app().route(), (Route{View::ResourceDetails, "ins-sv0008", {}}));
}

TEST(SupervisionDetails, TheRequestFormExplainsEachProblemBeforeSending) {
  ConsoleTestbed bed(detailsHash("CS240078642975"));
  const std::size_t before = historyRows(bed);
  bed.click(Role::Button, "Submit Request");
  EXPECT_NE(bed.find(Role::Alert, "\"Company name\" is required"), nullptr);
  EXPECT_NE(bed.find(Role::Alert, "\"Contact phone\" is required"), nullptr);
  EXPECT_NE(bed.find(Role::Alert, "\"Number of seats\" is required"), nullptr);
  EXPECT_TRUE(bed.find(Role::Textbox, "Company name (required)")->state & kInvalid);
  EXPECT_FALSE(bed.find(Role::Textbox, "Expected start date")->state & kInvalid);  // optional
  EXPECT_NE(bed.find(Role::Text, "Fix the marked fields before submitting."), nullptr);

  bed.typeInto("Company name (required)", "Acme Ltd", false);
  EXPECT_EQ(bed.find(Role::Alert, "\"Company name\" is required"), nullptr);  // fixed as typed
  bed.typeInto("Number of seats (required)", "twenty", false);
  EXPECT_NE(bed.find(Role::Alert, "\"Number of seats\" must be a number"), nullptr);
  bed.typeInto("Number of seats (required)", "1234567", false);
  EXPECT_NE(bed.find(Role::Alert, "at most 6 characters allowed, got 7"), nullptr);
  bed.typeInto("Expected start date", "2026-13-01", false);
  EXPECT_NE(bed.find(Role::Alert, "\"Expected start date\" must be a date (YYYY-MM-DD)"), nullptr);
  bed.typeInto("Attachment file name", "notes.txt", false);
  EXPECT_NE(bed.find(Role::Alert, "Paste the attachment's content, or clear its file name"), nullptr);

  bed.click(Role::Button, "Submit Request");
  EXPECT_EQ(historyRows(bed), before);  // nothing was sent
  EXPECT_NE(bed.find(Role::Status, std::string(labelOf(FlowStage::WaitingRequest))), nullptr);
}

// The attachment limit comes from core, checked before anything is encoded or sent.
TEST(SupervisionDetails, TheAttachmentIsCheckedAgainstTheLimitAndSentAsBase64) {
  const std::vector<FormFieldSpec> form = {{"note", "Note", FormFieldType::Text, false, 20}};
  RequestFormState state;
  state.attachmentName = "data.txt";
  state.attachmentContent = std::string(limits::kAttachmentBytes + 1, 'x');
  EXPECT_NE(checkRequestForm(form, state).attachmentContent.find("larger than 256 KiB"), std::string::npos);
  state.attachmentContent.resize(limits::kAttachmentBytes);
  EXPECT_TRUE(checkRequestForm(form, state).empty());

  state.attachmentContent = "hello";
  state.values["note"] = "  ";  // blank optional fields are left out
  const SubmitRequestBody body = requestBody(form, state);
  EXPECT_TRUE(body.fields.empty());
  ASSERT_TRUE(body.attachment.has_value());
  EXPECT_EQ(body.attachment->fileName, "data.txt");
  EXPECT_EQ(body.attachment->base64, "aGVsbG8=");

  state.attachmentName.clear();
  EXPECT_EQ(checkRequestForm(form, state).attachmentName, "Give the attachment a file name");
}

TEST(SupervisionDetails, AppealIsDisabledWithItsReasonUntilAvailableThenFreezesTheFlow) {
  ConsoleTestbed bed(detailsHash("CS240080740121"));  // the seller's turn for less than a day
  const SemanticNode* appeal = bed.find(Role::Button, "Initiate Appeal");
  ASSERT_NE(appeal, nullptr);
  EXPECT_TRUE(appeal->state & kDisabled);
  EXPECT_TRUE(anyNodeContains(bed.tree(), Role::Text, "Appeal is available after 5 days without seller progress (in "));
  bed.click(*appeal);
  EXPECT_EQ(bed.find(Role::Dialog, "Initiate an appeal"), nullptr);

  bed.open(detailsHash("CS240081788694"));  // the demo's appealable order: 6 days without progress
  appeal = bed.find(Role::Button, "Initiate Appeal");
  ASSERT_NE(appeal, nullptr);
  EXPECT_FALSE(appeal->state & kDisabled);
  EXPECT_NE(bed.find(Role::Text, "The seller has not moved the flow for more than 5 days"), nullptr);
  bed.click(*appeal);
  ASSERT_NE(bed.find(Role::Dialog, "Initiate an appeal"), nullptr);
  bed.click(Role::Button, "Yes, initiate appeal");
  const SemanticNode* reason = bed.find(Role::Textbox, "Reason for the appeal");
  ASSERT_NE(reason, nullptr);
  EXPECT_TRUE(reason->state & kInvalid);  // a reason is required
  EXPECT_NE(bed.find(Role::Alert, "A reason is required"), nullptr);
  bed.typeInto("Reason for the appeal", "No progress for a week.", false);
  bed.click(Role::Button, "Yes, initiate appeal");
  EXPECT_EQ(bed.find(Role::Dialog, "Initiate an appeal"), nullptr);
  EXPECT_NE(bed.find(Role::Status, std::string(labelOf(FlowStage::Appealing))), nullptr);
  EXPECT_NE(bed.find(Role::Status, "Appeal initiated: the flow is frozen until it is decided"), nullptr);  // toast
  EXPECT_TRUE(actionButtons(bed.tree()).enabled.empty());
  const auto rows = bed.rows("Flow history");
  EXPECT_EQ(bed.childNames(*rows.back(), Role::Cell)[3], "No progress for a week.");
}

TEST(SupervisionDetails, RemindSellerSendsTheMessageOnceADay) {
  ConsoleTestbed bed(detailsHash("CS240082837267"));
  const std::size_t before = historyRows(bed);
  bed.click(Role::Button, "Remind Seller");
  ASSERT_NE(bed.find(Role::Dialog, "Remind the seller"), nullptr);
  bed.typeInto("Message to the seller (optional)", "Any news on the delivery?", false);
  bed.click(Role::Button, "Send reminder");
  EXPECT_NE(bed.find(Role::Status, "Reminder sent to the seller"), nullptr);
  ASSERT_EQ(historyRows(bed), before + 1);
  const auto cells = bed.childNames(*bed.rows("Flow history").back(), Role::Cell);
  EXPECT_EQ(cells[2], labelOf(FlowEventKind::ReminderSent));
  EXPECT_EQ(cells[3], "Any news on the delivery?");
  EXPECT_EQ(actionButtons(bed.tree()).enabled, Names{});  // the next reminder is possible tomorrow
  EXPECT_TRUE(anyNodeContains(bed.tree(), Role::Text, "the next reminder is possible 24 hours later"));
}

TEST(SupervisionDetails, CancellingADialogSendsNothingAndKeepsTheText) {
  ConsoleTestbed bed(detailsHash("CS240083885840"));
  const std::size_t before = historyRows(bed);
  bed.click(Role::Button, "Reject");
  bed.typeInto("Reason for rejecting", "Half done", false);
  bed.click(Role::Button, "Cancel");
  EXPECT_EQ(bed.find(Role::Dialog, "Reject the delivery"), nullptr);
  EXPECT_EQ(historyRows(bed), before);
  bed.click(Role::Button, "Reject");
  EXPECT_EQ(bed.find(Role::Textbox, "Reason for rejecting")->value, "Half done");
}

TEST(SupervisionDetails, AnUnknownOrderShowsTheErrorWithRetryAndAWayBack) {
  ConsoleTestbed bed(detailsHash("CS-NO-SUCH-ORDER"));
  EXPECT_TRUE(anyNodeContains(bed.tree(), Role::Alert, "Could not load order CS-NO-SUCH-ORDER"));
  EXPECT_TRUE(anyNodeContains(bed.tree(), Role::Alert, "Request ID: "));
  EXPECT_NE(bed.find(Role::Button, "Retry"), nullptr);
  bed.click(Role::Link, "Back to Service Supervision");
  EXPECT_EQ(bed.app().route().view, View::Supervision);
}

TEST(SupervisionDetails, AFailedLoadRetriesOnceTheBackendIsBack) {
  ConsoleTestbed bed("#/supervision");
  bed.setFaults("GET /api/v1/supervised-orders/*:status=503");
  bed.open(detailsHash("CS240083885840"));
  EXPECT_TRUE(anyNodeContains(bed.tree(), Role::Alert, "(HTTP 503)"));
  EXPECT_EQ(bed.find(Role::Text, "Order CS240083885840"), nullptr);
  bed.router().faults().clear();
  bed.click(Role::Button, "Retry");
  EXPECT_NE(bed.find(Role::Text, "Order CS240083885840"), nullptr);
  EXPECT_FALSE(anyNodeContains(bed.tree(), Role::Alert, "Could not load"));
}

// The browser's back button may leave the view while a dialog is open: the dialog goes with it,
// and nothing of it blocks the next view or comes back with the order.
TEST(SupervisionDetails, LeavingWithADialogOpenClosesIt) {
  ConsoleTestbed bed("#/supervision");
  bed.open(detailsHash("CS240083885840"));
  bed.click(Role::Button, "Confirm Acceptance");
  ASSERT_NE(bed.find(Role::Dialog, "Confirm acceptance"), nullptr);
  bed.open("#/supervision");
  EXPECT_EQ(bed.find(Role::Dialog, "Confirm acceptance"), nullptr);
  bed.click(Role::Button, "Sort by Product");
  EXPECT_EQ(bed.app().route().query.at("sort"), "productName");
  bed.open(detailsHash("CS240083885840"));
  EXPECT_EQ(bed.find(Role::Dialog, "Confirm acceptance"), nullptr);
  bed.click(Role::Button, "Reject");
  EXPECT_NE(bed.find(Role::Dialog, "Reject the delivery"), nullptr);
}
