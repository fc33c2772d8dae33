// Negotiated unsubscription against the real router and demo data: My Unsubscriptions (eligible
// products, requests, search and status filter), the request form (inline mistakes, the
// confirmation, a failed send that keeps what was typed and retries with the same key), the
// request's details (expected refund time, seller's reason, Withdraw), and the entry points that
// offer Unsubscribe or say why not, including the hold on accepting a supervised delivery.
#include <gtest/gtest.h>

#include "console_testbed.h"

using namespace koo;
using namespace koo::ui;
using koo::ui::testing::ConsoleTestbed;

namespace {

// The demo request of alice's in `status` (the demo data has one of each).
UnsubscriptionRequest demoRequest(ConsoleTestbed& bed, UnsubscriptionStatus status) {
  for (const auto& record : bed.store().unsubscriptionsOf("buyer-001"))
    if (record.request.status == status) return record.request;
  ADD_FAILURE() << "no demo request in " << toString(status);
  return {};
}

// An order of alice's that can be unsubscribed: the one whose demo request was rejected.
std::string eligibleOrder(ConsoleTestbed& bed) { return demoRequest(bed, UnsubscriptionStatus::Rejected).orderId; }

void confirmIn(ConsoleTestbed& bed, const std::string& title) {
  const SemanticNode* dialog = bed.find(Role::Dialog, title);
  ASSERT_NE(dialog, nullptr) << title;
  bed.click(*bed.child(*dialog, Role::Button));
  bed.settle();
}

void chooseReason(ConsoleTestbed& bed, const std::string& reason) {
  bed.click(Role::Combobox, "Unsubscription reason");
  bed.click(Role::Option, reason);
  bed.settle();
}

}  // namespace

TEST(Unsubscriptions, MyUnsubscriptionsListsEligibleProductsAndTheRequests) {
  ConsoleTestbed bed("#/purchased-apps");
  bed.click(Role::Link, "My Unsubscriptions");
  EXPECT_EQ(bed.app().route().view, View::Unsubscriptions);
  const auto eligible = bed.rows("Products you can unsubscribe");
  ASSERT_FALSE(eligible.empty());
  EXPECT_NE(bed.child(*eligible[0], Role::Button), nullptr);
  const auto requests = bed.rows("Unsubscription requests");
  EXPECT_EQ(requests.size(), 5u);
  for (const char* status : {"Waiting for the seller's review", "Approved, refunding", "Refunded",
                             "Rejected by the seller", "Withdrawn"})
    EXPECT_TRUE(koo::ui::testing::anyNodeContains(bed.tree(), Role::Status, status) ||
                koo::ui::testing::anyNodeContains(bed.tree(), Role::Cell, status))
        << status;
  // The status filter and the search live in the route, like every list.
  bed.open("#/unsubscriptions?status=REFUNDED");
  ASSERT_EQ(bed.rows("Unsubscription requests").size(), 1u);
  EXPECT_EQ(bed.find(Role::Combobox, "Status")->value, "Refunded");
  const UnsubscriptionRequest refunded = demoRequest(bed, UnsubscriptionStatus::Refunded);
  bed.open("#/unsubscriptions");
  bed.typeInto("Search", refunded.orderId);
  ASSERT_EQ(bed.rows("Unsubscription requests").size(), 1u);
  EXPECT_EQ(bed.app().route().query.at("q"), refunded.orderId);
}

TEST(Unsubscriptions, TheFormShowsMistakesUnderTheirFieldsAndSendsAfterConfirming) {
  ConsoleTestbed bed("#/unsubscriptions");
  const std::string orderId = eligibleOrder(bed);
  bed.open("#/unsubscribe/" + orderId);
  bed.click(Role::Button, "Unsubscribe");
  EXPECT_TRUE(koo::ui::testing::anyNodeContains(bed.tree(), Role::Textbox, "Negotiated refund amount"));
  EXPECT_TRUE(koo::ui::testing::anyNodeContains(bed.tree(), Role::Alert, "Enter an amount such as 99.50"));
  EXPECT_TRUE(koo::ui::testing::anyNodeContains(bed.tree(), Role::Text, "Choose a reason."));
  EXPECT_EQ(bed.find(Role::Dialog, "Unsubscribe ERP Implementation Service?"), nullptr);

  bed.typeInto("Negotiated refund amount (CNY)", "999999", false);
  chooseReason(bed, "Other");
  bed.click(Role::Button, "Unsubscribe");
  EXPECT_TRUE(koo::ui::testing::anyNodeContains(bed.tree(), Role::Alert, "The refund can be at most what was paid"));
  EXPECT_TRUE(koo::ui::testing::anyNodeContains(bed.tree(), Role::Alert, "required when the reason is Other"));

  bed.typeInto("Negotiated refund amount (CNY)", "500.50", false);
  bed.typeInto("Description (required for Other)", "Our budget was cut.", false);
  bed.click(Role::Checkbox, "Provide your contact information in your account to the seller");
  bed.click(Role::Button, "Unsubscribe");
  ASSERT_NE(bed.find(Role::Dialog, "Unsubscribe ERP Implementation Service?"), nullptr);
  EXPECT_TRUE(koo::ui::testing::anyNodeContains(bed.tree(), Role::Text, "¥500.50 is refunded to your account balance within 3 hours"));
  confirmIn(bed, "Unsubscribe ERP Implementation Service?");
  EXPECT_EQ(bed.app().route().view, View::UnsubscriptionDetails);
  EXPECT_TRUE(koo::ui::testing::anyNodeContains(bed.tree(), Role::Text, "Waiting for the seller's review"));
  const auto posts = bed.postsTo("/unsubscriptions");
  ASSERT_EQ(posts.size(), 1u);
  EXPECT_NE(posts[0].body.find("\"shareContact\":true"), std::string::npos) << posts[0].body;
  EXPECT_NE(posts[0].body.find("50050"), std::string::npos) << posts[0].body;
}

TEST(Unsubscriptions, AFailedSendKeepsTheFormAndRetriesWithTheSameKey) {
  ConsoleTestbed bed("#/unsubscriptions");
  bed.open("#/unsubscribe/" + eligibleOrder(bed));
  bed.typeInto("Negotiated refund amount (CNY)", "12", false);
  chooseReason(bed, "Quality issues");
  bed.setFaults("POST /api/v1/unsubscriptions:status=503,times=1");
  bed.click(Role::Button, "Unsubscribe");
  confirmIn(bed, "Unsubscribe ERP Implementation Service?");
  EXPECT_TRUE(koo::ui::testing::anyNodeContains(bed.tree(), Role::Alert, "Could not send the unsubscription request") ||
              koo::ui::testing::anyNodeContains(bed.tree(), Role::Text, "Could not send the unsubscription request"));
  EXPECT_EQ(bed.find(Role::Textbox, "Negotiated refund amount (CNY)")->value, "12");
  EXPECT_EQ(bed.find(Role::Combobox, "Unsubscription reason")->value, "Quality issues");
  bed.click(Role::Button, "Retry");
  bed.settle();
  EXPECT_EQ(bed.app().route().view, View::UnsubscriptionDetails);
  const auto posts = bed.postsTo("/unsubscriptions");
  ASSERT_EQ(posts.size(), 2u);
  EXPECT_EQ(koo::ui::testing::idempotencyKeyOf(posts[0]), koo::ui::testing::idempotencyKeyOf(posts[1]));
}

TEST(Unsubscriptions, DetailsShowTheExpectedRefundAndTheSellersReason) {
  ConsoleTestbed bed("#/unsubscriptions");
  const UnsubscriptionRequest refunding = demoRequest(bed, UnsubscriptionStatus::ApprovedRefunding);
  bed.open("#/unsubscriptions/" + refunding.requestId);
  EXPECT_TRUE(koo::ui::testing::anyNodeContains(bed.tree(), Role::Text, "The seller agreed."));
  EXPECT_TRUE(koo::ui::testing::anyNodeContains(bed.tree(), Role::Text, "Refund expected by"));
  EXPECT_EQ(bed.find(Role::Button, "Withdraw"), nullptr);  // too late once approved
  const UnsubscriptionRequest rejected = demoRequest(bed, UnsubscriptionStatus::Rejected);
  bed.open("#/unsubscriptions/" + rejected.requestId);
  EXPECT_TRUE(koo::ui::testing::anyNodeContains(bed.tree(), Role::Text, *rejected.sellerReason));
  bed.click(Role::Button, "Send a new request");
  EXPECT_EQ(bed.app().route(), (Route{View::Unsubscribe, rejected.orderId, {}}));
}

TEST(Unsubscriptions, WithdrawAsksFirstThenTheRequestIsWithdrawn) {
  ConsoleTestbed bed("#/unsubscriptions");
  const UnsubscriptionRequest pending = demoRequest(bed, UnsubscriptionStatus::PendingSellerReview);
  bed.open("#/unsubscriptions/" + pending.requestId);
  bed.click(Role::Button, "Withdraw");
  const std::string title = "Withdraw request " + pending.requestId + "?";
  ASSERT_NE(bed.find(Role::Dialog, title), nullptr);
  EXPECT_TRUE(bed.postsTo("/withdraw").empty());
  confirmIn(bed, title);
  bed.settle();
  EXPECT_EQ(bed.postsTo("/withdraw").size(), 1u);
  EXPECT_TRUE(koo::ui::testing::anyNodeContains(bed.tree(), Role::Text, "You withdrew this request."));
  EXPECT_EQ(bed.store().findUnsubscription("buyer-001", pending.requestId)->request.status,
            UnsubscriptionStatus::Withdrawn);
}

TEST(Unsubscriptions, IneligibleAppsSayWhyAndEligibleOrdersOfferUnsubscribe) {
  ConsoleTestbed bed("#/unsubscriptions");
  // An ordinary SaaS app: no service supervision, no unsubscription.
  std::string instanceId;
  for (const auto& record : bed.store().appsOf("buyer-001"))
    if (!record.app.involvesSupervision && !record.app.isTrial) instanceId = record.app.instanceId;
  bed.open("#/purchased-apps/" + instanceId);
  const SemanticNode* unsubscribe = bed.find(Role::Button, "Unsubscribe");
  ASSERT_NE(unsubscribe, nullptr);
  EXPECT_TRUE(unsubscribe->state & kDisabled);
  EXPECT_TRUE(koo::ui::testing::anyNodeContains(bed.tree(), Role::Text, "without service supervision cannot be unsubscribed"));
  // The supervised order within its guarantee period: Unsubscribe leads to the form.
  const std::string orderId = eligibleOrder(bed);
  bed.open("#/supervision/" + orderId);
  bed.click(Role::Button, "Unsubscribe");
  EXPECT_EQ(bed.app().route(), (Route{View::Unsubscribe, orderId, {}}));
  bed.open("#/orders/" + orderId);
  EXPECT_NE(bed.find(Role::Button, "Unsubscribe"), nullptr);
}

TEST(Unsubscriptions, AnOpenRequestHoldsAcceptanceInTheSupervisionFlow) {
  ConsoleTestbed bed("#/unsubscriptions");
  const UnsubscriptionRequest refunding = demoRequest(bed, UnsubscriptionStatus::ApprovedRefunding);
  bed.open("#/supervision/" + refunding.orderId);
  EXPECT_TRUE(koo::ui::testing::anyNodeContains(bed.tree(), Role::Text, "Unsubscription request " + refunding.requestId + " is open"));
  bed.click(Role::Link, "View request " + refunding.requestId);
  EXPECT_EQ(bed.app().route(), (Route{View::UnsubscriptionDetails, refunding.requestId, {}}));
  bed.open("#/supervision/" + refunding.orderId);
  bed.click(Role::Button, "Confirm Acceptance");
  for (const auto& node : bed.tree().nodes())
    if (node.role == Role::Dialog) {
      bed.click(*bed.child(node, Role::Button));
      break;
    }
  bed.settle();
  EXPECT_TRUE(koo::ui::testing::anyNodeContains(bed.tree(), Role::Alert, "acceptance of the delivery is on hold"));
}
