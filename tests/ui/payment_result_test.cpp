// Payment Result against the real router and demo data: the order's real state and summary,
// "Back to KooGallery Console" to Purchased Apps or to the service flow, and missing orders.
#include <gtest/gtest.h>

#include "console_testbed.h"
#include "pages/payment_result.h"

using namespace koo;
using namespace koo::ui;
using namespace koo::ui::testing;

namespace {
std::string paymentRoute(const std::string& orderId) { return "#/payment-result?order=" + orderId; }
}  // namespace

TEST(PaymentResult, APaidOrderShowsSuccessItsSummaryAndGoesBackToPurchasedApps) {
  ConsoleTestbed bed(paymentRoute("CS240001048573"));
  expectNodes(bed.tree(), {{Role::Heading, "Payment successful"},
                           {Role::Status, "Completed"},
                           {Role::Heading, "Order Summary"},
                           {Role::Text, "Order ID: CS240001048573"},
                           {Role::Text, "Product: CloudDesk CRM"},
                           {Role::Text, "Amount: \xC2\xA5" "99.00"}});
  bed.click(Role::Button, "Back to KooGallery Console");
  EXPECT_EQ(bed.app().route(), (Route{View::PurchasedApps, {}, {}}));
  EXPECT_FALSE(bed.rows("Purchased apps").empty());
}

TEST(PaymentResult, ASupervisedProductGoesBackToItsServiceFlow) {
  ConsoleTestbed bed(paymentRoute("CS240078642975"));
  expectNodes(bed.tree(), {{Role::Heading, "Payment successful"}, {Role::Status, "Processing"}});
  bed.click(Role::Button, "Back to KooGallery Console");
  EXPECT_EQ(bed.app().route().view, View::SupervisionDetails);
  EXPECT_EQ(bed.app().route().id, "CS240078642975");
}

TEST(PaymentResult, AnUnpaidOrderSaysPaymentIsPending) {
  ConsoleTestbed bed(paymentRoute("CS240066060099"));
  expectNodes(bed.tree(),
              {{Role::Heading, "Payment pending"}, {Role::Status, "Pending payment"}, {Role::Text, "Paid: -"}});
  EXPECT_EQ(bed.find(Role::Heading, "Payment successful"), nullptr);
}

TEST(PaymentResult, ACancelledOrderSaysSoWithItsReason) {
  ConsoleTestbed bed(paymentRoute("CS240067108672"));
  EXPECT_NE(bed.find(Role::Heading, "This order was cancelled"), nullptr);
  EXPECT_NE(bed.find(Role::Text,
                     "Provisioning failed: the seller's system answered 000005 (internal error) for 3 hours; the "
                     "order was cancelled and refunded"),
            nullptr);
  bed.click(Role::Link, "View all orders in My Orders");
  EXPECT_EQ(bed.app().route().view, View::Orders);
}

// An unknown order, another buyer's, and a link naming none: each says so, with no Retry (there
// is nothing to retry), and leads back to Purchased Apps.
TEST(PaymentResult, AMissingOrderSaysSoAndLeadsToPurchasedApps) {
  struct Case {
    std::string hash, buyerId, heading;
  };
  for (const Case& missing : {Case{paymentRoute("CS-NOT-MINE"), "buyer-001", "Order not found"},
                              Case{paymentRoute("CS240001048573"), "buyer-002", "Order not found"},
                              Case{"#/payment-result", "buyer-001", "No order to show"}}) {
    ConsoleTestbed bed(missing.hash, missing.buyerId);
    EXPECT_NE(bed.find(Role::Heading, missing.heading), nullptr) << missing.hash;
    EXPECT_EQ(bed.find(Role::Button, "Retry"), nullptr) << missing.hash;
    bed.click(Role::Button, "Back to KooGallery Console");
    EXPECT_EQ(bed.app().route().view, View::PurchasedApps) << missing.hash;
  }
}

TEST(PaymentResult, LoadErrorShowsRetryAndTheWayBack) {
  ConsoleTestbed bed;
  bed.setFaults("GET /api/v1/orders/*:status=503,times=1");
  bed.open(paymentRoute("CS240001048573"));
  EXPECT_TRUE(anyNodeContains(bed.tree(), Role::Alert, "Could not load order CS240001048573"));
  EXPECT_NE(bed.find(Role::Button, "Back to KooGallery Console"), nullptr);
  bed.click(Role::Button, "Retry");
  EXPECT_NE(bed.find(Role::Heading, "Payment successful"), nullptr);
}

TEST(PaymentResult, OutcomeAndDestinationFollowTheOrder) {
  Order order;
  order.orderId = "CS-1";
  order.status = OrderStatus::Processing;
  order.involvesSupervision = true;
  order.paidTime = Timestamp{};
  EXPECT_EQ(paymentOutcome(order).title, "Payment successful");
  EXPECT_EQ(consoleRouteAfterPayment(&order), (Route{View::SupervisionDetails, "CS-1", {}}));
  order.status = OrderStatus::PendingPayment;
  order.paidTime.reset();
  EXPECT_EQ(paymentOutcome(order).title, "Payment pending");
  EXPECT_EQ(consoleRouteAfterPayment(&order).view, View::PurchasedApps);  // no flow before paying
  order.involvesSupervision = false;
  order.status = OrderStatus::Completed;
  order.paidTime = Timestamp{};
  EXPECT_EQ(consoleRouteAfterPayment(&order).view, View::PurchasedApps);
  EXPECT_EQ(consoleRouteAfterPayment(nullptr).view, View::PurchasedApps);
}
